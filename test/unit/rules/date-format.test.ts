import assert from 'node:assert/strict';
import { dateFormat, isCalendarDate } from '../../../server/src/core/rules/date-format';
import { draft, ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

const p = (text: string) => draft(`_Recalling_ its resolution 59/50 of ${text},\n\n1. _Decides_ to continue its consideration of the item.\n`);

ruleTester(dateFormat, {
  valid: [
    { name: 'the UN form (DATE-01 ✔ of 2 December 2004)', text: p('2 December 2004') },
    { name: 'a no-break space inside the date is white space (FORMAT.md)', text: p('2\u00a0December\u00a02004') },
    { name: 'month and year without a day, and "May" as a verb', text: draft('_Noting_ the report of May 2019, which May be revised,\n\n1. _Decides_ that the Committee may 2 years later review it.\n') },
    { name: 'ranges and lists of days', text: p('4–15 September 1995, from 14 to 18 May 2018 and on 24 and 25 February 2003') },
    { name: 'a quoted title keeps its own date', text: p('the conference entitled “Summit of July 4, 2019”') },
    { name: 'a weekday before the date is left alone (Security Council texts print it)', text: p('Wednesday, 22 September 1965') },
    { name: 'adoption line and closing block are the header rules’ business', text: 'Resolution adopted by the General Assembly on July 25, 2019\n\nThe General Assembly,\n\n_Recalling_ its resolution 59/50,\n\n1. _Decides_ to continue.\n\n101st plenary meeting\n25 July, 2019\n' },
    { name: 'a year with a footnote number glued to it (extracted text) is no date to fix', text: p('13 January 20103') },
  ],
  invalid: [
    {
      name: 'US order with a comma (DATE-01 ✘ December 2, 2004)',
      text: p('December 2, 2004'),
      errors: [{ line: 8, column: 37, messageId: 'format', message: '"2 December 2004"' }],
      output: p('2 December 2004'),
    },
    {
      name: 'an ordinal suffix, a comma before the year, a leading zero, an abbreviated month (DATE-01 ✘)',
      text: p('2nd December 2004, 2 December, 2004, 02 December 2004, 2 Dec. 2004 and 25 Jul 2019'),
      errors: [
        { line: 8, column: 37, messageId: 'format', message: 'no ordinal suffix' },
        { line: 8, column: 56, messageId: 'format', message: 'no comma before the year' },
        { line: 8, column: 74, messageId: 'format', message: 'no leading zero' },
        { line: 8, column: 92, messageId: 'format', message: 'the month in full' },
        { line: 8, column: 108, messageId: 'format', message: '"25 July 2019"' },
      ],
      output: p('2 December 2004, 2 December 2004, 2 December 2004, 2 December 2004 and 25 July 2019'),
    },
    {
      name: '"the 25th of July 2019" and a lower-case month',
      text: p('the 25th of July 2019 and 3 march 2020'),
      errors: [{ line: 8, column: 37, messageId: 'format', message: '"25 July 2019"' }, { line: 8, column: 63, messageId: 'format', message: 'capital' }],
      output: p('25 July 2019 and 3 March 2020'),
    },
    {
      name: 'numeric dates: day first when unambiguous, ISO; an ambiguous one is reported without a fix (DATE-01 ✘ 2/12/2004)',
      text: p('25/07/2019, 2004-12-02 and 05/07/2019'),
      errors: [{ line: 8, column: 37, messageId: 'format' }, { line: 8, column: 49, messageId: 'format' }, { line: 8, column: 64, messageId: 'ambiguous' }],
      output: p('25 July 2019, 2 December 2004 and 05/07/2019'),
    },
    {
      name: 'dates that are not in the calendar (DATE-01: no 31 April)',
      text: p('31 April 2019 and 29 February 2019'),
      errors: [{ line: 8, column: 37, messageId: 'invalid' }, { line: 8, column: 55, messageId: 'invalid' }],
      output: null,
    },
  ],
});

describe('calendar', () => {
  it('knows leap years', () => {
    assert.equal(isCalendarDate(29, 2, 2024), true);
    assert.equal(isCalendarDate(29, 2, 1900), false);
    assert.equal(isCalendarDate(29, 2, 2000), true);
    assert.equal(isCalendarDate(31, 4, 2019), false);
  });
});

describe('date-format docs', () => docExamples(dateFormat));
