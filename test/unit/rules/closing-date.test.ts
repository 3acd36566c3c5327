import { closingDate } from '../../../server/src/core/rules/closing-date';
import { ruleTester } from '../ruleTester';
import { ADOPTED, at, edit } from './structureTexts';

const with_ = (date: string) => edit(ADOPTED, 'plenary meeting\n25 July 2019', `plenary meeting\n${date}`);

ruleTester(closingDate, {
  valid: [
    { name: 'the same date on the adoption line and in the closing block (CONS-03)', text: ADOPTED },
    { name: 'the masthead issue date differs and is not compared (SKEL-09)', text: edit(ADOPTED, 'Distr.: General', 'Distr.: General\n31 July 2019') },
    { name: 'a closing date in another format is compared by value (its format is closing-block’s business)', text: with_('July 25, 2019') },
    { name: 'no adoption date: nothing to compare', text: edit(ADOPTED, ' on 25 July 2019', '') },
  ],
  invalid: [
    {
      name: 'the closing date differs (CONVENTIONS.md 9.1, line 13)',
      text: with_('26 July 2019'),
      errors: [{ line: at(ADOPTED, 'plenary meeting').line + 1, column: 1, messageId: 'differs', message: '`25 July 2019`' }],
      output: ADOPTED,
    },
  ],
});
