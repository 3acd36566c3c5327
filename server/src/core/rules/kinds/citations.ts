/**
 * Resolution citations in running text (CONVENTIONS.md REF-04, REF-06): `resolution 59/50 of
 * 2 December 2004`, `its resolutions 64/256 of 2 March 2010, 65/122 … and 71/12`, `Security Council
 * resolutions 1265 (1999), 1296 (2000) and 1674 (2006)`, `resolution 31/16 A`, `resolution 217 A
 * (III)`. One sticky regex per item and separator, each with bounded repetition, so reading a list
 * is linear in its length.
 */
import { memo } from '../../model/derived';
import { windowEnd } from '../../model/text';
import type { DocumentModel, Span } from '../../model/types';
import { anchoredScanner, type StartWindow } from './anchored';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const SP = '[ \\t\\u00a0]+(?:\\r?\\n[ \\t\\u00a0]*)?|\\r?\\n[ \\t\\u00a0]*';

/** `resolution(s)` and the organ words before it. */
const KEYWORD = new RegExp(`\\b(?:(General(?:${SP})Assembly|Security(?:${SP})Council|Economic(?:${SP})and(?:${SP})Social(?:${SP})Council|Human(?:${SP})Rights(?:${SP})Council|its)(?:${SP}))?([Rr]esolutions?)(?:${SP})(?=(?:S-|ES-)?\\d)`, 'g');
/** What KEYWORD contains (see `anchoredScanner`): `resolution` but its first letter. */
const ESOLUTION = /esolution/g;

/** The start of the last `limit` characters before `end` that are not white space. */
function wordBefore(s: string, end: number, limit: number): number {
  let i = end;
  while (i > 0 && end - i < limit && !isWhite(s.charCodeAt(i - 1))) i--;
  return i;
}

function isWhite(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 10 || c === 13;
}

function whiteBefore(s: string, end: number): number {
  let i = end;
  while (i > 0 && isWhite(s.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * KEYWORD starts with `resolution`, or with the organ before it: up to four words of eight
 * letters at most (`Economic and Social Council`), each after white space.
 */
const keywordStart: StartWindow = (s, at) => {
  let lo = at - 1;
  for (let words = 0; words < 4; words++) {
    const w = whiteBefore(s, lo);
    if (w === lo) break;
    lo = wordBefore(s, w, 8);
  }
  return [lo, at - 1];
};

/** The first letters of KEYWORD: of `General`, `Security`, `Economic`, `Human`, `its`, `Resolution`, `resolution`. */
function keywordFirst(c: number): boolean {
  return c === 71 || c === 83 || c === 69 || c === 72 || c === 105 || c === 82 || c === 114;
}

const ITEM = new RegExp(
  `((?:S-|ES-)?\\d{1,4})(?:/(\\d{1,4}))?((?:[ \\u00a0][A-Z](?:(?:,[ \\u00a0]|[ \\u00a0]and[ \\u00a0])[A-Z])?)?)(?:([ \\t\\u00a0]?|\\r?\\n[ \\t\\u00a0]*)\\(((?:19|20)\\d\\d|[IVXLC]{1,8}|S-[IVX]{1,4}|ES-[IVX]{1,4})\\))?(?:(?:${SP})of(?:${SP})(\\d{1,2}(?:${SP})(?:${MONTHS})(?:${SP})(\\d{4})))?(?![\\d/])`,
  'y',
);
const SEPARATOR = new RegExp(`(,?)(?:${SP})and(?:${SP})|,(?:${SP})`, 'y');

/** One cited resolution. */
export interface CitedResolution {
  readonly span: Span;
  /** `59/50`, `1631`, `ES-10/19`. */
  readonly number: string;
  /** Whether the number has a slash (GA, ECOSOC, HRC) or not (SC, old GA). */
  readonly slashed: boolean;
  /** The parenthesized year or session and where it sits, with whether a space precedes it. */
  readonly suffix?: { readonly text: string; readonly spaced: boolean; readonly span: Span };
  /** `of 2 December 2004`: the date and its year. */
  readonly date?: { readonly text: string; readonly year: number };
  /** Span of the number itself (and composite letters). */
  readonly numberSpan: Span;
  /** The separator before this item (`, and` has `serialComma`). */
  readonly separator?: { readonly span: Span; readonly serialComma: boolean; readonly comma?: Span };
}

/** A `resolution(s) …` citation: the organ named before it and its items. */
export interface Citation {
  readonly keyword: Span;
  /** `Security Council`, `General Assembly`, `its`, … as written, or undefined. */
  readonly organ?: string;
  readonly plural: boolean;
  readonly items: readonly CitedResolution[];
}

/** Whether what follows a bare number at `end`, in its block, makes it a footnote indicator: a capital or a paragraph number after white space, or the end of the block. */
function footnoteIndicatorFollows(text: string, end: number): boolean {
  const to = windowEnd(text, end, end + 16);
  const rest = text.slice(end, to);
  return /^\s{0,12}(?:\p{Lu}|\d{1,3}\.\s)/u.test(rest) || (to < end + 16 && /^\s{0,12}$/.test(rest));
}

/** The resolution citations of a text, in order. */
export function scanCitations(text: string): Citation[] {
  const out: Citation[] = [];
  const keyword = anchoredScanner(text, KEYWORD, ESOLUTION, keywordStart, keywordFirst);
  let from = 0;
  for (let k = keyword(0); k; k = keyword(from)) {
    const items: CitedResolution[] = [];
    let at = k.index + k[0].length;
    let separator: CitedResolution['separator'];
    for (;;) {
      ITEM.lastIndex = at;
      const m = ITEM.exec(text);
      if (!m) break;
      // `resolution 435 (1978), 68 Taking note …`: a number followed by a capitalized word, or
      // ending its block (`(1978), 68` and a blank line), is a footnote indicator of extracted text
      // (PARSE-03), not another cited resolution. What follows is read in the item's block only,
      // never in the next one.
      if (items.length > 0 && m[0] === m[1] && footnoteIndicatorFollows(text, at + m[0].length)) break;
      const start = at;
      const numberEnd = start + m[1].length + (m[2] ? m[2].length + 1 : 0) + m[3].length;
      let suffix: CitedResolution['suffix'];
      if (m[5]) {
        const open = text.indexOf('(', numberEnd);
        suffix = { text: m[5], spaced: m[4] !== '', span: { start: open, end: open + m[5].length + 2 } };
      }
      items.push({
        span: { start, end: start + m[0].length },
        number: m[2] ? `${m[1]}/${m[2]}` : m[1],
        slashed: !!m[2],
        suffix,
        date: m[6] ? { text: m[6].replace(/\s+/g, ' '), year: Number(m[7]) } : undefined,
        numberSpan: { start, end: numberEnd },
        separator,
      });
      at = start + m[0].length;
      SEPARATOR.lastIndex = at;
      const sep = SEPARATOR.exec(text);
      if (!sep || !/^(?:S-|ES-)?\d/.test(text.slice(sep.index + sep[0].length, sep.index + sep[0].length + 4))) break;
      const serialComma = sep[1] === ',';
      separator = { span: { start: sep.index, end: sep.index + sep[0].length }, serialComma, comma: serialComma ? { start: sep.index, end: sep.index + 1 } : undefined };
      at = sep.index + sep[0].length;
    }
    if (items.length > 0) out.push({ keyword: { start: k.index + (k[1] ? k[0].indexOf(k[2], k[1].length) : 0), end: k.index + k[0].length }, organ: k[1]?.replace(/\s+/g, ' '), plural: /s$/i.test(k[2]), items });
    from = Math.max(k.index + k[0].length, at);
  }
  return out;
}

/** The resolution citations of a document (comments blanked). */
export function citations(model: DocumentModel): readonly Citation[] {
  return memo(model, 'text:citations', () => scanCitations(model.masked));
}
