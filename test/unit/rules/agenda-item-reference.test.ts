import { agendaItemReference } from '../../../server/src/core/rules/agenda-item-reference';
import { ruleTester } from '../ruleTester';
import { DRAFT, at, edit } from './structureTexts';

const ITEM = 'Cooperation between the United Nations and regional and other organizations';
const SUB = 'Cooperation between the United Nations and the Collective Security Treaty Organization”.';
const withHeader = (title: string) => edit(DRAFT, `Agenda item 128 (t)\n${ITEM}\n`, `Agenda item 128 (t)\n${title}\n`);

ruleTester(agendaItemReference, {
  valid: [
    { name: 'the item quoted as the header gives it', text: withHeader(ITEM) },
    { name: 'item and sub-item: the sub-item regains its capital inside the quotes (79/10)', text: withHeader(`${ITEM}: cooperation between the United Nations and the Collective Security Treaty Organization`) },
    { name: 'a wrapped title with different spacing and hyphenation', text: withHeader('Cooperation between the United Nations and regional\nand other organizations') },
    { name: 'a sub-item inscribed as an item of its own (80/57)', text: edit(withHeader(`${ITEM}: lethal autonomous weapons systems`), 'under the item entitled “Cooperation between the United Nations and regional and other organizations”, the sub-item entitled “Cooperation between the United Nations and the Collective Security Treaty Organization”', 'the item entitled “Lethal autonomous weapons systems”') },
    { name: 'a new item (`an item entitled`) is not compared', text: edit(DRAFT, 'under the item entitled “Cooperation between the United Nations and regional and other organizations”, the sub-item entitled “Cooperation between the United Nations and the Collective Security Treaty Organization”', 'an item entitled “Group of Scientific and Technical Experts on Nuclear Disarmament Verification”') },
    { name: 'no item title in the header: nothing to compare', text: edit(DRAFT, `${ITEM}\n`, '') },
  ],
  invalid: [
    {
      name: 'the quoted item differs from the header (CONS-12)',
      text: edit(DRAFT, '“Cooperation between the United Nations and regional and other organizations”', '“Cooperation between the United Nations and regional organizations”'),
      errors: [{ line: at(DRAFT, 'under the item entitled').line, column: at(DRAFT, '“Cooperation between the United Nations and regional').column + 1, messageId: 'item' }],
      output: null,
    },
    {
      name: 'the quoted sub-item differs from the header',
      text: edit(withHeader(`${ITEM}: cooperation between the United Nations and the Collective Security Treaty Organization`), SUB, 'Cooperation with the Collective Security Treaty Organization”.'),
      errors: [{ line: at(DRAFT, SUB).line, messageId: 'item', message: 'sub-item' }],
      output: null,
    },
  ],
});
