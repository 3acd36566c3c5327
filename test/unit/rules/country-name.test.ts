import { countryName } from '../../../server/src/core/rules/country-name';
import { draft, ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

const eightieth = 'Eightieth session\nAgenda item 7\n\n80/1. Participation\n\n';
const op = (text: string) => draft(`_Recalling_ its resolution 79/1,\n\n1. _Welcomes_ ${text}\n`, eightieth);

ruleTester(countryName, {
  valid: [
    { name: 'United Nations short names (LANG-08 ✔)', text: op('the cooperation between the Russian Federation, Viet Nam, Türkiye, Czechia and the Islamic Republic of Iran.') },
    { name: 'list forms and adjectives are not aliases', text: op('the statements of Iran (Islamic Republic of), Venezuela (Bolivarian Republic of), Syrian refugees and the North Korean delegation.') },
    { name: 'names of their time in older texts (Turkey until 2022, Syria until 1967)', text: draft('_Noting_ the complaints of Syria and the position of Turkey,\n\n1. _Decides_ to remain seized of the matter.\n', 'Resolution 237 (1967)\n\n') },
    { name: 'a quotation keeps its names', text: op('the report entitled “Russia and the world”.') },
  ],
  invalid: [
    {
      name: 'aliases (LANG-08 ✘ Russia, Vietnam, Turkey, Syria, Ivory Coast)',
      text: op('the cooperation of Russia, Vietnam, Turkey, Syria and Ivory Coast.'),
      errors: [{ line: 10, column: 34, messageId: 'replace', message: '"the Russian Federation"' }, { line: 10, column: 42, messageId: 'replace' }, { line: 10, column: 51, messageId: 'replace', message: '"Türkiye"' }, { line: 10, column: 59, messageId: 'replace' }, { line: 10, column: 69, messageId: 'replace', message: '"Côte d’Ivoire"' }],
      output: op('the cooperation of the Russian Federation, Viet Nam, Türkiye, the Syrian Arab Republic and Côte d’Ivoire.'),
    },
    {
      name: 'a name whose list form differs is reported without a fix',
      text: op('the efforts of Iran.'),
      errors: [{ line: 10, column: 30, messageId: 'replace', message: 'Iran (Islamic Republic of)' }],
      output: null,
    },
    {
      name: 'a sponsor line takes names without the article',
      text: `A/80/L.1\n\nArmenia, Belarus and Russia: draft resolution\n\nThe General Assembly,\n\n_Recalling_ its resolution 79/1,\n\n1. _Decides_ to continue.\n`,
      errors: [{ line: 3, column: 22, messageId: 'replace', message: '"Russian Federation"' }],
      output: `A/80/L.1\n\nArmenia, Belarus and Russian Federation: draft resolution\n\nThe General Assembly,\n\n_Recalling_ its resolution 79/1,\n\n1. _Decides_ to continue.\n`,
    },
  ],
});

describe('country-name docs', () => docExamples(countryName));
