import { expression } from '../../../server/src/core/rules/expression';
import { draft, ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

const op = (text: string) => draft(`_Recalling_ its resolution 59/50,\n\n1. _Requests_ ${text}\n`);

ruleTester(expression, {
  valid: [
    { name: 'the preferred expressions (LANG-09 ✔)', text: op('the Chair of the Committee to act in accordance with the rules and, inter alia, to report.') },
    { name: 'a "Chairman" of a text of its time', text: 'The Security Council,\n\n_Noting_ the letter of the Chairman of the Committee,\n\n1. _Decides_ to remain seized of the matter.\n\nAdopted at the 3200th meeting on 3 April 1993.\n' },
  ],
  invalid: [
    {
      name: '"Chairman" and "as per" (LANG-09 ✘)',
      text: op('the Chairman of the Committee to act as per the rules.'),
      errors: [{ line: 10, column: 19, messageId: 'replace', message: '"Chair"' }, { line: 10, column: 52, messageId: 'replace', message: '"in accordance with"' }],
      output: op('the Chair of the Committee to act in accordance with the rules.'),
    },
    {
      name: 'Latin abbreviations: a suggestion for e.g. and i.e., nothing to write for etc.',
      text: op('States, e.g. donors, i.e. all of them, to give funds, goods etc.'),
      errors: [{ line: 10, column: 23, messageId: 'replace', message: '"for example"' }, { line: 10, column: 36, messageId: 'replace', message: '"that is"' }, { line: 10, column: 75, messageId: 'avoid' }],
      output: null,
    },
    {
      name: '"inter alia" in italics (LANG-09: COD-listed Latin is roman)',
      text: op('the Secretary-General, _inter alia_, to report.'),
      errors: [{ line: 10, column: 38, messageId: 'romanLatin' }],
      output: op('the Secretary-General, inter alia, to report.'),
    },
  ],
});

describe('expression docs', () => docExamples(expression));
