import { singleOperativeNumbered } from '../../../server/src/core/rules/single-operative-numbered';
import { draft, ruleTester } from '../ruleTester';

const PREAMBLE = '_Recalling_ its resolution 59/50 of 2 December 2004,\n\n';

ruleTester(singleOperativeNumbered, {
  valid: [
    { name: 'a single operative paragraph unnumbered (74/4, 80/5)', text: draft(`${PREAMBLE}_Decides_ to adopt the programme of work.\n`) },
    { name: 'no preamble and a single unnumbered paragraph', text: 'The General Assembly\n\n_Endorses_ the declaration annexed to the present resolution.\n' },
    { name: 'two numbered paragraphs', text: draft(`${PREAMBLE}1. _Welcomes_ the report;\n\n2. _Decides_ to continue.\n`) },
  ],
  invalid: [
    {
      name: 'a single operative paragraph numbered `1.` (OP-01 ✘)',
      text: draft(`${PREAMBLE}1. _Decides_ to adopt the programme of work.\n`),
      errors: [{ line: 10, column: 1, messageId: 'single', message: '`1.`' }],
      output: draft(`${PREAMBLE}_Decides_ to adopt the programme of work.\n`),
    },
    {
      // Without the number, `_Requests_ …` would join the operative part: operative-numbering would
      // number both paragraphs, and the two fixes would undo each other pass after pass.
      name: 'an unnumbered paragraph before it that opens like an operative one: reported without a fix (fix oscillation)',
      text: draft(`${PREAMBLE}<!-- unres-disable operative-numbering -->\n\n_Requests_ the Secretary-General to report;\n\n<!-- unres-enable -->\n\n1. _Decides_ to continue.\n`),
      errors: [{ line: 16, column: 1, messageId: 'single' }],
      output: null,
    },
    {
      name: 'an opener the lexicon does not list: reported without a fix (it would read as preambular)',
      text: draft(`${PREAMBLE}1. _Pledges_ to adopt the programme of work.\n`),
      errors: [{ line: 10, column: 1, messageId: 'single' }],
      output: null,
    },
  ],
});
