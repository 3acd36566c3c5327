import type { Rule } from './types';

/** Structural problems the parser recovered from: unclosed comments, italics and footnotes, binary content. */
export const syntax: Rule = {
  meta: {
    id: 'syntax',
    description: 'Comments, italics and Word-export footnotes are closed, and the file is text.',
    category: 'syntax',
    defaultSeverity: 'error',
    fixable: false,
    conventions: ['FORMAT'],
    messages: { problem: '{{message}}' },
  },
  check({ model, report }) {
    for (const p of model.problems) {
      if (p.code === 'missing-organ-line' || p.code === 'duplicate-organ-line') continue;
      report({ span: p.span, messageId: 'problem', data: { message: p.message } });
    }
  },
};
