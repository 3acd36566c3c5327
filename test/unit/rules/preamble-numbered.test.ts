import { preambleNumbered } from '../../../server/src/core/rules/preamble-numbered';
import { draft, ruleTester } from '../ruleTester';

const pp1 = '_Having considered_ the report of the Secretary-General on cooperation between the United Nations and regional and other organizations,';
const pp2 = '_Referring_ to its resolution 59/50 of 2 December 2004, in which it granted the Collective Security Treaty Organization observer status in the General Assembly,';
const op1 = '_Takes note with appreciation_ of the report of the Secretary-General;';
const op2 = '_Decides_ to include in the provisional agenda of its seventy-fifth session the sub-item.';

ruleTester(preambleNumbered, {
  valid: [
    { name: 'an unnumbered preamble followed by numbered operative paragraphs', text: draft(`${pp1}\n\n${pp2}\n\n1. ${op1}\n\n2. ${op2}\n`) },
    { name: 'a single unnumbered operative paragraph and no preamble', text: 'The General Assembly\n\n_Decides_ to adopt the programme of work annexed to the present resolution.\n' },
    { name: 'a preambular paragraph that cites paragraph numbers in its text', text: draft(`_Recalling_ paragraphs 1. and 2. of its resolution 59/50,\n\n1. ${op1}\n\n2. ${op2}\n`) },
    { name: 'a numbered paragraph with a preambular opener after the first operative paragraph is operative, not preambular (operative-preambular-form reports it)', text: draft(`${pp1}\n\n1. ${op1}\n\n2. _Noting_ the report;\n\n3. ${op2}\n`) },
    { name: 'a numbered operative paragraph whose operative phrase is longer than a preambular reading', text: draft(`${pp1}\n\n1. _Takes note with appreciation_ of the report;\n\n2. ${op2}\n`) },
    { name: 'CRLF line ends, tabs after the numbers', text: draft(`${pp1}\n\n1.\t${op1}\n\n2.\t${op2}\n`).replace(/\n/g, '\r\n') },
  ],
  invalid: [
    {
      name: 'numbered preambular paragraphs before the operative part (CONVENTIONS.md 9.1, line 7)',
      text: draft(`1. ${pp1}\n\n2. ${pp2}\n\n3. ${op1}\n\n4. ${op2}\n`),
      errors: [{ line: 8, column: 1, messageId: 'numbered', message: 'remove "1."' }, { line: 10, column: 1, messageId: 'numbered', message: 'remove "2."' }],
      output: draft(`${pp1}\n\n${pp2}\n\n3. ${op1}\n\n4. ${op2}\n`),
    },
    {
      name: 'only the first preambular paragraph is numbered; the preamble goes on after it',
      text: draft(`1. ${pp1}\n\n${pp2}\n\n2. ${op1}\n\n3. ${op2}\n`),
      errors: [{ line: 8, column: 1, messageId: 'numbered' }],
      output: draft(`${pp1}\n\n${pp2}\n\n2. ${op1}\n\n3. ${op2}\n`),
    },
    {
      name: 'a numbered plain-text preambular paragraph (no italics)',
      text: draft(`${pp1}\n\n1. Recalling its resolution A/RES/59/50,\n\n2. ${op1}\n\n3. ${op2}\n`),
      errors: [{ line: 10, column: 1, messageId: 'numbered' }],
      output: draft(`${pp1}\n\nRecalling its resolution A/RES/59/50,\n\n2. ${op1}\n\n3. ${op2}\n`),
    },
    {
      name: 'the fix removes the number and the tab or no-break space after it, and keeps CRLF',
      text: draft(`1.\t${pp1}\n\n2.\u00a0${pp2}\n\n1. ${op1}\n\n2. ${op2}\n`).replace(/\n/g, '\r\n'),
      errors: [{ line: 8, column: 1, messageId: 'numbered' }, { line: 10, column: 1, messageId: 'numbered' }],
      output: draft(`${pp1}\n\n${pp2}\n\n1. ${op1}\n\n2. ${op2}\n`).replace(/\n/g, '\r\n'),
    },
    {
      name: 'a numbered "Taking note" paragraph: the preambular participle wins over the operative reading',
      text: draft(`1. _Taking note with appreciation_ of the report of the Secretary-General,\n\n2. ${op2}\n`),
      errors: [{ line: 8, column: 1, messageId: 'numbered' }],
      output: draft(`_Taking note with appreciation_ of the report of the Secretary-General,\n\n2. ${op2}\n`),
    },
    {
      name: 'a preamble numbered throughout with no operative part yet (a half-written draft)',
      text: draft(`1. ${pp1}\n\n2. ${pp2}\n`),
      errors: [{ line: 8, column: 1, messageId: 'numbered' }, { line: 10, column: 1, messageId: 'numbered' }],
      output: draft(`${pp1}\n\n${pp2}\n`),
    },
  ],
});
