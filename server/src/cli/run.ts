/**
 * `unres lint`: reads the drafts, resolves their settings, lints them through the core's language
 * service, fixes them on request and writes the report. Exit codes: 0 clean (or only warnings
 * within --max-warnings), 1 error-level problems or too many warnings (or fixes that did not
 * settle), 2 usage error, unreadable file or bad configuration.
 */
import { closeSync, constants as fsConstants, existsSync, fchmodSync, fchownSync, fstatSync, fsyncSync, ftruncateSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import * as path from 'node:path';
import { version as packageVersion } from '../../../package.json';
import { resolveSettings } from '../core/config/settings';
import { createLanguageService, type LanguageService, type LintDiagnostic, type UnresSettings } from '../core/languageService';
import { parseArgs, USAGE, UsageError, type Options } from './args';
import { CliConfig } from './config';
import { fixText } from './fix';
import { unifiedDiff } from './diff';
import { expandTargets } from './files';
import { FORMATTERS } from './formatters';
import { listRules, printConfig } from './info';
import { InputError, readDraft, readStdin, type Draft } from './input';
import { escapeControls, failureLine, relativePath, shownPath, STDIN_DISPLAY, type Failure, type FileResult } from './report';
import { findRuleDocs } from './ruleDocs';

/** The version printed by `--version` and written into SARIF logs. */
export const VERSION: string = packageVersion;

/** What the CLI needs of its process; tests may pass their own. */
export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY: boolean;
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Draft;
  /** The file standard input was redirected from (device and inode), if it is a regular file. */
  stdinFile?(): FileId | undefined;
}

/** A file's identity: the same device and inode is the same file, whatever the path (links included). */
export interface FileId {
  readonly dev: number;
  readonly ino: number;
}

/** The process's own standard streams, folder and environment. */
export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: !!process.stdout.isTTY,
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    readStdin,
    stdinFile: () => {
      try {
        const s = fstatSync(0);
        return s.isFile() ? s : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

const EXIT_OK = 0;
const EXIT_PROBLEMS = 1;
const EXIT_USAGE = 2;

/**
 * Runs the CLI with arguments (without `node` and the script); returns the exit code. `io` and
 * `service` default to the process and a new language service (tests pass their own).
 */
export function run(argv: readonly string[], io: CliIo = processIo(), service: LanguageService = createLanguageService({ incremental: false, logger: { error: (m) => io.stderr(`${m.split('\n')[0]}\n`) } })): number {
  const ruleIds = service.rules.map((r) => r.meta.id);
  let options: Options;
  try {
    options = parseArgs(argv, ruleIds);
  } catch (e) {
    if (e instanceof UsageError) return usageError(io, e.message);
    throw e;
  }
  switch (options.action) {
    case 'help':
      io.stdout(`${USAGE}\n`);
      return EXIT_OK;
    case 'version':
      io.stdout(`${VERSION}\n`);
      return EXIT_OK;
    case 'list-rules':
      return emit(io, options, listRules(service.rules, findRuleDocs(), options.format === 'json' ? 'json' : 'text')) ?? EXIT_OK;
    case 'print-config':
      return runPrintConfig(io, options, service);
    default:
      return runLint(io, options, service);
  }
}

/** A usage error: one line that says what to write, and where the options are listed. */
function usageError(io: CliIo, message: string): number {
  io.stderr(`unres: ${escapeControls(message)}; \`unres --help\` lists the options\n`);
  return EXIT_USAGE;
}

/**
 * Whether the report may use ANSI colours: `--no-color` and a non-empty `NO_COLOR` (no-color.org)
 * turn them off whatever else is set; then `--color`; then `FORCE_COLOR` as chalk and
 * supports-color read it (`0`/`false`: off; `1`, `2`, `3`, `true` or set but empty: on, even when
 * piped); else only on a terminal (not `TERM=dumb`) and not into `--output`.
 */
export function colorEnabled(options: Pick<Options, 'color' | 'output'>, env: CliIo['env'], stdoutIsTTY: boolean): boolean {
  if (options.color === false || env.NO_COLOR) return false;
  if (options.color === true) return true;
  const force = env.FORCE_COLOR?.trim().toLowerCase();
  if (force === '0' || force === 'false') return false;
  if (force !== undefined && ['', '1', '2', '3', 'true'].includes(force)) return true;
  return stdoutIsTTY && options.output === undefined && env.TERM !== 'dumb';
}

/**
 * Creates the missing folders of `dir` one level at a time from the deepest existing one (a
 * recursive mkdir loops forever below /proc on Node 20); throws the first failure.
 */
function makeFolders(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d); d = path.dirname(d)) {
    missing.push(d);
    if (path.dirname(d) === d) break;
  }
  for (const d of missing.reverse()) mkdirSync(d);
}

/** The status of a file (following links), or undefined when it does not exist or cannot be read. */
function statOf(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

const sameFile = (a: FileId | undefined, b: FileId | undefined): boolean => a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino;

/** A file the report must not replace: what to call it, and its identity (read when needed). */
interface Input {
  readonly what: string;
  readonly id: () => FileId | undefined;
}

/**
 * Whether `--output` names one of the files the run reads (the same device and inode, whatever
 * the path): then says so in one line. The inputs are listed only when the output exists.
 */
function overwritesInput(io: CliIo, options: Options, inputs: () => readonly Input[]): boolean {
  if (options.output === undefined) return false;
  const output = statOf(path.resolve(io.cwd, options.output));
  if (output === undefined) return false;
  const hit = inputs().find((input) => sameFile(output, input.id()));
  if (hit) io.stderr(`unres: ${escapeControls(`--output ${options.output} is ${hit.what}, which the report would overwrite; write the report to another file`)}\n`);
  return hit !== undefined;
}

/** What a file that is not a regular file is, for messages. */
function kindOf(s: Stats): string {
  if (s.isFIFO()) return 'a named pipe (or a shell\'s <(…))';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  if (s.isSocket()) return 'a socket';
  if (s.isDirectory()) return 'a folder';
  return 'not a regular file';
}

/** Why a file could not be written, in words (the system's code after them, for a search). */
export function writeProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const words: Record<string, string> = {
    EISDIR: 'it is a folder',
    ENOENT: 'its folder does not exist and cannot be made there',
    ENOTDIR: 'a part of its path is a file, not a folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    EEXIST: 'a file is in the way of a folder of its path',
  };
  if (code === undefined) return String((e as Error)?.message ?? e);
  return `${words[code] ?? 'the system refused'} (${code})`;
}

/** Writes output to `--output` or standard output; returns an exit code when writing failed. */
function emit(io: CliIo, options: Options, text: string): number | undefined {
  if (options.output === undefined) {
    if (text) io.stdout(text);
    return undefined;
  }
  const file = path.resolve(io.cwd, options.output);
  try {
    makeFolders(path.dirname(file));
    writeFileSync(file, text);
  } catch (e) {
    io.stderr(`unres: ${options.output}: cannot write the report: ${writeProblem(e)}; choose another --output path\n`);
    return EXIT_USAGE;
  }
  return undefined;
}

/** The one line for a broken configuration file: its first problem, and how many more there are. */
function runPrintConfig(io: CliIo, options: Options, service: LanguageService): number {
  const cfg = new CliConfig(options, io.cwd);
  const draft = options.printConfig!;
  let file = path.resolve(io.cwd, draft);
  // For a folder, the configuration of a draft in it.
  if (isDirectory(file)) file = path.join(file, 'draft.unres');
  const resolved = cfg.forFile(file);
  if (!resolved.ok) {
    io.stderr(`unres: ${failureLine(cfg.failure(resolved.problems))}\n`);
    return EXIT_USAGE;
  }
  // The draft is read if it is a regular file (never a pipe, which would block); it need not
  // exist: the configuration of a path is still known.
  const { config, values, model } = cfg.describe(file, service.rules);
  const footnoteStyle = model && (resolved.settings.footnoteStyle ?? 'auto') === 'auto' ? resolveSettings(resolved.settings, model).footnoteStyle : undefined;
  const text = printConfig(draft, config, values, (f) => cfg.show(f), options.format === 'json' ? 'json' : 'text', footnoteStyle);
  // As for a lint: the report never replaces the draft or a configuration file it describes.
  const described = [{ what: `the draft ${draft}`, id: () => statOf(file) }, ...(config?.files ?? []).map((f) => ({ what: `the configuration file ${f}`, id: () => statOf(f) }))];
  if (overwritesInput(io, options, () => described)) return EXIT_USAGE;
  return emit(io, options, text) ?? EXIT_OK;
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

function runLint(io: CliIo, options: Options, service: LanguageService): number {
  const started = performance.now();
  let readMs = 0;
  let lintMs = 0;
  // CPU time of reading and linting, read once around the loop (a reading per file cost more than
  // some files take to lint).
  let cpuStart: NodeJS.CpuUsage | undefined;
  let lintCpuUs = 0;
  const cfg = new CliConfig(options, io.cwd);
  const explicit = cfg.explicitProblems();
  if (explicit.length) {
    io.stderr(`unres: ${failureLine(cfg.failure(explicit))}\n`);
    return EXIT_USAGE;
  }

  const failures: Failure[] = [];
  const fail = (f: Failure): void => {
    failures.push({ ...f, message: escapeControls(f.message) });
    io.stderr(`unres: ${failureLine(f)}\n`);
  };
  const targets = expandTargets(options.targets, io.cwd);
  // The report must not overwrite a draft it reports on, whatever the path names it (a symbolic or
  // hard link). Standard input counts as the file --stdin-filename names and as the file it is
  // redirected from. Nor a configuration file that applies (or that one extends): the next run
  // would fail on it.
  const reportedOn = (): Input[] => {
    const inputs = targets.flatMap((t): Input[] => {
      if (t.kind === 'file') return [{ what: `the draft ${t.display}`, id: () => statOf(t.path) }];
      if (t.kind !== 'stdin') return [];
      const named = options.stdinFilename === undefined ? [] : [{ what: `the draft ${options.stdinFilename}`, id: () => statOf(path.resolve(io.cwd, options.stdinFilename!)) }];
      return [...named, { what: 'the draft standard input is read from', id: () => io.stdinFile?.() }];
    });
    const configs = new Set<string>();
    for (const t of targets) {
      const draftPath = t.kind === 'file' ? t.path : t.kind === 'stdin' ? path.resolve(io.cwd, options.stdinFilename ?? STDIN_DISPLAY) : undefined;
      if (draftPath !== undefined) for (const f of cfg.configFor(draftPath)?.files ?? []) configs.add(f);
    }
    return [...inputs, ...[...configs].map((f) => ({ what: `the configuration file ${f}`, id: () => statOf(f) }))];
  };
  if (overwritesInput(io, options, reportedOn)) return EXIT_USAGE;
  if (options.fix) {
    // --fix writes back into each file: a named pipe (a shell's <(…)) or a device would block the
    // write or lose the fixes. Refused before anything is read or written, as standard input is.
    let refused = false;
    for (const t of targets) {
      const s = t.kind === 'file' ? statOf(t.path) : undefined;
      if (t.kind !== 'file' || s === undefined || s.isFile()) continue;
      io.stderr(`unres: ${escapeControls(`--fix cannot write the fixes back to ${t.display}, which is ${kindOf(s)}; use --fix-dry-run to see the changes as a diff`)}\n`);
      refused = true;
    }
    if (refused) return EXIT_USAGE;
  }

  const results: FileResult[] = [];
  const brokenConfigs = new Set<string>();
  const diffs: string[] = [];
  let errors = 0;
  let warnings = 0;
  let diverged = 0;
  /** The files whose fixes did not settle (reported on their own line). */
  const unsettled = new Set<string>();
  /** After --fix-dry-run, the diagnostics of each changed file as it is on disk. */
  const before = new Map<string, readonly LintDiagnostic[]>();
  if (options.timing) cpuStart = process.cpuUsage();
  for (const target of targets) {
    if (target.kind === 'problem') {
      fail({ display: target.arg, message: target.message });
      continue;
    }
    const display = target.kind === 'stdin' ? options.stdinFilename ?? STDIN_DISPLAY : target.display;
    const file = target.kind === 'stdin' ? path.resolve(io.cwd, options.stdinFilename ?? STDIN_DISPLAY) : target.path;
    let draft: Draft;
    const t0 = performance.now();
    try {
      draft = target.kind === 'stdin' ? io.readStdin() : readDraft(file);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      fail({ display, message: e.message });
      continue;
    } finally {
      readMs += performance.now() - t0;
    }
    const resolved = cfg.forFile(file);
    if (!resolved.ok) {
      // One line per broken configuration file; the drafts it governs are not linted.
      if (!brokenConfigs.has(resolved.config.file)) {
        brokenConfigs.add(resolved.config.file);
        fail(cfg.failure(resolved.problems));
      }
      continue;
    }
    const t1 = performance.now();
    let outcome: LintOutcome;
    try {
      outcome = lintOne(service, file, draft, resolved.settings, options);
    } catch (e) {
      // A bug must not cost the other files their report.
      fail({ display, message: `internal error while linting (${(e instanceof Error ? e.message : String(e)).split('\n')[0]}); please report it with this file` });
      continue;
    }
    lintMs += performance.now() - t1;
    if (outcome.writeError) {
      fail({ display, message: outcome.writeError });
      continue;
    }
    if (outcome.diverged) {
      diverged++;
      unsettled.add(display);
      io.stderr(`unres: ${display}: the fixes did not settle (each pass produced new ones), so the file was left unchanged; fix it by hand\n`);
    }
    if (outcome.diff) {
      // The diff's lines are the file's bytes: a byte-order mark stays on line 1 of both sides, or
      // `git apply` and `patch` find line 1 changed and refuse the patch.
      const bom = draft.bom ? '\ufeff' : '';
      diffs.push(unifiedDiff(relativePath(display, io.cwd), bom + draft.text, bom + outcome.fixedText!));
    }
    if (outcome.before) before.set(display, outcome.before);
    for (const d of outcome.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
    }
    // A message may quote the draft: no control character reaches the report as it is.
    const shown = outcome.diagnostics.map((d) => {
      const message = escapeControls(d.message);
      return message === d.message ? d : { ...d, message };
    });
    results.push({ display, diagnostics: options.quiet ? shown.filter((d) => d.severity === 'error') : shown });
  }

  if (cpuStart) {
    const used = process.cpuUsage(cpuStart);
    lintCpuUs = used.user + used.system;
  }
  const t2 = performance.now();
  let text: string;
  if (options.fixDryRun) text = diffs.join('');
  else {
    const color = colorEnabled(options, io.env, io.stdoutIsTTY);
    text = FORMATTERS[options.format ?? 'stylish']({ results, failures }, { cwd: io.cwd, color, rules: service.rules, version: VERSION, docs: findRuleDocs() });
  }
  const writeFailed = emit(io, options, text);
  if (options.timing) {
    const ms = (n: number): string => `${n.toFixed(0)} ms`;
    io.stderr(`unres: ${results.length} file${results.length === 1 ? '' : 's'}; read ${ms(readMs)}, lint ${ms(lintMs)} (cpu ${ms(lintCpuUs / 1000)} with reading), report ${ms(performance.now() - t2)}, total ${ms(performance.now() - started)}\n`);
  }
  if (writeFailed !== undefined || failures.length > 0) return EXIT_USAGE;
  // The dry run prints only the diff: the errors no fix removes are named here, or the exit code 1
  // would come without a reason.
  // (A file whose fixes did not settle has its own line: its errors are of the text as it is.)
  const remaining = options.fixDryRun ? remainingErrors(results.filter((r) => !unsettled.has(r.display)), before, io.cwd) : undefined;
  if (remaining) io.stderr(`unres: ${remaining}\n`);
  if (errors > 0 || diverged > 0) return EXIT_PROBLEMS;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr(`unres: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${options.maxWarnings}; fix some or raise the limit\n`);
    return EXIT_PROBLEMS;
  }
  return EXIT_OK;
}

/**
 * One line naming the errors left after the fixes of a dry run: the first three, and how many more;
 * undefined without any. The file is unchanged, so each is placed in the file as it is, where the
 * same problem (rule and message) stands there; one the fixes brought is placed in the fixed text
 * and said so.
 */
function remainingErrors(results: readonly FileResult[], before: ReadonlyMap<string, readonly LintDiagnostic[]>, cwd: string): string | undefined {
  const named: string[] = [];
  let errors = 0;
  for (const r of results) {
    const earlier = before.get(r.display);
    const taken = new Set<LintDiagnostic>();
    for (const d of r.diagnostics) {
      if (d.severity !== 'error') continue;
      if (errors++ >= 3) continue;
      const same = earlier?.find((e) => !taken.has(e) && e.ruleId === d.ruleId && e.message === d.message);
      if (same) taken.add(same);
      const at = same ?? d;
      const where = `${shownPath(relativePath(r.display, cwd))}:${at.range.start.line + 1}:${at.range.start.character + 1}`;
      named.push(`${d.ruleId} at ${where}${earlier && !same ? ' of the fixed text' : ''}`);
    }
  }
  if (errors === 0) return undefined;
  const more = errors - named.length;
  return `${errors} error${errors === 1 ? '' : 's'} no fix removes (${named.join(', ')}${more > 0 ? `, and ${more} more` : ''}); run without --fix-dry-run to see them`;
}

interface LintOutcome {
  /** The diagnostics to report: of the fixed text after --fix or --fix-dry-run. */
  readonly diagnostics: readonly LintDiagnostic[];
  readonly diverged?: boolean;
  readonly diff?: boolean;
  readonly fixedText?: string;
  /** After --fix-dry-run: the diagnostics of the text as it is (the file is unchanged), to place what is left. */
  readonly before?: readonly LintDiagnostic[];
  readonly writeError?: string;
}

function lintOne(service: LanguageService, file: string, draft: Draft, settings: UnresSettings, options: Options): LintOutcome {
  const lint = (text: string): LintDiagnostic[] => {
    const found = service.lint({ uri: file, version: 0, getText: () => text }, settings) ?? [];
    service.forget(file);
    return found;
  };
  const diagnostics = lint(draft.text);
  if (!(options.fix || options.fixDryRun) || !diagnostics.some((d) => d.fix)) return { diagnostics };
  const outcome = fixText(service, file, draft.text, settings);
  if (outcome.kind === 'diverged') return { diagnostics, diverged: true };
  if (outcome.kind === 'unchanged') return { diagnostics };
  if (options.fix) {
    try {
      writeBack(file, draft.bom ? `\ufeff${outcome.text}` : outcome.text);
    } catch (e) {
      return { diagnostics, writeError: writeFailure(e) };
    }
  }
  return { diagnostics: lint(outcome.text), diff: options.fixDryRun, fixedText: outcome.text, ...(options.fixDryRun ? { before: diagnostics } : {}) };
}

/** The one line for a fixed draft that could not be written (the draft is left as it was). */
function writeFailure(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code ?? String(e);
  const what = code === 'ENOSPC' || code === 'EDQUOT' ? 'free some disk space' : code === 'EFBIG' ? 'raise the file size limit' : code === 'not a regular file' ? 'fix a regular file' : code === 'read-only' ? 'make it writable (chmod u+w)' : 'make it writable';
  return `cannot write the fixed file (${code}); it is unchanged: ${what} or use --fix-dry-run`;
}

/**
 * Writes fixed text back into a draft, only if it is still a regular file we may write: a file
 * replaced by a named pipe since it was checked would block the write (non-blocking open: ENXIO) or
 * swallow it, and a read-only or immutable draft is refused. The fixed text is written in full to
 * a new file beside the draft first, which then takes the draft's place (a rename): a full disk, a
 * file size limit or a crash meanwhile leaves the draft as it was, never cut short. The new file
 * gets the draft's mode (and owner, where that can be set); a draft with other hard links, or whose
 * owner cannot be kept, or in a folder where no file can be made, is written in place instead,
 * once the new file has shown that the text fits.
 */
function writeBack(file: string, text: string): void {
  // O_NONBLOCK is 0 where it does not exist (Windows), which has no named pipes in the file tree.
  const fd = openSync(file, fsConstants.O_WRONLY | (fsConstants.O_NONBLOCK ?? 0));
  let st: Stats;
  try {
    st = fstatSync(fd);
  } finally {
    closeSync(fd);
  }
  if (!st.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'not a regular file' });
  // Read-only by its mode: refused also where the system would let us write it (as root, as CI
  // jobs in containers run), since whoever made it read-only meant it to stay as it is.
  if ((st.mode & 0o222) === 0) throw Object.assign(new Error('read-only'), { code: 'read-only' });
  const real = realpathSync(file);
  const temp = path.join(path.dirname(real), `.${path.basename(real)}.${process.pid}.unres-fix`);
  let t: number;
  try {
    t = openSync(temp, 'wx', st.mode & 0o7777);
  } catch {
    // No file can be made beside the draft (a folder we may not write): in place, as the only way.
    writeInPlace(file, text);
    return;
  }
  let inPlace = st.nlink > 1;
  try {
    try {
      writeFileSync(t, text);
      fchmodSync(t, st.mode & 0o7777);
      if (!inPlace && process.getuid && st.uid !== process.getuid()) {
        try {
          fchownSync(t, st.uid, st.gid);
        } catch {
          inPlace = true;
        }
      }
      fsyncSync(t);
    } finally {
      closeSync(t);
    }
    if (inPlace) {
      // The text fits (the disk and the size limit took it): the space of the copy back, then in place.
      unlinkSync(temp);
      writeInPlace(file, text);
    } else renameSync(temp, real);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

/** Writes text over a regular file's content (same inode, owner and links). */
function writeInPlace(file: string, text: string): void {
  const fd = openSync(file, fsConstants.O_WRONLY | (fsConstants.O_NONBLOCK ?? 0));
  try {
    if (!fstatSync(fd).isFile()) throw Object.assign(new Error('not a regular file'), { code: 'not a regular file' });
    ftruncateSync(fd, 0);
    writeFileSync(fd, text);
  } finally {
    closeSync(fd);
  }
}
