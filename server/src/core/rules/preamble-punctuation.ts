import { terminalOf } from '../model/derived';
import { lastBlockOf } from './util';
import type { Rule } from './types';

const CLOSING_QUOTES = '”’"\'';

/** PRE-04: every preambular paragraph ends with a comma, the last one too. */
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
    },
  },
  check({ model, report }) {
    for (const p of model.preamble) {
      const t = terminalOf(model, lastBlockOf(p));
      if (!t || t.char === ',') continue;
      const at = { start: t.offset, end: t.offset + 1 };
      if (t.char === ';' || t.char === '.' || t.char === ':') {
        report({ span: at, messageId: 'wrong', data: { found: t.char }, fix: { title: 'Replace with a comma', edits: [{ span: at, newText: ',' }] } });
      } else if (CLOSING_QUOTES.includes(t.char) && model.masked[t.offset - 1] === ',') {
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
