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
    // FN-01: the first citation of each new number must be the highest number so far plus one.
    // Comparing with the highest number seen (not with a counter) reports one break, not every label after it.
    const seen = new Set<string>();
    let highest = 0;
    for (const r of model.footnoteReferences) {
      if (!/^\d+$/.test(r.label) || seen.has(r.label)) continue;
      seen.add(r.label);
      const value = Number(r.label);
      if (value !== highest + 1) {
        report({ span: r.span, messageId: 'order', data: { label: r.label, expected: seen.size, ordinal: ordinal(seen.size) } });
      }
      highest = Math.max(highest, value);
    }
  },
};

function ordinal(n: number): string {
  const words = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
  if (n < words.length) return words[n];
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${s}`;
}
