import { documentFacts, resolutionParagraphs } from './documentFacts';
import { SKIP_DEFAULT, skipped } from './kinds/text';
import type { Rule } from './types';

/** `5 bis.`, `12 ter.`, `3 alt.` at the start of a paragraph (EM-PARA). */
const BIS = /^[ \t\u00a0]*(\d{1,3})[ \t\u00a0]+(bis|ter|quater|quinquies|alt)\.?(?=[ \t\u00a0])/;
/** `[Encourages|Urges]`, `[Encourages / Urges]`: alternatives under negotiation, within one line. */
const ALTERNATIVES = /\[[^\][\n|]{1,200}(?:\|[^\][\n|]{1,200}){1,5}\]|\[[^\][\n/]{1,200} \/ [^\][\n/]{1,200}\]/g;

/**
 * SKEL-11: negotiation-stage marks (`5 bis.` paragraphs, bracketed alternatives) belong to texts
 * under negotiation and disappear on adoption. Only texts the header shows to be adopted are checked.
 */
export const negotiationMarks: Rule = {
  meta: {
    id: 'negotiation-marks',
    description: 'An adopted text has no negotiation marks: no `5 bis.` paragraphs and no bracketed alternatives (`[Encourages|Urges]`).',
    category: 'operative',
    defaultSeverity: 'warning',
    fixable: false,
    scope: 'block',
    conventions: ['SKEL-11'],
    messages: {
      bis: 'An adopted text has no "{{found}}" paragraphs (a negotiation-stage number): renumber the operative paragraphs (Format Document does).',
      alternatives: 'Bracketed alternatives mark wording still under negotiation; an adopted text keeps one of them: settle "{{found}}".',
    },
  },
  check({ model, report }) {
    if (documentFacts(model).stage !== 'adopted') return;
    const s = model.masked;
    for (const p of resolutionParagraphs(model)) {
      const m = BIS.exec(s.slice(p.span.start, Math.min(p.span.end, p.span.start + 40)));
      if (m && !p.number) {
        const start = p.span.start + m[0].length - m[0].trimStart().length;
        report({ span: { start, end: p.span.start + m[0].length }, messageId: 'bis', data: { found: `${m[1]} ${m[2]}` } });
      }
      const body = s.slice(p.fullSpan.start, p.fullSpan.end);
      ALTERNATIVES.lastIndex = 0;
      for (let a = ALTERNATIVES.exec(body); a; a = ALTERNATIVES.exec(body)) {
        const span = { start: p.fullSpan.start + a.index, end: p.fullSpan.start + a.index + a[0].length };
        if (skipped(model, span.start, span.end, { quotes: SKIP_DEFAULT.quotes, urls: true, footnoteRefs: true })) continue;
        report({ span, messageId: 'alternatives', data: { found: a[0] } });
      }
    }
  },
};
