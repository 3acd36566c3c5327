/**
 * Derived views shared by the editor features: footnotes under the cursor, and the internal
 * cross-references of a draft (`paragraph 5 above`, `paragraphs 3 to 6 below`, `paragraph 3 (b)
 * above`, `subparagraph (c) above`, CONVENTIONS.md XREF-01) resolved to the paragraphs they name.
 */
import { allParagraphs, memo, paragraphAt, writeLabel } from '../model/derived';
import { isSpace } from '../model/text';
import type { DocumentModel, FootnoteDefinition, FootnoteReference, Paragraph, Span, Subparagraph } from '../model/types';

/** A footnote label under the cursor: in a reference or in a definition. */
export interface FootnoteHit {
  readonly label: string;
  readonly kind: 'reference' | 'definition';
  /** The label itself (what a rename replaces). */
  readonly labelSpan: Span;
  /** The whole reference `[^1]` or the definition's `[^1]:` head. */
  readonly span: Span;
}

/**
 * The item of a list in document order whose span contains `offset`, by binary search: ends
 * included, or with `strict` only offsets strictly inside.
 */
export function itemAt<T>(list: readonly T[], offset: number, spanOf: (item: T) => Span, strict = false): T | undefined {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spanOf(list[mid]);
    if (strict ? offset <= span.start : offset < span.start) hi = mid - 1;
    else if (strict ? offset >= span.end : offset > span.end) lo = mid + 1;
    else return list[mid];
  }
  return undefined;
}

/** The footnote reference whose span contains `offset` (ends included). */
export function referenceAt(model: DocumentModel, offset: number): FootnoteReference | undefined {
  return itemAt(model.footnoteReferences, offset, (r) => r.span);
}

/** The footnote (reference, or label of a definition) at an offset. */
export function footnoteAt(model: DocumentModel, offset: number): FootnoteHit | undefined {
  const ref = referenceAt(model, offset);
  if (ref) return { label: ref.label, kind: 'reference', labelSpan: ref.labelSpan, span: ref.span };
  for (const d of model.footnoteDefinitions) {
    // The head of a definition: `[^label]:` or `[N:`.
    const headEnd = d.labelSpan.end + (d.syntax === 'caret' ? 2 : 1);
    if (offset >= d.span.start && offset <= headEnd) return { label: d.label, kind: 'definition', labelSpan: d.labelSpan, span: { start: d.span.start, end: headEnd } };
  }
  return undefined;
}

/** The definitions of a label, in document order. */
export function definitionsOf(model: DocumentModel, label: string): readonly FootnoteDefinition[] {
  return model.footnoteDefinitions.filter((d) => d.label === label);
}

/** One paragraph named in a cross-reference: `5`, `3 (b)`, or `(c)` in a sub-paragraph reference. */
export interface CrossReferenceItem {
  /** The paragraph number as written (absent in `subparagraph (c)`). */
  readonly number?: { readonly value: number; readonly span: Span };
  /** Sub-paragraph labels as written, outermost first: `(b)`, `(ii)`; spans cover the letters only. */
  readonly labels: readonly { readonly label: string; readonly span: Span }[];
  /** Whether this item ends a range opened by the item before it (`3 to 6`). */
  readonly rangeEnd: boolean;
}

/** A cross-reference to paragraphs of the same resolution. */
export interface CrossReference {
  readonly kind: 'paragraph' | 'subparagraph';
  /** From the word `paragraph` to the direction word. */
  readonly span: Span;
  readonly items: readonly CrossReferenceItem[];
  /** `above`, `below`, or `self` for `… of the present resolution`. */
  readonly direction: 'above' | 'below' | 'self';
  /** The paragraph in which the reference stands. */
  readonly container: Paragraph;
}

const KEYWORD = /\b(?:sub-?)?paragraphs?\b/gi;

/**
 * The internal cross-references in the preamble and the operative part. A reference counts only
 * when it says where it points (`above`, `below`, `of the present resolution`): without that,
 * `paragraphs 60 to 63` and `section IV, paragraph 23` name paragraphs of other documents.
 */
export function crossReferences(model: DocumentModel): readonly CrossReference[] {
  return memo(model, 'features:crossReferences', () => {
    const out: CrossReference[] = [];
    const s = model.masked;
    if (allParagraphs(model).length === 0) return out;
    // One pass over the text; each keyword is placed in its paragraph by binary search.
    const re = new RegExp(KEYWORD.source, 'gi');
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) {
      const p = paragraphAt(model, m.index);
      if (!p || m.index < p.span.start) continue;
      const sub = /^sub/i.test(m[0]);
      const ref = readReference(s, m.index, m.index + m[0].length, p.fullSpan.end, sub ? 'subparagraph' : 'paragraph', p);
      if (ref) {
        out.push(ref);
        re.lastIndex = Math.max(re.lastIndex, ref.span.end);
      }
    }
    return out;
  });
}

/** A tiny scanner over `[at, end)` of the masked text; every step moves forward, so reading is linear. */
class Scanner {
  constructor(
    readonly s: string,
    public at: number,
    readonly end: number,
  ) {}
  skipSpace(): void {
    while (this.at < this.end && isSpace(this.s.charCodeAt(this.at))) this.at++;
  }
  /** Reads digits (1–4), not followed by a letter or digit. */
  number(): { value: number; span: Span } | undefined {
    let i = this.at;
    while (i < this.end && i - this.at < 5 && isDigit(this.s.charCodeAt(i))) i++;
    const len = i - this.at;
    if (len === 0 || len > 4 || (i < this.end && isWordCode(this.s.charCodeAt(i)))) return undefined;
    const span = { start: this.at, end: i };
    this.at = i;
    return { value: Number(this.s.slice(span.start, span.end)), span };
  }
  /** Reads `(x)` with 1–4 lower-case letters; the span covers the letters. */
  label(): { label: string; span: Span } | undefined {
    if (this.s[this.at] !== '(') return undefined;
    let i = this.at + 1;
    while (i < this.end && i - this.at <= 5 && this.s.charCodeAt(i) >= 97 && this.s.charCodeAt(i) <= 122) i++;
    const len = i - this.at - 1;
    if (len === 0 || len > 4 || this.s[i] !== ')') return undefined;
    const span = { start: this.at + 1, end: i };
    this.at = i + 1;
    return { label: this.s.slice(span.start, span.end), span };
  }
  /** Reads a word if it is one of `words` (lower case); returns it. */
  word(...words: string[]): string | undefined {
    let i = this.at;
    while (i < this.end && i - this.at < 12 && isWordCode(this.s.charCodeAt(i))) i++;
    const w = this.s.slice(this.at, i).toLowerCase();
    if (!words.includes(w)) return undefined;
    this.at = i;
    return w;
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordCode(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || (c > 127 && !isSpace(c) && c !== 0x2019 && c !== 0x201d);
}

function readReference(s: string, start: number, from: number, end: number, kind: CrossReference['kind'], container: Paragraph): CrossReference | undefined {
  const sc = new Scanner(s, from, end);
  const items: CrossReferenceItem[] = [];
  const readItem = (rangeEnd: boolean): boolean => {
    const save = sc.at;
    sc.skipSpace();
    let number: CrossReferenceItem['number'];
    if (kind === 'paragraph') {
      number = sc.number();
      if (!number) {
        sc.at = save;
        return false;
      }
    }
    const labels: { label: string; span: Span }[] = [];
    for (;;) {
      const before = sc.at;
      // `paragraph 1 (a)`: at most one space before the label, on the same line.
      if (kind === 'paragraph') {
        if (sc.s[sc.at] === ' ' || sc.s[sc.at] === '\u00a0') sc.at++;
      } else sc.skipSpace();
      const l = sc.label();
      if (!l) {
        sc.at = before;
        break;
      }
      labels.push(l);
      if (labels.length === 2) break;
    }
    if (kind === 'subparagraph' && labels.length === 0) {
      sc.at = save;
      return false;
    }
    items.push({ number, labels, rangeEnd });
    return true;
  };
  if (!readItem(false)) return undefined;
  for (;;) {
    const save = sc.at;
    sc.skipSpace();
    let rangeEnd = false;
    if (s[sc.at] === ',') {
      sc.at++;
      sc.skipSpace();
      sc.word('and', 'or');
    } else if (sc.word('and', 'or')) {
      // a list
    } else if (sc.word('to')) {
      rangeEnd = true;
    } else {
      sc.at = save;
      break;
    }
    if (!readItem(rangeEnd)) {
      sc.at = save;
      break;
    }
  }
  sc.skipSpace();
  const dir = sc.word('above', 'below');
  let direction: CrossReference['direction'] | undefined = dir as 'above' | 'below' | undefined;
  if (!direction) {
    const save = sc.at;
    if (sc.word('of')) {
      sc.skipSpace();
      if (sc.word('the')) {
        sc.skipSpace();
        if (sc.word('present')) {
          sc.skipSpace();
          if (sc.word('resolution')) direction = 'self';
        }
      }
    }
    if (!direction) sc.at = save;
  }
  if (!direction) return undefined;
  return { kind, span: { start, end: sc.at }, items, direction, container };
}

/** The numbering of the operative part: which paragraphs count, and in which series. */
export interface OperativeNumbering {
  /** The paragraphs that carry or should carry a number, in order, with their expected number. */
  readonly entries: readonly { readonly paragraph: Paragraph; readonly series: number; readonly expected: number }[];
  /** Offsets at which each series starts. */
  readonly seriesStarts: readonly number[];
}

/**
 * How the operative part is numbered. A paragraph counts when it has a number or opens with an
 * italic phrase (a new paragraph typed without its number); other unnumbered blocks (quoted
 * text, a number garbled in a scan) do not. A paragraph the parser marks as restarting the
 * numbering under a heading starts a new series (parts A and B of a resolution are numbered each
 * from 1).
 */
export function operativeNumbering(model: DocumentModel): OperativeNumbering {
  return memo(model, 'features:operativeNumbering', () => {
    const entries: { paragraph: Paragraph; series: number; expected: number }[] = [];
    const seriesStarts: number[] = [];
    if (!model.operative.some((p) => p.number)) return { entries, seriesStarts };
    let n = 0;
    for (const p of model.operative) {
      if (!p.number && !p.opener.emphasis) continue;
      const last = entries[entries.length - 1];
      // A restart stands right under a heading where the text numbers its parts each from 1
      // (`Paragraph.restartsNumbering`: then even a part of one paragraph has its own series), as
      // the rule operative-numbering counts them. A `1.` elsewhere is a number to correct, not a new
      // series: read as one, pasted list items all numbered `1.` were renumbered 1, 2, 1, 2, which
      // the rule then reported.
      const restart = !!last && p.restartsNumbering === true;
      if (seriesStarts.length === 0 || restart) {
        seriesStarts.push(p.span.start);
        n = 0;
      }
      entries.push({ paragraph: p, series: seriesStarts.length - 1, expected: ++n });
    }
    return { entries, seriesStarts };
  });
}

/** The series of the operative part that an offset falls in (the first one before it starts). */
function seriesAt(numbering: OperativeNumbering, offset: number): number {
  let k = 0;
  for (let i = 0; i < numbering.seriesStarts.length; i++) if (numbering.seriesStarts[i] <= offset) k = i;
  return k;
}

/** Operative paragraphs by the number they carry. */
function byNumber(model: DocumentModel): ReadonlyMap<number, readonly Paragraph[]> {
  return memo(model, 'features:operativeByNumber', () => {
    const map = new Map<number, Paragraph[]>();
    for (const p of model.operative) {
      if (!p.number) continue;
      const list = map.get(p.number.value);
      if (list) list.push(p);
      else map.set(p.number.value, [p]);
    }
    return map;
  });
}

/**
 * The operative paragraph a number in a reference names: the one carrying that number; when two
 * carry it, the one in the reference's own series, else the one on the side the reference points
 * to, if only one is there. Otherwise none.
 */
export function resolveNumber(model: DocumentModel, value: number, at: number, direction: CrossReference['direction']): Paragraph | undefined {
  const candidates = byNumber(model).get(value);
  if (!candidates) return undefined;
  if (candidates.length === 1) return candidates[0];
  const numbering = operativeNumbering(model);
  let pool: readonly Paragraph[] = candidates;
  if (numbering.seriesStarts.length > 1) {
    const series = seriesAt(numbering, at);
    const same = candidates.filter((p) => seriesAt(numbering, p.span.start) === series);
    if (same.length === 1) return same[0];
    if (same.length > 1) pool = same;
  }
  // The paragraph that holds the reference is neither above nor below it (found by a review: `3. … paragraph 3 above` after
  // another `3.` found two candidates and resolved to none).
  const side = direction === 'above' ? pool.filter((p) => p.span.end <= at) : direction === 'below' ? pool.filter((p) => p.span.start > at) : [];
  return side.length === 1 ? side[0] : undefined;
}

/** A sub-paragraph found by its label among `items`, when exactly one carries it. */
function uniqueByLabel(items: readonly Subparagraph[], label: string): Subparagraph | undefined {
  let found: Subparagraph | undefined;
  for (const s of items) {
    if (s.label !== label) continue;
    if (found) return undefined;
    found = s;
  }
  return found;
}

/** Every sub-paragraph of a paragraph, depth first. */
export function allSubparagraphs(p: Paragraph): Subparagraph[] {
  const out: Subparagraph[] = [];
  const visit = (items: readonly Subparagraph[]) => {
    for (const s of items) {
      out.push(s);
      visit(s.children);
    }
  };
  visit(p.subparagraphs);
  return out;
}

/** What one item of a cross-reference resolves to. */
export interface ResolvedItem {
  readonly paragraph?: Paragraph;
  /** The sub-paragraphs named by the item's labels, outermost first (as far as they resolve). */
  readonly subparagraphs: readonly Subparagraph[];
}

/** Resolves an item of a cross-reference against the current numbering and labels. */
export function resolveItem(model: DocumentModel, ref: CrossReference, item: CrossReferenceItem): ResolvedItem {
  if (ref.kind === 'paragraph') {
    const paragraph = item.number ? resolveNumber(model, item.number.value, ref.span.start, ref.direction) : undefined;
    if (!paragraph) return { subparagraphs: [] };
    const subs: Subparagraph[] = [];
    let level = paragraph.subparagraphs;
    for (const l of item.labels) {
      const s = uniqueByLabel(level, l.label);
      if (!s) break;
      subs.push(s);
      level = s.children;
    }
    return { paragraph, subparagraphs: subs };
  }
  // `subparagraph (c) above`: a sub-paragraph of the paragraph the reference stands in.
  const container = ref.container;
  const first = item.labels[0];
  let target = uniqueByLabel(container.subparagraphs, first.label);
  if (!target) {
    const all = allSubparagraphs(container).filter((s) => s.label === first.label);
    target = all.length === 1 ? all[0] : undefined;
  }
  if (!target) return { paragraph: container, subparagraphs: [] };
  const subs = [target];
  if (item.labels[1]) {
    const child = uniqueByLabel(target.children, item.labels[1].label);
    if (child) subs.push(child);
  }
  return { paragraph: container, subparagraphs: subs };
}

/** Where a span of a cross-reference points: the item and what it resolves to. */
export interface CrossReferenceHit {
  readonly ref: CrossReference;
  readonly item: CrossReferenceItem;
  /** The number or label under the cursor. */
  readonly span: Span;
  /** What the span names: the paragraph, or a sub-paragraph (label). */
  readonly target?: Paragraph | Subparagraph;
  readonly paragraph?: Paragraph;
}

/** The cross-reference number or label at an offset. */
export function crossReferenceAt(model: DocumentModel, offset: number): CrossReferenceHit | undefined {
  const p = paragraphAt(model, offset);
  if (!p) return undefined;
  for (const ref of crossReferences(model)) {
    if (ref.container !== p || offset < ref.span.start || offset > ref.span.end) continue;
    for (const item of ref.items) {
      const resolved = resolveItem(model, ref, item);
      if (item.number && offset >= item.number.span.start && offset <= item.number.span.end) {
        return { ref, item, span: item.number.span, target: resolved.paragraph, paragraph: resolved.paragraph };
      }
      for (let k = 0; k < item.labels.length; k++) {
        const l = item.labels[k];
        if (offset >= l.span.start - 1 && offset <= l.span.end + 1) {
          return { ref, item, span: l.span, target: resolved.subparagraphs[k], paragraph: resolved.paragraph };
        }
      }
    }
  }
  return undefined;
}

/** The sub-paragraph whose label (with its parentheses) contains an offset. */
export function subparagraphLabelAt(p: Paragraph, offset: number): Subparagraph | undefined {
  return allSubparagraphs(p).find((s) => offset >= s.labelSpan.start && offset <= s.labelSpan.end);
}

/** How negotiators name a sub-paragraph: `OP3 (b) (ii)`. */
export function subparagraphName(p: Paragraph, target: Subparagraph): string {
  const path: Subparagraph[] = [];
  const visit = (items: readonly Subparagraph[]): boolean => {
    for (const s of items) {
      path.push(s);
      if (s === target || visit(s.children)) return true;
      path.pop();
    }
    return false;
  };
  visit(p.subparagraphs);
  return [p.label, ...path.map((s) => writeLabel(s.style, s.label))].join(' ');
}

/** The span a sub-paragraph covers with its children. */
export function subparagraphFullSpan(s: Subparagraph): Span {
  let end = s.span.end;
  let kids = s.children;
  while (kids.length > 0) {
    end = Math.max(end, kids[kids.length - 1].span.end);
    kids = kids[kids.length - 1].children;
  }
  return { start: s.span.start, end };
}

/** The annex without the footnote definitions gathered after it (the model's annex runs to the end of the text). */
export function annexBody(model: DocumentModel): Span | undefined {
  const a = model.annex;
  if (!a) return undefined;
  const firstDefinition = model.footnoteDefinitions.find((d) => d.span.start > a.heading.end);
  let end = firstDefinition ? firstDefinition.span.start : a.span.end;
  while (end > a.span.start && isSpace(model.text.charCodeAt(end - 1))) end--;
  return { start: a.span.start, end };
}
