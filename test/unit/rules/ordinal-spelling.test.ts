import { ordinalSpelling } from '../../../server/src/core/rules/ordinal-spelling';
import { draft, ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

const op = (text: string) => draft(`_Recalling_ its resolution 59/50,\n\n1. _Decides_ ${text}\n`);

ruleTester(ordinalSpelling, {
  valid: [
    { name: 'hyphenated compounds and right suffixes (NUM-04 ✔, CONS-04)', text: op('to meet at its seventy-fifth session, on the twenty-first day, at the 23rd, 101st, 111th and 112th meetings, forty-two times.') },
    { name: 'the closing block is the header rules’ business', text: draft('_Recalling_ its resolution 59/50,\n\n1. _Decides_ to continue.\n\n101th plenary meeting\n25 July 2019\n') },
  ],
  invalid: [
    {
      name: 'compound ordinals and numbers without the hyphen (NUM-04 ✘ its seventy fifth session)',
      text: op('to meet at its seventy fifth session, twenty one times.'),
      errors: [{ line: 10, column: 29, messageId: 'hyphen', message: '"seventy-fifth"' }, { line: 10, column: 52, messageId: 'hyphen', message: '"twenty-one"' }],
      output: op('to meet at its seventy-fifth session, twenty-one times.'),
    },
    {
      name: 'a wrong suffix (NUM-04 ✘ 23th, 111st) and "fourty"',
      text: op('to meet at its 23th and 111st meetings and fourty times.'),
      errors: [{ line: 10, column: 29, messageId: 'suffix', message: '"23rd"' }, { line: 10, column: 38, messageId: 'suffix', message: '"111th"' }, { line: 10, column: 57, messageId: 'forty', message: '"forty"' }],
      output: op('to meet at its 23rd and 111th meetings and forty times.'),
    },
  ],
});

describe('ordinal-spelling docs', () => docExamples(ordinalSpelling));
