import { numberWords } from '../../../server/src/core/rules/number-words';
import { draft, ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

const op = (text: string) => draft(`_Recalling_ its resolution 59/50,\n\n1. _Decides_ ${text}\n`);

ruleTester(numberWords, {
  valid: [
    { name: 'words under 10, figures from 10 and in locators (NUM-01 ✔)', text: op('to consider three reports from 14 States under paragraph 5, article 3, Goal 4 and target 16.9.') },
    { name: 'percentages, money and ranges take figures; the higher number rules a pair', text: op('that 1 per cent, $5 million and between 8 and 12 members are enough, and from 2 to 14 weeks.') },
    { name: 'a footnote number separated by a space (extracted text) is not a quantity', text: op('to take note of the report of the Secretary-General, 2 as well as the report.') },
    { name: 'vote counts keep their figures', text: op('to adopt the text by 9 votes to none, with 2 abstentions.') },
  ],
  invalid: [
    {
      name: 'a figure under 10 before a plural noun (NUM-01 ✘ 3 reports)',
      text: op('to consider 3 reports and 2 further proposals.'),
      errors: [{ line: 10, column: 26, messageId: 'words', message: '"three reports"' }, { line: 10, column: 40, messageId: 'words', message: '"two further proposals"' }],
      output: op('to consider three reports and two further proposals.'),
    },
    {
      name: 'a percentage in words (NUM-02 ✘ seven per cent)',
      text: op('that at least seven per cent of the budget is spent.'),
      errors: [{ line: 10, column: 28, messageId: 'percent', message: '"7 per cent"' }],
      output: op('that at least 7 per cent of the budget is spent.'),
    },
  ],
});

describe('number-words docs', () => docExamples(numberWords));
