/** Derived views of the document model, memoised on the model (never in module globals). */
import { parseOrdinalWord } from '../data/ordinals';
import { matchPhrases, readWords, type PhraseMatch, type Word } from '../data/lexicon';
import { isSpace } from './text';
import type { DocumentModel, FootnoteDefinition, FootnoteReference, LabelStyle, Paragraph, Span, Subparagraph } from './types';

/** Computes a value once per model. */
export function memo<T>(model: DocumentModel, key: string, compute: () => T): T {
  const hit = model.cache.get(key);
  if (hit !== undefined || model.cache.has(key)) return hit as T;
  const value = compute();
  model.cache.set(key, value);
  return value;
}

/**
 * The session of a regular session line (`Seventy-third session`, `Seventy third  session`);
 * undefined for a special or emergency special session and for anything else. The ordinal is what
 * stands before the white space before the final `session`, on one line (it was read with
 * `/^(.*?)\s+(?:special\s+|emergency\s+special\s+)?session$/i`, which is quadratic: the lazy
 * ordinal and the white space after it overlap).
 */
export function sessionLineOrdinal(text: string): number | undefined {
  if (/special/i.test(text)) return undefined;
  const m = /(?<!\s)\s+session$/i.exec(text);
  if (!m) return undefined;
  const ordinal = text.slice(0, m.index);
  if (/[\n\r\u2028\u2029]/.test(ordinal)) return undefined;
  return parseOrdinalWord(ordinal.replace(/\s+/g, '-')) ?? parseOrdinalWord(ordinal);
}

/** The session number from the session line, the resolution number or the document symbol. */
export function sessionNumber(model: DocumentModel): number | undefined {
  return memo(model, 'sessionNumber', () => {
    for (const h of model.header.lines) {
      if (h.kind === 'session') {
        const n = sessionLineOrdinal(h.text);
        if (n !== undefined) return n;
      }
    }
    const t = model.header.title?.number;
    if (t && /^\d+$/.test(t.session) && Number(t.session) < 200) return Number(t.session);
    for (const h of model.header.lines) {
      if (h.kind === 'symbol') {
        const m = /^A\/(?:RES\/|C\.\d\/|HRC\/)?(\d{2,3})\//.exec(h.text);
        if (m) return Number(m[1]);
      }
    }
    return undefined;
  });
}

/** The opening words of a paragraph and how they match the two lexicons. */
export interface OpenerInfo {
  readonly words: readonly Word[];
  readonly preambular?: PhraseMatch;
  readonly operative?: PhraseMatch;
}

/** The opening words of a paragraph matched against both lexicons. */
export function openerInfo(model: DocumentModel, paragraph: Paragraph): OpenerInfo {
  // Kept per model by the paragraph's place in its part, with the offset of its body to check
  // that it is this model's paragraph: an array read, where a map keyed by the offset made every
  // call a hash lookup in a table that, at 10,000 paragraphs, no longer fitted the cache (some
  // 13 ms of the lint of such a draft, 2.3 times its share at 1,000 paragraphs).
  const cache = memo(model, 'openerInfo', () => ({ preamble: new OpenerCache(model.preamble.length), operative: new OpenerCache(model.operative.length) }));
  const part = paragraph.part === 'preamble' ? cache.preamble : cache.operative;
  const i = paragraph.index;
  const start = paragraph.body.start;
  if (i >= 0 && i < part.starts.length && part.starts[i] === start) return part.infos[i]!;
  const words = readWords(model.masked, start, paragraph.span.end);
  const { preambular, operative } = matchPhrases(words);
  const info: OpenerInfo = { words, preambular, operative };
  if (i >= 0 && i < part.starts.length) {
    part.starts[i] = start;
    part.infos[i] = info;
  }
  return info;
}

/** The opener infos of the paragraphs of one part, by index, with the body offset each was made for (-1: none yet). */
class OpenerCache {
  readonly starts: Int32Array;
  readonly infos: (OpenerInfo | undefined)[];
  constructor(n: number) {
    this.starts = new Int32Array(n).fill(-1);
    this.infos = new Array<OpenerInfo | undefined>(n);
  }
}

/** The last character of a text span that counts for punctuation: trailing footnote references and spaces skipped. */
export function terminalOf(model: DocumentModel, span: Span): { offset: number; char: string } | undefined {
  const s = model.masked;
  let end = span.end;
  for (;;) {
    while (end > span.start && isSpace(s.charCodeAt(end - 1))) end--;
    if (end > span.start && s[end - 1] === ']') {
      // A footnote reference is short: look back at most 120 characters (linear over a document).
      let open = end - 1;
      const floor = Math.max(span.start, end - 120);
      while (open >= floor && s[open] !== '[') open--;
      if (open >= span.start && /^\[(?:\^[^\]\s[]+|footnoteRef:\d+)\]$/.test(s.slice(open, end))) {
        end = open;
        continue;
      }
    }
    break;
  }
  end = beforeGluedMarker(s, span.start, end);
  if (end <= span.start) return undefined;
  // A character may be a surrogate pair; punctuation never is, so one code unit is enough.
  return { offset: end - 1, char: s[end - 1] };
}

/** Abbreviations a figure follows after a full stop (`No.5`, `para.3`): that figure is text. */
const BEFORE_FIGURE = /(?:^|[^\p{L}])(?:No|Nos|no|nos|para|paras|p|pp|art|arts|chap|sect|vol|vols|annex|Art|Chap|Sect|Vol)$/u;

/**
 * The end of a span without a footnote number glued to its last mark (`Strategy;5`,
 * `Convention.3`): PDF text prints markers so, and a Word text export prints a repeated reference
 * (a cross-reference to the footnote) as a bare figure. Not where the figures make a number
 * (`1,500`, `10:30`, `1.5`), end a sales number (`E.02.II.A.7`) or follow an abbreviation (`No.5`).
 */
function beforeGluedMarker(s: string, start: number, end: number): number {
  let d = end;
  while (d > start && end - d < 3 && s.charCodeAt(d - 1) >= 48 && s.charCodeAt(d - 1) <= 57) d--;
  if (d === end || d - 2 < start || (s.charCodeAt(d - 1) >= 48 && s.charCodeAt(d - 1) <= 57)) return end;
  const mark = s[d - 1];
  const before = s[d - 2];
  // `2;3` is no number; `1,500`, `10:30` and `1.5` are, and `A.7` ends a sales number.
  if (mark === ';') return d;
  if ((mark === ',' || mark === ':') && /[\p{L})\]”’"]/u.test(before)) return d;
  if (mark === '.' && /[\p{Ll})\]”’"]/u.test(before) && !BEFORE_FIGURE.test(s.slice(Math.max(start, d - 9), d - 1))) return d;
  return end;
}

/** All paragraphs in document order. */
export function allParagraphs(model: DocumentModel): readonly Paragraph[] {
  return memo(model, 'allParagraphs', () => [...model.preamble, ...model.operative].sort((a, b) => a.span.start - b.span.start));
}

/** The paragraph (preambular or operative, sub-paragraphs included) that contains an offset. */
export function paragraphAt(model: DocumentModel, offset: number): Paragraph | undefined {
  const list = allParagraphs(model);
  let lo = 0;
  let hi = list.length - 1;
  let found: Paragraph | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].span.start <= offset) {
      found = list[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found && offset <= found.fullSpan.end ? found : undefined;
}

/** A numeric footnote label (printed as its number; FORMAT.md: a label is digits or a name). */
export function isNumericLabel(label: string): boolean {
  return /^\d+$/.test(label);
}

/** Where the footnote references stand: inside each definition's span, or outside every definition. */
export interface FootnoteNesting {
  /** The references inside each definition, in document order (definitions without any are absent). */
  readonly inside: ReadonlyMap<FootnoteDefinition, readonly FootnoteReference[]>;
  /** The references outside every definition, in document order: the text's. */
  readonly outside: readonly FootnoteReference[];
}

/** The references of each footnote definition, and those of the text (one walk over both, in order). */
export function footnoteNesting(model: DocumentModel): FootnoteNesting {
  return memo(model, 'footnoteNesting', () => {
    const defs = [...model.footnoteDefinitions];
    if (defs.some((d, i) => i > 0 && d.span.start < defs[i - 1].span.start)) defs.sort((a, b) => a.span.start - b.span.start);
    const inside = new Map<FootnoteDefinition, FootnoteReference[]>();
    const outside: FootnoteReference[] = [];
    let k = 0;
    for (const r of model.footnoteReferences) {
      while (k < defs.length && defs[k].span.end <= r.span.start) k++;
      const d = k < defs.length && defs[k].span.start <= r.span.start ? defs[k] : undefined;
      if (!d) outside.push(r);
      else {
        const list = inside.get(d);
        if (list) list.push(r);
        else inside.set(d, [r]);
      }
    }
    return { inside, outside };
  });
}

/**
 * How deep footnotes cited inside footnotes are followed: the exporter prints the references of a
 * footnote nested deeper as written, and the printed order does not follow them either.
 */
export const MAX_FOOTNOTE_NESTING = 100;

/**
 * The footnotes in printed order, as the first reference that prints each label: the references
 * of the text outside footnote definitions in document order, and right after a footnote is first
 * printed, the references inside its text (its first definition), depth first, as the exporter
 * numbers them. The order does not depend on where the definitions stand, so putting them in this
 * order changes nothing in it (the formatter does that, and must reach a fixed point). Labels
 * cited only inside a footnote that never prints are not in it.
 */
export function printedReferences(model: DocumentModel): readonly FootnoteReference[] {
  return memo(model, 'printedReferences', () => {
    const { inside, outside } = footnoteNesting(model);
    const firstDefinition = new Map<string, FootnoteDefinition>();
    for (const d of model.footnoteDefinitions) if (!firstDefinition.has(d.label)) firstDefinition.set(d.label, d);
    const out: FootnoteReference[] = [];
    const seen = new Set<string>();
    // stack[0] holds the references of the text; stack.length - 1 footnotes enclose the top's.
    // Depth first with an explicit stack: a chain of thousands of footnotes citing the next must not overflow.
    const stack: { list: readonly FootnoteReference[]; at: number }[] = [{ list: outside, at: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top.at >= top.list.length) {
        stack.pop();
        continue;
      }
      const r = top.list[top.at++];
      if (seen.has(r.label)) continue;
      seen.add(r.label);
      out.push(r);
      const d = firstDefinition.get(r.label);
      const nested = d && inside.get(d);
      if (nested && stack.length - 1 < MAX_FOOTNOTE_NESTING) stack.push({ list: nested, at: 0 });
    }
    return out;
  });
}

/** Each printed label's position in printed order, from 1 (`printedReferences`). */
export function printedPositions(model: DocumentModel): ReadonlyMap<string, number> {
  return memo(model, 'printedPositions', () => new Map(printedReferences(model).map((r, i) => [r.label, i + 1])));
}

/**
 * Numbered footnote order: each label's printed number by first reference (legacy numbering),
 * then the labels cited only inside footnotes that never print, in document order.
 */
export function footnoteNumbers(model: DocumentModel): ReadonlyMap<string, number> {
  return memo(model, 'footnoteNumbers', () => {
    const numbers = new Map(printedPositions(model));
    for (const r of model.footnoteReferences) if (!numbers.has(r.label)) numbers.set(r.label, numbers.size + 1);
    return numbers;
  });
}

/** References grouped by label, in document order. */
export function referencesByLabel(model: DocumentModel): ReadonlyMap<string, readonly FootnoteReference[]> {
  return memo(model, 'referencesByLabel', () => {
    const map = new Map<string, FootnoteReference[]>();
    for (const r of model.footnoteReferences) {
      const list = map.get(r.label);
      if (list) list.push(r);
      else map.set(r.label, [r]);
    }
    return map;
  });
}

/** A sub-paragraph label written in a style: `a` → `(a)`, `a.` or `a)`. */
export function writeLabel(style: LabelStyle, label: string): string {
  return style === 'paren' ? `(${label})` : style === 'dot' ? `${label}.` : `${label})`;
}

/** The span of a sub-paragraph's label letters or numeral, without parentheses or full stop. */
export function labelTextSpan(s: Subparagraph): Span {
  const start = s.labelSpan.start + (s.style === 'paren' ? 1 : 0);
  return { start, end: start + s.label.length };
}
