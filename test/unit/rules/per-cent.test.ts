import { perCent } from '../../../server/src/core/rules/per-cent';
import { draft, ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

const op = (text: string) => draft(`_Recalling_ its resolution 59/50,\n\n1. _Urges_ ${text}\n`);

ruleTester(perCent, {
  valid: [
    { name: 'figures and "per cent" (NUM-02 ✔ 0.7 per cent)', text: op('developed countries to reach the target of 0.7 per cent of gross national income.') },
    { name: '"percentage" is another word; a % in a URL or a quotation stays', text: op('States to raise the percentage, see https://example.org/a%20b and the slogan “100% renewable”.') },
  ],
  invalid: [
    {
      name: 'the sign and "percent" (NUM-02 ✘ 0.7%, 0.7 percent)',
      text: op('States to reach 0.7% and then 1 % and 2 percent.'),
      errors: [{ line: 10, column: 31, messageId: 'sign', message: '"0.7 per cent"' }, { line: 10, column: 43, messageId: 'sign' }, { line: 10, column: 52, messageId: 'word' }],
      output: op('States to reach 0.7 per cent and then 1 per cent and 2 per cent.'),
    },
    {
      name: '"per-cent" and a capital at the start of a sentence',
      text: op('States to act. Percent of funds and 5 per-cent of staff count.'),
      errors: [{ line: 10, column: 27, messageId: 'word' }, { line: 10, column: 50, messageId: 'word' }],
      output: op('States to act. Per cent of funds and 5 per cent of staff count.'),
    },
  ],
});

describe('per-cent docs', () => docExamples(perCent));
