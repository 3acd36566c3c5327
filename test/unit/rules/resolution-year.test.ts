import { resolutionYear } from '../../../server/src/core/rules/resolution-year';
import { draft, ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

const ga = (text: string) => draft(`_Recalling_ ${text},\n\n1. _Decides_ to continue its consideration of the item.\n`);
const sc = (text: string) => `The Security Council,\n\n_Recalling_ ${text},\n\n1. _Decides_ to remain seized of the matter.\n`;

ruleTester(resolutionYear, {
  valid: [
    { name: 'Security Council resolutions with their years (REF-04 ✔)', text: ga('Security Council resolutions 1265 (1999), 1296 (2000) and 1674 (2006), and resolution 1631 (2005) of 17 October 2005') },
    { name: 'General Assembly resolutions have a slash or a roman session, also in an SC text', text: sc('General Assembly resolutions 60/1 and 1514 (XV), and its resolutions 1325 (2000) and 161 A (1961)') },
    { name: 'a GA text cites its own resolutions without years', text: ga('its resolution 59/50 and resolution 2625 (XXV)') },
    { name: 'a missing space is resolution-reference’s business', text: ga('Security Council resolution 1631(2005)') },
    { name: 'a footnote number after a list in extracted text is not a resolution', text: sc('its resolution 435 (1978), 68\n\nTaking note of the report') },
  ],
  invalid: [
    {
      name: 'a Security Council resolution without its year (REF-04 ✘), fixed from its date',
      text: ga('Security Council resolution 1631 of 17 October 2005'),
      errors: [{ line: 8, column: 41, messageId: 'missingYearFix', message: '"1631 (2005)"' }],
      output: ga('Security Council resolution 1631 (2005) of 17 October 2005'),
    },
    {
      name: 'in a Security Council text every number without a slash needs its year; without a date there is no fix',
      text: sc('its resolutions 1265 (1999), 1296 and 1674 (2006)'),
      errors: [{ line: 3, column: 42, messageId: 'missingYear', message: '"1296 (YYYY)"' }],
      output: null,
    },
  ],
});

describe('resolution-year docs', () => docExamples(resolutionYear));
