import { footnoteRepeatedReference } from '../../../server/src/core/rules/footnote-repeated-reference';
import { ruleTester } from '../ruleTester';
import { ADOPTED, at, edit } from './structureTexts';

const REPEATED = edit(ADOPTED, 'report of the Secretary-General;', 'report of the Secretary-General;[^1]');
const NEW_FOOTNOTE = `${edit(ADOPTED, 'report of the Secretary-General;', 'report of the Secretary-General;[^2]')}[^2]: A/73/328–S/2018/592.\n`;

ruleTester(footnoteRepeatedReference, {
  valid: [
    { name: 'one reference per footnote', text: ADOPTED, settings: { footnoteStyle: 'current' } },
    { name: 'current style: a new footnote with the same text (80/15)', text: NEW_FOOTNOTE, settings: { footnoteStyle: 'current' } },
    { name: 'legacy style repeats the number (73/331 operative 1)', text: REPEATED, settings: { footnoteStyle: 'legacy' } },
    { name: 'the session picks the legacy style: the seventy-third session repeats numbers', text: REPEATED },
  ],
  invalid: [
    {
      name: 'current style: a repeated number (FN-04)',
      text: REPEATED,
      settings: { footnoteStyle: 'current' },
      errors: [{ ...at(REPEATED, ';[^1]'), column: at(REPEATED, ';[^1]').column + 1, messageId: 'repeated' }],
      output: null,
    },
    {
      name: 'the session picks the current style from the seventy-fifth session',
      text: edit(edit(REPEATED, 'Seventy-third session', 'Seventy-fifth session'), 'A/RES/73/331', 'A/RES/75/331').replace('73/331.', '75/331.'),
      errors: [{ line: at(REPEATED, ';[^1]').line, messageId: 'repeated' }],
      output: null,
    },
  ],
});
