/**
 * Navigation: go to definition (a footnote reference → its definition; `paragraph 5 above` →
 * OP5), find references (of a footnote, of an operative paragraph or sub-paragraph), rename a
 * footnote label, and highlight the occurrences of the footnote or paragraph under the cursor.
 */
import { paragraphAt } from '../model/derived';
import { lowerBoundBy } from '../model/text';
import type { DocumentModel, Paragraph, Span, Subparagraph } from '../model/types';
import { parse } from '../parser/parse';
import type { TextEdit } from '../rules/types';
import { spliceEdits } from './edits';
import { crossReferenceAt, crossReferences, definitionsOf, footnoteAt, resolveItem, subparagraphLabelAt } from './references';

/** How an occurrence is used: a definition is written, a reference read. */
export type HighlightKind = 'read' | 'write';

/** One occurrence to highlight. */
export interface Occurrence {
  readonly span: Span;
  readonly kind: HighlightKind;
}

/** The span of a definition's head `[^label]` (without the colon) or `[N`. */
function definitionHead(d: { span: Span; labelSpan: Span; syntax: 'caret' | 'word' }): Span {
  return { start: d.span.start, end: d.syntax === 'caret' ? d.labelSpan.end + 1 : d.labelSpan.end };
}

/** The targets of "go to definition" at an offset (spans of the same document). */
export function definition(model: DocumentModel, offset: number): Span[] {
  const fn = footnoteAt(model, offset);
  // On a definition, its own place: editors then offer its references instead.
  if (fn) return definitionsOf(model, fn.label).map((d) => d.span);
  const hit = crossReferenceAt(model, offset);
  if (hit?.target) return [hit.target.span];
  return [];
}

/** A paragraph or sub-paragraph named at an offset: its own number or label, or a cross-reference to it. */
function paragraphTarget(model: DocumentModel, offset: number): { target: Paragraph | Subparagraph; paragraph: Paragraph } | undefined {
  const hit = crossReferenceAt(model, offset);
  if (hit) return hit.target && hit.paragraph ? { target: hit.target, paragraph: hit.paragraph } : undefined;
  const p = paragraphAt(model, offset);
  if (!p) return undefined;
  if (p.part === 'operative' && p.number && offset >= p.number.span.start && offset <= p.number.span.end) return { target: p, paragraph: p };
  const sub = subparagraphLabelAt(p, offset);
  return sub ? { target: sub, paragraph: p } : undefined;
}

/** The own number (`5`) of a paragraph or the letters of a sub-paragraph label (`b`). */
function declarationOf(target: Paragraph | Subparagraph): Span | undefined {
  if ('part' in target) return target.number ? { start: target.number.span.start, end: target.number.span.start + target.number.text.length } : undefined;
  return { start: target.labelSpan.start + 1, end: target.labelSpan.start + 1 + target.label.length };
}

/** Every occurrence of the footnote or paragraph at an offset; empty when there is none. */
export function occurrences(model: DocumentModel, offset: number): Occurrence[] {
  const fn = footnoteAt(model, offset);
  if (fn) {
    const out: Occurrence[] = [];
    for (const r of model.footnoteReferences) if (r.label === fn.label) out.push({ span: r.span, kind: 'read' });
    for (const d of definitionsOf(model, fn.label)) out.push({ span: definitionHead(d), kind: 'write' });
    return out.sort((a, b) => a.span.start - b.span.start);
  }
  const t = paragraphTarget(model, offset);
  if (!t) return [];
  const out: Occurrence[] = [];
  const own = declarationOf(t.target);
  if (own) out.push({ span: own, kind: 'write' });
  for (const ref of crossReferences(model)) {
    for (const item of ref.items) {
      const resolved = resolveItem(model, ref, item);
      if ('part' in t.target) {
        if (resolved.paragraph === t.target && item.number) out.push({ span: item.number.span, kind: 'read' });
      } else {
        const k = resolved.subparagraphs.indexOf(t.target);
        if (k >= 0) out.push({ span: item.labels[k].span, kind: 'read' });
      }
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** "Find all references": the references (and, when asked, the definition) of what is at an offset. */
export function references(model: DocumentModel, offset: number, includeDeclaration: boolean): Span[] {
  return occurrences(model, offset)
    .filter((o) => includeDeclaration || o.kind === 'read')
    .map((o) => o.span);
}

/** What a rename at an offset would rename: a footnote label. */
export function prepareRename(model: DocumentModel, offset: number): { span: Span; placeholder: string } | undefined {
  const fn = footnoteAt(model, offset);
  return fn ? { span: fn.labelSpan, placeholder: fn.label } : undefined;
}

/**
 * A footnote label a rename may write: letters and digits (a letter may carry combining marks),
 * with `-`, `.` or `_` only between two of them. Each repetition takes one separator at most and
 * then one letter or digit, classes that do not overlap: linear time.
 */
const NEW_LABEL = /^[\p{L}\p{Nd}]\p{M}*(?:[-._]?[\p{L}\p{Nd}]\p{M}*)*$/u;
/** The most characters a new label may have (the parser reads at most 100 UTF-16 units). */
const NEW_LABEL_MAX = 100;

/** Whether a new label has the allowed shape and length (characters, not UTF-16 units). */
function isLabel(name: string): boolean {
  if (name.length > 4 * NEW_LABEL_MAX || !NEW_LABEL.test(name)) return false;
  return [...name].length <= NEW_LABEL_MAX;
}

/**
 * The backstop of a rename: applies the edits to the text, parses the result, and says why it
 * does not read as the same draft with footnote `from` renamed `to`, or undefined when it does.
 * Every footnote reference and definition must be found again where it stood (shifted by the
 * edits before it), with the new label for `from` and its own label otherwise, and the counts of
 * comments, emphases and parse problems must not change.
 */
export function renameBreaks(model: DocumentModel, edits: readonly TextEdit[], from: string, to: string): string | undefined {
  const { text, sorted } = spliceEdits(model.text, edits);
  const after = parse(text);
  // Where an offset of the old text (not inside an edit) is in the new one: the sum of the length
  // changes of the edits that start before it.
  const sums: number[] = [0];
  for (const e of sorted) sums.push(sums[sums.length - 1] + e.newText.length - (e.span.end - e.span.start));
  const shifted = (offset: number): number => offset + sums[lowerBoundBy(sorted, offset, (e) => e.span.start)];
  const same = (
    before: readonly { label: string; span: Span; syntax: string }[],
    now: readonly { label: string; span: Span; syntax: string }[],
  ): boolean =>
    before.length === now.length &&
    before.every((x, i) => now[i].span.start === shifted(x.span.start) && now[i].syntax === x.syntax && now[i].label === (x.label === from ? to : x.label));
  if (!same(model.footnoteReferences, after.footnoteReferences)) return 'a footnote reference would be lost or changed';
  if (!same(model.footnoteDefinitions, after.footnoteDefinitions)) return 'a footnote text would be lost or changed';
  if (after.comments.length !== model.comments.length) return 'a comment would open or close';
  if (after.emphases.length !== model.emphases.length) return 'an italic or underline mark would open or close';
  if (after.problems.length !== model.problems.length) return 'the draft would no longer parse the same';
  return undefined;
}

/** The edits that rename the footnote at an offset, or why it cannot be renamed. */
export function rename(model: DocumentModel, offset: number, newName: string): { edits: TextEdit[] } | { error: string } {
  const fn = footnoteAt(model, offset);
  if (!fn) return { error: 'Only footnote labels can be renamed: put the cursor on [^label].' };
  const name = newName.trim().replace(/^\[\^?|\]:?$/g, '');
  // The name is not echoed: it may hold line breaks or control characters.
  if (!isLabel(name)) return { error: `That is not a footnote label: use letters and digits, with -, . or _ only between them, at most ${NEW_LABEL_MAX} characters, e.g. csto-report.` };
  if (name === fn.label) return { edits: [] };
  const refs = model.footnoteReferences.filter((r) => r.label === fn.label);
  const defs = definitionsOf(model, fn.label);
  if ([...refs, ...defs].some((x) => x.syntax === 'word') && !/^\d{1,6}$/.test(name)) {
    return { error: `Word-export footnotes ([footnoteRef:N], [N: …]) are numbered: rename [${fn.label}] to a number.` };
  }
  if (model.footnoteReferences.some((r) => r.label === name) || model.footnoteDefinitions.some((d) => d.label === name)) {
    return { error: `Footnote [^${name}] already exists: renaming [^${fn.label}] to it would merge two footnotes.` };
  }
  const edits = [...refs, ...defs].map((x) => ({ span: x.labelSpan, newText: name }));
  const broken = renameBreaks(model, edits, fn.label, name);
  if (broken) return { error: `This label would break the draft (${broken}): use a short label of letters and digits, e.g. csto-report.` };
  return { edits };
}
