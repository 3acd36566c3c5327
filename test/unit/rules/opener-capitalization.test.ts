import { openerCapitalization } from '../../../server/src/core/rules/opener-capitalization';
import { draft, ruleTester } from '../ruleTester';

const OP = '\n\n1. _Decides_ to continue its consideration of the question.\n';
const pp = (opener: string) => draft(`${opener} the report of the Secretary-General,${OP}`);

ruleTester(openerCapitalization, {
  valid: [
    { name: '`Taking note of` (PRE-05 ✔)', text: pp('_Taking note_ of') },
    { name: 'an adverb and a particle in lower case', text: pp('_Deeply concerned also_ about') },
    { name: 'a proper noun in a listed phrase keeps its capital', text: draft(`_Acting_ under Chapter VII of the Charter of the United Nations,${OP}`) },
    { name: 'a lower-case word after a paragraph left without its terminal mark continues it (a page break in converted text)', text: draft(`_Recalling_ its resolution 59/50 and\n\nnoting the report,${OP}`) },
  ],
  invalid: [
    {
      name: '`Taking Note of` (PRE-05 ✘)',
      text: pp('_Taking Note_ of'),
      errors: [{ line: 8, column: 2, messageId: 'opener', message: '`Taking note`' }],
      output: pp('_Taking note_ of'),
    },
    {
      name: '`NOTING WITH CONCERN` (PRE-05 ✘)',
      text: pp('_NOTING WITH CONCERN_'),
      errors: [{ line: 8, column: 2, messageId: 'opener', message: '`Noting with concern`' }],
      output: pp('_Noting with concern_'),
    },
    {
      name: 'a lower-case opener after a complete paragraph (PRE-05 ✘ `noting with concern`)',
      text: draft(`_Recalling_ its resolution 59/50,\n\n_noting with concern_ the report,${OP}`),
      errors: [{ line: 10, column: 2, messageId: 'opener' }],
      output: draft(`_Recalling_ its resolution 59/50,\n\n_Noting with concern_ the report,${OP}`),
    },
    {
      name: 'an operative verb in lower case (OP-01 ✘ `1. takes note`)',
      text: draft('_Recalling_ its resolution 59/50,\n\n1. _takes note_ of the report.\n'),
      errors: [{ line: 10, column: 5, messageId: 'opener', message: '`Takes note`' }],
      output: draft('_Recalling_ its resolution 59/50,\n\n1. _Takes note_ of the report.\n'),
    },
  ],
});
