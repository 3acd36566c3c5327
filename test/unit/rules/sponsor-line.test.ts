import { sponsorLine } from '../../../server/src/core/rules/sponsor-line';
import { ruleTester } from '../ruleTester';
import { DRAFT, at, edit } from './structureTexts';

const LINE = 'Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russian Federation and Tajikistan: draft resolution';
const with_ = (line: string) => edit(DRAFT, LINE, line);
const pos = at(DRAFT, LINE);

ruleTester(sponsorLine, {
  valid: [
    { name: 'alphabetical, commas, `and` without a serial comma (SKEL-10 ✔)', text: DRAFT },
    { name: 'names that contain `and` are kept whole', text: with_('Bosnia and Herzegovina, Saint Vincent and the Grenadines, Trinidad and Tobago and United Kingdom of Great Britain and Northern Ireland: draft resolution') },
    { name: 'a single sponsor with an asterisk footnote (on behalf of a group)', text: with_('Uganda*: draft resolution') },
    { name: 'diacritics do not change the order', text: with_('Costa Rica, Côte d’Ivoire and Croatia: revised draft resolution') },
  ],
  invalid: [
    {
      name: 'a `Sponsors:` label before the names (SKEL-10 ✘ `Sponsors: …`; found by a review: "`Canada` comes before `Sponsors: Argentina`"), the order read after it',
      text: with_('Sponsors: Argentina, Canada, Mexico and Uruguay: draft resolution'),
      errors: [{ line: pos.line, column: 1, messageId: 'label', message: 'remove `Sponsors:`' }],
      output: with_('Argentina, Canada, Mexico and Uruguay: draft resolution'),
      settings: { profile: 'ga' },
    },
    {
      name: 'after a label, the order is still checked, at the right place',
      text: with_('Submitted by: Canada, Argentina: draft resolution'),
      errors: [{ line: pos.line, column: 1, messageId: 'label' }, { line: pos.line, column: 23, messageId: 'order', message: '`Argentina` comes before `Canada`' }],
      output: with_('Canada, Argentina: draft resolution'),
      settings: { profile: 'ga' },
    },
    {
      name: 'a serial comma (SKEL-10 ✘ `Armenia, Belarus, and Tajikistan`)',
      text: with_('Armenia, Belarus, and Tajikistan: draft resolution'),
      errors: [{ line: pos.line, column: 17, messageId: 'serialComma' }],
      output: with_('Armenia, Belarus and Tajikistan: draft resolution'),
    },
    {
      name: '`the` before a name (SKEL-10 ✘ `the Russian Federation`)',
      text: with_('Armenia, Belarus, the Russian Federation and Tajikistan: draft resolution'),
      errors: [{ line: pos.line, column: 19, messageId: 'article', message: '`Russian Federation`' }],
      output: with_('Armenia, Belarus, Russian Federation and Tajikistan: draft resolution'),
    },
    {
      name: 'not in alphabetical order (SKEL-10 ✘ `Belarus, Armenia`)',
      text: with_('Belarus, Armenia, Kazakhstan and Tajikistan: draft resolution'),
      errors: [{ line: pos.line, column: 10, messageId: 'order', message: '`Armenia` comes before `Belarus`' }],
      output: null,
    },
    {
      name: 'order checked across names with `and`',
      text: with_('Trinidad and Tobago and Bosnia and Herzegovina: draft resolution'),
      errors: [{ line: pos.line, column: 25, messageId: 'order' }],
      output: null,
    },
  ],
});
