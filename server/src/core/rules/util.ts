/** Helpers shared by several rules. */
import { memo, openerInfo } from '../model/derived';
import type { DocumentModel, Paragraph, Span } from '../model/types';
import type { PhraseMatch } from '../data/lexicon';
import type { TextEdit } from './types';

/**
 * Numbered paragraphs at the start of the operative part that open with a preambular phrase
 * (`1. _Recalling_ …`): numbered preambular paragraphs (PRE-01), not operative ones.
 */
export function numberedPreambular(model: DocumentModel): ReadonlySet<Paragraph> {
  return memo(model, 'numberedPreambular', () => {
    const set = new Set<Paragraph>();
    for (const p of model.operative) {
      if (!p.number) break;
      const info = openerInfo(model, p);
      if (!info.preambular || (info.operative && info.operative.wordCount >= info.preambular.wordCount)) break;
      set.add(p);
    }
    // When every numbered paragraph opens like a preamble there is no operative part to separate it from.
    return set.size === model.operative.length ? new Set<Paragraph>() : set;
  });
}

/** The operative paragraphs proper: numbered preambular paragraphs left out. */
export function operativeParagraphs(model: DocumentModel): readonly Paragraph[] {
  return memo(model, 'operativeParagraphs', () => {
    const skip = numberedPreambular(model);
    return model.operative.filter((p) => !skip.has(p));
  });
}

/** Whether an emphasis marker (`_`, `*`) occurs in `[start, end)`. */
export function hasMarkers(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '_' || c === '*') return true;
  }
  return false;
}

/** A replacement of the words of a phrase match, or undefined when markers sit inside it. */
export function replacePhrase(model: DocumentModel, match: PhraseMatch, newText: string): TextEdit | undefined {
  if (hasMarkers(model.text, match.start, match.end)) return undefined;
  return { span: { start: match.start, end: match.end }, newText };
}

/** The span of a paragraph's last block: its last sub-paragraph at any depth, or its own text. */
export function lastBlockOf(p: Paragraph): Span {
  let subs = p.subparagraphs;
  let last: Span = p.span;
  while (subs.length > 0) {
    const s = subs[subs.length - 1];
    last = s.span;
    subs = s.children;
  }
  return last;
}
