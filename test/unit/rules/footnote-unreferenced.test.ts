import { footnoteUnreferenced } from '../../../server/src/core/rules/footnote-unreferenced';
import { draft, ruleTester } from '../ruleTester';

const pp = '_Having considered_ the report of the Secretary-General on cooperation between the United Nations and regional and other organizations,';
const op1 = '1. _Invites_ the United Nations to continue the implementation of the United Nations Global Counter-Terrorism Strategy;';
const op2 = '2. _Decides_ to include the sub-item in the provisional agenda of its seventy-fifth session.';
/** A draft: the preambular paragraph on line 8 (with `ppRef`), operative paragraphs on lines 10 and 12 (with `opRef`), definitions from line 14. */
const text = (ppRef: string, opRef: string, defs: string) => draft(`${pp}${ppRef}\n\n${op1}${opRef}\n\n${op2}\n\n${defs}\n`);

ruleTester(footnoteUnreferenced, {
  valid: [
    { name: 'every definition is cited', text: text('[^1]', '[^2]', '[^1]: A/73/328–S/2018/592.\n[^2]: Resolution 60/288.') },
    // format.md, 6: `[N: …]` is a Word-export footnote only in a Word export (a text with
    // `[footnoteRef:`); in a draft it is text (`[3:1]`, `[2030: target]`), which the rules read.
    { name: 'a bracket `[1: …]` in a draft with no `[footnoteRef:` is text, not a footnote', text: text(' [1: A/73/328–S/2018/592.]', '', '') },
    { name: 'a definition cited twice (legacy re-citation)', text: text('[^1]', '[^1]', '[^1]: A/73/328–S/2018/592.'), settings: { footnoteStyle: 'legacy' } },
    { name: 'a named label', text: text('[^csto-report]', '', '[^csto-report]: A/73/328–S/2018/592.') },
    { name: 'Word-export footnotes: `[footnoteRef:1]` and its `[1: text]` body', text: text('[footnoteRef:1] [1: A/73/328–S/2018/592.]', '[footnoteRef:2] [2: Resolution 60/288.]', '') },
    { name: 'a caret definition cited by a Word-export reference', text: text('[footnoteRef:1]', '', '[^1]: A/73/328–S/2018/592.') },
    { name: 'a definition cited from the annex (footnote rules apply inside annexes)', text: `${text('[^1]', '', '[^1]: A/73/328–S/2018/592.\n[^2]: Resolution 49/57, annex.')}\nAnnex\n\nDeclaration on the Enhancement of Cooperation[^2]\n` },
    { name: 'CRLF line ends', text: text('[^1]', '[^2]', '[^1]: A/73/328–S/2018/592.\n[^2]: Resolution 60/288.').replace(/\n/g, '\r\n') },
  ],
  invalid: [
    {
      name: 'a definition that nothing cites (FN-05)',
      text: text('[^1]', '', '[^1]: A/73/328–S/2018/592.\n[^2]: Resolution 60/288.'),
      errors: [{ line: 15, column: 3, messageId: 'unreferenced', message: 'Footnote [^2] is defined but never referenced' }],
      output: null,
    },
    {
      name: 'a reference hidden in a comment does not count',
      text: text('<!-- [^1] -->', '', '[^1]: A/73/328–S/2018/592.'),
      errors: [{ line: 14, column: 3, messageId: 'unreferenced' }],
      output: null,
    },
    {
      name: 'a Word-export body `[1: …]` whose `[footnoteRef:1]` was deleted, in a Word export that cites another',
      text: text(' [1: A/73/328–S/2018/592.]', '[footnoteRef:2] [2: Resolution 60/288.]', ''),
      errors: [{ line: 8, column: 138, messageId: 'unreferenced', message: '[^1]' }],
      output: null,
    },
    {
      name: 'a named definition cited under another name',
      text: text('[^csto]', '', '[^csto]: A/73/328–S/2018/592.\n[^csto-report]: A/73/1.'),
      errors: [{ line: 15, column: 3, messageId: 'unreferenced', message: '`[^csto-report]`' }],
      output: null,
    },
    {
      name: 'two unreferenced definitions in a CRLF file',
      text: text('', '', '[^1]: A/73/328–S/2018/592.\n[^2]: Resolution 60/288.').replace(/\n/g, '\r\n'),
      errors: [{ line: 14, column: 3, messageId: 'unreferenced' }, { line: 15, column: 3, messageId: 'unreferenced' }],
      output: null,
    },
  ],
});
