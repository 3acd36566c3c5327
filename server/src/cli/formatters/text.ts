/** `--format text`: the first CLI's shape, one line per problem: `file:line:col severity message (rule-id)`. */
import { flat, shownPath, type Formatter } from '../report';

/** Formats one line per diagnostic; nothing when there are none. */
export const text: Formatter = (report) => {
  const lines: string[] = [];
  for (const r of report.results) {
    for (const d of r.diagnostics) {
      lines.push(`${shownPath(r.display)}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${flat(d.message)} (${d.ruleId})`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};
