import { operativeAdverbPosition } from '../../../server/src/core/rules/operative-adverb-position';
import { draft, ruleTester } from '../ruleTester';

const PP = '_Recalling_ its resolution 59/50 of 2 December 2004,\n\n';
const ops = (a: string, b: string) => draft(`${PP}1. _Requests_ the Secretary-General to report;\n\n2. ${a} the Secretary-General to consult;\n\n3. ${b} to continue its consideration of the question.\n`);
const SC_HEADER = 'The Security Council,\n\n_Recalling_ its resolution 1631 (2005),\n\n';

ruleTester(operativeAdverbPosition, {
  valid: [
    {
      name: 'both orders in a Security Council text under sc: the adopted texts of the Council mix them (CONVENTIONS.md 0.4; S/RES/819 and 883 of the corpus)',
      text: `${SC_HEADER}1. _Also requests_ the Secretary-General to report;\n\n2. _Requests further_ the Secretary-General to consult.\n`,
    },
    { name: '`Also requests`, `Further decides` (OP-06 ✔)', text: ops('_Also requests_', '_Further decides_') },
    { name: 'adjectival `further` (`Encourages further cooperation`)', text: ops('_Encourages further_ cooperation with', '_Decides_') },
    { name: 'one postposed order kept in a Security Council text', text: `${SC_HEADER}1. _Requests_ the Secretary-General to report;\n\n2. _Requests also_ the Secretary-General to consult;\n\n3. _Decides further_ to remain seized of the matter.\n` },
    { name: 'an older GA session (before the seventieth) keeping the postposed order', text: draft(`${PP}1. _Requests_ the Secretary-General to report;\n\n2. _Requests also_ the Secretary-General to consult.\n`, 'Sixtieth session\n\n') },
  ],
  invalid: [
    {
      name: '`Decides also` in a current GA text (OP-06 ✘)',
      text: ops('_Also requests_', '_Decides also_'),
      errors: [{ line: 14, column: 5, messageId: 'current', message: '`Also decides`' }],
      output: ops('_Also requests_', '_Also decides_'),
    },
    {
      name: 'both orders in a Security Council text, with the rule turned on (the sc profile turns it off)',
      text: `${SC_HEADER}1. _Also requests_ the Secretary-General to report;\n\n2. _Requests further_ the Secretary-General to consult.\n`,
      settings: { rules: { 'operative-adverb-position': 'hint' } },
      errors: [{ line: 7, column: 5, messageId: 'mixed', message: '`Further requests`' }],
      output: `${SC_HEADER}1. _Also requests_ the Secretary-General to report;\n\n2. _Further requests_ the Secretary-General to consult.\n`,
    },
  ],
});
