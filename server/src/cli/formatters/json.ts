/**
 * `--format json`: the shape fixed by the first CLI, `[{ file, diagnostics: [{ ruleId, severity,
 * message, line, column, endLine, endColumn, fixable }] }]`, 1-based lines and columns (UTF-16).
 */
import type { Formatter } from '../report';

/** Formats the results as indented JSON (files that could not be read are reported on stderr only). */
export const json: Formatter = (report) => {
  const out = report.results.map((r) => ({
    file: r.display,
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
  return `${JSON.stringify(out, null, 2)}\n`;
};
