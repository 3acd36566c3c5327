import { unSpelling } from '../../../server/src/core/rules/un-spelling';
import { draft, ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

const op = (text: string) => draft(`_Recalling_ its resolution 59/50,\n\n1. _Encourages_ ${text}\n`);

ruleTester(unSpelling, {
  valid: [
    { name: 'the UN spelling list (LANG-02 ✔)', text: op('cooperation and coordination in peacekeeping, peacebuilding and socioeconomic development by non-governmental organizations, and the recovery from human-made disasters.') },
    { name: 'proper names keep their hyphens', text: op('the Organization for Security and Co-operation in Europe to continue.') },
    { name: 'historical forms in texts of their time (co-operation until 1990)', text: 'The Security Council,\n\n_Noting_ the co-operation of the parties and the cease-fire,\n\n1. _Decides_ to remain seized of the matter.\n\nAdopted at the 1189th meeting on 30 December 1964.\n', },
    { name: '"counter terrorism" may be a verb and its object', text: op('States to counter terrorism.') },
  ],
  invalid: [
    {
      name: 'older UN forms and non-UN compounds (LANG-02: co-operation → hint)',
      text: op('co-operation, co-ordination, peace-keeping and the cease-fire among socio-economic actors.'),
      errors: [{ line: 10, column: 17, messageId: 'replace', message: '"cooperation"' }, { line: 10, column: 31, messageId: 'replace' }, { line: 10, column: 46, messageId: 'replace' }, { line: 10, column: 68, messageId: 'replace' }, { line: 10, column: 85, messageId: 'replace' }],
      output: op('cooperation, coordination, peacekeeping and the ceasefire among socioeconomic actors.'),
    },
    {
      name: '"man-made" (LANG-02, LANG-09 ✘) and the case of a sentence start',
      text: op('recovery from man-made disasters. Nongovernmental organizations help.'),
      errors: [{ line: 10, column: 31, messageId: 'replace', message: '"human-made"' }, { line: 10, column: 51, messageId: 'replace', message: '"Non-governmental"' }],
      output: op('recovery from human-made disasters. Non-governmental organizations help.'),
    },
  ],
});

describe('un-spelling docs', () => docExamples(unSpelling));
