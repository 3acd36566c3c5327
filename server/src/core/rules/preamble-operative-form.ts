import { toPreambular } from '../data/lexicon';
import { openerInfo } from '../model/derived';
import { replacePhrase } from './util';
import type { Rule } from './types';

/** PRE-02: an operative verb opening a preambular paragraph, with its preambular form (CONVENTIONS.md 3.3). */
export const preambleOperativeForm: Rule = {
  meta: {
    id: 'preamble-operative-form',
    description: 'A preambular paragraph does not open with an operative verb (`Welcomes` → `Welcoming`).',
    category: 'preamble',
    defaultSeverity: 'error',
    fixable: true,
    scope: 'block',
    conventions: ['PRE-02', '3.3'],
    messages: {
      withForm: '"{{found}}" is an operative verb; a preambular paragraph opens with a participle: write "{{expected}}".',
      withoutForm: '"{{found}}" is an operative verb; a preambular paragraph opens with a participle or adjective (e.g. `_Recalling_`, `_Noting_`), or this paragraph belongs in the operative part.',
    },
  },
  check({ model, report }) {
    for (const p of model.preamble) {
      const info = openerInfo(model, p);
      const op = info.operative;
      if (!op || (info.preambular && info.preambular.wordCount >= op.wordCount)) continue;
      const expected = toPreambular(op);
      const span = { start: op.start, end: op.end };
      if (!expected) {
        report({ span, messageId: 'withoutForm', data: { found: op.text } });
        continue;
      }
      const edit = replacePhrase(model, op, expected);
      report({ span, messageId: 'withForm', data: { found: op.text, expected }, fix: edit ? { title: `Write "${expected}"`, edits: [edit] } : undefined });
    }
  },
};
