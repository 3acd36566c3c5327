import { subparagraphPunctuation } from '../../../server/src/core/rules/subparagraph-punctuation';
import { draft, ruleTester } from '../ruleTester';

const pp = '_Noting_ the firm intention of both organizations to further strengthen existing cooperation,';
const leadIn = '1. _Decides_ that:';
const a = '(a) The Collective Security Treaty Organization may participate in the work of the Assembly';
const b = '(b) The secretariat of the Organization shall report annually on the cooperation';
const last = '2. _Requests_ the Secretary-General to submit to the General Assembly at its seventy-fifth session a report on the implementation of the present resolution.';
/** A draft: lead-in on line 10, the given blocks from line 12 (every other line), then `last` unless `tail` is null. */
const op = (blocks: string[], tail: string | null = last) => draft(`${pp}\n\n${leadIn}\n\n${blocks.join('\n\n')}\n${tail ? `\n${tail}\n` : ''}`);

/** S/RES/883 (1993), paragraph 6 (c): two items cut one sentence, the first ending with `, or`. */
const s883 = (first: string) =>
  '883 (1993). Resolution of 11 November 1993\n\nThe Security Council,\n\n_Recalling_ its resolutions 731 (1992) of 21 January 1992 and 748 (1992) of 31 March 1992,\n\n' +
  '6. _Also decides_ that all States shall prohibit, by their nationals or from their territory, the entering into or renewal of arrangements for:\n\n' +
  `(i) The making available, for operation within Libya, of any aircraft or aircraft components${first}\n\n` +
  '(ii) The provision of engineering or maintenance servicing of any aircraft or aircraft components within Libya;\n\n' +
  '7. _Decides_ to remain seized of the matter.\n\nAdopted at the 3312th meeting.\n';
/** S/RES/169 (1961), shortened: the items of a preambular `namely:` end with commas. */
const s169 = (date: string) =>
  `169 (1961). Resolution of ${date} [S/5002]\n\nThe Security Council,\n\n_Reaffirming_ the policies and purposes of the United Nations with respect to the Congo as set out in the aforesaid resolutions, namely:\n\n` +
  '(a) To maintain the territorial integrity and the political independence of the Republic of the Congo,\n\n(b) To assist the Central Government of the Congo in the restoration and maintenance of law and order,\n\n' +
  '(c) To prevent the occurrence of civil war in the Congo.\n\n(d) To render technical assistance,\n\n' +
  '1. _Strongly deprecates_ the secessionist activities illegally carried out by the provincial administration of Katanga;\n\n2. _Decides_ to remain seized of the matter.\n\nAdopted at the 982nd meeting.\n';

ruleTester(subparagraphPunctuation, {
  valid: [
    {
      name: 'THIMUN-style sub-clauses separated by commas under mun (MUN-03): a) › i., ii.',
      text: draft(`${pp}\n\n1. _Calls upon_ Member States to:\na) adopt national plans, including:\ni. training courses,\nii. awareness campaigns,\nb) report on progress,\nc) cooperate.\n`),
      settings: { profile: 'mun' },
    },
    {
      name: 'the last sub-paragraph of a preambular paragraph is left to preamble-punctuation (one mistake, one report)',
      text: draft(`_Noting_ the following reports:\n\n(a) The report of the Secretary-General;\n\n(b) The report of the Organization;\n\n${last}\n`),
    },
    { name: 'semicolons, the last sub-paragraph carrying its paragraph’s semicolon', text: op([`${a};`, `${b};`]) },
    { name: 'in the last operative paragraph the last sub-paragraph ends with a full stop', text: op([`${a};`, `${b}.`], null) },
    { name: '`; and` before the last sub-paragraph', text: op([`${a}; and`, `${b};`]) },
    { name: '`; or` before the last sub-paragraph', text: op([`${a}; or`, `${b};`]) },
    { name: 'a sub-paragraph that introduces roman sub-sub-paragraphs ends with a colon', text: op([`${a}:`, '(i) In its plenary meetings;', '(ii) In its Main Committees;', `${b};`]) },
    { name: 'the last roman item of the last letter carries the paragraph’s full stop', text: op([`${a};`, '(b) The secretariat shall report on:', '(i) Its peacekeeping activities;', '(ii) Its counter-terrorism activities.'], null) },
    { name: 'a closing quotation mark followed by the full stop (`Organization”.`)', text: op([`${a};`, '(b) The sub-item shall be entitled “Cooperation between the United Nations and the Collective Security Treaty Organization”.'], null) },
    { name: 'footnote references after the marks, Word-export ones too', text: op([`${a};[^1]`, `${b};[footnoteRef:2] [2: Resolution 49/57, annex.]`]) },
    { name: 'sub-paragraphs of a preambular paragraph end with a semicolon, the last with a comma', text: draft(`_Noting_ the following reports:\n\n(a) The report of the Secretary-General;\n\n(b) The report of the Organization,\n\n${last}\n`) },
    { name: 'tabs after the labels, trailing no-break spaces, CRLF line ends', text: op([`(a)\t${a.slice(4)};\u00a0`, `(b)\t${b.slice(4)};`]).replace(/\n/g, '\r\n') },
    { name: 'under `sc`, items cut from one sentence end with a comma or `, or` (S/RES/883 (1993))', text: s883(', or'), settings: { profile: 'sc' } },
    { name: 'a plain comma there too', text: s883(','), settings: { profile: 'sc' } },
    { name: 'a historic Security Council text (`sc`, 1961): commas and a full stop between items (S/RES/169 (1961))', text: s169('24 November 1961'), settings: { profile: 'sc' } },
  ],
  invalid: [
    {
      name: 'the same sub-clauses under ga: the commas are reported',
      text: draft(`${pp}\n\n1. _Calls upon_ Member States to:\n(a) Adopt national plans, including:\n(i) Training courses,\n(ii) Awareness campaigns;\n(b) Report on progress.\n`),
      errors: [{ line: 12, messageId: 'wrong', message: 'not a comma' }],
      output: draft(`${pp}\n\n1. _Calls upon_ Member States to:\n(a) Adopt national plans, including:\n(i) Training courses;\n(ii) Awareness campaigns;\n(b) Report on progress.\n`),
    },
    {
      name: 'a comma at the end of a sub-paragraph (OP-05 ✘ `(a) …,`)',
      text: op([`${a},`, `${b};`]),
      errors: [{ line: 12, column: 92, messageId: 'wrong', message: 'should end with a semicolon, not a comma' }],
      output: op([`${a};`, `${b};`]),
    },
    {
      name: 'a sub-paragraph with no mark at all',
      text: op([a, `${b};`]),
      errors: [{ line: 12, column: 91, messageId: 'missing', message: 'add ";"' }],
      output: op([`${a};`, `${b};`]),
    },
    {
      name: 'a full stop at the end of the last sub-paragraph of a paragraph that is not the last',
      text: op([`${a};`, `${b}.`]),
      errors: [{ line: 14, column: 81, messageId: 'wrong', message: 'it ends an operative paragraph' }],
      output: op([`${a};`, `${b};`]),
    },
    {
      name: 'a semicolon at the end of the resolution',
      text: op([`${a};`, `${b};`], null),
      errors: [{ line: 14, column: 81, messageId: 'wrong', message: 'should end with a full stop, not a semicolon' }],
      output: op([`${a};`, `${b}.`], null),
    },
    {
      name: 'a sub-paragraph that introduces roman items ends with a semicolon instead of a colon',
      text: op([`${a};`, '(i) In its plenary meetings;', '(ii) In its Main Committees;', `${b};`]),
      errors: [{ line: 12, column: 92, messageId: 'wrong', message: 'should end with a colon' }],
      output: op([`${a}:`, '(i) In its plenary meetings;', '(ii) In its Main Committees;', `${b};`]),
    },
    {
      name: 'a full stop inside the closing quotation mark',
      text: op([`${a};`, '(b) The sub-item shall be entitled “Cooperation between the United Nations and the Collective Security Treaty Organization.”'], null),
      errors: [{ line: 14, column: 123, messageId: 'insideQuote', message: '`”.`' }],
      output: op([`${a};`, '(b) The sub-item shall be entitled “Cooperation between the United Nations and the Collective Security Treaty Organization”.'], null),
    },
    {
      name: 'the semicolon goes before the footnote reference',
      text: op([`${a}[^1]`, `${b};`]),
      errors: [{ line: 12, column: 91, messageId: 'missing' }],
      output: op([`${a};[^1]`, `${b};`]),
    },
    {
      name: 'a doubled mark in a CRLF file',
      text: op([`${a};.`, `${b};`]).replace(/\n/g, '\r\n'),
      errors: [{ line: 12, column: 92, messageId: 'wrong' }],
      output: op([`${a};`, `${b};`]).replace(/\n/g, '\r\n'),
    },
    {
      name: 'the comma series of S/RES/883 under `ga` (OP-05 ✘ `(a) ...,`)',
      text: s883(', or'),
      settings: { profile: 'ga' },
      errors: [{ line: 9, messageId: 'wrong', message: 'not ", or"' }],
      output: s883(';'),
    },
    {
      name: 'one stray comma among semicolons is no series (S/RES/417 (1977), OCR)',
      text: op([`${a};`, `${b},`, '(c) The Organization shall be invited to the sessions;']),
      settings: { profile: 'sc' },
      errors: [{ line: 14, messageId: 'wrong', message: 'not a comma' }],
      output: op([`${a};`, `${b};`, '(c) The Organization shall be invited to the sessions;']),
    },
    {
      name: 'the items of S/RES/169 in a text of 1993: a full stop among commas breaks the series',
      text: s169('24 November 1993'),
      settings: { profile: 'sc' },
      errors: [{ line: 7, messageId: 'wrong' }, { line: 9, messageId: 'wrong' }, { line: 11, messageId: 'wrong', message: 'not a full stop' }],
      output: s169('24 November 1993').replace('Congo,\n\n(b)', 'Congo;\n\n(b)').replace('order,', 'order;').replace('Congo.', 'Congo;'),
    },
  ],
});
