import { titleLine } from '../../../server/src/core/rules/title-line';
import { ruleTester } from '../ruleTester';
import { ADOPTED, DRAFT, SC, at, edit } from './structureTexts';

const TITLE = '73/331. Cooperation between the United Nations and the Collective Security Treaty Organization';
const with_ = (title: string) => edit(ADOPTED, TITLE, title);

ruleTester(titleLine, {
  valid: [
    { name: 'number, full stop, space, title', text: ADOPTED },
    { name: 'a draft title carries no number', text: DRAFT },
    { name: 'special-session and ECOSOC numbers', text: with_('S-27/2. A world fit for children') },
    { name: 'a title that ends with an abbreviation (`No.`) keeps its full stop', text: with_('73/331. Implementation of Security Council resolution 1540 (2004) and Protocol No.') },
    { name: 'a title that ends with a time (`10 a.m.`) keeps its full stop, as time-format writes it', text: with_('73/331. Commemorative meeting at 10 a.m.') },
    { name: '… and `p.m.`', text: with_('73/331. Commemorative meeting at 3 p.m.') },
    { name: 'Security Council texts have no title: page furniture found there is not checked', text: SC.replace('Resolution 1445 (2002)\n', '1445 (2002). Resolution of 4 December 2002\n[S/2002/1005]\n') },
  ],
  invalid: [
    {
      name: 'no full stop after the number (SKEL-06 ✘, CONVENTIONS.md 9.1 line 5)',
      text: with_('73/331 Cooperation between the United Nations and the Collective Security Treaty Organization'),
      errors: [{ ...at(ADOPTED, TITLE), messageId: 'number', message: '`73/331.`' }],
      output: ADOPTED,
    },
    {
      name: '`Resolution 73/331:` (SKEL-06 ✘)',
      text: with_('Resolution 73/331: Cooperation between the United Nations and the Collective Security Treaty Organization'),
      errors: [{ ...at(ADOPTED, TITLE), messageId: 'number' }],
      output: ADOPTED,
    },
    {
      name: 'no space after the full stop',
      text: with_('73/331.Cooperation between the United Nations and the Collective Security Treaty Organization'),
      errors: [{ ...at(ADOPTED, TITLE), messageId: 'number' }],
      output: ADOPTED,
    },
    {
      name: 'a final full stop (SKEL-06)',
      text: with_(`${TITLE}.`),
      errors: [{ line: at(ADOPTED, TITLE).line, column: TITLE.length + 1, messageId: 'finalStop' }],
      output: ADOPTED,
    },
    {
      name: 'a draft title with a final full stop',
      text: edit(DRAFT, 'Treaty Organization\n\nThe General', 'Treaty Organization.\n\nThe General'),
      errors: [{ line: at(DRAFT, 'Cooperation between the United Nations and the Collective').line, messageId: 'finalStop' }],
      output: DRAFT,
    },
  ],
});
