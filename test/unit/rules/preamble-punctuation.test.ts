import { preamblePunctuation } from '../../../server/src/core/rules/preamble-punctuation';
import { draft, ruleTester } from '../ruleTester';
import { s33, s47 } from './scTexts';

const first = '_Having considered_ the report of the Secretary-General on cooperation between the United Nations and regional and other organizations,';
const last = '_Noting_ the firm intention of both organizations to further strengthen existing cooperation';
const op = '1. _Invites_ the United Nations and the Collective Security Treaty Organization to continue their interaction;\n\n2. _Decides_ to include in the provisional agenda of its seventy-fifth session the sub-item.\n';
/** A draft whose preamble is `first` and then `paragraph` (line 10). */
const pre = (paragraph: string) => draft(`${first}\n\n${paragraph}\n\n${op}`);

/** S/RES/99 (1953): a preambular paragraph ending with a full stop. */
const s99 = (date: string) =>
  `99 (1953). Resolution of ${date}\n\nThe Security Council,\n\n_Noting_ that Judge Sergei Alexandrovich Golunsky has submitted his resignation owing to ill health.\n\n` +
  '_Noting_ that a vacancy in the Court for the remainder of Judge Golunsky’s term of office has thus occurred,\n\n_Decides_ that an election to fill the vacancy shall take place during the eighth session of the General Assembly.\n\nAdopted at the 613th meeting.\n';

ruleTester(preamblePunctuation, {
  valid: [
    { name: 'every preambular paragraph ends with a comma, the last one too', text: pre(`${last},`) },
    { name: 'a footnote reference after the comma (`organizations,[^1]`, PRE-04 FP risk)', text: pre('_Referring further_ to its Declaration on the Enhancement of Cooperation between the United Nations and Regional Arrangements,[^2]') },
    { name: 'a named footnote label and two references after the comma', text: pre('_Referring_ to the relevant statements by its President,[^csto-report][^3]') },
    { name: 'the comma after the closing quotation mark (`“Kanal”,`)', text: pre('_Noting_ the important efforts of the Collective Security Treaty Organization through its regional operation “Nelegal”,') },
    { name: 'Word-export footnotes: `[footnoteRef:1]` after the comma and the `[1: text]` body on the same line', text: pre('_Having considered_ the report of the Secretary-General,[footnoteRef:1] [1: A/73/328–S/2018/592.]') },
    { name: 'a drafter’s comment after the comma', text: pre(`${last}, <!-- check the date with the secretariat -->`) },
    { name: 'trailing tabs and no-break spaces after the comma, CRLF line ends', text: pre(`${last},\t\u00a0`).replace(/\n/g, '\r\n') },
    { name: 'a hard-wrapped paragraph ending with a comma', text: pre('_Noting_ the firm intention of both organizations\nto further strengthen existing cooperation,') },
    { name: 'a preambular paragraph with sub-paragraphs: the last one carries the comma', text: pre('_Noting_ the following reports:\n\n(a) The report of the Secretary-General;\n\n(b) The report of the Collective Security Treaty Organization,') },
    { name: 'the operative part is not checked by this rule', text: draft(`${first}\n\n1. _Decides_ to continue,\n`) },
    { name: 'a historic Security Council text (`sc`, 1953): a preambular paragraph ending with a full stop (S/RES/99 (1953))', text: s99('12 August 1953'), settings: { profile: 'sc' } },
    { name: 'a historic `;` after an unnumbered operative paragraph left in the preamble (S/RES/47 (1948))', text: s47('21 April 1948'), settings: { profile: 'sc' } },
    { name: '`Resolves :` over numbered paragraphs is the operative lead-in, not a preambular paragraph (S/RES/33 (1947))', text: s33('The Security Council'), settings: { profile: 'sc' } },
    { name: 'the lead-in holds in any period and profile', text: s33('The General Assembly', '27 August 1993'), settings: { profile: 'ga' } },
  ],
  invalid: [
    {
      name: 'a semicolon at the end of a preambular paragraph (CONVENTIONS.md 9.1, line 9)',
      text: pre(`${last};`),
      errors: [{ line: 10, column: 93, messageId: 'wrong', message: 'not ";"' }],
      output: pre(`${last},`),
    },
    {
      name: 'a full stop at the end of the last preambular paragraph',
      text: pre(`${last}.`),
      errors: [{ line: 10, column: 93, messageId: 'wrong', message: 'not "."' }],
      output: pre(`${last},`),
    },
    {
      name: 'no punctuation at all',
      text: pre(last),
      errors: [{ line: 10, column: 92, messageId: 'missing' }],
      output: pre(`${last},`),
    },
    {
      name: 'the comma goes before the footnote reference, not after it or nowhere',
      text: pre('_Referring further_ to its Declaration on the Enhancement of Cooperation[^2]'),
      errors: [{ line: 10, column: 72, messageId: 'missing' }],
      output: pre('_Referring further_ to its Declaration on the Enhancement of Cooperation,[^2]'),
    },
    {
      name: 'a semicolon before a Word-export footnote reference',
      text: pre('_Having considered_ the report of the Secretary-General;[footnoteRef:1] [1: A/73/328–S/2018/592.]'),
      errors: [{ line: 10, column: 56, messageId: 'wrong' }],
      output: pre('_Having considered_ the report of the Secretary-General,[footnoteRef:1] [1: A/73/328–S/2018/592.]'),
    },
    {
      name: 'the comma inside the closing quotation mark',
      text: pre('_Noting_ the important efforts of the Organization through its regional operation “Nelegal,”'),
      errors: [{ line: 10, column: 91, messageId: 'insideQuote', message: '`”,`' }],
      output: pre('_Noting_ the important efforts of the Organization through its regional operation “Nelegal”,'),
    },
    {
      name: 'a full stop inside the closing quotation mark becomes a comma outside it',
      text: pre('_Recalling_ the theme of the high-level meeting, “Leave no one behind.”'),
      errors: [{ line: 10, column: 70, messageId: 'insideQuote' }],
      output: pre('_Recalling_ the theme of the high-level meeting, “Leave no one behind”,'),
    },
    {
      name: 'a dangling `, and` (PRE-04 ✘): the conjunction is removed, not followed by a comma',
      text: pre(`${last}, and`),
      errors: [{ line: 10, column: 95, messageId: 'conjunction', message: 'not with "and"' }],
      output: pre(`${last},`),
    },
    {
      name: 'the last sub-paragraph of a preambular paragraph ends with a semicolon',
      text: pre('_Noting_ the following reports:\n\n(a) The report of the Secretary-General;\n\n(b) The report of the Collective Security Treaty Organization;'),
      errors: [{ line: 14, column: 62, messageId: 'wrong' }],
      output: pre('_Noting_ the following reports:\n\n(a) The report of the Secretary-General;\n\n(b) The report of the Collective Security Treaty Organization,'),
    },
    {
      name: 'a missing comma before a comment, in a CRLF file: the comma goes after the words',
      text: pre(`${last} <!-- to be agreed -->`).replace(/\n/g, '\r\n'),
      errors: [{ line: 10, column: 92, messageId: 'missing' }],
      output: pre(`${last}, <!-- to be agreed -->`).replace(/\n/g, '\r\n'),
    },
    {
      name: 'several paragraphs: each wrong ending is reported and fixed',
      text: draft(`${first.slice(0, -1)};\n\n${last}.\n\n${op}`),
      errors: [{ line: 8, column: 135, messageId: 'wrong' }, { line: 10, column: 93, messageId: 'wrong' }],
      output: draft(`${first}\n\n${last},\n\n${op}`),
    },
    {
      name: 'the full stop of S/RES/99 in a Security Council text of 1993',
      text: s99('12 August 1993'),
      settings: { profile: 'sc' },
      errors: [{ line: 5, messageId: 'wrong', message: 'not "."' }],
      output: s99('12 August 1993').replace('ill health.', 'ill health,'),
    },
    {
      name: 'a colon on a preambular paragraph that a numbered paragraph does not follow (and the unnumbered one after it)',
      text: s33('The Security Council').replace('1. That', 'That'),
      settings: { profile: 'ga' },
      errors: [{ line: 5, messageId: 'wrong', message: 'not ":"' }, { line: 7, messageId: 'wrong', message: 'not ";"' }],
      output: s33('The Security Council').replace('1. That', 'That').replace('_Resolves_ :', '_Resolves_ ,').replace('procedure ;', 'procedure ,'),
    },
  ],
});
