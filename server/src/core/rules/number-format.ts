import type { DocumentModel, Span, Subparagraph } from '../model/types';
import { windowStart } from '../model/text';
import type { Rule } from './types';
import { onHeaderLine, SKIP_DEFAULT, skipped, SpanSet } from './kinds/text';
import { digitRunMatches, digitRuns, type RunStart } from './kinds/anchored';

/** A number of five digits or more written without separators. */
const LONG = /(?<![\d.,/\-–‑*\p{L}])(\d{5,15})(?![\d/\-‑\p{L}]|[.,]\d)/gu;
/** `1.000.000`: full stops as thousands separators. */
const DOTTED = /(?<![\d.,])(\d{1,3}(?:\.\d{3}){2,})(?![\d.]|,\d)/g;
/**
 * `23 400 people`: spaces as thousands separators (SPACED), before a word that counts things
 * (COUNTED, tried where SPACED ends: only the longest run of groups can be followed by a word).
 */
const SPACED = /(?<![\d.,]|\d[ \u00a0])(\d{1,3}(?:[ \u00a0]\d{3})+)/g;
const COUNTED = /[ \u00a0]+(?:per cent|million|billion|trillion|dollars|euros|people|persons|refugees|children|women|troops|tons|tonnes|hectares|kilometres|square|United States dollars|participants|delegates|members|staff|personnel|victims|deaths|cases|households|migrants|students|workers|individuals|civilians|soldiers|peacekeepers|displaced)\b/y;
/** `1,5 per cent`: a decimal comma before a unit word. */
const DECIMAL_COMMA = /(?<![\d.,])(\d{1,3}),(\d{1,2})(?=[ \u00a0]+(?:per cent|million|billion|trillion)\b)/g;
/** `.5 per cent`: a decimal without its leading zero. */
const LEADING_POINT = /(?<![\d\p{L}.,])\.(\d+)(?=[ \u00a0]+(?:per cent|million|billion|trillion)\b)/gu;
/** `1 Million`: the multiplier is lower case. */
const CAPITAL_MULTIPLIER = /(?<=\d[ \u00a0])(Million|Billion|Trillion)s?\b/g;

// Each pattern is found from a run of digits (see `digitRunMatches`): LONG is a run of 5 to 15
// digits; DOTTED, SPACED and DECIMAL_COMMA start a run of one to three digits followed by `.`, a
// space or `,`; LEADING_POINT starts with the point before a run; CAPITAL_MULTIPLIER starts after
// the space that follows a run.
const longStart: RunStart = (_, start, end) => (end - start >= 5 && end - start <= 15 ? start : -1);
const dottedStart: RunStart = (s, start, end) => (end - start <= 3 && s.charCodeAt(end) === 46 ? start : -1);
const spacedStart: RunStart = (s, start, end) => {
  const c = s.charCodeAt(end);
  return end - start <= 3 && (c === 32 || c === 0xa0) ? start : -1;
};
const commaStart: RunStart = (s, start, end) => (end - start <= 3 && s.charCodeAt(end) === 44 ? start : -1);
const pointStart: RunStart = (s, start) => (s.charCodeAt(start - 1) === 46 ? start - 1 : -1);
const multiplierStart: RunStart = (s, _, end) => {
  const c = s.charCodeAt(end);
  return c === 32 || c === 0xa0 ? end + 1 : -1;
};
/** Words before a number that is an identifier, not a quantity. */
const IDENTIFIER_BEFORE = /(?:No\.|Nos\.|vol\.|Vol\.|Series|ISBN|ISSN|p\.|pp\.|page|pages|para\.|paras\.|record|code|Code|number|telephone|fax|(?:(?<!\d)\d+(?:st|nd|rd|th)[ \u00a0]+)?meeting|Job|job)[ \t\u00a0]*$/;

/**
 * The later numbers of a list after a plural identifier word: `Nos. 17512 and 17513`, `paras. 12,
 * 14–16` (treaty registration numbers, pages and paragraphs take no separators either).
 */
const IDENTIFIER_LIST_BEFORE = /(?:Nos\.|paras\.|pp\.)[ \t\u00a0]*\d+(?:(?:,[ \t\u00a0]*|[ \t\u00a0]+and[ \t\u00a0]+|[ \t\u00a0]*[–-][ \t\u00a0]*)\d+)*(?:,[ \t\u00a0]*|[ \t\u00a0]+and[ \t\u00a0]+|[ \t\u00a0]*[–-][ \t\u00a0]*)$/;

/**
 * The spans of the paragraph numbers and sub-paragraph labels. (A set of every offset inside them
 * grew with the draft into a hash table the size of the cache and cost some 0.5 ms per lint of a
 * 10,000-paragraph draft for next to nothing at 1,000: a sorted list searched by halves does not.)
 */
function labelSpans(model: DocumentModel): SpanSet {
  const out: Span[] = [];
  const addSubs = (subs: readonly Subparagraph[]) => {
    for (const sp of subs) {
      out.push(sp.labelSpan);
      addSubs(sp.children);
    }
  };
  for (const p of [...model.preamble, ...model.operative]) {
    if (p.number) out.push(p.number.span);
    addSubs(p.subparagraphs);
  }
  return new SpanSet(out);
}

function withCommas(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * NUM-03: a comma separates thousands (`23,400`), a full stop marks decimals with a leading zero
 * (`0.5`); `million`, `billion`, `trillion` are lower case.
 */
export const numberFormat: Rule = {
  meta: {
    id: 'number-format',
    description: 'Numbers take a comma between thousands (`23,400`), a decimal point with a leading zero (`0.5`) and lower-case `million`/`billion`.',
    category: 'dates-numbers',
    defaultSeverity: 'warning',
    fixable: true,
    scope: 'block',
    conventions: ['NUM-03'],
    messages: {
      separators: 'Separate thousands with commas: write "{{fixed}}".',
      decimalComma: 'Decimals take a full stop: write "{{fixed}}".',
      leadingPoint: 'A decimal takes a leading zero: write "{{fixed}}".',
      multiplier: '"{{found}}" is lower case: write "{{fixed}}".',
    },
  },
  check({ model, report }) {
    const s = model.masked;
    const emit = (start: number, found: string, fixed: string, messageId: string) => {
      const span = { start, end: start + found.length };
      if (skipped(model, span.start, span.end, SKIP_DEFAULT) || onHeaderLine(model, span, ['masthead', 'symbol'])) return;
      report({ span, messageId, data: { found, fixed }, fix: { title: `Write "${fixed}"`, edits: [{ span, newText: fixed }] } });
    };
    // Paragraph numbers (`10000.`) and sub-paragraph labels are labels, not amounts.
    let labels: SpanSet | undefined;
    const runs = digitRuns(model);
    for (const m of digitRunMatches(s, runs, LONG, longStart)) {
      if ((labels ??= labelSpans(model)).intersects(m.index, m.index + 1)) continue;
      // What precedes the number in its block (not past a blank line).
      const before = s.slice(windowStart(s, m.index - 24, m.index), m.index);
      // `S/ 10858`: a document number after a slash (a symbol with a stray space) is no quantity.
      if (IDENTIFIER_BEFORE.test(before) || /\/\s{0,2}$/.test(before)) continue;
      if (IDENTIFIER_LIST_BEFORE.test(s.slice(windowStart(s, m.index - 80, m.index), m.index))) continue;
      // A year with a footnote number glued to it in extracted text (`13 January 20103`, `for 20246`):
      // not a quantity (PARSE-03). Numbers from 19,000 to 20,999 written without a comma are missed.
      if (/^(?:19|20)\d\d\d{1,2}$/.test(m[1])) continue;
      // An ordinal (`10345th meeting`) is checked elsewhere.
      if (/^(?:st|nd|rd|th)\b/.test(s.slice(m.index + m[1].length, m.index + m[1].length + 3))) continue;
      emit(m.index, m[1], withCommas(m[1]), 'separators');
    }
    for (const m of digitRunMatches(s, runs, DOTTED, dottedStart)) emit(m.index, m[1], m[1].replace(/\./g, ','), 'separators');
    for (const m of digitRunMatches(s, runs, SPACED, spacedStart)) {
      COUNTED.lastIndex = m.index + m[0].length;
      if (COUNTED.test(s)) emit(m.index, m[1], m[1].replace(/[ \u00a0]/g, ','), 'separators');
    }
    for (const m of digitRunMatches(s, runs, DECIMAL_COMMA, commaStart)) emit(m.index, m[0], `${m[1]}.${m[2]}`, 'decimalComma');
    for (const m of digitRunMatches(s, runs, LEADING_POINT, pointStart)) emit(m.index, m[0], `0.${m[1]}`, 'leadingPoint');
    for (const m of digitRunMatches(s, runs, CAPITAL_MULTIPLIER, multiplierStart)) emit(m.index, m[0], m[0].toLowerCase(), 'multiplier');
  },
};
