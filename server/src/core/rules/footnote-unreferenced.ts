import type { Rule } from './types';

/** FN-05: every footnote definition is referenced. */
export const footnoteUnreferenced: Rule = {
  meta: {
    id: 'footnote-unreferenced',
    description: 'Every footnote definition is referenced from the text.',
    category: 'footnotes',
    defaultSeverity: 'error',
    fixable: false,
    conventions: ['FN-05'],
    messages: {
      unreferenced: 'Footnote [^{{label}}] is defined but never referenced: cite it with `[^{{label}}]` after the words it documents, or delete the definition.',
    },
  },
  check({ model, report }) {
    const referenced = new Set(model.footnoteReferences.map((r) => r.label));
    for (const d of model.footnoteDefinitions) {
      if (!referenced.has(d.label)) report({ span: d.labelSpan, messageId: 'unreferenced', data: { label: d.label } });
    }
  },
};
