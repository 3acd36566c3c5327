import { subparagraphCapital } from '../../../server/src/core/rules/subparagraph-capital';
import { draft, ruleTester } from '../ruleTester';

const lead = '_Recalling_ its resolution 59/50,\n\n1. _Decides_ that:\n\n';
const subs = (a: string, b: string) => draft(`${lead}(a) ${a} State of Palestine may submit a statement;\n\n(b) ${b} State of Palestine may participate.\n`);

ruleTester(subparagraphCapital, {
  valid: [
    { name: 'THIMUN-style lower-case sub-clauses under mun (subparagraphCase "either" by default, MUN-03)', text: subs('the', 'the'), settings: { profile: 'mun' } },
    { name: 'lower-case sub-clauses accepted by the option in any profile', text: subs('the', 'the'), settings: { mun: { subparagraphCase: 'either' } } },
    { name: 'capitalized items (OP-05 ✔)', text: subs('The', 'The') },
    { name: 'an item that starts with a figure or a quotation', text: draft(`${lead}(a) 2025 is the year of review;\n\n(b) “Peace” is the theme.\n`) },
    { name: 'a word with its own inner capital (`eGovernment`)', text: draft(`${lead}(a) eGovernment services are expanded;\n\n(b) The State may participate.\n`) },
  ],
  invalid: [
    {
      name: 'a lower-case item (OP-05 ✘ `(a) the State …`)',
      text: subs('the', 'The'),
      errors: [{ line: 12, column: 5, messageId: 'lower', message: '`The`' }],
      output: subs('The', 'The'),
    },
    {
      name: 'an italic lower-case verb at the start of a roman item',
      text: draft(`${lead}(a) The State may submit:\n\n(i) _to_ deliver a statement;\n\n(ii) To participate.\n`),
      errors: [{ line: 14, column: 6, messageId: 'lower', message: '`To`' }],
      output: draft(`${lead}(a) The State may submit:\n\n(i) _To_ deliver a statement;\n\n(ii) To participate.\n`),
    },
    {
      name: 'a Model UN conference that capitalizes, as AMUN does (`mun.subparagraphCase: "capital"`)',
      text: subs('the', 'The'),
      settings: { profile: 'mun', mun: { subparagraphCase: 'capital' } },
      errors: [{ line: 12, column: 5, messageId: 'lower' }],
      output: subs('The', 'The'),
    },
  ],
});
