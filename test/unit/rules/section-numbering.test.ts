import { sectionNumbering } from '../../../server/src/core/rules/section-numbering';
import { ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

const text = (h1: string, n1: number, h2: string, n2: number, h3 = 'III', n3 = n2 + 1) =>
  `The General Assembly,\n\n_Recalling_ its resolution 59/50,\n\n${h1}. General provisions\n\n${n1}. _Takes note_ of the report;\n\n${n1 + 1}. _Welcomes_ the progress made;\n\n${h2}. Implementation\n\n${n2}. _Requests_ the Secretary-General to report;\n\n${h3}. Follow-up\n\n${n3}. _Decides_ to continue its consideration of the question.\n`;

ruleTester(sectionNumbering, {
  valid: [
    { name: 'numbering runs on through the sections (omnibus texts)', text: text('I', 1, 'II', 3, 'III', 4) },
    { name: 'numbering restarts at 1 in every section (some Fifth Committee texts)', text: text('I', 1, 'II', 1, 'III', 1) },
    { name: 'lettered sections', text: text('A', 1, 'B', 3, 'C', 4) },
    { name: 'a paragraph that starts with a capital and a full stop but ends like a paragraph is not a heading', text: 'The General Assembly,\n\n_Recalling_ its resolution 59/50,\n\n1. _Takes note_ of the report;\n\nA. Smith and others reported;\n\n2. _Decides_ to continue its consideration of the question.\n' },
    { name: 'no sections at all', text: 'The General Assembly,\n\n1. _Takes note_ of the report;\n\n2. _Decides_ to continue.\n' },
  ],
  invalid: [
    {
      name: 'a section heading out of sequence: fixed',
      text: text('I', 1, 'III', 3, 'IV', 4),
      errors: [{ line: 11, column: 1, messageId: 'sequence', message: 'number it "II"' }],
      output: text('I', 1, 'II', 3, 'IV', 4),
    },
    {
      name: 'numbering that runs on after one heading and restarts after another (SKEL-12: the document must be consistent)',
      text: text('I', 1, 'II', 3, 'III', 1),
      errors: [{ line: 17, column: 1, messageId: 'mixed', message: 'run on after section "II" but restart at 1 after section "III"' }],
      output: null,
    },
  ],
});

describe('section-numbering page', () => docExamples(sectionNumbering));
