import { syntax } from '../../../server/src/core/rules/syntax';
import { draft, ruleTester } from '../ruleTester';

const pp = '_Having considered_ the report of the Secretary-General on cooperation between the United Nations and regional and other organizations,';
const op = '1. _Invites_ the United Nations and the Collective Security Treaty Organization to continue their interaction;\n\n2. _Decides_ to include in the provisional agenda of its seventy-fifth session the sub-item.\n';

ruleTester(syntax, {
  valid: [
    { name: 'a well-formed draft with italics, a footnote and a closed comment', text: draft(`<!-- check the symbol with the Secretariat -->\n${pp}[^1]\n\n${op}\n[^1]: A/73/328–S/2018/592.\n`) },
    { name: 'a comment may span blank lines when it is closed', text: draft(`${pp}\n<!-- first note\n\nsecond note -->\n\n${op}`) },
    { name: 'an unclosed italic mark inside a comment is not text', text: draft(`${pp} <!-- an _unclosed mark in a note -->\n\n${op}`) },
    { name: 'underscores inside words, a lone asterisk between spaces, bold and underline are not unclosed italics', text: draft(`${pp} as in file_name and 5 * 3,\n\n1. _Decides_ to continue **in particular** and __with priority__.\n`) },
    { name: 'an italic publication title inside a footnote', text: draft(`${pp}[^1]\n\n${op}\n[^1]: See _Official Records of the General Assembly, Seventy-third Session, Supplement No. 12_ (A/73/12).\n`) },
    { name: 'Word-export footnotes `[footnoteRef:1]` / `[1: text]` that are closed, and a `[bookmark: …]` mark', text: draft(`[bookmark: _Ref15050521]${pp}[footnoteRef:1] [1: A/73/328–S/2018/592.]\n\n${op}`) },
    { name: 'a Word-export footnote with an italic title and nested brackets', text: draft(`${pp}[footnoteRef:1] [1: S/PRST/2010/1; see _Resolutions and Decisions of the Security Council_ [S/INF/65].]\n\n${op}`) },
    { name: 'CRLF line ends, a BOM, tabs and no-break spaces', text: `\ufeffThe General Assembly,\r\n\r\n_Recalling_ its resolution 59/50 of 2\u00a0December\u00a02004,\r\n\r\n1.\t_Decides_ to continue.\r\n` },
    { name: 'an italic opener wrapped over two lines of one block', text: draft('_Noting with\nappreciation_ the progress in enhancing practical cooperation,\n\n1. _Decides_ to continue.\n') },
  ],
  invalid: [
    {
      name: 'an italic opener that is never closed',
      text: draft('_Recalling its resolution 59/50 of 2 December 2004,\n\n1. _Decides_ to continue.\n'),
      errors: [{ line: 8, column: 1, messageId: 'problem', message: 'This italic mark `_` is not closed in its paragraph' }],
      output: null,
    },
    {
      name: 'italics do not run across a blank line (the closing mark after a word cannot open a new span)',
      text: draft('_Noting\n\nwith appreciation_ the progress in enhancing practical cooperation,\n\n1. _Decides_ to continue.\n'),
      errors: [{ line: 8, column: 1, message: 'italic mark `_` is not closed' }],
      output: null,
    },
    {
      name: 'an unclosed underline and an unclosed asterisk italic',
      text: draft('__Recalling its resolution 59/50,\n\n1. *Decides to continue.\n'),
      errors: [{ line: 8, column: 1, message: 'This underline mark `__` is not closed' }, { line: 10, column: 4, message: 'This italic mark `*` is not closed' }],
      output: null,
    },
    {
      name: 'a comment that is never closed (it hides only the rest of its block)',
      text: draft(`${pp}\n<!-- check with the Fifth Committee\n\n${op}`),
      errors: [{ line: 9, column: 1, message: 'This comment is not closed: end it with `-->`' }],
      output: null,
    },
    {
      name: 'a Word-export footnote body `[1: …` without its closing bracket',
      text: draft(`${pp}[footnoteRef:1] [1: A/73/328–S/2018/592.\n\n${op}`),
      errors: [{ line: 8, column: 152, message: 'Footnote [1: …] is not closed' }],
      output: null,
    },
    {
      name: 'an unclosed italic title in a footnote definition',
      text: draft(`${pp}[^1]\n\n${op}\n[^1]: See _Official Records of the General Assembly.\n`),
      errors: [{ line: 14, column: 11, message: 'italic mark `_` is not closed' }],
      output: null,
    },
    {
      name: 'an unclosed italic in the annex is still reported (annexes are free text, not free syntax)',
      text: draft(`${pp}\n\n${op}\nAnnex\n\nWe, the _Heads of State and Government,\n`),
      errors: [{ line: 16, column: 9, message: 'italic mark `_` is not closed' }],
      output: null,
    },
    {
      name: 'an unclosed italic in a CRLF file is placed on the right line and column',
      text: 'The General Assembly,\r\n\r\n_Recalling its resolution 59/50,\r\n\r\n1. _Decides_ to continue.\r\n',
      errors: [{ line: 3, column: 1, message: 'italic mark `_` is not closed' }],
      output: null,
    },
    {
      name: 'a file with NUL characters is binary, not a draft',
      text: draft('_Recalling_ its resolution\u0000 59/50,\n\n1. _Decides_ to continue.\n'),
      errors: [{ line: 1, column: 1, message: 'This file contains NUL characters' }],
      output: null,
    },
  ],
});
