import { agendaItemTitle } from '../../../server/src/core/rules/agenda-item-title';
import { ruleTester } from '../ruleTester';
import { ADOPTED, DRAFT, SC, at, edit } from './structureTexts';

const ITEM_TITLE = 'Cooperation between the United Nations and regional and other organizations\n';

ruleTester(agendaItemTitle, {
  valid: [
    { name: 'a draft with the item title', text: DRAFT },
    { name: 'adopted texts up to the seventy-third session show only the item number (73/331)', text: ADOPTED },
    { name: 'an adopted text of the eightieth session with the item title', text: edit(edit(edit(ADOPTED, 'Seventy-third session\nAgenda item 128 (t)\n', `Eightieth session\nAgenda item 128 (t)\n${ITEM_TITLE}`), '73/331.', '80/331.'), 'A/RES/73/331', 'A/RES/80/331') },
    { name: 'Security Council texts have no agenda line', text: SC },
  ],
  invalid: [
    {
      name: 'a draft without the item title (SKEL-03)',
      text: edit(DRAFT, ITEM_TITLE, ''),
      errors: [{ ...at(DRAFT, 'Agenda item'), messageId: 'missing', message: 'a draft always carries it' }],
      output: null,
    },
    {
      name: 'an adopted text of the seventy-fourth session without the item title',
      text: edit(edit(ADOPTED, 'Seventy-third session', 'Seventy-fourth session'), 'A/RES/73/331', 'A/RES/74/331'),
      errors: [{ ...at(ADOPTED, 'Agenda item'), messageId: 'missing', message: 'seventy-fourth session' }],
      output: null,
    },
  ],
});
