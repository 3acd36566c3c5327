import { footnoteDuplicate } from '../../../server/src/core/rules/footnote-duplicate';
import { draft, ruleTester } from '../ruleTester';

const pp = '_Having considered_ the report of the Secretary-General on cooperation between the United Nations and regional and other organizations,[^1]';
const op1 = '1. _Invites_ the United Nations to continue the implementation of the United Nations Global Counter-Terrorism Strategy;[^2]';
const op2 = '2. _Decides_ to include the sub-item in the provisional agenda of its seventy-fifth session.';
/** A draft with references [^1] and [^2], and definitions from line 14. */
const text = (defs: string) => draft(`${pp}\n\n${op1}\n\n${op2}\n\n${defs}\n`);

ruleTester(footnoteDuplicate, {
  valid: [
    { name: 'one definition per label', text: text('[^1]: A/73/328–S/2018/592.\n[^2]: Resolution 60/288.') },
    { name: 'identical texts under different labels (the current style’s repeated citation, FN-04)', text: text('[^1]: Resolution 60/288.\n[^2]: Resolution 60/288.'), settings: { footnoteStyle: 'current' } },
    { name: 'a reference repeated in the text is not a second definition', text: draft(`${pp}\n\n${op1.replace('[^2]', '[^1]')}\n\n${op2}\n\n[^1]: A/73/328–S/2018/592.\n`) },
    { name: 'Word-export bodies with different numbers', text: draft('_Having considered_ the report,[footnoteRef:1] [1: A/73/328–S/2018/592.]\n\n1. _Invites_ the United Nations to continue;[footnoteRef:2] [2: Resolution 60/288.]\n\n2. _Decides_ to continue.\n') },
    { name: 'a definition whose text looks like a label on its continuation line', text: text('[^1]: A/73/328–S/2018/592;\n  see also [^1] above.\n[^2]: Resolution 60/288.') },
    { name: 'CRLF line ends', text: text('[^1]: A/73/328–S/2018/592.\n[^2]: Resolution 60/288.').replace(/\n/g, '\r\n') },
  ],
  invalid: [
    {
      name: 'a label defined twice (FN-01: each number is used for one footnote body)',
      text: text('[^1]: A/73/328–S/2018/592.\n[^2]: Resolution 60/288.\n[^1]: Resolution 49/57, annex.'),
      errors: [{ line: 16, column: 3, messageId: 'duplicate', message: 'already defined on line 14' }],
      output: null,
    },
    {
      name: 'a label defined three times: both later definitions point to the first',
      text: text('[^2]: Resolution 60/288.\n[^1]: A/73/328–S/2018/592.\n[^2]: Resolution 49/57.\n[^2]: Resolution 59/50.'),
      errors: [{ line: 16, column: 3, messageId: 'duplicate', message: '[^2] is already defined on line 14' }, { line: 17, column: 3, messageId: 'duplicate', message: 'line 14' }],
      output: null,
    },
    {
      name: 'a caret definition and a Word-export body for the same number',
      text: draft('_Having considered_ the report,[footnoteRef:1] [1: A/73/328–S/2018/592.]\n\n1. _Decides_ to continue.\n\n[^1]: A/73/328–S/2018/592.\n'),
      errors: [{ line: 12, column: 3, messageId: 'duplicate', message: 'already defined on line 8' }],
      output: null,
    },
    {
      name: 'a named label defined twice',
      text: draft(`${pp.replace('[^1]', '[^csto-report]')}\n\n${op2}\n\n[^csto-report]: A/73/328–S/2018/592.\n\n[^csto-report]: A/73/328.\n`),
      errors: [{ line: 14, column: 3, messageId: 'duplicate', message: '[^csto-report]' }],
      output: null,
    },
    {
      name: 'line numbers are right in a CRLF file',
      text: text('[^1]: A/73/328–S/2018/592.\n[^2]: Resolution 60/288.\n[^2]: Resolution 49/57.').replace(/\n/g, '\r\n'),
      errors: [{ line: 16, column: 3, messageId: 'duplicate', message: 'line 15' }],
      output: null,
    },
  ],
});
