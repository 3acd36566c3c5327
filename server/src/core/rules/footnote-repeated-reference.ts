import { referencesByLabel } from '../model/derived';
import type { Rule } from './types';

/** FN-04 (current style): a footnote number is not repeated; a source cited again gets a new footnote. */
export const footnoteRepeatedReference: Rule = {
  meta: {
    id: 'footnote-repeated-reference',
    description: 'Under the current footnote style (from the seventy-fifth session) a footnote is referenced once: a source cited again gets a new footnote with the same text.',
    category: 'footnotes',
    defaultSeverity: 'warning',
    fixable: false,
    conventions: ['FN-04'],
    messages: {
      repeated: 'Footnote `{{label}}` is already referenced above: under the current footnote style numbers are not repeated; cite the source once, or give this mention a new footnote with the same text (the legacy style of sessions up to the seventy-fourth repeated the number).',
    },
  },
  check({ model, settings, report }) {
    if (settings.footnoteStyle !== 'current') return;
    for (const [label, refs] of referencesByLabel(model)) {
      for (const r of refs.slice(1)) report({ span: r.span, messageId: 'repeated', data: { label } });
    }
  },
};
