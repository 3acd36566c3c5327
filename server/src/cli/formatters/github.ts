/**
 * `--format github`: GitHub Actions workflow commands, one annotation per problem, escaped as the
 * workflow-command rules ask (`%`, CR and LF in the message; also `:` and `,` in properties). A
 * file name's line breaks are escaped as the rules ask (`%0A`, `%0D`), so that the annotation still
 * names the file; its other control characters are written as `\u001b` and the like, as the
 * line-based reports write them: the Actions log would show them raw (an escape sequence drives the
 * log's terminal).
 */
import type { Severity } from '../../core/languageService';
import { relativePath, shownPath, type Formatter } from '../report';

const COMMAND: Record<Exclude<Severity, 'off'>, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** Escapes the message of a workflow command. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A file name as a property: control characters escaped as in the other reports, but line breaks as the workflow commands escape them. */
function fileProperty(name: string): string {
  return shownPath(escapeProperty(name));
}

/** Formats one `::error`/`::warning`/`::notice` line per problem, and per file that could not be linted. */
export const github: Formatter = (report, { cwd }) => {
  const lines: string[] = [];
  for (const r of report.results) {
    const file = fileProperty(relativePath(r.display, cwd));
    for (const d of r.diagnostics) {
      const props = [
        `file=${file}`,
        `line=${d.range.start.line + 1}`,
        `col=${d.range.start.character + 1}`,
        `endLine=${d.range.end.line + 1}`,
        `endColumn=${d.range.end.character + 1}`,
        `title=${escapeProperty(d.ruleId)}`,
      ];
      lines.push(`::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(d.message)}`);
    }
  }
  for (const f of report.failures) {
    const props = [`file=${fileProperty(relativePath(f.display, cwd))}`];
    if (f.line !== undefined) props.push(`line=${f.line}`, `col=${f.column ?? 1}`);
    props.push('title=unres');
    lines.push(`::error ${props.join(',')}::${escapeData(f.message)}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};
