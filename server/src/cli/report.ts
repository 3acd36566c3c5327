/** What a lint run produced, as the formatters see it. */
import * as path from 'node:path';
import type { LintDiagnostic, Rule } from '../core/languageService';
import type { RuleDocs } from './ruleDocs';

/** The diagnostics of one linted draft. */
export interface FileResult {
  /** The path as the user named it (or as found below a folder or by a glob); `<stdin>` for unnamed standard input. */
  readonly display: string;
  readonly diagnostics: readonly LintDiagnostic[];
}

/** A file that could not be linted (unreadable draft, broken configuration), with a one-line reason. */
export interface Failure {
  /** The file to blame, as shown. */
  readonly display: string;
  readonly message: string;
  /** 1-based position in that file, when the problem has one (configuration files). */
  readonly line?: number;
  readonly column?: number;
}

/** The outcome of a run. */
export interface Report {
  readonly results: readonly FileResult[];
  readonly failures: readonly Failure[];
}

/** What formatters may use besides the report. */
export interface FormatContext {
  readonly cwd: string;
  /** Whether ANSI colours may be used. */
  readonly color: boolean;
  readonly rules: readonly Rule[];
  readonly version: string;
  readonly docs: RuleDocs;
}

/** Turns a report into the text written to standard output or `--output`. */
export type Formatter = (report: Report, context: FormatContext) => string;

/** The display path as a forward-slash path relative to the current folder (for CI annotations and SARIF). */
export function relativePath(display: string, cwd: string): string {
  if (display === STDIN_DISPLAY) return 'stdin';
  const rel = path.relative(cwd, path.resolve(cwd, display));
  return (rel === '' ? '.' : rel).split(path.sep).join('/');
}

/** How unnamed standard input is shown. */
export const STDIN_DISPLAY = '<stdin>';

/** A failure as one line: `file:line:col: message` or `file: message`, control characters escaped. */
export function failureLine(f: Failure): string {
  return escapeControls(flat(f.line !== undefined ? `${f.display}:${f.line}:${f.column ?? 1}: ${f.message}` : `${f.display}: ${f.message}`));
}

/**
 * Control characters (but tab and line breaks) as `\u0000` escapes: a message that quotes a file's
 * content (a configuration's syntax error, a draft's text) must not put a NUL or an escape
 * sequence on the terminal.
 */
export function escapeControls(text: string): string {
  // eslint-disable-next-line no-control-regex -- these are the characters to escape
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A file name as the line-based reports show it: every control character escaped, line breaks and
 * tabs too (a name may hold them, and a report line must stay one line).
 */
export function shownPath(name: string): string {
  // eslint-disable-next-line no-control-regex -- these are the characters to escape
  return name.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Messages are one line in every output format. */
export function flat(message: string): string {
  return message.replace(/[\r\n]+/g, ' ');
}
