import { citedResolutionDate } from '../../../server/src/core/rules/cited-resolution-date';
import { ruleTester } from '../ruleTester';
import { ADOPTED, SC, at, edit } from './structureTexts';

const GA_REF = 'its resolution 59/50 of 2 December 2004';
const SC_REF = 'resolution 1631 (2005) of 17 October 2005';
const ga = (ref: string) => edit(ADOPTED, GA_REF, ref);
const sc = (ref: string) => edit(ADOPTED, SC_REF, ref);

ruleTester(citedResolutionDate, {
  valid: [
    { name: 'session 59 ran 2004–2005; 1631 (2005) of 2005', text: ADOPTED },
    { name: 'a list of resolutions with dates, no serial comma', text: ga('its resolutions 64/256 of 2 March 2010, 65/122 of 13 December 2010 and 71/12 of 21 November 2016') },
    { name: 'composite numbers and roman sessions (`2625 (XXV) of 24 October 1970`)', text: ga('its resolutions 45/58 P of 4 December 1990, 2625 (XXV) of 24 October 1970 and 31/6 A and B of 9 November 1976') },
    { name: 'another body’s session-numbered resolution is not a GA session (`Commission on Narcotic Drugs resolution 62/1`)', text: ga('Commission on Narcotic Drugs resolution 62/1 of 22 March 2019') },
    { name: 'an ECOSOC resolution numbered by year', text: ga('Economic and Social Council resolution 2009/12 of 30 July 2009') },
    { name: 'an SC resolution between its anchors', text: sc('resolution 1244 (1999) of 10 June 1999') },
    { name: 'SC texts citing themselves', text: SC },
    { name: 'a later resolution without a date cannot be dated', text: ga('its resolution 59/50') },
  ],
  invalid: [
    {
      name: 'a GA number and a date of another session (CONS-08)',
      text: ga('its resolution 59/50 of 2 December 2001'),
      errors: [{ ...at(ADOPTED, '59/50'), messageId: 'gaYear', message: 'fifty-ninth' }],
      output: null,
    },
    {
      name: 'an SC year and a date of another year (S/RES/171: `93 (1951) of 18 May 1948`)',
      text: sc('resolution 1631 (2005) of 17 October 2004'),
      errors: [{ ...at(ADOPTED, '1631 (2005)'), messageId: 'scYear' }],
      output: null,
    },
    {
      name: 'an SC number impossible in its year (anchors 1325 (2000) … 1373 (2001))',
      text: sc('resolution 1350 (2005) of 17 October 2005'),
      errors: [{ ...at(ADOPTED, '1631 (2005)'), messageId: 'scNumber', message: '2000–2001' }],
      output: null,
    },
    {
      name: 'a resolution dated after the citing one',
      text: ga('its resolution 73/400 of 2 September 2019'),
      errors: [{ ...at(ADOPTED, '59/50'), messageId: 'afterAdoption' }],
      output: null,
    },
    {
      name: 'an undated GA resolution of a later session',
      text: ga('its resolution 75/50'),
      errors: [{ ...at(ADOPTED, '59/50'), messageId: 'laterSession' }],
      output: null,
    },
  ],
});
