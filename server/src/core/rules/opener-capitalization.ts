import { openerInfo, terminalOf } from '../model/derived';
import { lowerBoundBy } from '../model/text';
import type { DocumentModel, Paragraph } from '../model/types';
import { resolutionParagraphs } from './documentFacts';
import type { PhraseMatch, Word } from '../data/lexicon';
import type { TextEdit } from './types';
import type { Rule } from './types';

/** PRE-05 (and OP-01's `1. takes note` ✘): only the first word of an opening phrase is capitalized. */
export const openerCapitalization: Rule = {
  meta: {
    id: 'opener-capitalization',
    description: 'Only the first word of an opening phrase is capitalized (`Taking note of`, `Also decides`), never the whole phrase or none of it.',
    category: 'preamble',
    defaultSeverity: 'error',
    fixable: true,
    scope: 'block',
    conventions: ['PRE-05', 'OP-01'],
    messages: {
      opener: 'Write the opening phrase as `{{expected}}`: a capital on the first word only.',
    },
  },
  check({ model, report, whole }) {
    const paragraphs = resolutionParagraphs(model);
    paragraphs.forEach((p, k) => {
      const info = openerInfo(model, p);
      const own = p.part === 'preamble' ? info.preambular : info.operative;
      const other = p.part === 'preamble' ? info.operative : info.preambular;
      // The form rules handle an opener of the wrong part; check the case of the phrase that was matched.
      const match: PhraseMatch | undefined = own && (!other || own.wordCount >= other.wordCount) ? own : other;
      if (!match) return;
      const words = info.words.slice(0, match.wordCount);
      const edits: TextEdit[] = [];
      const expectedWords: string[] = [];
      words.forEach((w: Word, i: number) => {
        // Proper nouns inside a listed phrase keep their capital (`Acting under Chapter VII`).
        const lower = w.text.toLowerCase();
        const expected = i === 0 ? lower[0].toUpperCase() + lower.slice(1) : listedCase(match, w.text) ?? lower;
        expectedWords.push(expected);
        if (expected !== w.text) edits.push({ span: { start: w.start, end: w.end }, newText: expected });
      });
      if (edits.length === 0) return;
      // A lower-case opener after a paragraph left without its terminal mark continues that
      // paragraph (a stray blank line, or a page break in converted text): not an opener.
      if (/\p{Ll}/u.test(words[0].text[0]) && continuesPrevious(whole?.model ?? model, whole ? whole.offset(p.fullSpan.start) : p.fullSpan.start, whole ? undefined : k)) return;
      const expected = expectedWords.join(' ');
      report({ span: { start: words[0].start, end: words[words.length - 1].end }, messageId: 'opener', data: { expected }, fix: { title: `Write "${expected}"`, edits } });
    });
  },
  facts(model) {
    // The paragraphs left without their terminal mark: a lower-case opener after one of them is
    // not reported, so adding or removing such a mark changes what another paragraph reports. With
    // the number of paragraphs: a paragraph pasted or deleted between two others changes which one
    // comes before a paragraph the edit did not touch, and the indices alone may stay the same.
    const paragraphs = resolutionParagraphs(model);
    const open: number[] = [];
    for (let k = 0; k < paragraphs.length; k++) if (!endsWithMark(model, paragraphs[k])) open.push(k);
    return `${paragraphs.length}: ${open.join(' ')}`;
  },
};

/**
 * Whether the paragraph that starts at `start` of `model` (the `k`th, when known) follows one left
 * without its terminal mark: a lower-case opener there continues that paragraph (a stray blank
 * line, or a page break in converted text), it does not open one.
 */
function continuesPrevious(model: DocumentModel, start: number, k?: number): boolean {
  const paragraphs = resolutionParagraphs(model);
  // Run over the paragraphs an edit touched: the paragraph is found in the whole draft.
  const i = k ?? lowerBoundBy(paragraphs, start, (p) => p.fullSpan.start);
  const before = paragraphs[i - 1];
  return before !== undefined && !endsWithMark(model, before);
}

/** Whether a paragraph (its last sub-paragraph included) ends with one of the marks that end a paragraph. */
function endsWithMark(model: DocumentModel, p: Paragraph): boolean {
  const c = terminal(model, p);
  return c === ',' || c === ';' || c === ':' || c === '.';
}

/** The case a word has in the lexicon phrase, when the phrase capitalizes it (a proper noun). */
function listedCase(match: PhraseMatch, word: string): string | undefined {
  const listed = match.entry.phrase.split(' ').find((w) => w.toLowerCase() === word.toLowerCase());
  return listed && listed !== listed.toLowerCase() && listed !== match.entry.phrase.split(' ')[0] ? listed : undefined;
}

/** The last character of a paragraph (its last sub-paragraph included), footnote references skipped. */
function terminal(model: DocumentModel, p: Paragraph): string {
  const last = p.subparagraphs.length > 0 ? lastSub(p.subparagraphs) : p.span;
  return terminalOf(model, last)?.char ?? '';
}

function lastSub(subs: Paragraph['subparagraphs']): { start: number; end: number } {
  const s = subs[subs.length - 1];
  return s.children.length > 0 ? lastSub(s.children) : s.span;
}
