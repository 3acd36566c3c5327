import { documentFacts } from './documentFacts';
import type { Rule } from './types';

/** Function words that stay lower case inside a sentence-case title (and inside proper names). */
const SMALL_WORDS = new Set(['a', 'against', 'among', 'an', 'and', 'as', 'at', 'between', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'through', 'to', 'towards', 'under', 'with', 'within']);

function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/** SKEL-06: titles are in sentence case; only the first word and proper names are capitalized. */
export const titleCase: Rule = {
  meta: {
    id: 'title-case',
    description: 'The title is in sentence case: only its first word and proper names are capitalized (`Cooperation between the United Nations and …`).',
    category: 'header',
    defaultSeverity: 'warning',
    fixable: true,
    conventions: ['SKEL-06'],
    messages: {
      smallWords: 'The title is in sentence case: write {{words}} in lower case (and any common noun capitalized only for the title).',
      allCaps: 'The title is in sentence case, not in capitals: capitalize only its first word and proper names.',
    },
  },
  check({ model, report }) {
    const title = model.header.title;
    if (!title || documentFacts(model).family === 'sc') return;
    const text = model.masked.slice(title.number?.span.end ?? title.span.start, title.span.end);
    const offset = title.number?.span.end ?? title.span.start;
    const letters = text.replace(/[^A-Za-z]/g, '');
    if (letters.length >= 12 && letters === letters.toUpperCase()) {
      report({ span: { start: offset, end: title.span.end }, messageId: 'allCaps' });
      return;
    }
    const re = /[A-Za-z]+/g;
    const found: { start: number; end: number; word: string }[] = [];
    let first = true;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const before = text.slice(Math.max(0, m.index - 2), m.index);
      // The first word, and words that start a quoted title, a subtitle or a parenthesis, are capitalized.
      const opensPhrase = first || /(?:[:“"‘(–—]\s*|\.\s)$/.test(before) || /[“"‘(]$/.test(before);
      first = false;
      if (opensPhrase) continue;
      const w = m[0];
      // A small word joined by a hyphen is part of a compound title or name (`Under-Secretary-General`).
      if (isHyphen(text.charCodeAt(m.index + w.length)) || isHyphen(text.charCodeAt(m.index - 1))) continue;
      if (SMALL_WORDS.has(w.toLowerCase()) && w[0] !== w[0].toLowerCase() && w.slice(1) === w.slice(1).toLowerCase()) found.push({ start: offset + m.index, end: offset + m.index + w.length, word: w });
    }
    if (found.length === 0) return;
    report({
      span: { start: found[0].start, end: found[found.length - 1].end },
      messageId: 'smallWords',
      data: { words: [...new Set(found.map((f) => `\`${f.word.toLowerCase()}\``))].join(', ') },
      fix: { title: 'Lower-case the small words', edits: found.map((f) => ({ span: { start: f.start, end: f.end }, newText: f.word.toLowerCase() })) },
    });
  },
};
