import { organConsistency } from '../../../server/src/core/rules/organ-consistency';
import { ruleTester } from '../ruleTester';
import { ADOPTED, SC, at, edit } from './structureTexts';

ruleTester(organConsistency, {
  valid: [
    { name: 'A/RES, General Assembly, plenary meeting', text: ADOPTED },
    { name: 'S/RES, Security Council, no closing block', text: SC },
    { name: 'the older SC compilation closes with the meeting', text: `${SC}\nAdopted at the 4653rd meeting by 14 votes to none.\n` },
    { name: 'a Model UN committee is not compared with the four organs', text: edit(edit(ADOPTED, 'The General Assembly,', 'The Disarmament and International Security Committee,'), 'A/RES/73/331\n', '') },
  ],
  invalid: [
    {
      name: 'an A/RES symbol with the Security Council organ line (CONS-06)',
      text: edit(ADOPTED, 'The General Assembly,', 'The Security Council,'),
      errors: [{ ...at(ADOPTED, 'The General Assembly,'), messageId: 'organLine', message: '`The General Assembly,`' }],
      output: null,
    },
    {
      name: 'the adoption line names another organ than the symbol',
      text: edit(ADOPTED, 'Resolution adopted by the General Assembly', 'Resolution adopted by the Economic and Social Council'),
      errors: [{ ...at(ADOPTED, 'Resolution adopted'), messageId: 'adoption' }],
      output: null,
    },
    {
      name: 'a GA closing without `plenary`',
      text: edit(ADOPTED, '101st plenary meeting', '101st meeting'),
      errors: [{ ...at(ADOPTED, '101st'), messageId: 'plenary' }],
      output: ADOPTED,
    },
    {
      name: 'an HRC closing with `plenary`',
      text: edit(ADOPTED, 'The General Assembly,', 'The Human Rights Council,').replace('A/RES/73/331\n', '').replace('General Assembly on', 'Human Rights Council on'),
      errors: [{ ...at(ADOPTED, '101st'), line: at(ADOPTED, '101st').line - 1, messageId: 'notPlenary' }],
      output: edit(ADOPTED, 'The General Assembly,', 'The Human Rights Council,').replace('A/RES/73/331\n', '').replace('General Assembly on', 'Human Rights Council on').replace('101st plenary meeting', '101st meeting'),
    },
    {
      name: 'GA-only elements in a Security Council text (SKEL-15)',
      text: edit(SC, 'Resolution 1445 (2002)\n', 'Fifty-seventh session\nAgenda item 12\n\nResolution 1445 (2002)\n'),
      errors: [{ line: 5, column: 1, messageId: 'scElement', message: 'session line' }, { line: 6, column: 1, messageId: 'scElement', message: 'agenda item line' }],
      output: null,
    },
    {
      name: 'a plenary meeting closing in a Security Council text',
      text: `${SC}\n4653rd plenary meeting\n4 December 2002\n`,
      errors: [{ line: 19, column: 1, messageId: 'scClosing' }],
      output: null,
    },
  ],
});
