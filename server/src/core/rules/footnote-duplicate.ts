import { positionAt } from '../model/text';
import type { Rule } from './types';

/** FN-01, FN-05: one definition per footnote label. */
export const footnoteDuplicate: Rule = {
  meta: {
    id: 'footnote-duplicate',
    description: 'No footnote label is defined twice.',
    category: 'footnotes',
    defaultSeverity: 'error',
    fixable: false,
    conventions: ['FN-01', 'FN-05'],
    messages: {
      duplicate: 'Footnote [^{{label}}] is already defined on line {{line}}: give this footnote its own label or remove one definition.',
    },
  },
  check({ model, report }) {
    const first = new Map<string, number>();
    for (const d of model.footnoteDefinitions) {
      const at = first.get(d.label);
      if (at === undefined) first.set(d.label, d.span.start);
      else report({ span: d.labelSpan, messageId: 'duplicate', data: { label: d.label, line: positionAt(model, at).line + 1 } });
    }
  },
};
