/** User settings of the linter and how they resolve against the document. */
import type { Severity } from '../rules/types';
import type { DocumentModel } from '../model/types';
import { sessionNumber } from '../model/derived';

/** How a repeated citation prints (CONVENTIONS.md FN-04). */
export type FootnoteStyle = 'legacy' | 'current';

/** Settings as a user writes them (VS Code settings, CLI options). */
export interface UnresSettings {
  /** Per-rule severity overrides. */
  readonly rules?: Readonly<Record<string, Severity>>;
  /** `auto` picks the style from the session in the header. */
  readonly footnoteStyle?: FootnoteStyle | 'auto';
}

/** Settings with every value decided for one document. */
export interface ResolvedSettings {
  readonly rules: Readonly<Record<string, Severity>>;
  readonly footnoteStyle: FootnoteStyle;
}

const SEVERITIES: readonly Severity[] = ['off', 'hint', 'info', 'warning', 'error'];

/** Whether a value is a severity name. */
export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

/**
 * Resolves settings for a document: the footnote style follows the session line
 * (up to the seventy-fourth session `legacy`, later `current`) unless set.
 */
export function resolveSettings(settings: UnresSettings | undefined, model: DocumentModel): ResolvedSettings {
  const rules: Record<string, Severity> = {};
  for (const [id, sev] of Object.entries(settings?.rules ?? {})) if (isSeverity(sev)) rules[id] = sev;
  let footnoteStyle: FootnoteStyle;
  if (settings?.footnoteStyle === 'legacy' || settings?.footnoteStyle === 'current') footnoteStyle = settings.footnoteStyle;
  else {
    const session = sessionNumber(model);
    footnoteStyle = session !== undefined && session <= 74 ? 'legacy' : 'current';
  }
  return { rules, footnoteStyle };
}
