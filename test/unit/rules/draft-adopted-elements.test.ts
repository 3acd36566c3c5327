import { draftAdoptedElements } from '../../../server/src/core/rules/draft-adopted-elements';
import { ruleTester } from '../ruleTester';
import { ADOPTED, DRAFT, SC, at, edit } from './structureTexts';

const SPONSORS = 'Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russian Federation and Tajikistan: draft resolution';
const TITLE = 'Cooperation between the United Nations and the Collective Security Treaty Organization\n\nThe General';

ruleTester(draftAdoptedElements, {
  valid: [
    { name: 'an adopted text with all its elements', text: ADOPTED },
    { name: 'a draft with a sponsor line and none of the adopted elements', text: DRAFT },
    { name: 'a single sponsor with its asterisk after the colon, `Ghana:* draft resolution` (review finding)', text: edit(DRAFT, SPONSORS, 'Ghana:* draft resolution') },
    { name: 'a Security Council resolution', text: SC },
    { name: 'a revised draft says `revised draft resolution`', text: edit(edit(DRAFT, 'A/73/L.103', 'A/73/L.103/Rev.1'), ': draft resolution', ': revised draft resolution') },
    { name: 'a draft submitted by an officer has no sponsor line', text: edit(DRAFT, SPONSORS, 'Draft resolution submitted by the Vice-Chair of the Committee, Ms. Jane Doe (Ireland), on the basis of informal consultations') },
    { name: 'a draft with no header at all', text: 'The General Assembly,\n\n_Recalling_ its resolution 59/50,\n\n1. _Decides_ to continue.\n' },
    { name: 'an organ that is not one of the four: nothing is required', text: edit(edit(ADOPTED, 'The General Assembly,', 'The Disarmament and International Security Committee,'), 'A/RES/73/331\n', '') },
  ],
  invalid: [
    {
      name: 'a draft with an adoption line (SKEL-10)',
      text: edit(DRAFT, 'Armenia, Belarus', 'Resolution adopted by the General Assembly on 25 July 2019\n\nArmenia, Belarus'),
      errors: [{ line: at(DRAFT, 'Armenia, Belarus').line, column: 1, messageId: 'notInDraft', message: 'no adoption line' }],
      output: null,
    },
    {
      name: 'a draft with a resolution number and a closing block',
      text: edit(edit(DRAFT, TITLE, `73/331. ${TITLE}`), '\n[^1]:', '\n101st plenary meeting\n25 July 2019\n\n[^1]:'),
      errors: [{ line: at(DRAFT, TITLE).line, column: 1, messageId: 'notInDraft', message: 'resolution number' }, { line: at(DRAFT, '[^1]:').line, column: 1, messageId: 'notInDraft', message: 'closing block' }],
      output: null,
    },
    {
      name: 'an adopted text with a sponsor line',
      text: edit(ADOPTED, 'Resolution adopted', `${SPONSORS}\n\nResolution adopted`),
      errors: [{ line: at(ADOPTED, 'Resolution adopted').line, column: 1, messageId: 'notInAdopted' }],
      output: null,
    },
    {
      name: 'an adopted text without its resolution number, provenance line and closing block',
      text: edit(edit(edit(ADOPTED, '73/331. Cooperation', 'Cooperation'), '[without reference to a Main Committee (A/73/L.103 and A/73/L.103/Add.1)]\n\n', ''), '101st plenary meeting\n25 July 2019\n', ''),
      errors: [
        { line: at(ADOPTED, 'Resolution adopted').line, messageId: 'missingInAdopted', message: 'provenance line' },
        { line: at(ADOPTED, '73/331.').line - 2, messageId: 'missingInAdopted', message: 'resolution number' },
        { line: at(ADOPTED, '4. _Decides_').line - 2, messageId: 'missingInAdopted', message: 'closing block' },
      ],
      output: null,
    },
    {
      name: 'a symbol of a draft without a sponsor line',
      text: edit(DRAFT, `${SPONSORS}\n\n`, ''),
      errors: [{ line: 1, column: 1, messageId: 'missingSponsors' }],
      output: null,
    },
    {
      name: 'a revision that says `draft resolution` (CONS-07)',
      text: edit(DRAFT, 'A/73/L.103', 'A/73/L.103/Rev.1'),
      errors: [{ ...at(DRAFT, 'draft resolution'), messageId: 'revised' }],
      output: edit(edit(DRAFT, 'A/73/L.103', 'A/73/L.103/Rev.1'), ': draft resolution', ': revised draft resolution'),
    },
    {
      name: '`revised draft resolution` on a symbol that is no revision',
      text: edit(DRAFT, ': draft resolution', ': revised draft resolution'),
      errors: [{ ...at(DRAFT, 'draft resolution'), messageId: 'notRevised' }],
      output: DRAFT,
    },
  ],
});
