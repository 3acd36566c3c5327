import { preambleOrder } from '../../../server/src/core/rules/preamble-order';
import { draft, ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

const ga = (pp: string) => draft(`_Recalling_ ${pp},\n\n1. _Decides_ to continue its consideration of the question at its seventy-fifth session.\n`);
const sc = (...pps: string[]) => `The Security Council,\n\n${pps.map((p) => `${p},\n\n`).join('')}1. _Decides_ to remain seized of the matter.\n`;
const CH7 = '_Acting_ under Chapter VII of the Charter of the United Nations';

ruleTester(preambleOrder, {
  valid: [
    { name: 'GA resolutions oldest first (A/RES/73/331)', text: ga('its resolutions 64/256 of 2 March 2010, 65/122 of 13 December 2010, 67/6 of 19 November 2012, 69/12 of 11 November 2014 and 71/12 of 21 November 2016') },
    { name: 'old numbers before session numbers (A/RES/80/17)', text: ga('its resolutions 3263 (XXIX) of 9 December 1974, 3474 (XXX) of 11 December 1975 and 31/71 of 10 December 1976') },
    { name: 'SC resolutions in ascending order', text: sc('_Recalling_ its resolutions 1265 (1999), 1296 (2000) and 1674 (2006)') },
    { name: 'parts of a composite resolution in the order of their dates (S/RES/841 (1993))', text: sc('_Recalling_ General Assembly resolutions 47/20 A of 24 November 1992, 47/143 of 18 December 1992 and 47/20 B of 23 April 1993') },
    { name: 'SC numbers decide over a misprinted date (S/RES/171 (1962))', text: sc('_Recalling_ its resolutions 54 (1948) of 15 July 1948 and 93 (1951) of 18 May 1948') },
    { name: 'special-session numbers are not compared', text: ga('its resolutions S-10/2 of 30 June 1978 and 60/1 of 16 September 2005') },
    { name: 'two separate citations in one paragraph are not one list', text: ga('its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”, and its resolution 69/313 of 27 July 2015') },
    { name: 'a descending list outside a Recalling paragraph is not checked', text: draft('_Noting_ resolutions 59/50 and 58/12,\n\n1. _Decides_ to continue its consideration of the question.\n') },
    { name: 'a descending list inside a quotation is not checked', text: ga('the Declaration, which refers to “resolutions 59/50 and 58/12”') },
    { name: 'Acting under Chapter VII as the last preambular paragraph (SKEL-15)', text: sc('_Determining_ that the situation constitutes a threat to international peace and security', CH7) },
    { name: 'another Acting paragraph may follow it', text: sc(CH7, '_Acting also_ under Article 41 of the Charter') },
    { name: 'Chapter VII inside another opener is not checked (S/RES/807 (1993))', text: sc('_Determined_ to ensure the security of UNPROFOR and to this end, acting under Chapter VII of the Charter of the United Nations', '_Noting_ the report of the Secretary-General') },
    { name: 'the position of Acting under Chapter VII is not checked in a GA text', text: draft(`${CH7},\n\n_Noting_ the report of the Secretary-General,\n\n1. _Decides_ to continue its consideration of the question.\n`) },
    { name: 'an annex is not the preamble (SKEL-13)', text: `${sc(CH7)}\nAnnex\n\n_Recalling_ its resolutions 59/50 and 58/12,\n` },
  ],
  invalid: [
    {
      name: 'GA list not in ascending order (59/50, 58/12)',
      text: ga('its resolutions 59/50 of 2 December 2004 and 58/12 of 4 November 2003'),
      errors: [{ line: 8, column: 58, messageId: 'ascending', message: '58/12 comes after the later 59/50' }],
      output: null,
    },
    {
      name: 'an opening phrase in capitals (`RECALLING`, found by the review)',
      text: sc('RECALLING its resolutions 1325 (2000) and 1265 (1999)'),
      errors: [{ line: 3, messageId: 'ascending', message: '1265 (1999) comes after the later 1325 (2000)' }],
      output: null,
    },
    {
      name: 'SC list not in ascending order (1325 (2000), 1265 (1999))',
      text: sc('_Recalling_ its resolutions 1325 (2000) and 1265 (1999)'),
      errors: [{ line: 3, column: 45, messageId: 'ascending', message: '1265 (1999) comes after the later 1325 (2000)' }],
      output: null,
    },
    {
      name: 'dates decide between session numbers: one report per list',
      text: ga('also its resolutions 58/12 of 4 November 2003, 60/1 of 16 September 2005, 59/50 of 2 December 2004 and 57/1 of 1 October 2002'),
      errors: [{ line: 8, messageId: 'ascending', message: '59/50 comes after the later 60/1' }],
    },
    {
      name: 'Further recalling counts as Recalling',
      text: draft('_Further recalling_ its resolutions 72/21 and 70/22,\n\n1. _Decides_ to continue its consideration of the question.\n'),
      errors: [{ line: 8, messageId: 'ascending' }],
    },
    {
      name: 'Acting under Chapter VII followed by a determination (PRE-07)',
      text: sc(CH7, '_Determining_ that the situation constitutes a threat to international peace and security'),
      errors: [{ line: 3, column: 2, messageId: 'chapterSeven', message: '"Determining that the"' }],
      output: null,
    },
    {
      name: 'under the sc profile whatever the organ line says',
      text: draft(`${CH7},\n\n_Noting_ the report of the Secretary-General,\n\n1. _Decides_ to continue its consideration of the question.\n`),
      settings: { profile: 'sc' },
      errors: [{ line: 8, messageId: 'chapterSeven' }],
    },
  ],
});

describe('preamble-order docs', () => docExamples(preambleOrder));
