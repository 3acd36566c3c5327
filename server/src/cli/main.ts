/**
 * The `unres` command line: `unres lint FILE…`. A thin consumer of the core's language service.
 * Exit codes: 0 clean, 1 error-level problems, 2 usage or input errors.
 */
import { readFileSync, statSync } from 'node:fs';
import { createLanguageService, type LintDiagnostic } from '../core/languageService';

const VERSION = process.env.UNRES_VERSION ?? '0.1.0';
/** Larger files are refused: the longest omnibus resolutions are about 1 MB. */
const MAX_BYTES = 10_000_000;

const USAGE = `Usage: unres lint [--format text|json] FILE...

Lints United Nations resolution drafts (.unres files).

Options:
  --format text|json   output format (default: text)
  -h, --help           show this help
  -v, --version        show the version

Exit codes: 0 no error-level problems, 1 error-level problems found, 2 usage or input error.`;

/** A file the CLI could not lint, with a one-line reason. */
class InputError extends Error {}

function readDraft(file: string): string {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new InputError('is a directory; pass .unres files');
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? String(e)})`);
  }
  if (size === 0) throw new InputError('the file is empty');
  if (size > MAX_BYTES) throw new InputError(`the file is ${(size / 1e6).toFixed(1)} MB; drafts larger than ${MAX_BYTES / 1e6} MB are not linted`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new InputError(`cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  if (bytes.includes(0)) throw new InputError('the file contains NUL bytes: it is binary, not a text draft');
  try {
    // The decoder drops a UTF-8 byte-order mark, as editors do, so columns match the editor.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('the file is not valid UTF-8; save it as UTF-8');
  }
}

interface FileResult {
  readonly file: string;
  readonly diagnostics: readonly LintDiagnostic[];
}

function printText(results: readonly FileResult[]): void {
  const lines: string[] = [];
  for (const r of results) {
    for (const d of r.diagnostics) {
      lines.push(`${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.message} (${d.ruleId})`);
    }
  }
  if (lines.length) process.stdout.write(lines.join('\n') + '\n');
}

function printJson(results: readonly FileResult[]): void {
  const out = results.map((r) => ({
    file: r.file,
    diagnostics: r.diagnostics.map((d) => ({
      ruleId: d.ruleId,
      severity: d.severity,
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      endLine: d.range.end.line + 1,
      endColumn: d.range.end.character + 1,
      fixable: !!d.fix,
    })),
  }));
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
}

function usageError(message: string): number {
  process.stderr.write(`unres: ${message}\nRun \`unres --help\` for usage.\n`);
  return 2;
}

/** Runs the CLI with arguments (without `node` and the script); returns the exit code. */
export function run(argv: readonly string[]): number {
  if (argv.length === 0) return usageError('missing command: try `unres lint FILE...`');
  if (argv.includes('-h') || argv.includes('--help')) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (argv[0] === '-v' || argv[0] === '--version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const [command, ...rest] = argv;
  if (command !== 'lint') return usageError(`unknown command "${command}": the command is \`unres lint FILE...\``);
  let format: 'text' | 'json' = 'text';
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--format' || a.startsWith('--format=')) {
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i];
      if (value !== 'text' && value !== 'json') return usageError(`--format takes "text" or "json", not "${value ?? ''}"`);
      format = value;
    } else if (a === '--') {
      files.push(...rest.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') {
      return usageError(`unknown option "${a}"`);
    } else files.push(a);
  }
  if (files.length === 0) return usageError('no files to lint: `unres lint FILE...`');

  const service = createLanguageService({ logger: { error: (m) => process.stderr.write(`${m.split('\n')[0]}\n`) } });
  const results: FileResult[] = [];
  let inputErrors = 0;
  let errors = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readDraft(file);
    } catch (e) {
      inputErrors++;
      process.stderr.write(`unres: ${file}: ${e instanceof InputError ? e.message : String(e)}\n`);
      continue;
    }
    const diagnostics = service.lint({ uri: file, version: 0, getText: () => text }) ?? [];
    service.forget(file);
    errors += diagnostics.filter((d) => d.severity === 'error').length;
    results.push({ file, diagnostics });
  }
  if (format === 'json') printJson(results);
  else printText(results);
  if (inputErrors > 0) return 2;
  return errors > 0 ? 1 : 0;
}

// A closed pipe (`unres lint … | head`) ends the output quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

try {
  process.exitCode = run(process.argv.slice(2));
} catch (e) {
  // Never a stack trace for the user: one line, and the internal-error exit code.
  process.stderr.write(`unres: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
}
