import { footnoteUndefined } from '../../../server/src/core/rules/footnote-undefined';
import { draft, ruleTester } from '../ruleTester';

const pp = '_Having considered_ the report of the Secretary-General on cooperation between the United Nations and regional and other organizations,';
const op1 = '1. _Takes note with appreciation_ of the report of the Secretary-General,';
const op2 = '2. _Invites_ the United Nations to continue the implementation of the United Nations Global Counter-Terrorism Strategy;';
const op3 = '3. _Decides_ to include the sub-item in the provisional agenda of its seventy-fifth session.';
const defs = '[^1]: A/73/328–S/2018/592.\n[^5]: Resolution 60/288.';
/** A draft: the preambular paragraph on line 8, operative paragraphs on lines 10, 12, 14, then `tail`. */
const text = (refs: { pp?: string; op1?: string; op2?: string }, tail = defs) => draft(`${pp}${refs.pp ?? ''}\n\n${op1}${refs.op1 ?? ''} and _acknowledges_ the interaction;\n\n${op2}${refs.op2 ?? ''}\n\n${op3}\n\n${tail}\n`);

ruleTester(footnoteUndefined, {
  valid: [
    { name: 'every reference has a definition at the end', text: text({ pp: '[^1]', op2: '[^5]' }) },
    { name: 'a repeated reference (legacy re-citation, FN-04) needs one definition', text: text({ pp: '[^1]', op1: '[^1]', op2: '[^5]' }), settings: { footnoteStyle: 'legacy' } },
    { name: 'the current footnote style does not change what counts as defined', text: text({ pp: '[^1]', op1: '[^1]', op2: '[^5]' }), settings: { footnoteStyle: 'current' } },
    { name: 'a named label', text: text({ pp: '[^csto-report]' }, '[^csto-report]: A/73/328–S/2018/592.') },
    { name: 'Word-export references `[footnoteRef:1]` with `[1: text]` bodies', text: text({ pp: '[footnoteRef:1] [1: A/73/328–S/2018/592.]', op2: '[footnoteRef:2] [2: Resolution 60/288.]' }, '') },
    { name: 'a Word-export reference defined by a caret definition (the two syntaxes mean the same)', text: text({ pp: '[footnoteRef:1]' }, '[^1]: A/73/328–S/2018/592.') },
    { name: 'a definition in the middle of the text, with an indented continuation line', text: draft(`${pp}[^1]\n\n[^1]: See _Official Records of the Economic and Social Council, 2009,\n    Supplement No. 8_ (E/2009/28), chap. I, sect. C.\n\n${op3}\n`) },
    { name: 'a reference inside a comment is not a reference', text: text({ pp: '<!-- [^9] to be added -->' }, '') },
    { name: 'CRLF line ends', text: text({ pp: '[^1]', op2: '[^5]' }).replace(/\n/g, '\r\n') },
  ],
  invalid: [
    {
      name: 'a reference without a definition (FN-05)',
      text: text({ pp: '[^1]', op2: '[^5]' }, '[^1]: A/73/328–S/2018/592.'),
      errors: [{ line: 12, column: 120, messageId: 'undefined', message: 'Footnote [^5] has no definition' }],
      output: null,
    },
    {
      name: 'no definitions at all: each label is reported at every reference',
      text: text({ pp: '[^1]', op1: '[^1]' }, ''),
      errors: [{ line: 8, column: 136, messageId: 'undefined' }, { line: 10, column: 74, messageId: 'undefined' }],
      output: null,
    },
    {
      name: 'a named label with a typo in the definition',
      text: text({ pp: '[^csto-report]' }, '[^cstoreport]: A/73/328–S/2018/592.'),
      errors: [{ line: 8, column: 136, messageId: 'undefined', message: '`[^csto-report]: …`' }],
      output: null,
    },
    {
      name: 'labels are case-sensitive',
      text: text({ pp: '[^CSTO]' }, '[^csto]: A/73/328–S/2018/592.'),
      errors: [{ line: 8, column: 136, messageId: 'undefined', message: '[^CSTO]' }],
      output: null,
    },
    {
      name: 'a Word-export reference whose `[N: …]` body is missing',
      text: text({ pp: '[footnoteRef:1] [1: A/73/328–S/2018/592.]', op2: '[footnoteRef:2]' }, ''),
      errors: [{ line: 12, column: 120, messageId: 'undefined', message: '[^2]' }],
      output: null,
    },
    {
      name: 'a reference inside a footnote definition counts too',
      text: text({ pp: '[^1]' }, '[^1]: A/73/328–S/2018/592; see also [^2].'),
      errors: [{ line: 16, column: 37, messageId: 'undefined', message: '[^2]' }],
      output: null,
    },
    {
      name: 'a missing definition in a CRLF file',
      text: text({ op2: '[^5]' }, '').replace(/\n/g, '\r\n'),
      errors: [{ line: 12, column: 120, messageId: 'undefined' }],
      output: null,
    },
  ],
});
