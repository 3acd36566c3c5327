import { unAbbreviation } from '../../../server/src/core/rules/un-abbreviation';
import { draft, ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

const op = (text: string) => draft(`_Recalling_ its resolution 59/50,\n\n1. _Invites_ ${text}\n`);

ruleTester(unAbbreviation, {
  valid: [
    { name: '`UN` in the organ line, which organ-line reports (found by a review: the fix wrote `The United Nations General Assembly,`)', text: 'The UN General Assembly,\n\n_Recalling_ its resolution 59/50 of 2 December 2004,\n\n1. _Decides_ to continue its consideration of the question.\n' },
    { name: 'written in full (LANG-04 ✔)', text: op('the United Nations Global Counter-Terrorism Strategy, the General Assembly and the Secretary-General.') },
    { name: 'names that contain the letters (HIV/AIDS, UN-Women, UN-Habitat, UNAIDS) and symbols', text: op('UN-Women, UN-Habitat and UNAIDS to fight HIV/AIDS, see document UNEP/EA.5/3.') },
    { name: 'a quotation keeps its words', text: op('States to read the “UN at 80” report.') },
  ],
  invalid: [
    {
      name: 'UN, U.N., UNGA, UNSC, SG (LANG-04 ✘)',
      text: op('the UN system, the U.N. and the UNGA, the UNSC and the SG to act.'),
      errors: [{ line: 10, column: 18, messageId: 'replace', message: '"United Nations"' }, { line: 10, column: 33, messageId: 'replace' }, { line: 10, column: 46, messageId: 'replace', message: '"General Assembly"' }, { line: 10, column: 56, messageId: 'replace', message: '"Security Council"' }, { line: 10, column: 69, messageId: 'replace', message: '"Secretary-General"' }],
      output: op('the United Nations system, the United Nations and the General Assembly, the Security Council and the Secretary-General to act.'),
    },
    {
      name: 'the UN Charter (LANG-09 ✘) and UN Women without its hyphen',
      text: op('States to respect the UN Charter and to support UN Women.'),
      errors: [{ line: 10, column: 36, messageId: 'replace', message: '"Charter of the United Nations"' }, { line: 10, column: 62, messageId: 'replace', message: '"UN-Women"' }],
      output: op('States to respect the Charter of the United Nations and to support UN-Women.'),
    },
    {
      name: 'UN Habitat without its hyphen (found by a review: the fix wrote `the United Nations Habitat`)',
      text: op('States to support UN Habitat.'),
      errors: [{ line: 10, column: 32, messageId: 'replace', message: '"UN-Habitat"' }],
      output: op('States to support UN-Habitat.'),
    },
  ],
});

describe('un-abbreviation docs', () => docExamples(unAbbreviation));
