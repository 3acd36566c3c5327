import { currency } from '../../../server/src/core/rules/currency';
import { draft, ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

const op = (text: string) => draft(`_Recalling_ its resolution 59/50,\n\n1. _Approves_ ${text}\n`);

ruleTester(currency, {
  valid: [
    { name: 'one way throughout (NUM-05 ✔ $1.5 million)', text: op('an amount of $1.5 million and a further $200,000.') },
    { name: 'the other way throughout', text: op('an amount of 1.5 million United States dollars.') },
  ],
  invalid: [
    {
      name: 'US$ and USD (NUM-05: US$/USD → I)',
      text: op('an amount of US$ 1.5 million and USD 200,000.'),
      errors: [{ line: 10, column: 28, messageId: 'code', message: '"US$"' }, { line: 10, column: 48, messageId: 'code', message: '"USD"' }],
      output: null,
    },
    {
      name: 'both ways in one text (NUM-05: mix → I)',
      text: op('an amount of $1.5 million and a further 200,000 United States dollars.'),
      errors: [{ line: 10, column: 63, messageId: 'mixed', message: '"$…"' }],
      output: null,
    },
  ],
});

describe('currency docs', () => docExamples(currency));
