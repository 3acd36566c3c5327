import { skipSpace } from '../model/text';
import { numberedPreambular } from './util';
import type { Rule } from './types';

/** PRE-01: preambular paragraphs are not numbered. */
export const preambleNumbered: Rule = {
  meta: {
    id: 'preamble-numbered',
    description: 'Preambular paragraphs are not numbered; numbering starts with the first operative paragraph.',
    category: 'preamble',
    defaultSeverity: 'error',
    fixable: true,
    conventions: ['PRE-01'],
    messages: {
      numbered: 'Preambular paragraphs are not numbered: remove "{{number}}." (numbering starts with the first operative paragraph).',
    },
  },
  check({ model, report }) {
    for (const p of numberedPreambular(model)) {
      const n = p.number!;
      const end = skipSpace(model.text, n.span.end, p.span.end);
      report({ span: n.span, messageId: 'numbered', data: { number: n.text }, fix: { title: `Remove "${n.text}."`, edits: [{ span: { start: n.span.start, end }, newText: '' }] } });
    }
  },
};
