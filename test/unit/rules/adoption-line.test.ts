import { adoptionLine } from '../../../server/src/core/rules/adoption-line';
import { ruleTester } from '../ruleTester';
import { ADOPTED, SC, at, edit } from './structureTexts';

const LINE = 'Resolution adopted by the General Assembly on 25 July 2019';
const with_ = (line: string) => edit(ADOPTED, LINE, line);

ruleTester(adoptionLine, {
  valid: [
    { name: 'the GA form', text: ADOPTED },
    { name: 'no-break spaces in the date, as Word exports it (FORMAT.md: they are white space)', text: with_('Resolution adopted by the General Assembly on 25\u00a0July\u00a02019') },
    { name: 'no-break spaces between every word of the line', text: with_('Resolution adopted by the General Assembly on 25 July 2019'.replace(/ /g, '\u00a0')) },
    { name: 'the SC form with the meeting and a comma before `on`', text: SC },
    { name: 'a PDF wrap before `on` (pdf-text of 73/331)', text: with_('Resolution adopted by the General Assembly\non 25 July 2019') },
    { name: 'an SC line wrapped after `on` (S/RES/827)', text: edit(SC, 'at its 4653rd meeting, on 4 December 2002', 'at its 4653rd meeting, on\n4 December 2002') },
    { name: 'ECOSOC and HRC forms', text: edit(with_('Resolution adopted by the Human Rights Council on 22 March 2019'), 'The General Assembly,', 'The Human Rights Council,') },
    { name: 'before the sixty-second session GA adoption lines carried no date (A/RES/56/160)', text: edit(with_('Resolution adopted by the General Assembly'), 'Seventy-third session', 'Fifty-sixth session') },
    { name: 'another body whose name contains `on` is not a date', text: with_('Resolution adopted by the Commission on Narcotic Drugs on 22 March 2019') },
    { name: 'no organ line: a body line `adopted by the Council on …` is prose, not an adoption line', text: '17 (1947). Resolution of 10 February 1947\n\nIt is resolved that the Commission, acting under resolution 15 (1946)\nadopted by the Council on 19 December 1946, is not empowered to act.\n' },
    { name: 'the SC compilation closing `Adopted at the 101st meeting` is not an adoption line', text: 'Whereas the Commission has referred the question,\n\nAdopted at the 101st meeting by 9 votes to none,\nwith 2 abstentions.\n' },
  ],
  invalid: [
    {
      name: 'the US date order (CONVENTIONS.md 9.1, line 3)',
      text: with_('Resolution adopted by the General Assembly on July 25, 2019'),
      errors: [{ ...at(ADOPTED, '25 July 2019'), messageId: 'date', message: '`25 July 2019`' }],
      output: ADOPTED,
    },
    {
      name: 'an ordinal day and an abbreviated month',
      text: with_('Resolution adopted by the General Assembly on 25th Jul 2019'),
      errors: [{ ...at(ADOPTED, '25 July 2019'), messageId: 'date' }],
      output: ADOPTED,
    },
    {
      name: '`Adopted by the General Assembly` (SKEL-04 ✘)',
      text: with_('Adopted by the General Assembly on 25 July 2019'),
      errors: [{ ...at(ADOPTED, 'Resolution adopted'), messageId: 'wording', message: '`Resolution adopted by …`' }],
      output: ADOPTED,
    },
    {
      name: 'capitalized words',
      text: with_('Resolution Adopted by the general assembly on 25 July 2019'),
      errors: [{ ...at(ADOPTED, 'Resolution adopted'), messageId: 'wording' }],
      output: ADOPTED,
    },
    {
      name: 'the GA wording for the Security Council (SKEL-04 ✘)',
      text: edit(SC, 'Adopted by the Security Council at its', 'Resolution adopted by the Security Council at its'),
      errors: [{ ...at(SC, 'Adopted by'), messageId: 'scWording' }],
      output: SC,
    },
    {
      name: 'a wrong ordinal suffix in the SC meeting number (CONS-04)',
      text: edit(SC, '4653rd', '4653th'),
      errors: [{ ...at(SC, '4653rd'), messageId: 'suffix', message: '`4653rd`' }],
      output: SC,
    },
    {
      name: 'the SC line without its meeting',
      text: edit(SC, 'at its 4653rd meeting, on', 'on'),
      errors: [{ ...at(SC, 'Adopted by'), messageId: 'scMeeting' }],
      output: null,
    },
    {
      name: 'no date in a current GA text',
      text: with_('Resolution adopted by the General Assembly'),
      errors: [{ ...at(ADOPTED, 'Resolution adopted'), messageId: 'noDate' }],
      output: null,
    },
    {
      name: 'a date that does not exist',
      text: with_('Resolution adopted by the General Assembly on 31 April 2019'),
      errors: [{ ...at(ADOPTED, '25 July 2019'), messageId: 'unreadableDate' }],
      output: null,
    },
  ],
});
