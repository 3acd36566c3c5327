import { timeFormat } from '../../../server/src/core/rules/time-format';
import { draft, ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

const op = (text: string) => draft(`_Recalling_ its resolution 59/50,\n\n1. _Decides_ ${text}\n`);

ruleTester(timeFormat, {
  valid: [
    { name: 'UN times, decades and centuries (DATE-03 ✔)', text: op('to meet from 10 a.m. to 1 p.m. and at 3.30 p.m., as in the 1990s, in the twenty-first century.') },
    { name: 'a time ending a sentence shares its full stop', text: op('to meet at 10 a.m.') },
    { name: 'numbers that are not times (amendments, 24-hour figures, PM in a symbol)', text: op('to consider 10 amendments at 15:00 and document A/AC.299/2025/PM/1.') },
  ],
  invalid: [
    {
      name: 'clock times (DATE-03 ✘ 10:00 AM)',
      text: op('to meet at 10:00 AM, 3 pm and 10:30 a.m.'),
      errors: [{ line: 10, column: 25, messageId: 'time', message: '"10 a.m."' }, { line: 10, column: 35, messageId: 'time', message: '"3 p.m."' }, { line: 10, column: 44, messageId: 'time', message: '"10.30 a.m."' }],
      output: op('to meet at 10 a.m., 3 p.m. and 10.30 a.m.'),
    },
    {
      name: 'a decade with an apostrophe and a century in figures (DATE-03 ✘ the 1990’s, the 21st century)',
      text: op('that since the 1990’s and in the 21st century the world has changed.'),
      errors: [{ line: 10, column: 29, messageId: 'decade', message: '"1990s"' }, { line: 10, column: 47, messageId: 'century', message: '"twenty-first century"' }],
      output: op('that since the 1990s and in the twenty-first century the world has changed.'),
    },
  ],
});

describe('time-format docs', () => docExamples(timeFormat));
