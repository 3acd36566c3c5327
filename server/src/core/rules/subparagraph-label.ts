import { writeLabel } from '../model/derived';
import type { Subparagraph } from '../model/types';
import { LABEL_DEGREES, toLetter, toRoman } from '../parser/parse';
import { resolutionParagraphs } from './documentFacts';
import type { Rule, RuleContext, TextEdit } from './types';

/** The UN's labels by degree (OP-05), with the degree's name for messages. */
const DEGREES = LABEL_DEGREES.map((d, i) => ({ ...d, name: ['first', 'second', 'third', 'fourth'][i] }));

/**
 * OP-05: sub-paragraphs are labelled `(a)` at the first degree, `(i)` at the second, `a.` at the
 * third and `i.` at the fourth; each degree sits under the one before. `a)` and `i)` are French and
 * Spanish usage, and Model UN's (MUN-03): the rule is off under the `mun` profile. A series of
 * `(i)` at the top (no `(a)` above it) is left alone, as Security Council texts print it.
 */
export const subparagraphLabel: Rule = {
  meta: {
    id: 'subparagraph-label',
    description: 'Sub-paragraphs are labelled (a) at the first degree, (i) at the second, a. at the third and i. at the fourth.',
    category: 'operative',
    defaultSeverity: 'error',
    fixable: true,
    scope: 'block',
    conventions: ['OP-05', 'MUN-03'],
    messages: {
      style: 'A sub-paragraph of the {{degree}} degree is labelled `{{expected}}`, not `{{found}}`.',
    },
  },
  check(context) {
    for (const p of resolutionParagraphs(context.model)) visit(context, p.subparagraphs, undefined);
  },
};

/**
 * Checks a series of items; `degree` is the degree (0-based) the parent is expected at, so that a
 * wrong parent and its wrong children are reported (and fixed) in one pass.
 */
function visit(context: RuleContext, items: readonly Subparagraph[], parentDegree: number | undefined): void {
  const done = new Set<Subparagraph>();
  for (const sub of items) {
    // One degree below the parent; at the top, the first or (a series of `(i)`) the second.
    const degree = parentDegree === undefined ? (sub.kind === 'letter' ? 0 : 1) : parentDegree + 1;
    const expected = DEGREES[degree];
    // Below a fourth degree there is no UN label to ask for; `(plem)` is no label (subparagraph-sequence).
    if (expected && sub.ordinal > 0 && !done.has(sub) && (sub.style !== expected.style || sub.kind !== expected.kind)) {
      // The fix relabels the whole series written like this one, so that it stays one series.
      const series = items.filter((s) => s.style === sub.style && s.kind === sub.kind && s.ordinal > 0);
      const label = (s: Subparagraph) => writeLabel(expected.style, expected.kind === 'letter' ? toLetter(s.ordinal) : toRoman(s.ordinal));
      const edits: TextEdit[] = series.map((s) => ({ span: s.labelSpan, newText: label(s) }));
      for (const s of series) {
        done.add(s);
        context.report({
          span: s.labelSpan,
          messageId: 'style',
          data: { degree: expected.name, expected: label(s), found: writeLabel(s.style, s.label) },
          fix: { title: series.length > 1 ? `Relabel the series ${label(series[0])} …` : `Write ${label(s)}`, edits },
        });
      }
    }
    visit(context, sub.children, Math.min(degree, DEGREES.length));
  }
}
