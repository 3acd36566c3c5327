/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning. Rule metadata (descriptions, the rule
 * page as `help.markdown`, a `file://` link to the installed page), results with 1-based regions
 * in UTF-16 code units and paths relative to the current folder, a fingerprint of each problem that
 * does not move with its line, files that could not be linted as tool execution notifications.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../../core/languageService';
import { whatItChecks } from '../ruleDocs';
import { relativePath, type Formatter } from '../report';

const LEVEL: Record<Exclude<Severity, 'off'>, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
const SRCROOT = '%SRCROOT%';

/** A relative path as a URI reference: each segment percent-encoded. */
export function uriOf(relative: string): string {
  return relative.split('/').map((s) => (s === '..' || s === '.' ? s : encodeURIComponent(s))).join('/');
}

/**
 * Where a file is, from its path relative to the current folder: a URI reference against
 * `%SRCROOT%`, or, when no relative path reaches it (on Windows, another drive `D:/…` or a share
 * `//server/…`), its absolute `file:` URI without a base.
 */
export function artifactLocation(relative: string): { uri: string; uriBaseId?: string } {
  if (/^[A-Za-z]:\//.test(relative)) return { uri: `file:///${relative.slice(0, 2)}/${uriOf(relative.slice(3))}` };
  if (relative.startsWith('//')) return { uri: `file://${uriOf(relative.slice(2))}` };
  return { uri: uriOf(relative), uriBaseId: SRCROOT };
}

/** The rule's id as a SARIF rule name: `operative-punctuation` → `OperativePunctuation`. */
export function ruleName(id: string): string {
  return id.replace(/(?:^|-)([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** The key of unres's own fingerprint in `partialFingerprints` (versioned, as SARIF asks). */
const FINGERPRINT = 'unresProblem/v1';

/**
 * A fingerprint of a problem that does not move with its line: the file, the rule, the message
 * (which quotes what was found) and how many times the same problem came before it in the file,
 * hashed. Code scanning matches alerts across commits by it, so a line added above a problem does
 * not close the alert and open a new one.
 */
export function fingerprint(relative: string, ruleId: string, message: string, seen: Map<string, number>): string {
  const key = `${ruleId}\u0000${message}`;
  const n = seen.get(key) ?? 0;
  seen.set(key, n + 1);
  return createHash('sha256').update(`${relative}\u0000${key}\u0000${n}`).digest('hex').slice(0, 32);
}

/** Formats the report as a SARIF 2.1.0 log with one run. */
export const sarif: Formatter = (report, { cwd, rules, version, docs }) => {
  const used = new Set(report.results.flatMap((r) => r.diagnostics.map((d) => d.ruleId)));
  const listed = rules.filter((r) => used.has(r.meta.id));
  const index = new Map(listed.map((r, i) => [r.meta.id, i]));
  const driverRules = listed.map((r) => {
    const markdown = docs.markdown(r.meta.id);
    const helpUri = docs.url(r.meta.id);
    const conventions = r.meta.conventions.length ? ` (CONVENTIONS.md ${r.meta.conventions.join(', ')})` : '';
    return {
      id: r.meta.id,
      // A name other than the id, as the SARIF validators ask (`operative-punctuation` → `OperativePunctuation`).
      name: ruleName(r.meta.id),
      shortDescription: { text: r.meta.description },
      fullDescription: { text: `${(markdown && whatItChecks(markdown)) ?? r.meta.description}${conventions}` },
      // `text` is required beside `markdown`; code scanning shows the Markdown page.
      help: { text: `${r.meta.description}${conventions}`, markdown: markdown ?? r.meta.description },
      ...(helpUri ? { helpUri } : {}),
      defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity] },
      properties: { tags: [r.meta.category], fixable: r.meta.fixable },
    };
  });
  const location = (display: string, region?: Record<string, number>) => ({
    physicalLocation: {
      artifactLocation: artifactLocation(relativePath(display, cwd)),
      ...(region ? { region } : {}),
    },
  });
  const results = report.results.flatMap((r) => {
    const relative = relativePath(r.display, cwd);
    const seen = new Map<string, number>();
    return r.diagnostics.map((d) => ({
      ruleId: d.ruleId,
      ruleIndex: index.get(d.ruleId),
      level: LEVEL[d.severity],
      message: { text: d.message },
      partialFingerprints: { [FINGERPRINT]: fingerprint(relative, d.ruleId, d.message, seen) },
      locations: [
        location(r.display, {
          startLine: d.range.start.line + 1,
          startColumn: d.range.start.character + 1,
          endLine: d.range.end.line + 1,
          endColumn: d.range.end.character + 1,
        }),
      ],
    }));
  });
  const notifications = report.failures.map((f) => ({
    level: 'error',
    message: { text: f.message },
    locations: [location(f.display, f.line !== undefined ? { startLine: f.line, startColumn: f.column ?? 1 } : undefined)],
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'unres', version, semanticVersion: version, ...(docs.dir ? { informationUri: pathToFileURL(join(docs.dir, 'README.md')).href } : {}), rules: driverRules } },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href } },
        columnKind: 'utf16CodeUnits',
        results,
        invocations: [{ executionSuccessful: report.failures.length === 0, toolExecutionNotifications: notifications }],
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
