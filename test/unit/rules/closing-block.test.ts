import { closingBlock } from '../../../server/src/core/rules/closing-block';
import { ruleTester } from '../ruleTester';
import { ADOPTED, SC, at, edit } from './structureTexts';

const CLOSING = '101st plenary meeting\n25 July 2019';
const with_ = (closing: string) => edit(ADOPTED, CLOSING, closing);
const pos = at(ADOPTED, CLOSING);

ruleTester(closingBlock, {
  valid: [
    { name: 'meeting and date on two lines', text: ADOPTED },
    { name: 'no-break spaces in the meeting and the date, as Word exports them (FORMAT.md: they are white space)', text: with_('101st\u00a0plenary\u00a0meeting\n25\u00a0July\u00a02019') },
    { name: 'the date after a blank line', text: with_('101st plenary meeting\n\n25 July 2019') },
    { name: 'suffixes of 11th, 12th, 13th, 111th, 2nd and 3rd', text: with_('111th plenary meeting\n25 July 2019') },
    { name: 'the Human Rights Council closing names the meeting without `plenary`', text: edit(with_('40th meeting\n22 March 2019'), 'The General Assembly,', 'The Human Rights Council,') },
    { name: 'the older SC compilation closing has no date', text: `${SC}\nAdopted unanimously at the 4653rd meeting.\n` },
    { name: 'the scan of S/RES/597 (1987) reads `2749th` as `27491h`: meeting 2749, suffix `th`', text: `${SC}\nAdopted unanimously at the 27491h meeting.\n` },
    { name: 'no closing block (a draft): nothing to check', text: ADOPTED.replace(`${CLOSING}\n`, '') },
  ],
  invalid: [
    {
      name: 'a wrong suffix and capitals (CONVENTIONS.md 9.1, line 12)',
      text: with_('101th Plenary Meeting\n25 July 2019'),
      errors: [{ ...pos, messageId: 'suffix', message: '`101st`' }, { line: pos.line, column: 7, messageId: 'lowerCase' }],
      output: ADOPTED,
    },
    {
      name: 'a scanned `1h` for `th` on a number that takes `nd`: `27521h` is meeting 2752',
      text: `${SC}\nAdopted unanimously at the 27521h meeting.\n`,
      errors: [{ line: SC.split('\n').length + 1, column: 28, messageId: 'suffix', message: '`2752nd`' }],
      output: `${SC}\nAdopted unanimously at the 2752nd meeting.\n`,
    },
    {
      name: '12th, not 12nd',
      text: with_('12nd plenary meeting\n25 July 2019'),
      errors: [{ ...pos, messageId: 'suffix', message: '`12th`' }],
      output: with_('12th plenary meeting\n25 July 2019'),
    },
    {
      name: 'the date on the meeting line, as in the old style `101st plenary meeting, 25 July 2019.`',
      text: with_('101st plenary meeting, 25 July 2019.'),
      errors: [{ ...pos, messageId: 'sameLine' }, { line: pos.line, column: 24, messageId: 'date' }],
      output: ADOPTED,
    },
    {
      name: 'a date in another format',
      text: with_('101st plenary meeting\nJuly 25, 2019'),
      errors: [{ line: pos.line + 1, column: 1, messageId: 'date', message: '`25 July 2019`' }],
      output: ADOPTED,
    },
    {
      name: 'no date',
      text: with_('101st plenary meeting'),
      errors: [{ ...pos, messageId: 'noDate' }],
      output: null,
    },
    {
      name: 'a day that does not exist',
      text: with_('101st plenary meeting 31 June 2019'),
      errors: [{ ...pos, messageId: 'unreadableDate' }],
      output: null,
    },
  ],
});
