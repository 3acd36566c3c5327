import { serialComma } from '../../../server/src/core/rules/serial-comma';
import { draft, ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

const p = (text: string) => draft(`_Referring further_ to ${text},\n\n1. _Decides_ to continue its consideration of the item.\n`);

ruleTester(serialComma, {
  valid: [
    { name: 'no serial comma (REF-06 ✔)', text: p('its resolutions 64/256 of 2 March 2010, 65/122 of 13 December 2010, 69/12 of 11 November 2014 and 71/12 of 21 November 2016') },
    { name: '", and" joining clauses after a citation is right', text: p('its resolution 59/50 of 2 December 2004, and recalling further its decision 50/411') },
    { name: 'Security Council texts print the serial comma (S/RES/571 (1985))', text: 'The Security Council,\n\n_Recalling_ its resolutions 418 (1977), 545 (1983), and 567 (1985),\n\n1. _Decides_ to remain seized of the matter.\n' },
  ],
  invalid: [
    {
      name: 'a serial comma before the last resolution (REF-06 ✘)',
      text: p('its resolutions 64/256 of 2 March 2010, 69/12 of 11 November 2014, and 71/12 of 21 November 2016'),
      errors: [{ line: 8, column: 89, messageId: 'citation', message: '"… and 71/12"' }],
      output: p('its resolutions 64/256 of 2 March 2010, 69/12 of 11 November 2014 and 71/12 of 21 November 2016'),
    },
    {
      name: 'in a list of Security Council resolutions cited by the General Assembly',
      text: p('Security Council resolutions 1265 (1999), 1296 (2000), and 1674 (2006)'),
      errors: [{ line: 8, column: 77, messageId: 'citation' }],
      output: p('Security Council resolutions 1265 (1999), 1296 (2000) and 1674 (2006)'),
    },
  ],
});

describe('serial-comma docs', () => docExamples(serialComma));
