import { isNumericLabel, printedReferences } from '../model/derived';
import type { Rule } from './types';

/** FN-01: numeric footnote labels follow the order of first reference. */
export const footnoteOrder: Rule = {
  meta: {
    id: 'footnote-order',
    description: 'Numeric footnote labels are numbered 1, 2, 3 … in the order of their first reference.',
    category: 'footnotes',
    defaultSeverity: 'error',
    fixable: false,
    conventions: ['FN-01'],
    messages: {
      order: 'Footnote [^{{label}}] is the {{ordinal}} footnote cited: number footnotes in the order of first reference, so this one should be [^{{expected}}].',
    },
  },
  check({ model, report }) {
    // FN-01: footnotes print in the order of first reference, named labels included, so the
    // numeric label first cited in position p must be p. A footnote's own references print right
    // after it (`printedReferences`, the order the formatter gives). After one break, the labels
    // that keep the same offset are not reported again: one mistake, one report.
    let offset = 0;
    let position = 0;
    for (const r of printedReferences(model)) {
      position++;
      if (!isNumericLabel(r.label)) continue;
      const delta = Number(r.label) - position;
      if (delta !== 0 && delta !== offset) {
        report({ span: r.span, messageId: 'order', data: { label: r.label, expected: position, ordinal: ordinal(position) } });
      }
      offset = delta;
    }
  },
};

function ordinal(n: number): string {
  const words = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
  if (n < words.length) return words[n];
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${s}`;
}
