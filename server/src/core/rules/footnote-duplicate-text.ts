import { footnoteBody } from './documentFacts';
import type { Rule } from './types';

/** FN-04 (legacy style): a source cited again repeats the footnote number instead of a copy of the footnote. */
export const footnoteDuplicateText: Rule = {
  meta: {
    id: 'footnote-duplicate-text',
    description: 'Under the legacy footnote style (up to the seventy-fourth session) a source cited again repeats its footnote reference, not a second footnote with the same text.',
    category: 'footnotes',
    defaultSeverity: 'hint',
    fixable: false,
    conventions: ['FN-04'],
    messages: {
      duplicate: 'This footnote repeats the text of footnote `{{label}}`: under the legacy footnote style, cite the source again with `[^{{label}}]` and remove this footnote (or set `unres.footnoteStyle` to `current`).',
    },
  },
  check({ model, settings, report }) {
    if (settings.footnoteStyle !== 'legacy') return;
    const seen = new Map<string, string>();
    for (const d of model.footnoteDefinitions) {
      const key = footnoteBody(model, d).replace(/\s+/g, ' ').trim();
      if (!key) continue;
      const first = seen.get(key);
      if (first !== undefined && first !== d.label) report({ span: d.labelSpan, messageId: 'duplicate', data: { label: first } });
      else if (first === undefined) seen.set(key, d.label);
    }
  },
};
