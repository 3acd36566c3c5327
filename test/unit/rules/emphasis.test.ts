import { emphasis } from '../../../server/src/core/rules/emphasis';
import { draft, ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

const op = (text: string) => draft(`_Recalling_ its resolution 72/241,\n\n1. _Condemns_ ${text}\n`);

ruleTester(emphasis, {
  valid: [
    { name: 'italics for openers and titles only (LANG-07 ✔)', text: op('all attacks, _inter alia_ those reported in _World Economic Situation and Prospects_.') },
    { name: 'an underlined opening phrase is the opener rules’ business (Model UN)', text: draft('_Recalling_ its resolution 72/241,\n\n1. __Condemns__ all attacks.\n') },
    { name: 'acronyms with numerals and surnames in capitals are not emphasis', text: op('all attacks on UNOSOM II, as reported by Mr. Alfonso DE LOS HEROS.') },
  ],
  invalid: [
    {
      name: 'bold and underline in a paragraph (LANG-07 ✘)',
      text: op('**all** attacks and __urges__ restraint.'),
      errors: [{ line: 10, column: 15, messageId: 'bold' }, { line: 10, column: 35, messageId: 'underline' }],
      output: op('all attacks and urges restraint.'),
    },
    {
      name: 'capitals for emphasis',
      text: op('all attacks and STRONGLY URGES restraint.'),
      errors: [{ line: 10, column: 31, messageId: 'capitals', message: '"STRONGLY URGES"' }],
      output: null,
    },
  ],
});

describe('emphasis docs', () => docExamples(emphasis));
