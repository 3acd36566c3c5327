import { findEntry, isMunOnly, looksLikeOpener } from '../data/lexicon';
import { openerInfo } from '../model/derived';
import { verbAfterComma } from '../parser/parse';
import { operativeParagraphs, unknownOpener, wrongStart } from './util';
import { historicSc } from './operative-punctuation';
import type { Rule } from './types';

/** The listed operative verb of which `word` is another form (`Request`, `Requested` → `Requests`). */
function thirdPerson(word: string): string | undefined {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return undefined;
  const stem = word.replace(/(?:ed|d|ing)$/, '');
  // `Request` → `Requests`, `Address` → `Addresses`, `Requested` → `Requests`, `Applied` → `Applies`.
  for (const candidate of [`${word}s`, `${word}es`, `${stem}s`, `${stem}es`]) {
    if (candidate !== word && findEntry(candidate, 'operative')) return candidate;
  }
  return undefined;
}

/**
 * OP-02: an operative paragraph opens with a verb in the third person singular, or has one after an
 * introductory phrase and a comma.
 */
export const operativeOpener: Rule = {
  meta: {
    id: 'operative-opener',
    description: 'An operative paragraph opens with an operative phrase in the third person singular (`Decides`, `Calls upon`, `Also requests` …).',
    category: 'operative',
    defaultSeverity: 'warning',
    fixable: false,
    scope: 'block',
    conventions: ['OP-02'],
    messages: {
      unknown: 'An operative paragraph opens with a verb in the third person singular such as `_Decides_`, `_Requests_` or `_Calls upon_`, not "{{found}}".',
      form: 'An operative paragraph opens with a verb in the third person singular: write `{{expected}}`, not "{{found}}".',
      munOnly: '"{{found}}" is a Model UN phrase that UN texts do not use: open with a verb such as `_Decides_`, `_Requests_`, `_Recommends_` or `_Encourages_`.',
    },
  },
  check(context) {
    const { model, report } = context;
    // The Council's texts before 1975 completed a lead-in (`Resolves:`, `Recommends …:`) with their
    // paragraphs and had the organ as subject (`1. The Security Council requests …`).
    if (historicSc(context)) return;
    for (const p of operativeParagraphs(model)) {
      // `2) _Requests_ …`, `(A) To strengthen …`: operative-numbering reports the number or label.
      if (!p.number && wrongStart(model, p)) continue;
      const info = openerInfo(model, p);
      if (info.operative) {
        if (isMunOnly(info.operative.entry) && context.settings.profile !== 'mun') report({ span: { start: info.operative.start, end: info.operative.end }, messageId: 'munOnly', data: { found: info.operative.text } });
        continue;
      }
      if (info.preambular) continue; // operative-preambular-form reports it
      // A verb no list has (`Deprecates`), also after adverbs (`Strongly deprecates`).
      if (looksLikeOpener(info.words, 'operative')) continue;
      // An introductory phrase before the verb (`Pending the entry into force …, _urges_`, `In this
      // regard, _requests_`), as UN texts write some paragraphs.
      if (verbAfterComma(model.masked, p.body.start, p.span.end)) continue;
      // `Request`, `Requested`: a listed verb in another form (found by a review: the message named
      // no verb to write).
      const first = info.words[0];
      const expected = first && thirdPerson(first.text);
      if (first && expected) {
        report({ span: { start: first.start, end: first.end }, messageId: 'form', data: { expected, found: first.text } });
        continue;
      }
      const { span, found } = unknownOpener(model, p, info.words);
      report({ span, messageId: 'unknown', data: { found } });
    }
  },
};
