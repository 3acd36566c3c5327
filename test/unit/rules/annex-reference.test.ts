import { annexReference } from '../../../server/src/core/rules/annex-reference';
import { draft, ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

const op = (text: string, rest = '') => draft(`_Recalling_ its resolution 72/21,\n\n1. _Adopts_ ${text}.\n${rest}`);

ruleTester(annexReference, {
  valid: [
    { name: 'an annex exists (XREF-02 ✔)', text: op('the declaration contained in the annex to the present resolution', '\nAnnex\n\nPolitical Declaration\n') },
    { name: 'an annex heading followed directly by its title', text: op('the declaration annexed to the present resolution', '\nAnnex\nAwaza Political Declaration\n\nWe, the Heads of State and Government …\n') },
    { name: 'numbered annexes', text: op('the texts contained in annexes I and II to the present resolution, and annex II to the present resolution in particular', '\nAnnex I\n\nFirst text\n\nAnnex II\n\nSecond text\n') },
    { name: 'a section that exists', text: draft('_Recalling_ its resolution 72/21,\n\nI\n\n1. _Decides_ to continue;\n\nII\n\n2. _Requests_ a report on section II of the present resolution.\n') },
    { name: 'the annex of another text', text: op('the principles contained in the annex to resolution 72/21') },
  ],
  invalid: [
    {
      name: 'no annex at all (XREF-02: existence → E)',
      text: op('the declaration contained in the annex to the present resolution'),
      errors: [{ line: 10, column: 46, messageId: 'noAnnex' }],
      output: null,
    },
    {
      name: 'annex II when there is only annex I',
      text: op('the text contained in annex II to the present resolution', '\nAnnex I\n\nFirst text\n'),
      errors: [{ line: 10, column: 35, messageId: 'noNumberedAnnex', message: 'Annex II' }],
      output: null,
    },
    {
      name: 'a section that does not exist (XREF-02 ✘ section II of the present resolution)',
      text: op('the measures set out in section II of the present resolution'),
      errors: [{ line: 10, column: 37, messageId: 'noSection', message: 'section II' }],
      output: null,
    },
  ],
});

describe('annex-reference docs', () => docExamples(annexReference));
