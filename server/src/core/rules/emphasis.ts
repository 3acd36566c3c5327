import type { Paragraph } from '../model/types';
import type { Rule } from './types';
import { SKIP_DEFAULT, skipped } from './kinds/text';

/** Two or more words in capitals, at least one of four letters or more: `STRONGLY CONDEMNS`. */
const CAPS_RUN = /(?<![\p{L}\p{N}])(\p{Lu}{2,}(?:[ \u00a0]+\p{Lu}{2,})+)(?![\p{L}\p{N}])/uy;
const UPPER = /^\p{Lu}$/u;

/** Whether the code unit at `i` may start or continue a capital letter (a surrogate may: the pattern decides). */
function mayBeCapital(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return (c >= 0xd800 && c <= 0xdfff) || UPPER.test(s[i]);
}

/**
 * Where two capitals may meet: two ASCII capitals, or a code unit beyond ASCII (which may be a
 * capital, as may the one before it). Searched with overlaps (from the next code unit). The
 * Latin-1 signs (U+0080–U+00BF) and the general punctuation (U+2000–U+206F: dashes, curly quotes)
 * hold no capital, so they are not searched for (`mayBeCapital` would reject them).
 */
const PAIR = /[A-Z][A-Z]|[\u00c0-\u1fff\u2070-\uffff]/g;

/**
 * The matches of CAPS_RUN, left to right: the pattern is tried (sticky) only where two capitals
 * meet, since a pattern that leads with Unicode lookbehinds would test every character; those
 * places are found by PAIR, which the engine scans for much faster than a loop over the text.
 */
function* capsRuns(s: string): Generator<RegExpExecArray> {
  // The first position not tried yet (nor inside a match).
  let from = 0;
  PAIR.lastIndex = 0;
  for (let h = PAIR.exec(s); h; h = PAIR.exec(s)) {
    const k = h.index;
    PAIR.lastIndex = k + 1;
    for (let i = s.charCodeAt(k) < 128 ? k : k - 1; i <= k; i++) {
      if (i < from || i + 1 >= s.length || !mayBeCapital(s, i) || !mayBeCapital(s, i + 1)) continue;
      from = i + 1;
      CAPS_RUN.lastIndex = i;
      const m = CAPS_RUN.exec(s);
      if (m) {
        from = m.index + m[0].length;
        PAIR.lastIndex = Math.max(PAIR.lastIndex, from);
        yield m;
        break;
      }
    }
  }
}
const ROMAN = /^[IVXLC]+$/;

/**
 * LANG-07: no bold, underline or capitals for emphasis in resolution text; italics are for the
 * opening phrases and titles. The title line (bold in print) and the opening phrases (underlined
 * in some Model UN styles, a matter for the opener rules) are left alone.
 */
export const emphasis: Rule = {
  meta: {
    id: 'emphasis',
    description: 'No bold, underline or capitals for emphasis in paragraphs: `**urgently**`, `__all__`, `STRONGLY CONDEMNS`.',
    category: 'language',
    defaultSeverity: 'warning',
    fixable: true,
    scope: 'block',
    conventions: ['LANG-07'],
    messages: {
      bold: 'Resolution text uses no bold for emphasis: remove the `**`.',
      underline: 'Resolution text uses no underline for emphasis: remove the `__`.',
      capitals: 'Resolution text uses no capitals for emphasis: write "{{found}}" in ordinary case.',
    },
  },
  check({ model, report }) {
    const openers = new Set<number>();
    const paragraphs: Paragraph[] = [...model.preamble, ...model.operative];
    for (const p of paragraphs) if (p.opener.emphasis) openers.add(p.opener.emphasis.span.start);
    const bodyStart = model.organ?.span.end ?? model.header.span.end;
    for (const e of model.emphases) {
      if ((e.marker !== '**' && e.marker !== '__') || e.span.start < bodyStart || openers.has(e.span.start)) continue;
      if (skipped(model, e.span.start, e.span.end, { quotes: true, footnotes: true })) continue;
      const inner = model.text.slice(e.inner.start, e.inner.end);
      report({ span: e.span, messageId: e.marker === '**' ? 'bold' : 'underline', fix: { title: 'Remove the emphasis', edits: [{ span: e.span, newText: inner }] } });
    }
    const s = model.masked;
    for (const m of capsRuns(s)) {
      const words = m[1].split(/[ \u00a0]+/);
      const plain = words.filter((w) => !ROMAN.test(w));
      // `UNOSOM II` is an acronym and a numeral, not emphasis; so are surnames in capitals (`Mr. Alfonso DE LOS HEROS`).
      if (plain.length < 2 || !plain.some((w) => w.length >= 4)) continue;
      if (/(?:Mr|Ms|Mrs|Dr|Sir|Judge)\.?[ \u00a0]+(?:\p{Lu}[\p{Ll}'’-]+[ \u00a0]+){0,3}$/u.test(s.slice(Math.max(0, m.index - 60), m.index))) continue;
      const span = { start: m.index, end: m.index + m[1].length };
      if (span.start < bodyStart || skipped(model, span.start, span.end, { ...SKIP_DEFAULT, footnotes: true, closing: true })) continue;
      report({ span, messageId: 'capitals', data: { found: m[1] } });
    }
  },
};
