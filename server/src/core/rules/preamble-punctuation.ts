import { terminalOf } from '../model/derived';
import { historicSc } from './operative-punctuation';
import { isOperativeLeadIn } from './preamble-operative-form';
import { lastBlockOf } from './util';
import type { Rule } from './types';

const CLOSING_QUOTES = '”’"\'';

/**
 * PRE-04: every preambular paragraph ends with a comma, the last one too. Not checked: the
 * operative part's lead-in left in the preamble (`Resolves :` over `1. That …`), and, in a
 * historic Security Council text (`historicSc`), a paragraph ending with `;` or `.`.
 */
export const preamblePunctuation: Rule = {
  meta: {
    id: 'preamble-punctuation',
    description: 'Every preambular paragraph ends with a comma, including the last one.',
    category: 'preamble',
    defaultSeverity: 'error',
    fixable: true,
    conventions: ['PRE-04'],
    messages: {
      wrong: 'A preambular paragraph ends with a comma, not "{{found}}": replace it with ",".',
      missing: 'A preambular paragraph ends with a comma: add "," at the end.',
      insideQuote: 'The comma goes outside the closing quotation mark: write `{{quote}},`.',
      conjunction: 'A preambular paragraph ends with a comma, not with "{{word}}": remove "{{word}}" after the comma.',
    },
  },
  check(context) {
    const { model, report } = context;
    const historic = historicSc(context);
    for (const p of model.preamble) {
      const t = terminalOf(model, lastBlockOf(p));
      if (!t || t.char === ',') continue;
      if (historic && (t.char === ';' || t.char === '.')) continue;
      if (t.char === ':' && isOperativeLeadIn(model, p)) continue;
      const at = { start: t.offset, end: t.offset + 1 };
      // `…, and` (PRE-04 ✘): adding a comma would give `, and,`; the conjunction goes instead.
      const tail = /,([ \t\u00a0\r\n]+)(and|or)$/.exec(model.masked.slice(Math.max(0, t.offset - 12), t.offset + 1));
      if (tail) {
        const word = { start: t.offset + 1 - tail[2].length, end: t.offset + 1 };
        report({ span: word, messageId: 'conjunction', data: { word: tail[2] }, fix: { title: `Remove "${tail[2]}"`, edits: [{ span: { start: word.start - tail[1].length, end: word.end }, newText: '' }] } });
        continue;
      }
      if (t.char === ';' || t.char === '.' || t.char === ':') {
        report({ span: at, messageId: 'wrong', data: { found: t.char }, fix: { title: 'Replace with a comma', edits: [{ span: at, newText: ',' }] } });
      } else if (CLOSING_QUOTES.includes(t.char) && ',;.:'.includes(model.masked[t.offset - 1] ?? 'x')) {
        // `“Kanal,”` or `“Kanal.”`: whatever mark sits inside the quote, a comma goes outside it.
        report({
          span: { start: t.offset - 1, end: t.offset + 1 },
          messageId: 'insideQuote',
          data: { quote: t.char },
          fix: { title: 'Move the comma outside the quotation mark', edits: [{ span: { start: t.offset - 1, end: t.offset + 1 }, newText: `${t.char},` }] },
        });
      } else {
        report({ span: at, messageId: 'missing', fix: { title: 'Add a comma', edits: [{ span: { start: t.offset + 1, end: t.offset + 1 }, newText: ',' }] } });
      }
    }
  },
};
