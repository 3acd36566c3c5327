import { singleSentence } from '../../../server/src/core/rules/single-sentence';
import { draft, ruleTester } from '../ruleTester';

const OP = '\n\n1. _Decides_ to continue its consideration of the question.\n';
const pp = (body: string) => draft(`_Recalling_ ${body},${OP}`);

ruleTester(singleSentence, {
  valid: [
    { name: 'one phrase', text: pp('its resolution 59/50 of 2 December 2004') },
    { name: 'abbreviations (`No.`, `para.`, `Mr.`, `vol.`) and initials', text: pp('Treaty Series, vol. I, No. 27531, para. 3, and the statement by Mr. J. Smith and the U.N. Secretariat') },
    { name: 'a full stop inside a quotation', text: pp('its resolution entitled “Our world. Our future”') },
    { name: 'a sales number and decimals', text: pp('the report (United Nations publication, Sales No. E.96.IV.13) and the 0.7 per cent target') },
    { name: 'an annexed declaration after the closing block is not checked (SKEL-13)', text: `${pp('its resolution 59/50')}\n101st plenary meeting\n25 July 2019\n\n1. We, the Heads of State, meet here. We reaffirm our commitment.\n` },
  ],
  invalid: [
    {
      name: 'a second sentence in a preambular paragraph (PRE-08 ✘)',
      text: pp('its resolution 59/50. It also notes the report'),
      errors: [{ line: 8, column: 33, messageId: 'preamble' }],
      output: null,
    },
    {
      name: 'a second sentence in an operative paragraph, after a footnote reference (OP-09)',
      text: draft('_Recalling_ its resolution 59/50,\n\n1. _Decides_ to continue.[^1] The Secretary-General shall report.\n\n[^1]: Resolution 59/50.\n'),
      errors: [{ line: 10, column: 25, messageId: 'operative' }],
      output: null,
    },
  ],
});
