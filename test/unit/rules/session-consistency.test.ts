import { sessionConsistency } from '../../../server/src/core/rules/session-consistency';
import { ruleTester } from '../ruleTester';
import { ADOPTED, DRAFT, SC, at, edit } from './structureTexts';

ruleTester(sessionConsistency, {
  valid: [
    { name: 'session 73, number 73/331, symbol A/RES/73/331', text: ADOPTED },
    { name: 'a draft of the session', text: DRAFT },
    {
      name: 'a functional commission numbers its sessions but puts the year in its symbols (REF-01; review finding)',
      text: 'E/CN.7/2019/L.3\n\nCommission on Narcotic Drugs\nSixty-second session\nAgenda item 9\nImplementation of the international drug control treaties\n\nCanada, Germany and Thailand: draft resolution\n\nPromoting alternative development\n\nThe Commission on Narcotic Drugs,\n\n_Recalling_ its resolution 61/6 of 16 March 2018,\n\n1. _Encourages_ Member States to share best practices;\n\n2. _Requests_ a report.\n',
    },
    { name: 'a committee draft of the session', text: edit(DRAFT, 'A/73/L.103', 'A/C.3/73/L.20') },
    { name: 'the SC number line and symbol agree', text: SC },
    { name: 'a special session', text: edit(edit(edit(ADOPTED, 'Seventy-third session', 'Twenty-seventh special session'), '73/331.', 'S-27/2.'), 'A/RES/73/331', 'A/RES/S-27/2') },
    { name: 'an ECOSOC session named by year', text: edit(edit(edit(ADOPTED, 'Seventy-third session', '2019 session'), '73/331.', '2019/12.'), 'A/RES/73/331', 'E/RES/2019/12') },
    { name: 'no session line: title and symbol agree', text: edit(ADOPTED, 'Seventy-third session\n', '') },
  ],
  invalid: [
    {
      name: 'the session line and the number disagree (CONS-01 ✘ `Seventy-third session` + `74/331.`)',
      text: edit(ADOPTED, '73/331.', '74/331.'),
      errors: [{ ...at(ADOPTED, '73/331.'), messageId: 'titleSession', message: '`73/`' }],
      output: null,
    },
    {
      name: 'the symbol belongs to another session',
      text: edit(DRAFT, 'A/73/L.103', 'A/74/L.103'),
      errors: [{ line: 1, column: 1, messageId: 'symbolSession', message: 'session 74' }],
      output: null,
    },
    {
      name: 'the number and the symbol disagree',
      text: edit(edit(ADOPTED, 'Seventy-third session\n', ''), '73/331.', '73/332.'),
      errors: [{ line: at(ADOPTED, '73/331.').line - 1, column: 1, messageId: 'titleSymbol' }],
      output: null,
    },
    {
      name: 'the SC number line and the symbol disagree',
      text: edit(SC, 'Resolution 1445 (2002)', 'Resolution 1446 (2002)'),
      errors: [{ ...at(SC, 'Resolution 1445'), messageId: 'scNumber' }],
      output: null,
    },
  ],
});
