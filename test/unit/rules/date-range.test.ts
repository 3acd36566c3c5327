import { dateRange } from '../../../server/src/core/rules/date-range';
import { draft, ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

const p = (text: string) => draft(`_Welcoming_ the strategy ${text},\n\n1. _Decides_ to continue its consideration of the item.\n`);

ruleTester(dateRange, {
  valid: [
    { name: 'words in prose, an en dash in a compact range (DATE-02 ✔)', text: p('for the period 2015–2020, adopted from 14 to 18 May 2018 and between 2009 and 2019 in Beijing, 4–15 September 1995') },
    { name: 'a range across months and years', text: p('for 1 August 2009–31 July 2010') },
    { name: 'a dash between a number and a word is no range', text: p('of 2015 – the first of its kind') },
  ],
  invalid: [
    {
      name: '"from" and "between" with a dash (DATE-02 ✘ from 2015–2020, between 2015-2020)',
      text: p('from 2015–2020 and between 2009-2019'),
      errors: [{ line: 8, column: 26, messageId: 'mixed', message: '"from 2015 to 2020"' }, { line: 8, column: 45, messageId: 'mixed', message: '"between 2009 and 2019"' }],
      output: p('from 2015 to 2020 and between 2009 and 2019'),
    },
    {
      name: 'days and dates with a dash after "from"',
      text: p('held from 4–15 September 1995 and from 1 August 2009–31 July 2010'),
      errors: [{ line: 8, column: 31, messageId: 'mixed' }, { line: 8, column: 60, messageId: 'mixed' }],
      output: p('held from 4 to 15 September 1995 and from 1 August 2009 to 31 July 2010'),
    },
    {
      name: 'a spaced dash and an em dash between numbers (DATE-02 ✘ 2015 - 2020, 2015—2020)',
      text: p('for 2015 - 2020 and 2021—2025'),
      errors: [{ line: 8, column: 30, messageId: 'spaced', message: '"2015–2020"' }, { line: 8, column: 46, messageId: 'em', message: '"2021–2025"' }],
      output: p('for 2015–2020 and 2021–2025'),
    },
  ],
});

describe('date-range docs', () => docExamples(dateRange));
