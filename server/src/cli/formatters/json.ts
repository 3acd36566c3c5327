/**
 * `--format json`: the shape fixed by the first CLI, `[{ file, diagnostics: [{ ruleId, severity,
 * message, line, column, endLine, endColumn, fixable }] }]`, 1-based lines and columns (UTF-16),
 * and `{ file, diagnostics: [], error }` for a file that could not be linted.
 */
import type { Formatter } from '../report';

/**
 * Formats the results as indented JSON. A file that could not be linted (a draft that cannot be
 * read, a broken configuration file) is an entry too, after the others, with no diagnostics and
 * an `error` (and the 1-based `line` and `column` of the problem when it has one), so that a
 * script that reads the report does not take it for a clean draft.
 */
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
  const failed = report.failures.map((f) => ({ file: f.display, diagnostics: [], error: f.message, ...(f.line !== undefined ? { line: f.line, column: f.column ?? 1 } : {}) }));
  return `${JSON.stringify([...out, ...failed], null, 2)}\n`;
};
