/**
 * Document symbols in running text (CONVENTIONS.md REF-01, REF-02): a one-pass scanner that finds
 * slash-separated tokens starting with capital letters (`A/C.3/74/L.20/Rev.1`, `S/RES/1631 (2005)`,
 * `NPT/CONF.2010/50 (Vol. I)`), including the malformed ones the rules report (`A/C3/74/L20`,
 * `A/73/L. 103`, `S/RES/1631(2005)`, `A/73/L.103 Add.1`). It never backtracks: each character is
 * read a bounded number of times, so it is linear in the length of the text.
 */
import * as seriesData from '../../data/symbolSeries.json';
import { memo } from '../../model/derived';
import type { DocumentModel, Span } from '../../model/types';

/** One `/`-separated component after the series. */
export interface SymbolComponent {
  readonly text: string;
  readonly span: Span;
  /** The space of `L. 103`, when the component has one after its full stop. */
  readonly spaceAfterStop?: Span;
}

/** A symbol-like token of the text. */
export interface SymbolToken {
  /** The whole token: series, components, star and parenthesized suffix. */
  readonly span: Span;
  readonly text: string;
  /** The first component (`A`, `S`, `NPT`, `HIV`). */
  readonly series: string;
  /** Whether the series is a known UN (or treaty-body) series (data: symbolSeries.json). */
  readonly known: boolean;
  readonly components: readonly SymbolComponent[];
  /** `(2005)`, `(Part II)`, `(XXV)` after the components; `spaced` is false for `1631(2005)`. */
  readonly suffix?: { readonly text: string; readonly inner: string; readonly span: Span; readonly spaced: boolean };
  /** A modifier written after a space instead of a slash: ` Add.1` in `A/73/L.103 Add.1`. */
  readonly spacedModifier?: { readonly span: Span; readonly text: string };
}

/** Series that are UN (or UN treaty-body and conference) symbol families. */
export const KNOWN_SERIES: ReadonlySet<string> = new Set(seriesData.series.map((s) => s.prefix));

/** The meaning of each component (REF-02), for hovers and messages. */
export const COMPONENT_MEANINGS: ReadonlyMap<string, string> = new Map(seriesData.components.map((c) => [c.component, c.meaning]));

/** Components that take a full stop and a number (`C.3`, `L.103`, `Add.1`). */
export const NUMBERED_COMPONENTS: ReadonlySet<string> = new Set(seriesData.components.filter((c) => c.numbered).map((c) => c.component));

/** Modifiers that close a symbol (`Add`, `Corr`, `Rev`, `Amend`). */
export const MODIFIERS: ReadonlySet<string> = new Set(seriesData.components.filter((c) => c.modifier).map((c) => c.component));

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isAlnum(c: number): boolean {
  return isUpper(c) || isDigit(c) || (c >= 97 && c <= 122);
}
const NON_ASCII_WORD = /[\p{L}\p{N}]/u;

/** Characters that glue a would-be series to the word before it (`GC(69)/RES`, `x.A/…`); dashes do not (`A/73/328–S/2018/592`). */
function gluesBefore(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return isAlnum(c) || c === 47 || c === 46 || c === 95 || (c > 127 && NON_ASCII_WORD.test(text[i]));
}

/** `-S/2013/210` after a component: a hyphen that joins a second symbol (`A/67/828-S/2013/210`). */
function startsJointSymbol(text: string, i: number): boolean {
  let j = i + 1;
  while (j < text.length && j - i <= 9 && isUpper(text.charCodeAt(j))) j++;
  return j > i + 1 && text.charCodeAt(j) === 47;
}

const SUFFIX = /^[ \u00a0]?\((\d{4}|Parts? [IVX]{1,6}(?: and [IVX]{1,6})?|Vols?\. [IVX]{1,6}(?:[–-][IVX]{1,6})?|Sect\. \d{1,3}|[IVXL]{1,8}|S-[IVX]{1,4}|ES-[IVX]{1,4})\)/;
const SPACED_MODIFIER = /^ (?:Add|Corr|Rev|Amend|add|corr|rev|amend)\.[ ]?\d{1,3}(?![\d/])/;
const MAX_COMPONENTS = 12;
const MAX_COMPONENT = 24;

/** Scans a text for symbol-like tokens. */
export function scanSymbols(text: string): SymbolToken[] {
  const out: SymbolToken[] = [];
  const n = text.length;
  // Every symbol has a slash right after its series, a run of capitals that starts where no
  // word glues to it: from one slash to the next, only the start of the capitals before each
  // slash (and not before `i`, where the last token ended) can start one.
  let from = 0;
  while (from < n) {
    const slash = text.indexOf('/', from);
    if (slash < 0) break;
    let i = slash;
    while (i > from && isUpper(text.charCodeAt(i - 1))) i--;
    if (i === slash || (i > 0 && gluesBefore(text, i - 1))) {
      from = slash + 1;
      continue;
    }
    const j = slash;
    // A run of capitals glued to more word characters (`ABCdef`, `A1`) is no series.
    if (j - i > 8) {
      from = j;
      continue;
    }
    const series = text.slice(i, j);
    const components: SymbolComponent[] = [];
    let end = j;
    let suffix: SymbolToken['suffix'];
    let k = j;
    while (k < n && text.charCodeAt(k) === 47 && components.length < MAX_COMPONENTS) {
      const start = k + 1;
      let e = start;
      let spaceAfterStop: Span | undefined;
      while (e < n && e - start < MAX_COMPONENT) {
        const ch = text.charCodeAt(e);
        if (isAlnum(ch) || (ch === 45 && !startsJointSymbol(text, e))) {
          e++;
          continue;
        }
        if (ch === 46) {
          // `L. 103`: a numbered component, its full stop, one space and digits.
          const head = text.slice(start, e);
          if (!spaceAfterStop && e + 2 < n && text.charCodeAt(e + 1) === 32 && isDigit(text.charCodeAt(e + 2)) && NUMBERED_COMPONENTS.has(head)) {
            spaceAfterStop = { start: e + 1, end: e + 2 };
            e += 2;
            continue;
          }
          // A full stop inside a component only before a letter or digit (`C.3`); otherwise it ends the sentence.
          if (e + 1 < n && isAlnum(text.charCodeAt(e + 1))) {
            e++;
            continue;
          }
        }
        break;
      }
      // A trailing hyphen belongs to the prose (`A/73/328-` at a line end), not to the symbol.
      while (e > start && text.charCodeAt(e - 1) === 45) e--;
      if (e === start) break;
      components.push({ text: text.slice(start, e), span: { start, end: e }, spaceAfterStop });
      end = e;
      k = e;
      if (k < n && text.charCodeAt(k) === 42) end = k = k + 1;
      const next = text.charCodeAt(k);
      const sm = next === 40 || ((next === 32 || next === 0xa0) && text.charCodeAt(k + 1) === 40) ? SUFFIX.exec(text.slice(k, k + 30)) : null;
      if (sm) {
        const spaced = sm[0][0] !== '(';
        suffix = { text: sm[0], inner: sm[1], span: { start: k + (spaced ? 1 : 0), end: k + sm[0].length }, spaced };
        end = k = k + sm[0].length;
        // `NPT/CONF.1995/32 (Part I)/Corr.2`: components may follow a part.
        if (k < n && text.charCodeAt(k) === 47) suffix = undefined;
        else break;
      }
    }
    if (components.length === 0) {
      from = j + 1;
      continue;
    }
    const smMatch = text.charCodeAt(end) === 32 ? SPACED_MODIFIER.exec(text.slice(end, end + 12)) : null;
    const spacedModifier = smMatch ? { span: { start: end, end: end + smMatch[0].length }, text: smMatch[0] } : undefined;
    out.push({ span: { start: i, end }, text: text.slice(i, end), series, known: KNOWN_SERIES.has(series), components, suffix, spacedModifier });
    from = Math.max(end, i + 1);
  }
  return out;
}

/** The symbol-like tokens of a document (comments blanked). */
export function symbolTokens(model: DocumentModel): readonly SymbolToken[] {
  return memo(model, 'text:symbols', () => scanSymbols(model.masked));
}
