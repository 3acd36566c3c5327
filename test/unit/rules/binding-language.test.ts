import { bindingLanguage } from '../../../server/src/core/rules/binding-language';
import { draft, ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

/** A GA draft whose operative paragraphs are the given ones, numbered, the last one closing. */
const ga = (...ops: string[]) => draft(`_Recalling_ its resolution 59/50 of 2 December 2004,\n\n${ops.map((o, i) => `${i + 1}. ${o}${i === ops.length - 1 ? '.' : ';'}`).join('\n\n')}\n`);
const organ = (name: string, ...ops: string[]) => `The ${name},\n\n${ops.map((o, i) => `${i + 1}. ${o}${i === ops.length - 1 ? '.' : ';'}`).join('\n\n')}\n`;

ruleTester(bindingLanguage, {
  valid: [
    { name: 'recommending language (OP-08 ✔)', text: ga('_Calls upon_ all States to comply with their obligations', '_Urges_ Member States to report', '_Requests_ the Secretary-General to submit a report') },
    { name: 'procedural Decides that … shall (A/RES/80/1)', text: ga('_Further decides_ that these procedures shall apply only during the eightieth session') },
    { name: 'Decides that: with sub-paragraphs that say shall', text: draft('_Recalling_ its resolution 59/50,\n\n1. _Decides_ that:\n\n(a) The session shall be held in New York;\n\n(b) The Committee must report to the Assembly.\n') },
    { name: 'shall in a preambular paragraph recalling a treaty (A/RES/80/19)', text: draft('_Reaffirming_ that the exploration and use of outer space shall be for peaceful purposes,\n\n1. _Decides_ to continue its consideration of the question.\n') },
    { name: 'shall inside a quotation', text: ga('_Recalls_ the principle that “no State shall intervene in the internal affairs of another”') },
    { name: 'Authorizes without all necessary means (GA budget authority)', text: ga('_Authorizes_ the Secretary-General to enter into commitments not exceeding 1 million dollars') },
    { name: 'Condemns is General Assembly language too (A/RES/80/39)', text: ga('_Condemns_ unequivocally all nuclear threats') },
    { name: 'remain seized outside the formula (A/RES/80/35)', text: ga('_Urges_ all States to remain seized of the issue at the highest political level') },
    { name: 'a Security Council text is not checked', text: organ('Security Council', '_Demands_ that all parties cease hostilities', '_Decides_, acting under Chapter VII of the Charter of the United Nations, that all States shall prevent the sale of arms', '_Authorizes_ Member States to use all necessary means', '_Decides_ to remain seized of the matter') },
    { name: 'the sc profile reports nothing', text: ga('_Demands_ that all parties cease hostilities', '_Urges_ all States that they must comply'), settings: { profile: 'sc' } },
    { name: 'a Model UN Historical Security Council is not checked', text: organ('Historical Security Council', '_Demands_ that all parties cease hostilities', '_Condemns_ the attack') },
    { name: 'Model UN drafts may close with remain actively seized', text: organ('Disarmament and International Security Committee', '_Encourages_ all States to cooperate', '_Decides_ to remain actively seized of the matter') },
    { name: 'an annexed declaration is not checked (SKEL-13)', text: `${ga('_Adopts_ the Declaration annexed to the present resolution')}\nAnnex\n\nWe, the Heads of State and Government,\n\n1. Demand that all States must comply;\n` },
  ],
  invalid: [
    {
      name: 'shall and must in a recommendation (OP-08 ✘)',
      text: ga('_Urges_ all States that they must comply with their obligations', '_Requests_ that the Secretary-General shall report'),
      errors: [
        { line: 10, column: 33, messageId: 'modal', message: '"must"' },
        { line: 12, column: 42, messageId: 'modal', message: '"shall"' },
      ],
      output: null,
    },
    {
      name: 'must in a sub-paragraph of a paragraph other than Decides',
      text: draft('_Recalling_ its resolution 59/50,\n\n1. _Declares_ that:\n\n(a) The global threat posed by nuclear weapons must urgently be eliminated;\n\n(b) Greater attention is needed.\n'),
      errors: [{ line: 12, messageId: 'modal' }],
    },
    {
      name: 'Demands as an operative opener, also with an adverb',
      text: ga('_Demands_ that all parties cease hostilities', '_Strongly demands_ the release of all hostages'),
      errors: [
        { line: 10, column: 5, messageId: 'opener', message: '"Demands"' },
        { line: 12, column: 5, messageId: 'opener', message: 'emergency special sessions' },
      ],
    },
    {
      name: 'Authorizes … all necessary means',
      text: ga('_Authorizes_ Member States to use all necessary means to restore peace'),
      errors: [{ line: 10, column: 5, messageId: 'opener', message: '"Requests … to"' }],
    },
    {
      name: 'Decides, acting under Chapter VII',
      text: ga('_Decides_, acting under Chapter VII of the Charter of the United Nations, to establish a tribunal'),
      errors: [{ line: 10, column: 5, messageId: 'opener', message: 'Chapter VII' }],
    },
    {
      name: 'the SC closing formula in a GA text (worked example, line 11)',
      text: ga('_Requests_ the Secretary-General to report', '_Decides_ to remain actively seized of the matter'),
      errors: [{ line: 12, column: 14, messageId: 'seized', message: '"to remain actively seized of"' }],
    },
    {
      name: 'ECOSOC and HRC texts recommend too',
      text: organ('Human Rights Council', '_Demands_ that all States must cooperate fully with the Special Rapporteur'),
      errors: [
        { line: 3, column: 5, messageId: 'opener', message: 'Human Rights Council resolutions' },
        { line: 3, column: 30, messageId: 'modal' },
      ],
    },
    {
      name: 'mun: Condemns and any Authorizes are reported, remain seized is not',
      text: organ('Disarmament and International Security Committee', '_Condemns_ the use of chemical weapons', '_Authorizes_ a peacekeeping operation in the region', '_Decides_ to remain actively seized of the matter'),
      errors: [
        { line: 3, column: 5, messageId: 'opener', message: '"Strongly deplores"' },
        { line: 5, column: 5, messageId: 'opener', message: 'Model UN chairs' },
      ],
    },
  ],
});

describe('binding-language docs', () => docExamples(bindingLanguage));
