import { organLine } from '../../../server/src/core/rules/organ-line';
import { draft, ruleTester } from '../ruleTester';

const header = 'Seventy-third session\nAgenda item 128 (t)\n\n73/331. Cooperation between the United Nations and the Collective Security Treaty Organization\n\n';
const preamble = '_Referring_ to its resolution 59/50 of 2 December 2004, in which it granted the Collective Security Treaty Organization observer status in the General Assembly,\n\n';
const operative = '1. _Invites_ the United Nations and the Collective Security Treaty Organization to continue their interaction;\n\n2. _Decides_ to include in the provisional agenda of its seventy-fifth session the sub-item.\n';
const single = '_Decides_ to adopt the programme of work annexed to the present resolution.\n';

/** S/RES/33 (1947): `Resolves :` is the lead-in of the numbered paragraphs, with no preamble before it. */
const s33 = (organ: string, date = '27 August 1947') =>
  `33 (1947). Resolution of ${date} [S/528]\n\n${organ}\n\n_Resolves_ :\n\n` +
  '1. That the sub-committee of the Committee of Experts be instructed to negotiate with the General Assembly’s committee on procedure for its acceptance of rule 58 of the provisional rules of procedure ;\n\n' +
  '2. That the Secretary-General be requested to act as convener of the Committee.\n\nAdopted at the 190th meeting.\n';

ruleTester(organLine, {
  valid: [
    { name: 'the General Assembly with a comma before a preamble', text: draft(`${preamble}${operative}`) },
    { name: 'no preamble: no comma, and a single unnumbered operative paragraph (SKEL-07, OP-01)', text: `${header}The General Assembly\n\n${single}` },
    { name: 'no preamble: no comma before numbered operative paragraphs', text: `${header}The General Assembly\n\n${operative}` },
    { name: 'the Security Council, with CRLF line ends', text: 'The Security Council,\r\n\r\n_Recalling_ its resolution 1631 (2005) of 17 October 2005,\r\n\r\n1. _Decides_ to remain seized of the matter.\r\n' },
    { name: 'the Economic and Social Council', text: `The Economic and Social Council,\n\n${preamble}${operative}` },
    { name: 'a Model UN body', text: `The Disarmament and International Security Committee,\n\n${preamble}${operative}` },
    { name: 'an organ line in capitals under `mun`: the style of Model UN conferences (MUN-01; found by a review: reported, and its fix made the draft a GA one)', text: `THE GENERAL ASSEMBLY,\n\n${preamble}${operative}` },
    { name: 'a Model UN committee in capitals is not a United Nations organ', text: `THE DISARMAMENT AND INTERNATIONAL SECURITY COMMITTEE,\n\n${preamble}${operative}`, settings: { profile: 'ga' } },
    { name: 'leading tabs and a no-break space before the comma are white space', text: `\tThe General\u00a0Assembly\u00a0,\n\n${preamble}${operative}` },
    { name: 'an organ line with nothing after it yet: no body to decide the comma', text: `${header}The General Assembly,\n` },
    { name: 'a plain-text preamble without italics still takes the comma', text: `The General Assembly,\n\nRecalling its resolution 59/50 of 2 December 2004,\n\nDecides to continue its consideration of the item.\n` },
    { name: '"The General Assembly" inside a paragraph is not a second organ line', text: draft(`${preamble}1. _Notes_ that\nThe General Assembly\nadopted the declaration;\n\n2. _Decides_ to continue.\n`) },
    { name: 'no comma before `Resolves :`, the lead-in of numbered paragraphs (S/RES/33 (1947))', text: s33('The Security Council'), settings: { profile: 'sc' } },
    { name: 'nor is a comma there refused', text: s33('The Security Council,') },
    { name: 'a historic Security Council text without organ line: `Whereas …` / `It is resolved` (S/RES/17 (1947))', text: '17 (1947). Resolution of 10 February 1947\n\n_Whereas_ the Commission of Investigation has referred to the Council the question of its request to the Greek Government,\n\nIt is resolved that the Security Council request the Secretary-General to advise the Commission of Investigation.\n\nAdopted at the 101st meeting.\n', settings: { profile: 'sc' } },
  ],
  invalid: [
    {
      name: 'an organ line in capitals in a United Nations profile (SKEL-07; found by a review: `THE General Assembly,` was the fix)',
      text: `THE GENERAL ASSEMBLY,\n\n${preamble}${operative}`,
      settings: { profile: 'ga' },
      errors: [{ line: 1, column: 1, messageId: 'capitals', message: 'write `The General Assembly`' }],
      output: `The General Assembly,\n\n${preamble}${operative}`,
    },
    {
      name: '`UN` before the organ (found by a review: the fix wrote `The United Nations General Assembly,`)',
      text: `The UN General Assembly,\n\n${preamble}${operative}`,
      errors: [{ line: 1, column: 1, messageId: 'unPrefix', message: 'write `The General Assembly`, not `The UN General Assembly`' }],
      output: `The General Assembly,\n\n${preamble}${operative}`,
    },
    {
      name: '`United Nations` before the Security Council, in capitals, without the comma: both fixed',
      text: `THE UNITED NATIONS SECURITY COUNCIL\n\n${preamble}${operative}`,
      settings: { profile: 'sc' },
      errors: [
        { line: 1, column: 1, messageId: 'unPrefix', message: 'write `The Security Council`, not `THE UNITED NATIONS SECURITY COUNCIL`' },
        { line: 1, column: 1, messageId: 'needsComma' },
      ],
      output: `The Security Council,\n\n${preamble}${operative}`,
    },
    {
      name: 'no comma although a preamble follows',
      text: `${header}The General Assembly\n\n${preamble}${operative}`,
      errors: [{ line: 6, column: 1, messageId: 'needsComma', message: '`The General Assembly,`' }],
      output: `${header}The General Assembly,\n\n${preamble}${operative}`,
    },
    {
      name: 'a colon instead of the comma before a preamble',
      text: `${header}The General Assembly:\n\n${preamble}${operative}`,
      errors: [{ line: 6, column: 21, messageId: 'needsComma' }],
      output: `${header}The General Assembly,\n\n${preamble}${operative}`,
    },
    {
      name: 'a comma although the text goes straight to the operative part (SKEL-07 ✘)',
      text: `${header}The General Assembly,\n\n${operative}`,
      errors: [{ line: 6, column: 21, messageId: 'noComma', message: '`The General Assembly`' }],
      output: `${header}The General Assembly\n\n${operative}`,
    },
    {
      name: 'a comma before a single unnumbered operative paragraph',
      text: `${header}The General Assembly,\n\n${single}`,
      errors: [{ line: 6, column: 21, messageId: 'noComma' }],
      output: `${header}The General Assembly\n\n${single}`,
    },
    {
      name: 'the Security Council without its comma, in a CRLF file',
      text: 'The Security Council\r\n\r\n_Recalling_ its resolution 1631 (2005) of 17 October 2005,\r\n\r\n1. _Decides_ to remain seized of the matter.\r\n',
      errors: [{ line: 1, column: 1, messageId: 'needsComma', message: '`The Security Council,`' }],
      output: 'The Security Council,\r\n\r\n_Recalling_ its resolution 1631 (2005) of 17 October 2005,\r\n\r\n1. _Decides_ to remain seized of the matter.\r\n',
    },
    {
      name: 'no organ line at all: reported where the body starts, without a fix',
      text: `${header}${preamble}${operative}`,
      errors: [{ line: 6, column: 1, messageId: 'missing' }],
      output: null,
    },
    {
      name: 'a second organ line between the preamble and the operative part',
      text: draft(`${preamble}The General Assembly,\n\n${operative}`),
      errors: [{ line: 10, column: 1, messageId: 'duplicate', message: '`The General Assembly`' }],
      output: null,
    },
    {
      name: 'a second organ line and a missing comma are both reported; only the comma is fixed',
      text: `The Security Council\n\n_Recalling_ its resolution 1631 (2005) of 17 October 2005,\n\n1. _Decides_ to remain seized of the matter.\n\nThe Security Council\n`,
      errors: [{ line: 1, column: 1, messageId: 'needsComma' }, { line: 7, column: 1, messageId: 'duplicate' }],
      output: `The Security Council,\n\n_Recalling_ its resolution 1631 (2005) of 17 October 2005,\n\n1. _Decides_ to remain seized of the matter.\n\nThe Security Council\n`,
    },
    {
      name: 'a real preamble before `Resolves :` still asks for the comma',
      text: s33('The Security Council').replace('_Resolves_ :', '_Deeply shocked_ by the tragic death of the United Nations Mediator in Palestine,\n\n_Resolves_ :'),
      settings: { profile: 'sc' },
      errors: [{ line: 3, messageId: 'needsComma' }],
      output: s33('The Security Council,').replace('_Resolves_ :', '_Deeply shocked_ by the tragic death of the United Nations Mediator in Palestine,\n\n_Resolves_ :'),
    },
    {
      name: 'a text without organ line from 1993 (S/RES/781 (1992) as extracted)',
      text: '17 (1993). Resolution of 10 February 1993\n\n_Reaffirming_ its resolution 713 (1991) and all subsequent relevant resolutions,\n\n1. _Decides_ to remain seized of the matter.\n\nAdopted at the 101st meeting.\n',
      settings: { profile: 'sc' },
      errors: [{ line: 3, messageId: 'missing' }],
      output: null,
    },
  ],
});
