import { footnoteDuplicateText } from '../../../server/src/core/rules/footnote-duplicate-text';
import { ruleTester } from '../ruleTester';
import { ADOPTED, at, edit } from './structureTexts';

const TWO = `${edit(ADOPTED, 'report of the Secretary-General;', 'report of the Secretary-General;[^2]')}[^2]: A/73/328–S/2018/592.\n`;

ruleTester(footnoteDuplicateText, {
  valid: [
    { name: 'different texts', text: `${edit(ADOPTED, 'report of the Secretary-General;', 'report of the Secretary-General;[^2]')}[^2]: Resolution 60/288.\n`, settings: { footnoteStyle: 'legacy' } },
    { name: 'current style: a new footnote with identical text is how a source is cited again (80/15)', text: TWO, settings: { footnoteStyle: 'current' } },
  ],
  invalid: [
    {
      name: 'legacy style: a second footnote with the same text (FN-04)',
      text: TWO,
      settings: { footnoteStyle: 'legacy' },
      errors: [{ line: at(TWO, '[^2]:').line, column: 3, messageId: 'duplicate', message: '`[^1]`' }],
      output: null,
    },
    {
      name: 'the seventy-third session uses the legacy style, and spacing does not hide a duplicate',
      text: TWO.replace('[^2]: A/73/328–S/2018/592.', '[^2]:   A/73/328–S/2018/592.'),
      errors: [{ line: at(TWO, '[^2]:').line, messageId: 'duplicate' }],
      output: null,
    },
  ],
});
