/** Runs the rule registry over a document model, isolating rules from each other. */
import { resolveSettings, type UnresSettings } from './config/settings';
import { rangeOf } from './model/text';
import type { DocumentModel, Range, Span } from './model/types';
import { rules as registry } from './rules';
import type { Fix, Rule, Severity } from './rules/types';

/** A problem found in a document. */
export interface LintDiagnostic {
  readonly ruleId: string;
  readonly severity: Exclude<Severity, 'off'>;
  readonly message: string;
  readonly span: Span;
  readonly range: Range;
  readonly fix?: Fix;
}

/** Where the runner reports rules that throw. */
export interface Logger {
  error(message: string): void;
}

/** A cancellation flag, as LSP's CancellationToken. */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

/** Fills `{{name}}` placeholders. */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>> | undefined): string {
  if (!data) return template;
  // Every placeholder starts with `{{`: find those natively and try the pattern there (sticky),
  // rather than a replace with a callback for every diagnostic.
  const re = /\{\{\s*(\w+)\s*\}\}/y;
  let out = '';
  let copied = 0;
  for (let at = template.indexOf('{{'); at >= 0; at = template.indexOf('{{', at + 1)) {
    re.lastIndex = at;
    const m = re.exec(template);
    if (!m || !(m[1] in data)) continue;
    out += template.slice(copied, at) + String(data[m[1]]);
    copied = at + m[0].length;
    at = copied - 1;
  }
  return copied === 0 ? template : out + template.slice(copied);
}

/** Options of one lint run. */
export interface LintOptions {
  readonly settings?: UnresSettings;
  readonly logger?: Logger;
  readonly token?: CancellationToken;
  /** The rules to run; the whole registry by default. */
  readonly rules?: readonly Rule[];
  /** Rule ids already logged as throwing; a rule that throws is logged once per set. */
  readonly loggedFailures?: Set<string>;
}

/**
 * Lints a parsed document. A rule that throws is logged (once) and skipped; the others still
 * report. Returns diagnostics sorted by position; undefined when cancelled.
 */
export function lintModel(model: DocumentModel, options: LintOptions = {}): LintDiagnostic[] | undefined {
  // The derived views the rules memoise (the opening phrases of every paragraph above all, about
  // 1 kB a paragraph) are shared by the rules of this run only: drop them afterwards, so that a
  // server with many large drafts open does not keep them for every cached model.
  const memoised = new Set(model.cache.keys());
  try {
    return runRules(model, options);
  } finally {
    for (const key of [...model.cache.keys()]) if (!memoised.has(key)) model.cache.delete(key);
  }
}

let registeredIds: ReadonlySet<string> | undefined;

/** The ids of the registered rules (computed once). */
function ruleIds(): ReadonlySet<string> {
  registeredIds ??= new Set(registry.map((r) => r.meta.id));
  return registeredIds;
}

function runRules(model: DocumentModel, options: LintOptions): LintDiagnostic[] | undefined {
  const settings = resolveSettings(options.settings, model);
  const out: LintDiagnostic[] = [];
  const disabled = directiveFilter(model);
  for (const rule of options.rules ?? registry) {
    if (options.token?.isCancellationRequested) return undefined;
    const severity = settings.rules[rule.meta.id] ?? rule.meta.defaultSeverity;
    if (severity === 'off') continue;
    const found: LintDiagnostic[] = [];
    try {
      rule.check({
        model,
        settings,
        ruleIds: ruleIds(),
        report(r) {
          const template = rule.meta.messages[r.messageId];
          if (template === undefined) throw new Error(`rule ${rule.meta.id} reported unknown messageId ${r.messageId}`);
          const span = clampSpan(r.span, model.text.length);
          const range = rangeOf(model, span);
          if (disabled(rule.meta.id, range.start.line)) return;
          found.push({ ruleId: rule.meta.id, severity, message: formatMessage(template, r.data), span, range, fix: r.fix });
        },
      });
    } catch (e) {
      const logged = options.loggedFailures;
      if (!logged || !logged.has(rule.meta.id)) {
        logged?.add(rule.meta.id);
        const detail = e instanceof Error ? e.stack ?? e.message : String(e);
        options.logger?.error(`unres: rule ${rule.meta.id} failed and was skipped: ${detail}`);
      }
      continue;
    }
    out.push(...found);
  }
  return out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
}

function clampSpan(span: Span, length: number): Span {
  const start = Math.max(0, Math.min(span.start, length));
  return { start, end: Math.max(start, Math.min(span.end, length)) };
}

/**
 * Builds the filter for inline directives: `unres-disable [ids]` until `unres-enable [ids]`,
 * and `unres-disable-next-line [ids]` for the line after the comment.
 */
function directiveFilter(model: DocumentModel): (ruleId: string, line: number) => boolean {
  if (model.directives.length === 0) return () => false;
  const nextLine = new Map<number, Set<string> | 'all'>();
  const regions: { from: number; to: number; ids: Set<string> | 'all' }[] = [];
  const open = new Map<string, number>();
  let openAll: number | undefined;
  for (const d of model.directives) {
    const ids = d.ruleIds.map((r) => r.id);
    const startLine = rangeOf(model, d.span).start.line;
    if (d.kind === 'disable-next-line') {
      const prev = nextLine.get(d.line + 1);
      if (ids.length === 0 || prev === 'all') nextLine.set(d.line + 1, 'all');
      else nextLine.set(d.line + 1, new Set([...(prev ?? []), ...ids]));
    } else if (d.kind === 'disable') {
      if (ids.length === 0) openAll ??= startLine;
      else for (const id of ids) if (!open.has(id)) open.set(id, startLine);
    } else {
      if (ids.length === 0) {
        if (openAll !== undefined) regions.push({ from: openAll, to: d.line, ids: 'all' });
        openAll = undefined;
        for (const [id, from] of open) regions.push({ from, to: d.line, ids: new Set([id]) });
        open.clear();
      } else {
        for (const id of ids) {
          const from = open.get(id);
          if (from !== undefined) regions.push({ from, to: d.line, ids: new Set([id]) });
          open.delete(id);
        }
      }
    }
  }
  if (openAll !== undefined) regions.push({ from: openAll, to: Infinity, ids: 'all' });
  for (const [id, from] of open) regions.push({ from, to: Infinity, ids: new Set([id]) });
  return (ruleId, line) => {
    const n = nextLine.get(line);
    if (n === 'all' || n?.has(ruleId)) return true;
    return regions.some((r) => line >= r.from && line <= r.to && (r.ids === 'all' || r.ids.has(ruleId)));
  };
}
