import { decisionText } from '../../../server/src/core/rules/decision-text';
import { ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';
import { ADOPTED, DRAFT, edit } from './structureTexts';

const ECOSOC = 'The Economic and Social Council:\n\n(a) Takes note of the report of the Secretary-General;\n\n(b) Decides to continue its consideration of the question.\n';

ruleTester(decisionText, {
  valid: [
    { name: 'an adopted resolution', text: ADOPTED },
    { name: 'a draft resolution', text: DRAFT },
    { name: 'a General Assembly organ line with a colon is a typo for the organ-line rule, not a decision', text: edit(ADOPTED, 'The General Assembly,', 'The General Assembly:') },
  ],
  invalid: [
    {
      name: 'a sponsor line ending "draft decision"',
      text: edit(DRAFT, ': draft resolution', ': draft decision'),
      errors: [{ line: 11, column: 1, messageId: 'decision', message: 'sponsor line says "draft decision"' }],
      output: null,
    },
    {
      name: 'an adoption line "Decision adopted by …"',
      text: edit(ADOPTED, 'Resolution adopted by the General Assembly', 'Decision adopted by the General Assembly'),
      errors: [{ line: 8, messageId: 'decision', message: '"Decision adopted"' }],
      output: null,
    },
    {
      name: 'an ECOSOC draft decision: organ line with a colon, lettered paragraphs',
      text: ECOSOC,
      errors: [{ line: 1, column: 1, messageId: 'decision', message: 'ECOSOC draft decision' }],
      output: null,
    },
    {
      name: 'a "Draft decision II" heading',
      text: `Draft decision II\n\n${ECOSOC.replace(':', ',')}`,
      errors: [{ line: 1, messageId: 'decision' }],
      output: null,
    },
  ],
});

describe('decision-text page', () => docExamples(decisionText));
