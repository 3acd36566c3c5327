import type { Rule } from './types';

/** FN-05: every footnote reference has a definition. */
export const footnoteUndefined: Rule = {
  meta: {
    id: 'footnote-undefined',
    description: 'Every footnote reference `[^label]` has a definition `[^label]: …`.',
    category: 'footnotes',
    defaultSeverity: 'error',
    fixable: false,
    conventions: ['FN-05'],
    messages: {
      undefined: 'Footnote [^{{label}}] has no definition: add a line `[^{{label}}]: …` with the footnote text (by convention at the end of the draft).',
    },
  },
  check({ model, report }) {
    const defined = new Set(model.footnoteDefinitions.map((d) => d.label));
    for (const r of model.footnoteReferences) {
      if (!defined.has(r.label)) report({ span: r.span, messageId: 'undefined', data: { label: r.label } });
    }
  },
};
