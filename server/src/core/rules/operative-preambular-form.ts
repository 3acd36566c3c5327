import { readWords, toOperative, type Word } from '../data/lexicon';
import { verbAfterComma } from '../parser/parse';
import { openerInfo } from '../model/derived';
import { operativeParagraphs, replacePhrase } from './util';
import type { Rule } from './types';

/**
 * Drops the last words of an operative form that the text already has right after the phrase, so
 * that `_Taking note_ of` becomes `_Takes note_ of` and `_Looking forward_ to` `_Looks forward_ to`
 * (the counterparts in the data carry their preposition: `Takes note of`, `Looks forward to`).
 */
function withoutRepeat(expected: string, following: readonly Word[]): string {
  const words = expected.split(' ');
  for (let k = Math.min(words.length - 1, following.length); k > 0; k--) {
    if (words.slice(-k).every((w, i) => w.toLowerCase() === following[i].text.toLowerCase())) return words.slice(0, -k).join(' ');
  }
  return expected;
}

/** OP-02: a preambular participle opening an operative paragraph, with its operative form (CONVENTIONS.md 3.3). */
export const operativePreambularForm: Rule = {
  meta: {
    id: 'operative-preambular-form',
    description: 'An operative paragraph does not open with a preambular participle (`Welcoming` → `Welcomes`).',
    category: 'operative',
    defaultSeverity: 'error',
    fixable: true,
    scope: 'block',
    conventions: ['OP-02', '3.3'],
    messages: {
      withForm: '"{{found}}" is a preambular form; an operative paragraph opens with a verb in the third person singular: write "{{expected}}".',
      withoutForm: '"{{found}}" is a preambular form with no operative counterpart: rephrase with an operative verb (e.g. `_Stresses that_`, `_Recognizes that_`), or move the paragraph to the preamble.',
    },
  },
  check({ model, report }) {
    for (const p of operativeParagraphs(model)) {
      const info = openerInfo(model, p);
      const pre = info.preambular;
      if (!pre || (info.operative && info.operative.wordCount >= pre.wordCount)) continue;
      // `_Acting_ under Chapters VII and VIII of the Charter, _calls upon_ States …` (S/RES/787
      // (1992)): the main verb follows the participle, as Security Council texts write it.
      if (/^acting$/i.test(pre.text) && verbAfterComma(model.masked, pre.end, p.span.end)) continue;
      const form = toOperative(pre);
      const expected = form && withoutRepeat(form, readWords(model.masked, pre.end, p.span.end, 4));
      const span = { start: pre.start, end: pre.end };
      if (!expected) {
        report({ span, messageId: 'withoutForm', data: { found: pre.text } });
        continue;
      }
      const edit = replacePhrase(model, pre, expected);
      report({ span, messageId: 'withForm', data: { found: pre.text, expected }, fix: edit ? { title: `Write "${expected}"`, edits: [edit] } : undefined });
    }
  },
};
