import { isJoke, isMunOnly, looksLikeOpener } from '../data/lexicon';
import { openerInfo } from '../model/derived';
import { unknownOpener } from './util';
import { PARAGRAPH_LABEL } from './mun-vocabulary';
import type { Rule } from './types';
import { historicSc } from './operative-punctuation';

/** PRE-02: a preambular paragraph opens with a participle, participial phrase or adjective. */
export const preambleOpener: Rule = {
  meta: {
    id: 'preamble-opener',
    description: 'A preambular paragraph opens with a preambular phrase (`Recalling`, `Deeply concerned`, `Having considered` …).',
    category: 'preamble',
    defaultSeverity: 'warning',
    fixable: false,
    scope: 'block',
    conventions: ['PRE-02'],
    messages: {
      unknown: 'A preambular paragraph opens with a participle or adjective such as `_Recalling_`, `_Noting_` or `_Deeply concerned_`, not "{{found}}".',
      joke: '"{{found}}" is a Model UN joke phrase, not a drafting formula: use `_Noting with satisfaction_` or `_Welcoming_`.',
      munOnly: '"{{found}}" is a Model UN phrase that UN texts do not use: open with a participle or adjective such as `_Noting_`, `_Recognizing_`, `_Deeply concerned_` or `_Welcoming_`.',
    },
  },
  check(context) {
    const { model, report } = context;
    // The Council's texts before 1975 opened paragraphs as they were written then (`In view of`,
    // `Whereas`, `And further noting`).
    if (historicSc(context)) return;
    for (const p of model.preamble) {
      // `PP1 Recalling …`, `OP1 _Decides_ …`: mun-vocabulary removes the Model UN label (in UN profiles).
      if (context.settings.profile !== 'mun' && PARAGRAPH_LABEL.test(model.text.slice(p.span.start, p.span.start + 8))) continue;
      const info = openerInfo(model, p);
      if (info.preambular) {
        if (isJoke(info.preambular.entry)) report({ span: { start: info.preambular.start, end: info.preambular.end }, messageId: 'joke', data: { found: info.preambular.text } });
        else if (isMunOnly(info.preambular.entry) && context.settings.profile !== 'mun') report({ span: { start: info.preambular.start, end: info.preambular.end }, messageId: 'munOnly', data: { found: info.preambular.text } });
        continue;
      }
      // An operative verb here is the business of preamble-operative-form.
      if (info.operative) continue;
      // A participle or adjective no list has (`Honouring`), also after adverbs (`Gravely disturbed`).
      if (looksLikeOpener(info.words, 'preamble')) continue;
      const { span, found } = unknownOpener(model, p, info.words);
      report({ span, messageId: 'unknown', data: { found } });
    }
  },
};
