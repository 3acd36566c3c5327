import { committeeLine } from '../../../server/src/core/rules/committee-line';
import { ruleTester } from '../ruleTester';
import { ADOPTED, at, edit } from './structureTexts';

const LINE = '[without reference to a Main Committee (A/73/L.103 and A/73/L.103/Add.1)]';
const with_ = (line: string) => edit(ADOPTED, LINE, line);
const col = at(ADOPTED, LINE);

ruleTester(committeeLine, {
  valid: [
    { name: 'a plenary draft and its addendum', text: ADOPTED },
    { name: 'no-break spaces and a tab, as Word exports them (FORMAT.md: they are white space)', text: with_('[on\u00a0the report of the\u00a0Third\u00a0Committee\t(A/73/399)]') },
    { name: 'no-break spaces in the plenary formula', text: with_(LINE.replace(/ /g, '\u00a0')) },
    { name: 'on the report of the Third Committee', text: with_('[on the report of the Third Committee (A/73/399)]') },
    { name: 'the Fourth Committee under its bracket name', text: with_('[on the report of the Special Political and Decolonization Committee (Fourth Committee) (A/73/410)]') },
    { name: 'a report with a locator (80/13: `(A/80/534, para. 7)`)', text: with_('[on the report of the First Committee (A/73/534, para. 7)]') },
    { name: 'a report in parts and a corrigendum', text: with_('[on the report of the Fifth Committee (A/73/433 (Part II) and A/73/433/Corr.1)]') },
    { name: 'older texts shorten the addendum (`A/61/L.45 and Add.1`)', text: with_('[without reference to a Main Committee (A/73/L.45 and Add.1)]') },
    { name: 'a revised plenary draft', text: with_('[without reference to a Main Committee (A/73/L.2/Rev.1)]') },
    { name: 'a PDF wrap inside the brackets', text: with_('[on the report of the Third Committee\n(A/73/399)]') },
    { name: 'an ECOSOC recommendation line is not held to the GA committee names', text: with_('[on the recommendation of the Commission on Narcotic Drugs (E/2019/28)]') },
  ],
  invalid: [
    {
      name: 'a committee draft cited "without reference" (SKEL-05 ✘, CONVENTIONS.md 9.1 line 4)',
      text: with_('[without reference to a Main Committee (A/C.3/73/L.103)]'),
      errors: [{ line: col.line, column: 41, messageId: 'committeeDraft' }],
      output: null,
    },
    {
      name: 'a report cited "without reference"',
      text: with_('[without reference to a Main Committee (A/73/399)]'),
      errors: [{ line: col.line, column: 41, messageId: 'notDraft' }],
      output: null,
    },
    {
      name: 'a draft cited as the report (SKEL-05 ✘)',
      text: with_('[on the report of the Third Committee (A/73/L.20)]'),
      errors: [{ line: col.line, column: 40, messageId: 'draftInReport', message: 'cites the committee\'s report (`A/73/…`), not the draft `A/73/L.20`' }],
      output: null,
    },
    {
      name: 'a committee in figures (SKEL-05 ✘ `3rd Committee`)',
      text: with_('[on the report of the 3rd Committee (A/73/399)]'),
      errors: [{ line: col.line, column: 19, messageId: 'wording', message: '`the Third Committee`' }],
      output: with_('[on the report of the Third Committee (A/73/399)]'),
    },
    {
      name: 'the Fourth Committee without its bracket name is accepted, but the case of a name is fixed',
      text: with_('[on the report of the third committee (A/73/399)]'),
      errors: [{ line: col.line, column: 19, messageId: 'wording' }],
      output: with_('[on the report of the Third Committee (A/73/399)]'),
    },
    {
      name: 'a lower-case Main Committee (SKEL-05 ✘)',
      text: with_('[without reference to a main committee (A/73/L.103)]'),
      errors: [{ line: col.line, column: 23, messageId: 'wording', message: '`a Main Committee`' }],
      output: with_('[without reference to a Main Committee (A/73/L.103)]'),
    },
    {
      name: 'a square bracket closed by a parenthesis',
      text: with_('[without reference to a Main Committee (A/73/L.103))'),
      errors: [{ line: col.line, column: 1, messageId: 'brackets' }],
      output: null,
    },
    {
      name: 'no symbol in parentheses (SKEL-05 ✘ `(on the report of the Third Committee A/74/399)`)',
      text: with_('[on the report of the Third Committee A/73/399]'),
      errors: [{ line: col.line, column: 1, messageId: 'noSymbol' }],
      output: null,
    },
    {
      name: 'an addendum of another draft (CONS-05 ✘)',
      text: with_('[without reference to a Main Committee (A/73/L.103 and A/73/L.104/Add.1)]'),
      errors: [{ line: col.line, column: 56, messageId: 'base' }],
      output: null,
    },
    {
      name: 'a symbol of another session (CONS-05)',
      text: with_('[without reference to a Main Committee (A/74/L.103)]'),
      errors: [{ line: col.line, column: 41, messageId: 'session', message: 'session 74' }],
      output: null,
    },
    {
      name: 'a malformed symbol with a mechanical repair',
      text: with_('[on the report of the Third Committee (A/73/399/add.1)]'),
      errors: [{ line: col.line, column: 40, messageId: 'symbol', message: '`A/73/399/Add.1`' }],
      output: with_('[on the report of the Third Committee (A/73/399/Add.1)]'),
    },
    {
      name: 'an unknown committee',
      text: with_('[on the report of the Drafting Committee (A/73/399)]'),
      errors: [{ line: col.line, column: 19, messageId: 'committee' }],
      output: null,
    },
  ],
});
