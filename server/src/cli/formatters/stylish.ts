/** `--format stylish` (the default): problems grouped by file, aligned, with a summary; colours on a terminal. */
import type { LintDiagnostic, Severity } from '../../core/languageService';
import { flat, shownPath, type Formatter } from '../report';

const ESC = '\u001b[';
const paint = (on: boolean, code: string, s: string): string => (on ? `${ESC}${code}m${s}${ESC}0m` : s);

const COLOURS: Record<Exclude<Severity, 'off'>, string> = { error: '31', warning: '33', info: '36', hint: '2' };

/** Counts diagnostics by severity, and the fixable ones. */
export function countSeverities(diagnostics: Iterable<LintDiagnostic>): Record<Exclude<Severity, 'off'>, number> & { fixable: number } {
  const c = { error: 0, warning: 0, info: 0, hint: 0, fixable: 0 };
  for (const d of diagnostics) {
    c[d.severity]++;
    if (d.fix) c.fixable++;
  }
  return c;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Formats the report for people; prints nothing when there is nothing to say. */
export const stylish: Formatter = (report, { color }) => {
  const out: string[] = [];
  const all: LintDiagnostic[] = [];
  for (const r of report.results) {
    if (r.diagnostics.length === 0) continue;
    // By loops, not by spreading: a large draft can have more problems than a call takes arguments.
    for (const d of r.diagnostics) all.push(d);
    out.push(paint(color, '4', shownPath(r.display)));
    const rows = r.diagnostics.map((d) => [`${d.range.start.line + 1}:${d.range.start.character + 1}`, d.severity, flat(d.message), d.ruleId] as const);
    let wPos = 0;
    let wSev = 0;
    let wMsg = 0;
    for (const [pos, sev, message] of rows) {
      wPos = Math.max(wPos, pos.length);
      wSev = Math.max(wSev, sev.length);
      wMsg = Math.max(wMsg, message.length);
    }
    for (const [pos, sev, message, rule] of rows) {
      out.push(`  ${paint(color, '2', pos.padEnd(wPos))}  ${paint(color, COLOURS[sev], sev.padEnd(wSev))}  ${message.padEnd(wMsg)}  ${paint(color, '2', rule)}`);
    }
    out.push('');
  }
  if (all.length === 0) return '';
  const c = countSeverities(all);
  const parts = [plural(c.error, 'error'), plural(c.warning, 'warning')];
  if (c.info) parts.push(plural(c.info, 'info'));
  if (c.hint) parts.push(plural(c.hint, 'hint'));
  const mark = c.error ? paint(color, '31;1', '✖') : paint(color, '33;1', '⚠');
  out.push(`${mark} ${plural(all.length, 'problem')} (${parts.join(', ')})`);
  if (c.fixable) out.push(`  ${plural(c.fixable, 'problem')} can be fixed with \`unres lint --fix\`.`);
  return `${out.join('\n')}\n`;
};
