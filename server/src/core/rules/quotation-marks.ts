import { blankLineBetween } from '../model/text';
import type { Rule } from './types';
import { skipped } from './kinds/text';

/**
 * LANG-06 (hint): quotations take curly double quotation marks `“ ”`. Straight marks are paired
 * within a paragraph and replaced; an odd one out is left alone (an inch sign, a typo).
 */
export const quotationMarks: Rule = {
  meta: {
    id: 'quotation-marks',
    description: 'Quotations take curly double quotation marks (`“…”`), not straight ones (`"…"`).',
    category: 'language',
    defaultSeverity: 'hint',
    fixable: true,
    scope: 'block',
    conventions: ['LANG-06', 'REF-05'],
    messages: {
      straight: 'Use curly quotation marks: write “{{inner}}”.',
    },
  },
  check({ model, report }) {
    const s = model.masked;
    let open = -1;
    // From straight mark to straight mark (most texts have none).
    for (let i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) {
      // A blank line ends the paragraph: an unpaired mark is left alone.
      if (open >= 0 && blankLineBetween(s, open, i)) open = -1;
      if (open < 0) {
        open = i;
        continue;
      }
      const span = { start: open, end: i + 1 };
      open = -1;
      if (skipped(model, span.start, span.end, { urls: true, symbols: true })) continue;
      const inner = s.slice(span.start + 1, span.end - 1).replace(/\s+/g, ' ');
      report({
        span,
        messageId: 'straight',
        data: { inner: inner.length > 40 ? `${inner.slice(0, 40)}…` : inner },
        fix: { title: 'Use curly quotation marks', edits: [{ span: { start: span.start, end: span.start + 1 }, newText: '“' }, { span: { start: span.end - 1, end: span.end }, newText: '”' }] },
      });
    }
  },
};
