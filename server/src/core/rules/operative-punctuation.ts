import { checkTerminal } from './punctuation';
import { operativeParagraphs } from './util';
import type { Rule } from './types';

/** OP-04: `;` after every operative paragraph, `.` after the last, `:` after a lead-in. */
export const operativePunctuation: Rule = {
  meta: {
    id: 'operative-punctuation',
    description: 'Operative paragraphs end with a semicolon, the last with a full stop, and a paragraph that introduces sub-paragraphs with a colon.',
    category: 'operative',
    defaultSeverity: 'error',
    fixable: true,
    conventions: ['OP-04'],
    messages: {
      wrong: 'This operative paragraph should end with {{expected}}, not {{found}} ({{why}}).',
      missing: 'This operative paragraph should end with {{expected}} ({{why}}): add "{{mark}}".',
      insideQuote: 'Put {{expected}} outside the closing quotation mark: write `{{quote}}{{mark}}`.',
    },
  },
  check(context) {
    const { model } = context;
    const list = operativeParagraphs(model);
    const ids = { wrong: 'wrong', missing: 'missing', insideQuote: 'insideQuote' };
    list.forEach((p, i) => {
      const last = i === list.length - 1;
      const [expected, why] = p.subparagraphs.length > 0
        ? [':', 'it introduces sub-paragraphs']
        : last
          ? ['.', 'it is the last operative paragraph']
          : [';', 'only the last operative paragraph ends with a full stop'];
      const r = checkTerminal(model, p.span, expected, why, ids);
      if (r) context.report(r);
    });
  },
};
