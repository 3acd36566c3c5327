import { adoptionDateSession } from '../../../server/src/core/rules/adoption-date-session';
import { ruleTester } from '../ruleTester';
import { ADOPTED, SC, at, edit } from './structureTexts';

const date = (d: string) => edit(ADOPTED, 'General Assembly on 25 July 2019', `General Assembly on ${d}`);

ruleTester(adoptionDateSession, {
  valid: [
    { name: 'session 73 ran from September 2018 to September 2019', text: ADOPTED },
    { name: 'the first year of the session', text: date('17 December 2018') },
    { name: 'an SC resolution adopted in its year', text: SC },
    { name: 'ECOSOC session 2019 began in July 2018', text: edit(edit(edit(ADOPTED, 'Seventy-third session', '2019 session'), '73/331.', '2019/12.'), 'The General Assembly,', 'The Economic and Social Council,').replace('General Assembly on 25 July 2019', 'Economic and Social Council on 26 July 2018').replace('A/RES/73/331', 'E/RES/2019/12') },
    { name: 'Human Rights Council session years are approximate and not checked ([I])', text: edit(edit(date('22 March 2030'), 'The General Assembly,', 'The Human Rights Council,'), 'A/RES/73/331', 'A/HRC/RES/40/1') },
  ],
  invalid: [
    {
      name: 'a year outside the session (CONS-02)',
      text: date('25 July 2021'),
      errors: [{ ...at(ADOPTED, '25 July 2019'), messageId: 'ga', message: 'September 2018 to September 2019' }],
      output: null,
    },
    {
      name: 'an SC date in another year than the resolution number',
      text: edit(SC, 'on 4 December 2002', 'on 4 December 2003'),
      errors: [{ ...at(SC, '4 December 2002'), messageId: 'sc' }],
      output: null,
    },
  ],
});
