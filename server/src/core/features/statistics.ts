/** Document statistics for the status bar: paragraphs, printed footnotes and words. */
import type { ResolvedSettings } from '../config/settings';
import type { DocumentModel, Span } from '../model/types';

/** Counts of a draft. */
export interface DocumentStatistics {
  readonly preambular: number;
  readonly operative: number;
  /** Footnotes as printed: one per label cited (legacy style), one per citation (current style). */
  readonly footnotes: number;
  /** Words of the text (comments, footnote marks and labels left out). */
  readonly words: number;
}

/** Counts the paragraphs, footnotes and words of a draft. */
export function statistics(model: DocumentModel, settings: Pick<ResolvedSettings, 'footnoteStyle'>): DocumentStatistics {
  const refs = model.footnoteReferences;
  const footnotes = settings.footnoteStyle === 'legacy' ? new Set(refs.map((r) => r.label)).size : refs.length;
  // Footnote marks and definition labels are not words of the text.
  const skip: Span[] = [...refs.map((r) => r.span), ...model.footnoteDefinitions.map((d) => ({ start: d.span.start, end: d.textSpan.start }))].sort((a, b) => a.start - b.start);
  const text = model.masked;
  let words = 0;
  let at = 0;
  const count = (from: number, to: number) => {
    let counted = false;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0xfeff) {
        counted = false;
        continue;
      }
      // A token counts as a word when it holds a letter or a digit (not a lone dash or bracket).
      if (!counted && isWordy(c)) {
        words++;
        counted = true;
      }
    }
  };
  for (const s of skip) {
    if (s.start < at) continue;
    count(at, s.start);
    at = s.end;
  }
  count(at, text.length);
  return { preambular: model.preamble.length, operative: model.operative.length, footnotes, words };
}

function isWordy(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0x2013 && c !== 0x2014 && c !== 0x2019 && c !== 0x201c && c !== 0x201d);
}
