import { numberFormat } from '../../../server/src/core/rules/number-format';
import { draft, ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

const op = (text: string) => draft(`_Recalling_ its resolution 59/50,\n\n1. _Notes_ ${text}\n`);

ruleTester(numberFormat, {
  valid: [
    { name: 'commas between thousands, a decimal point with a leading zero, lower-case multipliers (NUM-03 ✔)', text: op('that 23,400 persons, 0.2 per cent and $1.5 million were counted, and 4.3 billion people.') },
    { name: 'treaty and volume numbers, symbols and years are written without separators', text: op('the Treaty (United Nations, Treaty Series, vol. 1577, No. 27531), document S/ 10858 and the year 2019.') },
    { name: 'every number of a list after `Nos.`, `paras.` or `pp.` is an identifier (NUM-03 false-positive note; review finding)', text: op('the Protocols (United Nations, Treaty Series, vol. 1125, Nos. 17512 and 17513), Nos. 17512, 17513 and 17514 and pp. 10234–10240.') },
    { name: 'a year with a footnote number glued to it (extracted text)', text: op('the Final Documents of the 20007 Review Conference.') },
    { name: 'a paragraph number of 10,000 or more is a label, not an amount (`10000. _Decides_ …`)', text: draft('_Recalling_ its resolution 59/50,\n\n10000. _Decides_ to continue;\n\n123456. _Notes_ the report.\n') },
  ],
  invalid: [
    {
      name: 'no separators, full stops and spaces as separators (NUM-03 ✘ 1000000, 1.000.000, 23 400)',
      text: op('that 1000000 people, 1.000.000 dollars and 23 400 refugees were counted.'),
      errors: [{ line: 10, column: 17, messageId: 'separators', message: '"1,000,000"' }, { line: 10, column: 33, messageId: 'separators', message: '"1,000,000"' }, { line: 10, column: 55, messageId: 'separators', message: '"23,400"' }],
      output: op('that 1,000,000 people, 1,000,000 dollars and 23,400 refugees were counted.'),
    },
    {
      name: 'spaces as separators before other words that count people (found by a review: `23 400 participants` was silent)',
      text: op('that 23 400 participants and 1 200 peacekeepers were counted.'),
      errors: [{ line: 10, column: 17, messageId: 'separators', message: '"23,400"' }, { line: 10, column: 41, messageId: 'separators', message: '"1,200"' }],
      output: op('that 23,400 participants and 1,200 peacekeepers were counted.'),
    },
    {
      name: 'a decimal comma, a missing leading zero and a capital multiplier (NUM-03 ✘ 1,5, .5, 1 Million)',
      text: op('that 1,5 per cent, .5 per cent and 1 Million were pledged.'),
      errors: [{ line: 10, column: 17, messageId: 'decimalComma' }, { line: 10, column: 31, messageId: 'leadingPoint' }, { line: 10, column: 49, messageId: 'multiplier' }],
      output: op('that 1.5 per cent, 0.5 per cent and 1 million were pledged.'),
    },
  ],
});

describe('number-format docs', () => docExamples(numberFormat));
