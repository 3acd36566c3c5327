import { distributionLine } from '../../../server/src/core/rules/distribution-line';
import { ruleTester } from '../ruleTester';
import { ADOPTED, DRAFT, at, edit } from './structureTexts';

ruleTester(distributionLine, {
  valid: [
    { name: 'an adopted text is `Distr.: General`', text: ADOPTED },
    { name: 'an L. document is `Distr.: Limited`', text: DRAFT },
    { name: 'the distribution on the symbol line', text: edit(DRAFT, 'A/73/L.103\nGeneral Assembly\nDistr.: Limited', 'A/73/L.103 General Assembly Distr.: Limited') },
    { name: 'no symbol and no stage: nothing to compare', text: 'Distr.: General\n\nThe General Assembly,\n\n_Recalling_ its resolution 59/50,\n\n1. _Decides_ to continue.\n' },
  ],
  invalid: [
    {
      name: 'a draft marked `Distr.: General` (SKEL-09)',
      text: edit(DRAFT, 'Distr.: Limited', 'Distr.: General'),
      errors: [{ ...at(edit(DRAFT, 'Distr.: Limited', 'Distr.: General'), 'General\n18'), messageId: 'draft' }],
      output: DRAFT,
    },
    {
      name: 'an adopted text marked `Distr.: Limited`',
      text: edit(ADOPTED, 'Distr.: General', 'Distr.: Limited'),
      errors: [{ line: 3, column: 9, messageId: 'adopted' }],
      output: ADOPTED,
    },
  ],
});
