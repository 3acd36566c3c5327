import { subparagraphPunctuation } from '../../../server/src/core/rules/subparagraph-punctuation';
import { draft, ruleTester } from '../ruleTester';

const pp = '_Noting_ the firm intention of both organizations to further strengthen existing cooperation,';
const leadIn = '1. _Decides_ that:';
const a = '(a) The Collective Security Treaty Organization may participate in the work of the Assembly';
const b = '(b) The secretariat of the Organization shall report annually on the cooperation';
const last = '2. _Requests_ the Secretary-General to submit to the General Assembly at its seventy-fifth session a report on the implementation of the present resolution.';
/** A draft: lead-in on line 10, the given blocks from line 12 (every other line), then `last` unless `tail` is null. */
const op = (blocks: string[], tail: string | null = last) => draft(`${pp}\n\n${leadIn}\n\n${blocks.join('\n\n')}\n${tail ? `\n${tail}\n` : ''}`);

ruleTester(subparagraphPunctuation, {
  valid: [
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
  ],
  invalid: [
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
  ],
});
