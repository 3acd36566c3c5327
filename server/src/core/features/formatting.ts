/**
 * The renumbering formatter. It renumbers operative paragraphs and sub-paragraphs in order and
 * rewrites every internal cross-reference to them; renumbers numeric footnote labels into the
 * order of first reference (references and definitions, and the footnote section when it is one
 * run of definitions); normalises blank lines between blocks and the spacing after numbers; keeps
 * the file's line ends. It changes nothing but numbers, labels and white space, and formatting
 * twice equals formatting once.
 */
import { allParagraphs, footnoteNesting, isNumericLabel, labelTextSpan, printedPositions } from '../model/derived';
import { isSpace, lineAt, lowerBoundBy, skipSpace } from '../model/text';
import type { DocumentModel, FootnoteDefinition, Paragraph, Span, Subparagraph } from '../model/types';
import { parse, toLetter, toRoman } from '../parser/parse';
import type { TextEdit } from '../rules/types';
import { applyEdits, differenceEdit, intersects, within } from './edits';
import { crossReferences, itemAt, operativeNumbering, resolveItem } from './references';

/** Options of a formatting run. */
export interface FormatOptions {
  /** Format only this range (extended to whole lines): edits that belong together are kept or dropped together. */
  readonly range?: Span;
}

/** An edit and the group it belongs to: a group (a renumbering) applies whole or not at all. */
interface GroupedEdit extends TextEdit {
  /** Empty for edits that stand alone (white space). */
  readonly group: string;
}

const OPERATIVE = 'operative-numbers';
const FOOTNOTES = 'footnote-labels';

/** The edits that format a draft, sorted and non-overlapping. */
export function formatEdits(model: DocumentModel, options: FormatOptions = {}): TextEdit[] {
  const edits: GroupedEdit[] = [];
  const newNumbers = renumberOperative(model, edits);
  const newLabels = relabelSubparagraphs(model, edits);
  rewriteCrossReferences(model, newNumbers, newLabels, edits);
  const printedOrder = renumberFootnotes(model, edits);
  spacingAfterNumbers(model, edits);
  normaliseBlankLines(model, edits);
  const all = readBackSubparagraphs(model, reorderFootnoteSection(model, printedOrder, edits));
  const chosen = options.range ? inRange(model, all, options.range) : all;
  return chosen.map(({ span, newText }) => ({ span, newText })).sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/** The formatted text. */
export function formatText(model: DocumentModel, options: FormatOptions = {}): string {
  return applyEdits(model.text, formatEdits(model, options));
}

/**
 * Operative paragraphs numbered 1, 2, 3 … in order, each series on its own (see
 * `operativeNumbering`); a new paragraph typed without its number gets one. A text with no
 * numbered operative paragraph (a single paragraph, older Security Council texts) is left as it
 * is. Returns each paragraph's new number.
 */
function renumberOperative(model: DocumentModel, edits: GroupedEdit[]): Map<Paragraph, number> {
  const out = new Map<Paragraph, number>();
  for (const { paragraph: p, expected: n } of operativeNumbering(model).entries) {
    const expected = String(n);
    out.set(p, n);
    if (!p.number) edits.push({ span: { start: p.span.start, end: p.span.start }, newText: `${expected}. `, group: OPERATIVE });
    else if (p.number.text !== expected) edits.push({ span: { start: p.number.span.start, end: p.number.span.start + p.number.text.length }, newText: expected, group: OPERATIVE });
  }
  return out;
}

function subGroup(p: Paragraph): string {
  return `subparagraphs:${p.span.start}`;
}

/**
 * Sub-paragraphs labelled (a), (b), (c) … and (i), (ii), (iii) … in order, each series counted
 * on its own; a label that is neither a letter nor a roman numeral keeps its place and its text.
 */
function relabelSubparagraphs(model: DocumentModel, edits: GroupedEdit[]): Map<Subparagraph, string> {
  const out = new Map<Subparagraph, string>();
  for (const p of allParagraphs(model)) {
    const group = subGroup(p);
    const visit = (items: readonly Subparagraph[]) => {
      const count = { letter: 0, roman: 0 };
      for (const s of items) {
        const n = ++count[s.kind];
        if (s.ordinal > 0) {
          const expected = s.kind === 'letter' ? toLetter(n) : toRoman(n);
          out.set(s, expected);
          if (expected !== s.label) edits.push({ span: labelTextSpan(s), newText: expected, group });
        }
        visit(s.children);
      }
    };
    visit(p.subparagraphs);
  }
  return out;
}

/** The kinds and nesting of a paragraph's sub-paragraphs, as a string: `L(RR)L` for (a) (i) (ii) (b). */
function subparagraphShape(p: Paragraph): string {
  const visit = (items: readonly Subparagraph[]): string => items.map((s) => (s.kind === 'letter' ? 'L' : 'R') + s.style[0] + (s.children.length ? `(${visit(s.children)})` : '')).join('');
  return visit(p.subparagraphs);
}

/**
 * Leaves out the relabelling of a paragraph whose sub-paragraphs the formatted text would read
 * otherwise. Whether `(i)` is a letter or a roman numeral is read from its neighbours, so a
 * relabelling can change it: `(c)` with a roman child `(i)` and then `(aa)` becomes `(h)`, `(i)`,
 * `(i)`, and `(i)` after `(h)` reads as the letter (fuzz 704264995:1378); the next pass would
 * relabel again. The formatted text is parsed once more when sub-paragraphs are relabelled, and a
 * paragraph whose shape (`subparagraphShape`) would change keeps its labels: formatting twice
 * then equals formatting once.
 */
function readBackSubparagraphs(model: DocumentModel, edits: GroupedEdit[]): GroupedEdit[] {
  const relabelled = new Set<string>();
  for (const e of edits) if (e.group.startsWith('subparagraphs:')) relabelled.add(e.group);
  if (relabelled.size === 0) return edits;
  const before = allParagraphs(model);
  const after = allParagraphs(parse(applyEdits(model.text, edits)));
  // Paragraphs are matched by order; formatting neither adds nor removes one.
  if (after.length !== before.length) return edits;
  const kept = new Set<string>();
  before.forEach((p, i) => {
    const group = subGroup(p);
    if (relabelled.has(group) && subparagraphShape(p) !== subparagraphShape(after[i])) kept.add(group);
  });
  return kept.size === 0 ? edits : edits.filter((e) => !kept.has(e.group));
}

/** Rewrites `paragraph 5 above`, `paragraphs 3 to 6 below`, `paragraph 3 (b) above`, `subparagraph (c) above`. */
function rewriteCrossReferences(model: DocumentModel, numbers: Map<Paragraph, number>, labels: Map<Subparagraph, string>, edits: GroupedEdit[]): void {
  const text = model.text;
  for (const ref of crossReferences(model)) {
    for (const item of ref.items) {
      const resolved = resolveItem(model, ref, item);
      if (item.number && resolved.paragraph) {
        const n = numbers.get(resolved.paragraph);
        if (n !== undefined && text.slice(item.number.span.start, item.number.span.end) !== String(n)) {
          edits.push({ span: item.number.span, newText: String(n), group: OPERATIVE });
        }
      }
      item.labels.forEach((l, k) => {
        const target = resolved.subparagraphs[k];
        const label = target ? labels.get(target) : undefined;
        if (label !== undefined && label !== l.label && resolved.paragraph) {
          edits.push({ span: l.span, newText: label, group: subGroup(resolved.paragraph) });
        }
      });
    }
  }
}

/**
 * Numeric footnote labels renumbered into printed order (`printedReferences`: the order of first
 * reference, a footnote's own references right after it): the label printed in position p becomes
 * p (named labels keep their names but hold their place, as in print). Numeric labels that never
 * print follow, in the order the definitions are sorted into (`definitionOrder`): the labels of
 * the definitions that never print, then the labels only cited inside definitions (a footnote that
 * never prints, a second definition of a label, one nested too deep), definition by definition.
 * That order is what sorting the section leaves, so a second pass finds nothing to do (numbered in
 * document order instead, a cited label swapped with another each pass once sorting moved the
 * definitions that cite them). Returns each printed label's position, for ordering the definitions.
 */
function renumberFootnotes(model: DocumentModel, edits: GroupedEdit[]): ReadonlyMap<string, number> {
  const position = printedPositions(model);
  const mapping = new Map<string, string>();
  for (const [label, p] of position) if (isNumericLabel(label)) mapping.set(label, String(p));
  let next = position.size;
  const take = (label: string) => {
    if (isNumericLabel(label) && !mapping.has(label)) mapping.set(label, String(++next));
  };
  const order = definitionOrder(model.footnoteDefinitions, position);
  for (const d of order) take(d.label);
  const { inside } = footnoteNesting(model);
  for (const d of order) for (const r of inside.get(d) ?? []) take(r.label);
  // Every reference outside the definitions prints; none is left, but no label goes unmapped.
  for (const r of model.footnoteReferences) take(r.label);
  const rename = (label: string, span: Span) => {
    const to = mapping.get(label);
    if (to !== undefined && to !== label) edits.push({ span, newText: to, group: FOOTNOTES });
  };
  for (const r of model.footnoteReferences) rename(r.label, r.labelSpan);
  for (const d of model.footnoteDefinitions) rename(d.label, d.labelSpan);
  return position;
}

/**
 * Definitions in the order the footnote section is sorted into: by their label's printed position,
 * those that never print after, each group in document order (a stable sort, so sorting a sorted
 * section changes nothing).
 */
function definitionOrder(defs: readonly FootnoteDefinition[], printedOrder: ReadonlyMap<string, number>): FootnoteDefinition[] {
  return defs
    .map((d, i) => ({ d, i, key: printedOrder.get(d.label) ?? Number.MAX_SAFE_INTEGER }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map((x) => x.d);
}

/**
 * White space the formatter may remove or replace: what the model counts as space (`isSpace`)
 * except U+200B ZERO WIDTH SPACE (a format character, not white space) and U+0085 NEXT LINE (a
 * line break to some readers, which the model does not break lines at). Those two are text: a
 * formatter that trimmed them at a line end deleted part of a footnote's text (fuzz seeds
 * 704264996:1738, 704265003:142, 704265004:1795).
 */
function isBlankChar(c: number): boolean {
  return c !== 0x200b && c !== 0x85 && isSpace(c);
}

/** Offset of the first character in `[start, end)` that `isBlankChar` does not take, or `end`. */
function skipBlank(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isBlankChar(text.charCodeAt(i))) i++;
  return i;
}

/** Offset just after the last character in `[start, end)` that `isBlankChar` does not take, or `start`. */
function trimBlankEnd(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && isBlankChar(text.charCodeAt(i - 1))) i--;
  return i;
}

function sameLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return false;
  }
  return true;
}

/**
 * One space after a paragraph number (`1.`) and a sub-paragraph label (`(a)`). Only the white space
 * of the text itself is replaced: a comment or a `[bookmark: …]` mark between the number and the
 * words (blanked in the masked text the body is found in) stays where it is.
 */
function spacingAfterNumbers(model: DocumentModel, edits: GroupedEdit[]): void {
  const text = model.text;
  const single = (from: number, limit: number) => {
    const to = skipBlank(text, from, limit);
    if (to > from && sameLine(text, from, to) && text.slice(from, to) !== ' ') edits.push({ span: { start: from, end: to }, newText: ' ', group: '' });
  };
  for (const p of allParagraphs(model)) {
    if (p.number) single(p.number.span.end, p.body.start);
    const visit = (items: readonly Subparagraph[]) => {
      for (const s of items) {
        single(s.labelSpan.end, s.span.end);
        visit(s.children);
      }
    };
    visit(p.subparagraphs);
  }
}

/** Per line: whether it holds (part of) a comment. */
function commentLines(model: DocumentModel): Uint8Array {
  const marks = new Uint8Array(model.lines.length);
  for (const c of model.comments) {
    const from = lineAt(model.lines, c.span.start);
    const to = lineAt(model.lines, Math.max(c.span.start, c.span.end - 1));
    for (let i = from; i <= to; i++) marks[i] = 1;
  }
  return marks;
}

/** Whether `offset` lies strictly inside a comment (comments are in document order). */
function insideComment(model: DocumentModel, offset: number): boolean {
  return itemAt(model.comments, offset, (c) => c.span, true) !== undefined;
}

/**
 * Blank lines: none at the start, at most one between blocks, exactly one between two blocks of
 * the body that touch (paragraphs, sub-paragraphs, the footnotes, the closing), none after the
 * last line but its line end; no white space at the end of a line. Comments are left as written,
 * and a line holding a comment is never separated from the line below it (a directive such as
 * `unres-disable-next-line` must stay right above its line).
 */
function normaliseBlankLines(model: DocumentModel, edits: GroupedEdit[]): void {
  const { text, lines } = model;
  const hasComment = commentLines(model);
  const starts = new Set<number>();
  const inFootnote = new Uint8Array(lines.length);
  const footnoteStart = new Set<number>();
  const startLine = (offset: number) => lineAt(lines, offset);
  // A block or definition starts its line when only white space, a comment or a bookmark closed
  // on that line (blanked in the masked text) comes before it, as the parser reads it: `\u200b[^6]:`
  // after a zero-width space, `[bookmark: x][^1]:` (long fuzz 17000000082:1503, 17000000198:1896:
  // such a definition got its blank line only once the sorting put a plain one first). One that
  // starts in the middle of a line after a Word-export footnote that closed there does not: a
  // blank line before that line would cut the footnote.
  const wordDefinitions = model.footnoteDefinitions.filter((d) => d.syntax === 'word').sort((a, b) => a.span.start - b.span.start);
  const startsLine = (offset: number, line: number) => {
    const start = lines[line].start;
    return skipSpace(model.masked, start, offset) === offset && !insideComment(model, start) && itemAt(wordDefinitions, start, (d) => d.span, true) === undefined;
  };
  const addStart = (offset: number) => {
    const line = startLine(offset);
    if (startsLine(offset, line)) starts.add(line);
  };
  for (const p of allParagraphs(model)) {
    addStart(p.span.start);
    const visit = (items: readonly Subparagraph[]) => {
      for (const s of items) {
        addStart(s.span.start);
        visit(s.children);
      }
    };
    visit(p.subparagraphs);
  }
  if (model.organ) addStart(model.organ.span.start);
  if (model.closing) addStart(model.closing.span.start);
  for (const d of model.footnoteDefinitions) {
    if (d.syntax !== 'caret') continue;
    const from = startLine(d.span.start);
    if (startsLine(d.span.start, from)) footnoteStart.add(from);
    for (let i = from, to = startLine(d.span.end); i <= to; i++) inFootnote[i] = 1;
  }
  const breakAfter = (i: number) => text.slice(lines[i].end, i + 1 < lines.length ? lines[i + 1].start : text.length);
  const isBlank = (i: number) => skipBlank(text, lines[i].start, lines[i].end) === lines[i].end && !insideComment(model, lines[i].start);

  const gap = (previous: number | undefined, blanks: readonly number[], next: number | undefined) => {
    if (previous === undefined) {
      if (next === undefined) return;
      const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
      const end = lines[next].start;
      if (end > start) edits.push({ span: { start, end }, newText: '', group: '' });
      return;
    }
    const p = lines[previous];
    const contentEnd = trimBlankEnd(text, p.start, p.end);
    if (insideComment(model, contentEnd)) return;
    let desired = breakAfter(previous);
    let end: number;
    if (next === undefined) {
      end = text.length;
    } else {
      end = lines[next].start;
      const touching = !hasComment[previous] && (starts.has(next) || (footnoteStart.has(next) && !inFootnote[previous]));
      if (blanks.length > 0) desired = joinBreaks(desired, breakAfter(blanks[0]));
      else if (touching) desired = joinBreaks(desired, model.eol);
    }
    if (text.slice(contentEnd, end) !== desired) edits.push({ span: { start: contentEnd, end }, newText: desired, group: '' });
  };

  let previous: number | undefined;
  let blanks: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (isBlank(i)) {
      blanks.push(i);
      continue;
    }
    gap(previous, blanks, i);
    previous = i;
    blanks = [];
  }
  gap(previous, blanks, undefined);
}

/**
 * Two line breaks in a row. A lone CR followed by a break that starts with LF would read as one
 * CRLF break (the blank line lost, so the next pass would add it again): the second break is then
 * a CR like the first.
 */
function joinBreaks(first: string, second: string): string {
  return first.endsWith('\r') && second.startsWith('\n') ? `${first}\r` : first + second;
}

/**
 * When the footnote definitions form one run (only definitions and blank lines between the
 * first and the last, no comment), puts them in printed order. The run is rebuilt from the
 * definitions as the other edits leave them, with the separators as they were (normalised).
 */
function reorderFootnoteSection(model: DocumentModel, printedOrder: ReadonlyMap<string, number>, edits: GroupedEdit[]): GroupedEdit[] {
  const defs = model.footnoteDefinitions.filter((d) => d.syntax === 'caret');
  if (defs.length < 2 || defs.length !== model.footnoteDefinitions.length) return edits;
  const { lines, text } = model;
  const pieceStart = (d: FootnoteDefinition) => lines[lineAt(lines, d.span.start)].start;
  const section: Span = { start: pieceStart(defs[0]), end: defs[defs.length - 1].span.end };
  if (model.comments.some((c) => intersects(c.span, section))) return edits;
  // Every line of the run is blank or part of a definition.
  const covered = new Uint8Array(lines.length);
  for (const d of defs) for (let i = lineAt(lines, d.span.start), to = lineAt(lines, d.span.end); i <= to; i++) covered[i] = 1;
  for (let i = lineAt(lines, section.start), to = lineAt(lines, section.end); i <= to; i++) {
    if (!covered[i] && skipSpace(text, lines[i].start, lines[i].end) !== lines[i].end) return edits;
  }
  const sorted = definitionOrder(defs, printedOrder);
  if (sorted.every((d, k) => d === defs[k])) return edits;
  const indexOf = new Map(defs.map((d, i) => [d, i]));

  const inside = edits.filter((e) => intersects(e.span, section) || (e.span.start === e.span.end && e.span.start > section.start && e.span.start < section.end));
  if (inside.some((e) => !within(e.span, section))) return edits;
  // The pieces and the separators between them, in document order: piece 0, separator 0, piece 1 …
  const spans: Span[] = [];
  defs.forEach((d, k) => {
    if (k > 0) spans.push({ start: defs[k - 1].span.end, end: pieceStart(d) });
    spans.push({ start: pieceStart(d), end: d.span.end });
  });
  // Each edit goes to the last span that starts at or before it (one binary search each: a filter
  // of all the edits per span was quadratic on thousands of renumbered definitions), and only if
  // it lies inside that span. An insertion on a boundary belongs to what starts there, not to what ends there.
  const local = spans.map((): GroupedEdit[] => []);
  for (const e of inside) {
    const k = lowerBoundBy(spans, e.span.start + 1, (x) => x.start) - 1;
    const span = spans[k];
    if (span && within(e.span, span) && !(e.span.start === e.span.end && e.span.start === span.end)) local[k].push(e);
  }
  const render = (k: number) => {
    const span = spans[k];
    return applyEdits(text.slice(span.start, span.end), local[k].map((e) => ({ span: { start: e.span.start - span.start, end: e.span.end - span.start }, newText: e.newText })));
  };
  const pieces = defs.map((_, k) => render(2 * k));
  const separators = defs.slice(1).map((_, k) => render(2 * k + 1));
  let rebuilt = '';
  sorted.forEach((d, k) => {
    rebuilt += pieces[indexOf.get(d)!];
    if (k < separators.length) rebuilt += separators[k];
  });
  const taken = new Set(inside);
  const rest = edits.filter((e) => !taken.has(e));
  rest.push({ span: section, newText: rebuilt, group: FOOTNOTES });
  return rest;
}

/** The edits of a range: stand-alone edits inside it, and groups that lie wholly inside it. */
function inRange(model: DocumentModel, edits: readonly GroupedEdit[], range: Span): GroupedEdit[] {
  const { lines } = model;
  const first = lineAt(lines, Math.max(0, range.start));
  // A range that ends at the start of a line (a selection of whole lines, as editors send it) ends
  // with the line before: the line it ends on is not selected.
  let last = lineAt(lines, Math.max(range.start, range.end));
  if (last > first && range.end === lines[last].start) last--;
  const span: Span = { start: lines[first].start, end: last + 1 < lines.length ? lines[last + 1].start : model.text.length };
  // Each edit cut down to the characters it changes: the blank lines after a paragraph normalised
  // with the spaces before them (`b;   \n\n` → `b;\n\n`) only remove spaces on the paragraph's line.
  const least = edits.map((e) => ({ edit: leastEdit(model.text, e), origin: e.span.start }));
  const groups = new Map<string, boolean>();
  for (const { edit: e } of least) {
    if (!e.group) continue;
    groups.set(e.group, (groups.get(e.group) ?? true) && within(e.span, span));
  }
  const kept = least
    .filter(({ edit: e }) => (e.group ? groups.get(e.group) : within(e.span, span)))
    .sort((a, b) => a.edit.span.start - b.edit.span.start || a.edit.span.end - b.edit.span.end || a.origin - b.origin);
  return joinInsertions(kept.map((k) => k.edit));
}

/**
 * Insertions at one point made one edit, their texts in the order given. Cut down, two edits can
 * insert at one point (the blank line before a paragraph and the number it was missing): one edit
 * leaves no client, nor the fix engine, to guess their order.
 */
function joinInsertions(sorted: readonly GroupedEdit[]): GroupedEdit[] {
  const out: GroupedEdit[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && last.span.start === last.span.end && e.span.start === e.span.end && e.span.start === last.span.start) {
      out[out.length - 1] = { span: last.span, newText: last.newText + e.newText, group: last.group };
    } else out.push(e);
  }
  return out;
}

/** The edit without the characters at its ends that it replaces with themselves (same result). */
function leastEdit(text: string, e: GroupedEdit): GroupedEdit {
  const d = differenceEdit(text.slice(e.span.start, e.span.end), e.newText);
  if (!d) return e;
  return { span: { start: e.span.start + d.span.start, end: e.span.start + d.span.end }, newText: d.newText, group: e.group };
}
