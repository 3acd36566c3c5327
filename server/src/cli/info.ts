/** `--list-rules` and `--print-config`: what the linter would do, without linting. */
import type { LoadedConfig } from '../core/config/configFile';
import type { Rule } from '../core/rules/types';
import type { RuleDocs } from './ruleDocs';

/** A table with columns padded to their widest cell (the last column is not padded). */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]))).join('  ').trimEnd()).join('\n') + '\n';
}

/** The rule list: id, category, default severity, fixable, docs URL (text table or JSON). */
export function listRules(rules: readonly Rule[], docs: RuleDocs, format: 'text' | 'json'): string {
  const items = rules.map((r) => ({
    id: r.meta.id,
    category: r.meta.category,
    defaultSeverity: r.meta.defaultSeverity,
    fixable: r.meta.fixable,
    description: r.meta.description,
    docs: docs.url(r.meta.id) ?? null,
  }));
  if (format === 'json') return `${JSON.stringify(items, null, 2)}\n`;
  return table([['rule', 'category', 'default', 'fixable', 'docs'], ...items.map((i) => [i.id, i.category, i.defaultSeverity, i.fixable ? 'yes' : 'no', i.docs ?? '(no page)'])]);
}

/** One resolved setting and where its value came from. */
export interface DescribedValue {
  readonly key: string;
  readonly value: unknown;
  readonly source: string;
}

/** The resolved configuration of a draft, for `--print-config` (text table or JSON). */
export function printConfig(
  draft: string,
  config: LoadedConfig | undefined,
  values: readonly DescribedValue[],
  show: (file: string) => string,
  format: 'text' | 'json',
  footnoteStyleForDraft: string | undefined,
): string {
  const files = config?.files.map(show) ?? [];
  if (format === 'json') {
    // Settings nest as in .unresrc.json (`mun.openerStyle` → `settings.mun.openerStyle`, `rules.X`
    // → `settings.rules.X`); `sources` keeps the dotted keys of the text table.
    const settings: Record<string, unknown> = {};
    const groups: Record<string, Record<string, unknown>> = { phrases: {}, rules: {} };
    const sources: Record<string, string> = {};
    for (const v of values) {
      sources[v.key] = v.source;
      const dot = v.key.indexOf('.');
      if (dot < 0) {
        settings[v.key] = v.value;
        continue;
      }
      const group = v.key.slice(0, dot);
      (groups[group] ??= {})[v.key.slice(dot + 1)] = v.value;
    }
    const out = {
      file: draft,
      configFiles: files,
      settings: { ...settings, ...groups },
      ...(footnoteStyleForDraft ? { resolved: { footnoteStyle: footnoteStyleForDraft } } : {}),
      sources,
    };
    return `${JSON.stringify(out, null, 2)}\n`;
  }
  const head = [`Configuration for ${draft}`, files.length ? `Configuration file: ${files[0]}${files.length > 1 ? ` (extends ${files.slice(1).join(', ')})` : ''}` : 'Configuration file: none (defaults and flags only)', ''];
  const rows = values.map((v) => {
    let shown = typeof v.value === 'string' ? v.value : JSON.stringify(v.value);
    if (v.key === 'footnoteStyle' && v.value === 'auto' && footnoteStyleForDraft) shown = `auto (${footnoteStyleForDraft} for this draft)`;
    return [v.key, shown, v.source];
  });
  return `${head.join('\n')}\n${table([['setting', 'value', 'from'], ...rows])}`;
}
