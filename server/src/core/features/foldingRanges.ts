/** Folding ranges: the header, the preamble, the operative part, each paragraph with its sub-paragraphs, the footnotes, the annex, long comments. */
import { lineAt, trimEnd } from '../model/text';
import type { DocumentModel, Span, Subparagraph } from '../model/types';
import { annexBody, subparagraphFullSpan } from './references';

/** A foldable range of whole lines (zero-based, both ends included). */
export interface FoldingRangeResult {
  readonly startLine: number;
  readonly endLine: number;
  readonly kind?: 'comment' | 'region';
}

/** The folding ranges of a draft, ordered by start line. */
export function foldingRanges(model: DocumentModel): FoldingRangeResult[] {
  const out: FoldingRangeResult[] = [];
  const seen = new Set<string>();
  const add = (span: Span, kind?: FoldingRangeResult['kind']) => {
    const startLine = lineAt(model.lines, span.start);
    const endLine = lineAt(model.lines, Math.max(span.start, trimEnd(model.text, span.start, span.end)));
    const key = `${startLine}:${endLine}`;
    if (endLine <= startLine || seen.has(key)) return;
    seen.add(key);
    out.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };
  const header = model.header.lines;
  if (header.length > 0) add({ start: header[0].span.start, end: header[header.length - 1].span.end }, 'region');
  for (const list of [model.preamble, model.operative]) {
    if (list.length === 0) continue;
    add({ start: list[0].span.start, end: list[list.length - 1].fullSpan.end }, 'region');
    for (const p of list) {
      add(p.fullSpan);
      const visit = (items: readonly Subparagraph[]) => {
        for (const s of items) {
          add(subparagraphFullSpan(s));
          visit(s.children);
        }
      };
      visit(p.subparagraphs);
    }
  }
  const defs = model.footnoteDefinitions;
  if (defs.length > 0) {
    add({ start: defs[0].span.start, end: defs[defs.length - 1].span.end }, 'region');
    for (const d of defs) add(d.span);
  }
  const annex = annexBody(model);
  if (annex) add(annex, 'region');
  for (const c of model.comments) add(c.span, 'comment');
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
