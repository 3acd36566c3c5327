import { symbolLine } from '../../../server/src/core/rules/symbol-line';
import { ruleTester } from '../ruleTester';
import { ADOPTED, DRAFT, SC, at, edit } from './structureTexts';

ruleTester(symbolLine, {
  valid: [
    // The symbol pattern took the space after `A/73/L`, and the fix (which trims) removed one space per pass.
    { name: 'spaces after the last component are not part of the symbol (no fix that removes one space per pass)', text: edit(DRAFT, 'A/73/L.103', `A/73/L${' '.repeat(100)}.103`) },
    { name: 'an adopted GA symbol', text: ADOPTED },
    { name: 'a plenary draft symbol', text: DRAFT },
    { name: 'an SC resolution symbol with its year in parentheses', text: SC },
    { name: 'a revised committee draft with an addendum', text: edit(DRAFT, 'A/73/L.103', 'A/C.3/74/L.20/Rev.1/Add.1') },
    { name: 'the symbol sharing its line with the masthead (FORMAT.md)', text: edit(ADOPTED, 'A/RES/73/331\nGeneral Assembly\nDistr.: General', 'A/RES/73/331 General Assembly Distr.: General') },
    { name: 'special and emergency special session resolutions', text: edit(ADOPTED, 'A/RES/73/331', 'A/RES/ES-11/1') },
    { name: 'an ECOSOC and an HRC resolution', text: `E/RES/2019/12\n\n${edit(ADOPTED, 'A/RES/73/331\n', 'A/HRC/RES/40/1\n')}` },
    { name: 'a pre-1976 GA resolution with its roman session', text: edit(ADOPTED, 'A/RES/73/331', 'A/RES/2625 (XXV)') },
    { name: 'a reissued document (star) of another series', text: edit(DRAFT, 'A/73/L.103', 'UNEP/EA.4/L.7*') },
  ],
  invalid: [
    {
      name: 'a lower-case modifier (REF-01 ✘ `add.1`)',
      text: edit(DRAFT, 'A/73/L.103', 'A/73/L.103/add.1'),
      errors: [{ line: 1, column: 1, messageId: 'repair', message: '`A/73/L.103/Add.1`' }],
      output: edit(DRAFT, 'A/73/L.103', 'A/73/L.103/Add.1'),
    },
    {
      name: 'a space inside the draft component (REF-01 ✘ `A/73/L. 103`)',
      text: edit(DRAFT, 'A/73/L.103', 'A/73/L. 103'),
      errors: [{ line: 1, column: 1, messageId: 'repair', message: 'no space inside a component' }],
      output: DRAFT,
    },
    {
      name: 'missing full stops in body components (REF-01 ✘ `A/C3/74/L20`)',
      text: edit(DRAFT, 'A/73/L.103', 'A/C3/74/L20'),
      errors: [{ line: 1, column: 1, messageId: 'repair', message: '`A/C.3/74/L.20`' }],
      output: edit(DRAFT, 'A/73/L.103', 'A/C.3/74/L.20'),
    },
    {
      name: 'a modifier after a space (REF-01 ✘ `A/73/L.103 Add.1`)',
      text: edit(DRAFT, 'A/73/L.103', 'A/73/L.103 Add.1'),
      errors: [{ line: 1, column: 1, messageId: 'repair', message: '`A/73/L.103/Add.1`' }],
      output: edit(DRAFT, 'A/73/L.103', 'A/73/L.103/Add.1'),
    },
    {
      name: 'no space before the year of an SC resolution (REF-01 ✘ `S/RES/1631(2005)`)',
      text: edit(SC, 'S/RES/1445 (2002)\n', 'S/RES/1445(2002)\n'),
      errors: [{ line: 1, column: 1, messageId: 'repair', message: 'a space before the year' }],
      output: SC,
    },
    {
      name: 'a resolution series without its number',
      text: edit(ADOPTED, 'A/RES/73/331', 'A/RES/73'),
      errors: [{ ...at(ADOPTED, 'A/RES'), messageId: 'resolution' }],
      output: null,
    },
    {
      name: 'a component that is no symbol component',
      text: edit(DRAFT, 'A/73/L.103', 'A/73/L.103/Xyz.1'),
      errors: [{ line: 1, column: 1, messageId: 'malformed' }],
      output: null,
    },
  ],
});
