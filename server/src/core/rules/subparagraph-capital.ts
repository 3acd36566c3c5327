import type { Subparagraph } from '../model/types';
import { resolutionParagraphs } from './documentFacts';
import type { Rule, RuleContext } from './types';

/**
 * OP-05, EM-CAP: the first word of a sub-paragraph is capitalized (`(a) The State of Palestine may …`).
 * MUN-03: THIMUN-style lower-case sub-clauses are accepted under `mun.subparagraphCase: "either"`
 * (the `mun` profile's default).
 */
export const subparagraphCapital: Rule = {
  meta: {
    id: 'subparagraph-capital',
    description: 'A sub-paragraph begins with a capital letter (`(a) To adopt …`, `(b) The State of Palestine …`).',
    category: 'operative',
    defaultSeverity: 'warning',
    fixable: true,
    scope: 'block',
    conventions: ['OP-05'],
    messages: {
      lower: 'A sub-paragraph begins with a capital letter: write `{{expected}}`.',
    },
  },
  check(context) {
    if (context.settings.mun.subparagraphCase === 'either') return;
    for (const p of resolutionParagraphs(context.model)) visit(context, p.subparagraphs);
  },
};

function visit(context: RuleContext, subs: readonly Subparagraph[]): void {
  const s = context.model.masked;
  for (const sub of subs) {
    // `(plem)` at a line start is a parenthesis, not a label: the parser gives it no place in a series.
    if (sub.ordinal === 0) continue;
    let i = sub.body.start;
    while (i < sub.body.end && (s[i] === '_' || s[i] === '*' || s[i] === '“' || s[i] === '"')) i++;
    const word = /^[\p{L}\p{M}'’-]+/u.exec(s.slice(i, Math.min(sub.body.end, i + 60)))?.[0];
    const c = word?.[0];
    // A lower-case word with a capital inside (`eGovernment`) or a web address keeps its case.
    if (word && c && c !== c.toUpperCase() && c.toLowerCase() === c && !/\p{Lu}/u.test(word.slice(1)) && !/^(?:https?|www)$/.test(word)) {
      const expected = c.toUpperCase() + word.slice(1);
      context.report({ span: { start: i, end: i + word.length }, messageId: 'lower', data: { expected }, fix: { title: `Write "${expected}"`, edits: [{ span: { start: i, end: i + word.length }, newText: expected }] } });
    }
    visit(context, sub.children);
  }
}
