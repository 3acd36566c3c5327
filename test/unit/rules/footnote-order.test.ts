import { footnoteOrder } from '../../../server/src/core/rules/footnote-order';
import { draft, ruleTester } from '../ruleTester';

const pp1 = '_Having considered_ the report of the Secretary-General on cooperation between the United Nations and regional and other organizations,';
const pp2 = '_Referring further_ to its Declaration on the Enhancement of Cooperation between the United Nations and Regional Arrangements,';
const op1 = '1. _Takes note with appreciation_ of the report of the Secretary-General,';
const op2 = '2. _Invites_ the United Nations to continue the implementation of the United Nations Global Counter-Terrorism Strategy;';
const op3 = '3. _Decides_ to include the sub-item in the provisional agenda of its seventy-fifth session.';
/** A draft with references after pp1 (line 8), pp2 (line 10), op1 (line 12) and op2 (line 14). */
const text = (r: [string, string, string, string]) => draft(`${pp1}${r[0]}\n\n${pp2}${r[1]}\n\n${op1}${r[2]} and _acknowledges_ the interaction;\n\n${op2}${r[3]}\n\n${op3}\n`);

ruleTester(footnoteOrder, {
  valid: [
    { name: 'numbered 1, 2, 3 in the order of first reference', text: text(['[^1]', '[^2]', '', '[^3]']) },
    { name: 'a repeated earlier number is not a new footnote (legacy re-citation, FN-01 FP risk)', text: text(['[^1]', '[^2]', '[^1]', '[^3]']), settings: { footnoteStyle: 'legacy' } },
    { name: 'the footnote style does not change the order check', text: text(['[^1]', '[^2]', '[^1]', '[^3]']), settings: { footnoteStyle: 'current' } },
    { name: 'named labels are numbered when printed and are not checked', text: text(['[^csto-report]', '[^declaration]', '[^csto-report]', '[^strategy]']) },
    { name: 'two references at one point, in order', text: text(['[^1]', '[^2][^3]', '', '[^4]']) },
    { name: 'Word-export references `[footnoteRef:N]`', text: text(['[footnoteRef:1] [1: A/73/328–S/2018/592.]', '[footnoteRef:2] [2: Resolution 49/57, annex.]', '[footnoteRef:1]', '[footnoteRef:3] [3: Resolution 60/288.]']) },
    { name: 'definitions in another order do not matter to this rule', text: `${text(['[^1]', '[^2]', '', ''])}\n[^2]: Resolution 49/57, annex.\n[^1]: A/73/328–S/2018/592.\n` },
    { name: 'a footnote cited inside another prints right after it', text: `${text(['[^1]', '[^3]', '', ''])}\n[^3]: Resolution 49/57.\n[^1]: A/73/328, see [^2].\n[^2]: Resolution 60/288.\n` },
    { name: 'a footnote that cites itself', text: `${text(['[^1]', '[^2]', '', ''])}\n[^1]: A/73/328 [^1].\n[^2]: Resolution 60/288.\n` },
    { name: 'references inside a footnote that never prints are not numbered', text: `${text(['[^1]', '', '', ''])}\n[^1]: A/73/328.\n[^note]: Not cited, see [^7].\n` },
    { name: 'a reference inside a comment is ignored', text: text(['[^1]', '<!-- [^3] later -->[^2]', '', '']) },
    { name: 'CRLF line ends', text: text(['[^1]', '[^2]', '', '[^3]']).replace(/\n/g, '\r\n') },
  ],
  invalid: [
    {
      name: 'numbering that starts at 2 (FN-01 ✘)',
      text: text(['[^2]', '[^3]', '', '']),
      errors: [{ line: 8, column: 136, messageId: 'order', message: '[^2] is the first footnote cited' }],
      output: null,
    },
    {
      name: 'a jump 2 → 4 (FN-01 ✘): reported once, not for every later footnote',
      text: text(['[^1]', '[^2]', '', '[^4]']),
      errors: [{ line: 14, column: 120, messageId: 'order', message: 'should be [^3]' }],
      output: null,
    },
    {
      name: 'two footnotes swapped',
      text: text(['[^1]', '[^3]', '', '[^2]']),
      errors: [{ line: 10, column: 127, messageId: 'order', message: '[^3] is the second footnote cited' }, { line: 14, column: 120, messageId: 'order', message: '[^2] is the third footnote cited' }],
      output: null,
    },
    {
      name: 'Word-export references out of order',
      text: text(['[footnoteRef:2] [2: Resolution 49/57, annex.]', '[footnoteRef:1] [1: A/73/328–S/2018/592.]', '', '']),
      errors: [{ line: 8, column: 136, messageId: 'order', message: 'should be [^1]' }, { line: 10, column: 127, messageId: 'order', message: 'should be [^2]' }],
      output: null,
    },
    {
      name: 'a footnote cited inside another numbered as if it came after the next one in the text',
      text: `${text(['[^1]', '[^2]', '', ''])}\n[^1]: A/73/328, see [^3].\n[^2]: Resolution 49/57.\n[^3]: Resolution 60/288.\n`,
      errors: [{ line: 10, column: 127, messageId: 'order', message: '[^2] is the third footnote cited' }, { line: 18, column: 21, messageId: 'order', message: '[^3] is the second footnote cited' }],
      output: null,
    },
    {
      name: 'out of order in a CRLF file',
      text: text(['[^1]', '[^3]', '', '[^2]']).replace(/\n/g, '\r\n'),
      errors: [{ line: 10, column: 127, messageId: 'order' }, { line: 14, column: 120, messageId: 'order' }],
      output: null,
    },
  ],
});
