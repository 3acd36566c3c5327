import { footnoteBody } from './documentFacts';
import type { Rule } from './types';

/** FN-03: a footnote begins with a capital letter (`Resolution 60/288.`, `See resolution S-30/1, annex.`). */
export const footnoteCapital: Rule = {
  meta: {
    id: 'footnote-capital',
    description: 'A footnote begins with a capital letter (`Resolution 60/288.`, `See resolution S-30/1, annex.`), or a figure or symbol.',
    category: 'footnotes',
    defaultSeverity: 'warning',
    fixable: true,
    scope: 'block',
    conventions: ['FN-03'],
    messages: {
      lower: 'A footnote begins with a capital letter: write `{{expected}}`.',
    },
  },
  check({ model, report }) {
    for (const d of model.footnoteDefinitions) {
      const body = footnoteBody(model, d);
      let i = 0;
      while (i < body.length && (body[i] === '_' || body[i] === '*' || body[i] === '“' || body[i] === '"')) i++;
      const c = body[i];
      if (!c || c === c.toUpperCase() || c.toLowerCase() !== c) continue;
      // `Ibid.` is the business of footnote-ibid; web addresses keep their case.
      if (/^(?:ibid\b|https?:|www\.)/i.test(body.slice(i))) continue;
      const word = /^[\p{L}\p{M}'’-]+/u.exec(body.slice(i))?.[0] ?? c;
      if (/\p{Lu}/u.test(word.slice(1))) continue; // `eGovernment`, `iPhone`: a name with its own case
      const at = d.textSpan.start + i;
      const expected = c.toUpperCase() + word.slice(1);
      // A Word-export footnote text (`[1: …]`) is Word's own: quick fixes never change it (it goes back to Word as it came).
      const fix = d.syntax === 'word' ? undefined : { title: `Write "${expected}"`, edits: [{ span: { start: at, end: at + word.length }, newText: expected }] };
      report({ span: { start: at, end: at + word.length }, messageId: 'lower', data: { expected }, fix });
    }
  },
};
