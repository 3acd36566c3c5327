import { footnoteMissingSource } from '../../../server/src/core/rules/footnote-missing-source';
import { ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

const T = (pp: string, op = '1. _Decides_ to continue its consideration of the question.', notes = '') => `The General Assembly,\n\n${pp}\n\n${op}\n${notes}`;

ruleTester(footnoteMissingSource, {
  valid: [
    { name: 'footnoted at its first mention', text: T('_Reaffirming_ the United Nations Global Counter-Terrorism Strategy,[^1]', undefined, '\n[^1]: Resolution 60/288.\n') },
    { name: 'footnoted behind a semicolon', text: T('_Recalling_ its resolution 59/50,', '1. _Invites_ the Organization to implement the United Nations Global Counter-Terrorism Strategy;[^1]\n\n2. _Decides_ to continue.', '\n[^1]: Resolution 60/288.\n') },
    { name: 'footnoted at one mention, not at a later one', text: T('_Reaffirming_ the Sendai Framework for Disaster Risk Reduction 2015–2030,[^1]', '1. _Calls for_ the implementation of the Sendai Framework for Disaster Risk Reduction 2015–2030.', '\n[^1]: Resolution 69/283, annex II.\n') },
    { name: 'cited by the number of the resolution that adopted it (FN-08)', text: T('_Reaffirming_ the United Nations Global Counter-Terrorism Strategy, adopted in its resolution 60/288 of 8 September 2006,') },
    { name: 'cited by number before the title, in the same clause (`resolution 60/288 of 8 September 2006, by which it adopted the …`; review finding)', text: T('_Recalling_ its resolution 60/288 of 8 September 2006, by which it adopted the United Nations Global Counter-Terrorism Strategy,') },
    { name: 'a PDF footnote digit glued to the comma (PARSE-03)', text: T('_Reaffirming_ the United Nations Global Counter-Terrorism Strategy,6') },
    { name: 'an instrument annexed to the present resolution', text: T('_Recalling_ its resolution 59/50,', '1. _Adopts_ the Doha Political Declaration, as contained in the annex to the present resolution.') },
    { name: 'a reference back, not a title: "the Plan of Action", "the Joint Declaration"', text: T('_Welcoming_ the Plan of Action and the Joint Declaration,') },
    { name: 'a meeting of the parties to an instrument, not the instrument', text: T('_Recalling_ the Review Conference of the Parties to the Global Strategy of Nations,') },
    { name: 'treaties and conventions are not checked (named without footnotes in GA texts)', text: T('_Recalling_ the Treaty on the Non-Proliferation of Nuclear Weapons,') },
    { name: 'the Charter is never footnoted', text: T('_Guided by_ the Charter of the United Nations,') },
    { name: 'a title in a quotation', text: T('_Recalling_ its resolution 59/50, entitled “Global Strategy for Peace”,') },
    { name: 'not checked under the sc profile (in-text citations, FN-09)', text: T('_Reaffirming_ the United Nations Global Counter-Terrorism Strategy,'), settings: { profile: 'sc' } },
  ],
  invalid: [
    {
      name: 'a strategy named by its title without a footnote (FN-08 ✘)',
      text: T('_Reaffirming_ the United Nations Global Counter-Terrorism Strategy,'),
      errors: [{ line: 3, column: 19, messageId: 'missing', message: '"United Nations Global Counter-Terrorism Strategy"' }],
      output: null,
    },
    {
      name: 'a resolution cited in an earlier clause (behind a semicolon) does not source a title',
      text: T('_Recalling_ its resolutions,', '1. _Takes note_ of resolution 59/50; _invites_ the Organization to implement the United Nations Global Counter-Terrorism Strategy;\n\n2. _Decides_ to continue.'),
      errors: [{ line: 5, messageId: 'missing' }],
      output: null,
    },
    {
      name: 'a programme of action, reported once for two mentions',
      text: T('_Recalling_ the Programme of Action of the International Conference on Population and Development,', '1. _Calls for_ the implementation of the Programme of Action of the International Conference on Population and Development.'),
      errors: [{ line: 3, column: 17, messageId: 'missing' }],
      output: null,
    },
    {
      name: 'a wrapped title (text from a PDF) after a plain opener',
      text: T('Recalling the Universal Declaration of Human\nRights and the Vienna Declaration and Programme of Action,'),
      errors: [{ line: 3, column: 15, messageId: 'missing', message: 'Universal Declaration of Human\nRights and the Vienna Declaration and Programme of Action' }],
      output: null,
    },
  ],
});

describe('footnote-missing-source page', () => docExamples(footnoteMissingSource));
