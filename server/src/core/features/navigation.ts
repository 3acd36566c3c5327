/**
 * Navigation: go to definition (a footnote reference → its definition; `paragraph 5 above` →
 * OP5), find references (of a footnote, of an operative paragraph or sub-paragraph), rename a
 * footnote label, and highlight the occurrences of the footnote or paragraph under the cursor.
 */
import { paragraphAt } from '../model/derived';
import type { DocumentModel, Paragraph, Span, Subparagraph } from '../model/types';
import type { TextEdit } from '../rules/types';
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

/** The edits that rename the footnote at an offset, or why it cannot be renamed. */
export function rename(model: DocumentModel, offset: number, newName: string): { edits: TextEdit[] } | { error: string } {
  const fn = footnoteAt(model, offset);
  if (!fn) return { error: 'Only footnote labels can be renamed: put the cursor on [^label].' };
  const name = newName.trim().replace(/^\[\^?|\]:?$/g, '');
  if (!/^[^\]\s[]{1,100}$/.test(name)) return { error: `"${newName}" is not a footnote label: use digits or a name without spaces or brackets, e.g. csto-report.` };
  if (name === fn.label) return { edits: [] };
  const refs = model.footnoteReferences.filter((r) => r.label === fn.label);
  const defs = definitionsOf(model, fn.label);
  if ([...refs, ...defs].some((x) => x.syntax === 'word') && !/^\d{1,6}$/.test(name)) {
    return { error: `Word-export footnotes ([footnoteRef:N], [N: …]) are numbered: rename [${fn.label}] to a number.` };
  }
  if (model.footnoteReferences.some((r) => r.label === name) || model.footnoteDefinitions.some((d) => d.label === name)) {
    return { error: `Footnote [^${name}] already exists: renaming [^${fn.label}] to it would merge two footnotes.` };
  }
  return { edits: [...refs, ...defs].map((x) => ({ span: x.labelSpan, newText: name })) };
}
