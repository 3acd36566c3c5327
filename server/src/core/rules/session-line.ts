import { capitalizedOrdinal, parseOrdinalWord } from '../data/ordinals';
import { normalizeSpace } from '../model/text';
import type { Rule } from './types';

/** Reads the ordinal of a session line written in words or figures (`Seventy third`, `73rd`). */
function readOrdinal(raw: string): number | undefined {
  const figures = /^(\d{1,3})\s*(?:st|nd|rd|th|d)?$/i.exec(raw);
  if (figures) return Number(figures[1]);
  return parseOrdinalWord(raw.replace(/[\s–—-]+/g, '-')) ?? parseOrdinalWord(raw);
}

/** SKEL-02: `Seventy-third session` — an ordinal in words with a capital initial, then `session`. */
export const sessionLine: Rule = {
  meta: {
    id: 'session-line',
    description: 'The session line is an ordinal in words with a capital first letter followed by `session` (`Seventy-third session`).',
    category: 'header',
    defaultSeverity: 'error',
    fixable: true,
    conventions: ['SKEL-02'],
    messages: {
      format: 'Write the session line as `{{expected}}`: the ordinal in words, hyphenated, with only its first letter capitalized.',
      unknown: 'The session line should be an ordinal in words followed by `session`, e.g. `Seventy-third session`.',
    },
  },
  check({ model, report }) {
    for (const line of model.header.lines) {
      if (line.kind !== 'session') continue;
      const text = normalizeSpace(line.text);
      // `text` is single-spaced: one space stands for any run of white space.
      const m = /^(.+?) ((?:emergency )?(?:special )?session)$/i.exec(text);
      if (!m) continue;
      const kind = m[2].toLowerCase().replace(/\s+/g, ' ');
      // ECOSOC sessions are named by year: `2019 session`.
      if (/^\d{4}$/.test(m[1])) {
        const expected = `${m[1]} ${kind}`;
        if (text !== expected) report({ span: line.span, messageId: 'format', data: { expected }, fix: { title: `Write "${expected}"`, edits: [{ span: line.span, newText: expected }] } });
        continue;
      }
      const n = readOrdinal(m[1]);
      if (n === undefined || n < 1 || n > 999) {
        report({ span: line.span, messageId: 'unknown' });
        continue;
      }
      const expected = `${capitalizedOrdinal(n)} ${kind}`;
      if (text !== expected) {
        report({ span: line.span, messageId: 'format', data: { expected }, fix: { title: `Write "${expected}"`, edits: [{ span: line.span, newText: expected }] } });
      }
    }
  },
};
