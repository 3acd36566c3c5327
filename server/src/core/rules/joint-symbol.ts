import type { DocumentModel, Span } from '../model/types';
import type { Rule } from './types';
import { skipped } from './kinds/text';
import { symbolTokens, type SymbolToken } from './kinds/symbols';

/** How two symbols of one document are joined: an en dash (right), a hyphen (accepted), or a dash with spaces or an em dash (wrong). */
export interface JointSymbol {
  readonly first: SymbolToken;
  readonly second: SymbolToken;
  /** The characters between the two symbols. */
  readonly joint: Span;
  readonly kind: 'en-dash' | 'hyphen' | 'spaced' | 'em-dash';
}

/** Pairs of known-series symbols joined by a dash (REF-03). */
export function jointSymbols(model: DocumentModel): JointSymbol[] {
  const out: JointSymbol[] = [];
  const tokens = symbolTokens(model);
  const s = model.masked;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (!a.known || !b.known || b.span.start - a.span.end > 5) continue;
    const between = s.slice(a.span.end, b.span.start);
    let kind: JointSymbol['kind'] | undefined;
    if (between === '–') kind = 'en-dash';
    else if (between === '-' || between === '\u2010' || between === '\u2011') kind = 'hyphen';
    else if (between === '—') kind = 'em-dash';
    else if (/^[ \u00a0]*[-–—][ \u00a0]*$/.test(between)) kind = 'spaced';
    if (kind) out.push({ first: a, second: b, joint: { start: a.span.end, end: b.span.start }, kind });
  }
  return out;
}

/** REF-03: a document issued under two symbols joins them with an en dash, no spaces. */
export const jointSymbol: Rule = {
  meta: {
    id: 'joint-symbol',
    description: 'A document issued under two symbols joins them with a dash and no spaces (`A/73/328–S/2018/592`).',
    category: 'references',
    defaultSeverity: 'warning',
    fixable: true,
    scope: 'block',
    conventions: ['REF-03'],
    messages: {
      spaced: 'A joint symbol has no spaces around its dash: write "{{fixed}}".',
      emDash: 'A joint symbol takes an en dash, not an em dash: write "{{fixed}}".',
    },
  },
  check({ model, report }) {
    for (const j of jointSymbols(model)) {
      if (j.kind !== 'spaced' && j.kind !== 'em-dash') continue;
      if (skipped(model, j.first.span.start, j.second.span.end, { quotes: true })) continue;
      const fixed = `${j.first.text}–${j.second.text}`;
      report({ span: { start: j.first.span.start, end: j.second.span.end }, messageId: j.kind === 'spaced' ? 'spaced' : 'emDash', data: { fixed }, fix: { title: `Write "${fixed}"`, edits: [{ span: j.joint, newText: '–' }] } });
    }
  },
};
