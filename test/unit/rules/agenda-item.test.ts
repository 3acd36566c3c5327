import { agendaItem } from '../../../server/src/core/rules/agenda-item';
import { ruleTester } from '../ruleTester';

const tail = '\n\nThe General Assembly,\n\n_Recalling_ its resolution 59/50,\n\n1. _Decides_ to continue.\n';

ruleTester(agendaItem, {
  valid: [
    { name: 'a single item with a sub-item letter', text: `Seventy-third session\nAgenda item 128 (t)${tail}` },
    { name: 'a single item', text: `Agenda item 12${tail}` },
    { name: 'two items joined by "and"', text: `Agenda items 12 and 13${tail}` },
    { name: 'a list without a serial comma, with sub-items', text: `Agenda items 19 (a), 20 and 119 (b)${tail}` },
    { name: 'a no-break space counts as a space', text: `Agenda item 128\u00a0(t)${tail}` },
    { name: 'a PDF extraction that glued the item title to the line', text: `Agenda item 93 Treaty for the Prohibition of Nuclear Weapons${tail}` },
  ],
  invalid: [
    { name: 'capital "Item" and no space before the letter', text: `Agenda Item 128(t)${tail}`, errors: [{ line: 1, column: 1, messageId: 'format', message: '`Agenda item 128 (t)`' }], output: `Agenda item 128 (t)${tail}` },
    { name: 'letter without parentheses', text: `Agenda item 128 t${tail}`, errors: [{ line: 1, messageId: 'format' }], output: `Agenda item 128 (t)${tail}` },
    { name: 'a half-parenthesized letter', text: `Agenda item 128 t)${tail}`, errors: [{ line: 1 }], output: `Agenda item 128 (t)${tail}` },
    { name: 'an upper-case sub-item letter', text: `Agenda item 128 (T)${tail}`, errors: [{ line: 1 }], output: `Agenda item 128 (t)${tail}` },
    { name: '"No." before the number', text: `Agenda item No. 128${tail}`, errors: [{ line: 1 }], output: `Agenda item 128${tail}` },
    { name: 'a serial comma', text: `Agenda items 12, 13, and 14${tail}`, errors: [{ line: 1 }], output: `Agenda items 12, 13 and 14${tail}` },
    { name: 'singular "item" with two items', text: `Agenda item 12 and 13${tail}`, errors: [{ line: 1 }], output: `Agenda items 12 and 13${tail}` },
    {
      // npm run fuzz -- --replay 700715883:21 and 123457:30: the fix rewrote the whole line.
      name: 'a Word-export footnote inside the line: reported without a fix (the fix would delete it)',
      text: `Agenda item [1: A note.] 128(t)${tail}`,
      errors: [{ line: 1, messageId: 'format', message: '`Agenda item 128 (t)`' }],
      output: null,
    },
    { name: 'a comment inside the line: reported without a fix', text: `agenda <!-- check --> item 128(t)${tail}`, errors: [{ line: 1, messageId: 'format' }], output: null },
    { name: 'a comment after the line is kept by the fix', text: `Agenda item 128(t) <!-- check -->${tail}`, errors: [{ line: 1, messageId: 'format' }], output: `Agenda item 128 (t) <!-- check -->${tail}` },
    { name: 'no item number at all', text: `Agenda item to be announced${tail}`, errors: [{ line: 1, messageId: 'unreadable' }], output: null },
  ],
});
