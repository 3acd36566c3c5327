import { officialRecordsStyle } from '../../../server/src/core/rules/official-records-style';
import { ruleTester } from '../ruleTester';
import { ADOPTED, at, edit } from './structureTexts';

const DEF = '[^1]: A/73/328–S/2018/592.';
const with_ = (body: string) => edit(ADOPTED, DEF, `[^1]: ${body}`);
const GOOD = 'Official Records of the General Assembly, Seventy-third Session, Supplement No. 12 (A/73/12).';
const line = at(ADOPTED, DEF).line;

ruleTester(officialRecordsStyle, {
  valid: [
    { name: '`Seventy-third Session` (FN-07 ✔)', text: with_(GOOD) },
    { name: 'an SC year that is the calendar year less 1945', text: with_('Official Records of the Security Council, Thirty-first Year, Supplement for October, November and December 1976, document S/12245.') },
  ],
  invalid: [
    {
      name: '`Session` in lower case (FN-07 ✘)',
      text: with_(GOOD.replace('Session', 'session')),
      errors: [{ line, column: 49, messageId: 'session', message: '`Seventy-third Session`' }],
      output: with_(GOOD),
    },
    {
      name: 'the session in figures (FN-07 ✘ `73rd Session`)',
      text: with_(GOOD.replace('Seventy-third', '73rd')),
      errors: [{ line, column: 49, messageId: 'session' }],
      output: with_(GOOD),
    },
    {
      name: 'a capital inside the ordinal',
      text: with_(GOOD.replace('Seventy-third', 'Seventy-Third')),
      errors: [{ line, column: 49, messageId: 'session' }],
      output: with_(GOOD),
    },
    {
      name: 'an SC year that does not match its calendar year ([I])',
      text: with_('Official Records of the Security Council, Thirtieth Year, Supplement for October, November and December 1976, document S/12245.'),
      errors: [{ line, column: 49, messageId: 'scYear', message: 'Thirty-first' }],
      output: null,
    },
  ],
});
