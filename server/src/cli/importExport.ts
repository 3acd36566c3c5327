/**
 * `unres import FILE [-o OUT] [--force]` and `unres export --to docx|html FILE [-o OUT] [--force]`.
 * Import turns an official text (Word's plain-text export, PDF text, the Markdown extraction, a
 * .docx file) into a `.unres` draft; export writes a draft as Word or standalone HTML. Neither
 * overwrites an existing file without `--force`; each writes only the one file it names. Every
 * error is one line; exit codes: 0 done, 2 usage or input error (nothing written).
 */
import { closeSync, constants as fsConstants, lstatSync, openSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs';
import * as path from 'node:path';
import { importResolution, type ImportFormat, type ImportNote, type ImportResult } from '../core/import';
import { parse } from '../core/parser/parse';
import { docxBytes, layoutToDocument } from '../export/docx';
import { layoutToHtml } from '../export/html';
import { buildLayout } from '../export/layout';
import { importDocx } from '../import/docx';
import type { UnresSettings } from '../core/config/settings';
import { decodeImportText, decodeUtf8, firstInvalidLine, isBlank, isUtf16, isZip, WINDOWS_1252_NOTE } from '../shared/encoding';
import { ReadFileError, readFileLimited } from '../shared/readFile';
import { version as packageVersion } from '../../../package.json';
import { optionValue } from './args';
import { CliConfig } from './config';
import { failureLine } from './report';

/** What is said of a folder given as the input. */
const IS_A_FOLDER = 'is a directory; pass a file';

/** What these commands need of the process (a subset of the CLI's own `CliIo`). */
export interface ImportExportIo {
  readonly cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Writes bytes to standard output (for `-o -` with a .docx); the text writer is used when absent. */
  stdoutBytes?(bytes: Uint8Array): void;
}

const EXIT_OK = 0;
const EXIT_USAGE = 2;
/**
 * Larger inputs are refused: the longest omnibus resolutions are about 1 MB of text. A draft to
 * export has the limit of `unres lint` (10 MB); a file to import may be a .docx with pictures in it.
 */
const MAX_IMPORT_BYTES = 20_000_000;
const MAX_DRAFT_BYTES = 10_000_000;

/** Usage of `unres import`. */
export const IMPORT_USAGE = `Usage: unres import FILE [-o OUT] [--force] [--from word-text|pdf-text|markdown|docx]

Turns an official resolution text into a .unres draft: the plain-text export of a Word document
(UTF-8, or "Unicode", which is UTF-16), the text of an official PDF, a Markdown extraction, or a
.docx file. The draft is written beside FILE with the extension .unres, or to OUT ("-" for
standard output).

Options:
  -o, --output OUT   where to write the draft
  --force            overwrite OUT if it exists
  --from FORMAT      the source format (detected when absent)
  -h, --help         show this help
  -v, --version      show the version

Exit codes: 0 written, 2 usage error or the input is not a resolution (nothing written).`;

/** Usage of `unres export`. */
export const EXPORT_USAGE = `Usage: unres export --to docx|html FILE [-o OUT] [--force] [--footnote-style auto|legacy|current]
                    [--config FILE | --no-config]

Writes a .unres draft as a Word document in the layout of an official document, or as standalone,
print-ready HTML. The output goes beside FILE with the extension .docx or .html, or to OUT ("-"
for standard output).

Options:
  --to docx|html          the output format (or taken from OUT's extension)
  -o, --output OUT        where to write
  --force                 overwrite OUT if it exists
  --footnote-style STYLE  how a repeated citation prints (default: footnoteStyle of the
                          configuration, else from the session line)
  -c, --config FILE       take footnoteStyle from this .unresrc.json (default: the nearest one
                          above FILE, as unres lint finds it)
  --no-config             use no configuration file
  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 written, 2 usage or input error (nothing written).`;

class CommandError extends Error {}

type FootnoteStyle = NonNullable<UnresSettings['footnoteStyle']>;

interface Parsed {
  file?: string;
  output?: string;
  force: boolean;
  help: boolean;
  /** `--no-config` (export only). */
  noConfig: boolean;
  version: boolean;
  values: Map<string, string>;
}

function parseCommandArgs(args: readonly string[], valued: readonly string[], configFlags = false): Parsed {
  const parsed: Parsed = { force: false, help: false, noConfig: false, version: false, values: new Map() };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      for (const rest of args.slice(i + 1)) setFile(parsed, rest);
      break;
    }
    if (a === '-h' || a === '--help') parsed.help = true;
    else if (a === '-v' || a === '--version') parsed.version = true;
    else if (a === '--force' || a === '-f') parsed.force = true;
    else if (configFlags && a === '--no-config') parsed.noConfig = true;
    else if (configFlags && a === '-c') {
      const taken = optionValue(args, i, a, undefined, 'a file name');
      i = taken.at;
      parsed.values.set('--config', taken.value);
    } else if (a === '-o' || a === '--output' || a.startsWith('--output=')) {
      // `-o -h` is a missing file name (not a file named `-h`); `-o -` is standard output.
      const taken = optionValue(args, i, a.startsWith('--output=') ? '--output' : a, a.startsWith('--output=') ? a.slice(9) : undefined, 'a file name');
      i = taken.at;
      parsed.output = taken.value;
    } else if (a.startsWith('--') && valued.some((o) => a === o || a.startsWith(`${o}=`))) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a : a.slice(0, eq);
      const taken = optionValue(args, i, name, eq < 0 ? undefined : a.slice(eq + 1), name === '--config' ? 'a file name' : 'a value');
      i = taken.at;
      parsed.values.set(name, taken.value);
    } else if (a.startsWith('-') && a !== '-') throw new CommandError(`unknown option ${a}`);
    else setFile(parsed, a);
  }
  return parsed;
}

function setFile(parsed: Parsed, a: string): void {
  if (parsed.file !== undefined) throw new CommandError(`one FILE at a time (got ${parsed.file} and ${a})`);
  parsed.file = a;
}

function readInput(io: ImportExportIo, file: string, max: number): Uint8Array {
  const full = path.resolve(io.cwd, file);
  let bytes: Buffer;
  try {
    // A named pipe or a device is read too, never past the limit (`/dev/zero` never ends).
    bytes = readFileLimited(full, { max, streams: true });
  } catch (e) {
    if (e instanceof ReadFileError) {
      throw new CommandError(`${file}: ${e.code === 'directory' ? IS_A_FOLDER : e.code === 'too-large' ? `the file is more than ${(max / 1e6).toFixed(1)} MB; that is not a resolution` : 'is not a file (a socket or the like); pass a file'}`);
    }
    const code = (e as NodeJS.ErrnoException).code;
    throw new CommandError(
      `${file}: ${
        code === 'ENOENT'
          ? 'no such file; check the path'
          : code === 'EACCES'
            ? 'permission denied; make the file readable'
            : code === 'ENXIO'
              ? 'is not a file that can be read (a device or a socket); pass a file'
              : `cannot read the file (${code ?? String(e)}); check that it is a readable file`
      }`,
    );
  }
  if (bytes.length === 0) throw new CommandError(`${file}: the file is empty; pass the file with the text`);
  return bytes;
}

/**
 * The text of a file to import or export: UTF-8, or for an import UTF-16 (Word's "Unicode" plain
 * text) and Windows-1252 (its "ANSI" text) too, which comes with a note; nothing but white space
 * counts as empty.
 */
function decodeText(file: string, bytes: Uint8Array, forImport: boolean): { text: string; note?: ImportNote } {
  if (isZip(bytes)) throw new CommandError(forImport ? `${file}: the file is a zip archive, not text: if it is a Word document, import it as one (--from docx)` : `${file}: the file is a zip archive (a Word document?), not a draft: import it first with \`unres import ${file}\`, then export the .unres draft`);
  if (!isUtf16(bytes) && bytes.includes(0)) throw new CommandError(`${file}: the file contains NUL bytes: it is binary, not text; pass a text file`);
  let text: string;
  let note: ImportNote | undefined;
  if (forImport) {
    const decoded = decodeImportText(bytes);
    if ('error' in decoded) throw new CommandError(`${file}: ${decoded.error}`);
    text = decoded.text;
    if (decoded.windows1252) note = { severity: 'warning', message: WINDOWS_1252_NOTE };
  } else {
    if (isUtf16(bytes)) throw new CommandError(`${file}: the file is UTF-16; save it as UTF-8`);
    const utf8 = decodeUtf8(bytes);
    if (utf8 === undefined) throw new CommandError(`${file}: the file is not valid UTF-8 (${firstInvalidLine(bytes)}); save it as UTF-8`);
    text = utf8;
  }
  if (isBlank(text)) throw new CommandError(`${file}: the file is empty (nothing but white space); pass the file with the text`);
  return { text, note };
}

/**
 * Opens a file to replace it (`--force`) without following a symbolic link: a link named as the
 * output is replaced by the file, and whatever it pointed to, perhaps outside the folder, is left alone.
 */
function openReplacing(file: string): number {
  const { O_WRONLY, O_CREAT, O_TRUNC, O_NOFOLLOW } = fsConstants;
  try {
    return openSync(file, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if ((code !== 'ELOOP' && code !== 'EMLINK') || !lstatSync(file).isSymbolicLink()) throw e;
    unlinkSync(file);
    return openSync(file, 'wx');
  }
}

/**
 * Whether the output names the input: the same path, or the same file by identity (device and
 * inode: a hard or symbolic link to it), which --force would otherwise empty before it is read.
 */
function isInput(io: ImportExportIo, target: string, file: string): boolean {
  const output = path.resolve(io.cwd, target);
  const input = path.resolve(io.cwd, file);
  if (output === input) return true;
  try {
    const a = statSync(output);
    const b = statSync(input);
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false;
  }
}

/** Writes the one output file: refuses an existing file without --force, and never touches another. */
function writeOutput(io: ImportExportIo, target: string, data: string | Uint8Array, force: boolean): void {
  if (target === '-') {
    if (typeof data === 'string') io.stdout(data);
    else if (io.stdoutBytes) io.stdoutBytes(data);
    else throw new CommandError('cannot write a .docx file to this standard output; use -o FILE');
    return;
  }
  const file = path.resolve(io.cwd, target);
  let fd: number;
  try {
    // 'wx' fails if the file exists, so no other process's file is replaced between check and write.
    fd = force ? openReplacing(file) : openSync(file, 'wx');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // A folder is named as such at once: --force would not help (a link to a folder is replaced by --force).
    if (code === 'EEXIST') throw new CommandError(isFolder(file) ? `${target}: is a directory; name a file` : `${target}: the file exists; use --force to overwrite it`);
    if (code === 'EISDIR') throw new CommandError(`${target}: is a directory; name a file`);
    if (code === 'ENOENT') {
      // A folder that exists but where no file can be made (`/proc`) is not a missing folder.
      if (!isFolder(path.dirname(file))) throw new CommandError(`${target}: the folder does not exist; create it first, or choose another output with -o`);
      throw new CommandError(`${target}: no file can be created there (ENOENT); choose another output with -o`);
    }
    throw new CommandError(`${target}: cannot write (${code ?? String(e)}); choose another output with -o`);
  }
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let at = 0;
    while (at < bytes.byteLength) at += writeSync(fd, bytes, at, bytes.byteLength - at);
  } catch (e) {
    closeSync(fd);
    // A file this command created and could not fill is removed; a file it was told to replace is not restorable.
    if (!force) rmSync(file, { force: true });
    throw new CommandError(`${target}: cannot write (${(e as NodeJS.ErrnoException).code ?? String(e)}); choose another output with -o`);
  }
  closeSync(fd);
}

/** Whether a path is a folder itself (not a symbolic link to one). */
function isFolder(file: string): boolean {
  try {
    return lstatSync(file).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The output beside the input when no `-o` names one; refused for an input that is not a file in
 * a folder (a shell's `<(…)`, a device), beside which nothing can be written.
 */
function defaultOutput(io: ImportExportIo, file: string, extension: string): string {
  const full = path.resolve(io.cwd, file);
  // `/dev/stdin` and the like stand for a stream even when it comes from a file.
  let stat: ReturnType<typeof statSync> | undefined;
  try {
    stat = statSync(full);
  } catch {
    // Missing: reading it says so.
  }
  // A folder is said to be one, as reading it would (not "nothing can be written beside it").
  if (stat?.isDirectory()) throw new CommandError(`${file}: ${IS_A_FOLDER}`);
  const regular = !/^\/(dev|proc)\//.test(full) && (stat === undefined || stat.isFile());
  if (!regular) throw new CommandError(`${file} is not a file in a folder (a pipe or a device), so nothing can be written beside it; name the output with -o`);
  return beside(file, extension);
}

/** The output path beside the input, with another extension. */
function beside(file: string, extension: string): string {
  const parsed = path.parse(file);
  return path.join(parsed.dir, `${parsed.name}${extension}`);
}

/** Says what went wrong on one line; after a usage error, where the options are listed. */
function fail(io: ImportExportIo, message: string, usage?: 'import' | 'export'): number {
  io.stderr(`unres: ${message}${usage ? `; \`unres ${usage} --help\` lists the options` : ''}\n`);
  return EXIT_USAGE;
}

const FORMATS: readonly (ImportFormat | 'docx')[] = ['word-text', 'pdf-text', 'markdown', 'docx'];

/** `unres import`: returns the exit code. */
export async function runImport(args: readonly string[], io: ImportExportIo): Promise<number> {
  let parsed: Parsed;
  try {
    parsed = parseCommandArgs(args, ['--from']);
  } catch (e) {
    return fail(io, (e as Error).message, 'import');
  }
  if (parsed.help) {
    io.stdout(`${IMPORT_USAGE}\n`);
    return EXIT_OK;
  }
  if (parsed.version) {
    io.stdout(`${packageVersion}\n`);
    return EXIT_OK;
  }
  if (!parsed.file || parsed.file === '-') return fail(io, 'import needs a FILE', 'import');
  const from = parsed.values.get('--from');
  if (from !== undefined && !FORMATS.includes(from as ImportFormat)) return fail(io, `--from must be one of ${FORMATS.join(', ')}`, 'import');
  const file = parsed.file;
  try {
    const target = parsed.output ?? defaultOutput(io, file, '.unres');
    if (target !== '-' && isInput(io, target, file)) throw new CommandError(`${target}: is the input file; choose another output with -o`);
    const bytes = readInput(io, file, MAX_IMPORT_BYTES);
    const isDocx = from === 'docx' || (from === undefined && (/\.docx$/i.test(file) || isZip(bytes)));
    const decoded = isDocx ? undefined : decodeText(file, bytes, true);
    const result: ImportResult = decoded ? importResolution(decoded.text, { format: from as Exclude<ImportFormat, 'docx'> | undefined }) : await importDocx(bytes);
    // A text file named .docx (a plain-text export renamed): say how to import it as text.
    const asText = isDocx && !isZip(bytes) && from === undefined ? ' If it is a text file, import it as text: --from word-text (or pdf-text, markdown).' : '';
    if (!result.ok) throw new CommandError(`${file}: ${result.error}${asText}`);
    writeOutput(io, target, result.text, parsed.force);
    for (const n of decoded?.note ? [decoded.note, ...result.notes] : result.notes) io.stderr(`unres: ${file}: ${n.severity}: ${n.message}\n`);
    if (target !== '-') io.stdout(`${target}\n`);
    return EXIT_OK;
  } catch (e) {
    if (e instanceof CommandError) return fail(io, e.message);
    return fail(io, `${file}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
}

/** `unres export`: returns the exit code. */
export async function runExport(args: readonly string[], io: ImportExportIo): Promise<number> {
  let parsed: Parsed;
  try {
    parsed = parseCommandArgs(args, ['--to', '--footnote-style', '--config'], true);
  } catch (e) {
    return fail(io, (e as Error).message, 'export');
  }
  if (parsed.help) {
    io.stdout(`${EXPORT_USAGE}\n`);
    return EXIT_OK;
  }
  if (parsed.version) {
    io.stdout(`${packageVersion}\n`);
    return EXIT_OK;
  }
  if (!parsed.file || parsed.file === '-') return fail(io, 'export needs a FILE (a .unres draft)', 'export');
  let to = parsed.values.get('--to');
  const implied = parsed.output && parsed.output !== '-' ? (/\.docx$/i.test(parsed.output) ? 'docx' : /\.html?$/i.test(parsed.output) ? 'html' : undefined) : undefined;
  to ??= implied;
  if (to !== 'docx' && to !== 'html') return fail(io, to === undefined ? 'export needs --to docx or --to html' : `--to must be docx or html, not ${to}`, 'export');
  // A Word document named .html (or HTML named .docx) would open as garbage, or not at all.
  if (implied !== undefined && implied !== to) return fail(io, `--to ${to} writes ${to === 'docx' ? 'a Word document' : 'HTML'}, but the output ${parsed.output} is named ${path.extname(parsed.output ?? '')}; name it .${to} or leave --to out`, 'export');
  const asked = parsed.values.get('--footnote-style');
  if (asked !== undefined && asked !== 'auto' && asked !== 'legacy' && asked !== 'current') return fail(io, '--footnote-style must be auto, legacy or current', 'export');
  const configFile = parsed.values.get('--config');
  if (configFile !== undefined && parsed.noConfig) return fail(io, '--config and --no-config cannot be used together', 'export');
  const file = parsed.file;
  try {
    const target = parsed.output ?? defaultOutput(io, file, to === 'docx' ? '.docx' : '.html');
    if (target !== '-' && isInput(io, target, file)) throw new CommandError(`${target}: is the input file; choose another output with -o`);
    const { text } = decodeText(file, readInput(io, file, MAX_DRAFT_BYTES), false);
    const model = parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    if (model.preamble.length === 0 && model.operative.length === 0 && !model.organ) throw new CommandError(`${file}: this is not a resolution draft (no organ line and no paragraphs)`);
    // The footnote style prints as `unres lint` reads it: the flag, else the configuration that
    // applies to the draft, else `auto`. A broken configuration stops the export as it stops the
    // lint: the one of `--config` always, the one found only when the style is taken from it.
    let style: FootnoteStyle = asked ?? 'auto';
    if (asked === undefined || configFile !== undefined) {
      const cfg = new CliConfig({ configFile, noConfig: parsed.noConfig, rules: [] }, io.cwd);
      const explicit = cfg.explicitProblems();
      const resolved = explicit.length ? undefined : cfg.forFile(path.resolve(io.cwd, file));
      const problems = explicit.length ? explicit : resolved && !resolved.ok ? resolved.problems : [];
      if (problems.length) {
        const hint = asked !== undefined ? '' : configFile !== undefined ? ' (or pass --footnote-style)' : ' (or pass --footnote-style or --no-config)';
        return fail(io, failureLine(cfg.failure(problems)) + hint);
      }
      if (asked === undefined && resolved?.ok) style = resolved.settings.footnoteStyle ?? 'auto';
    }
    const settings = { footnoteStyle: style };
    const layout = buildLayout(model, settings);
    const data = to === 'docx' ? await docxBytes(layoutToDocument(layout)) : layoutToHtml(layout);
    writeOutput(io, target, data, parsed.force);
    for (const w of layout.warnings) io.stderr(`unres: ${file}: warning: ${w}\n`);
    if (target !== '-') io.stdout(`${target}\n`);
    return EXIT_OK;
  } catch (e) {
    if (e instanceof CommandError) return fail(io, e.message);
    return fail(io, `${file}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
}
