/** Inlay hints: `PP3` / `OP5` before each paragraph, as negotiators name them (off by default; a setting turns them on). */
import { positionAt } from '../model/text';
import type { DocumentModel, Position, Span } from '../model/types';
import { allParagraphs } from '../model/derived';

/** A label shown in the text. */
export interface InlayHintResult {
  readonly position: Position;
  readonly label: string;
  readonly tooltip: string;
}

/** The hints of the paragraphs that start in `range` (the whole document without one). */
export function inlayHints(model: DocumentModel, range?: Span): InlayHintResult[] {
  const out: InlayHintResult[] = [];
  for (const p of allParagraphs(model)) {
    if (range && (p.span.start < range.start || p.span.start > range.end)) continue;
    const total = p.part === 'preamble' ? model.preamble.length : model.operative.length;
    const what = p.part === 'preamble' ? 'preambular' : 'operative';
    out.push({ position: positionAt(model, p.span.start), label: p.label, tooltip: `${what} paragraph ${p.index + 1} of ${total}` });
  }
  return out;
}
