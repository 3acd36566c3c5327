import { presentResolution } from '../../../server/src/core/rules/present-resolution';
import { draft, ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

const op = (text: string) => draft(`_Recalling_ its resolution 59/50,\n\n1. _Decides_ to continue.\n\n2. _Requests_ ${text}\n`);

ruleTester(presentResolution, {
  valid: [
    { name: '"the present resolution" (LANG-05 ✔)', text: op('the Secretary-General to report on the implementation of the present resolution and of the annex to the present resolution.') },
    { name: '"this resolution" after a cited resolution may point back at it', text: op('the Secretary-General to recall resolution 1244 (1999) and to report on the implementation of this resolution.') },
    { name: 'Security Council texts of their time printed "this resolution" (until 1994)', text: 'The Security Council,\n\n_Noting_ the report,\n\n1. _Requests_ the Secretary-General to report on the implementation of this resolution.\n\nAdopted at the 1189th meeting on 30 December 1964.\n' },
    { name: 'a quotation of another text', text: op('the Secretary-General to quote “this resolution shall enter into force”.') },
  ],
  invalid: [
    {
      name: '"this resolution", "the current resolution" (LANG-05 ✘)',
      text: op('the Secretary-General to report on this resolution and on the current resolution.'),
      errors: [{ line: 12, column: 50, messageId: 'replace', message: '"the present resolution"' }, { line: 12, column: 73, messageId: 'replace' }],
      output: op('the Secretary-General to report on the present resolution and on the present resolution.'),
    },
    {
      name: 'capitals mid-sentence (LANG-03 ✘ the Present Resolution) and a sentence start',
      text: op('the Secretary-General to report on the Present Resolution. This resolution enters into force.'),
      errors: [{ line: 12, column: 50, messageId: 'replace' }, { line: 12, column: 74, messageId: 'replace', message: '"The present resolution"' }],
      output: op('the Secretary-General to report on the present resolution. The present resolution enters into force.'),
    },
  ],
});

describe('present-resolution docs', () => docExamples(presentResolution));
