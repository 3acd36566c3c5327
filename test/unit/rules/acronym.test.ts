import { acronym } from '../../../server/src/core/rules/acronym';
import { draft, ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

const op = (text: string) => draft(`_Recalling_ its resolution 70/1,\n\n1. _Calls upon_ ${text}\n`);

ruleTester(acronym, {
  valid: [
    { name: 'names written out (LANG-04 ✔)', text: op('States to achieve the Sustainable Development Goals with non-governmental organizations and the least developed countries.') },
    { name: 'an acronym defined first may follow (the Security Council practice)', text: op('States to achieve the Sustainable Development Goals (SDGs) and to report on the SDGs.') },
    { name: 'Security Council texts use possessive acronyms (S/RES/1445 (2002))', text: "The Security Council,\n\n_Recalling_ its resolution 1291 (2000),\n\n1. _Decides_ to extend MONUC's mandate.\n" },
    { name: 'footnotes cite sources in their own words', text: draft('_Recalling_ the Paris Agreement,[^1]\n\n1. _Decides_ to continue.\n\n[^1]: Adopted under the UNFCCC in FCCC/CP/2015/10/Add.1, decision 1/CP.21.\n') },
  ],
  invalid: [
    {
      name: 'acronyms in a General Assembly text (LANG-04, LANG-09 ✘ the SDGs, NGOs, LDCs)',
      text: op('States to achieve the SDGs with NGOs in the LDCs.'),
      errors: [{ line: 10, column: 39, messageId: 'replace', message: '"Sustainable Development Goals"' }, { line: 10, column: 49, messageId: 'replace', message: '"non-governmental organizations"' }, { line: 10, column: 61, messageId: 'replace', message: '"least developed countries"' }],
      output: op('States to achieve the Sustainable Development Goals with non-governmental organizations in the least developed countries.'),
    },
    {
      name: 'an acronym used before its definition, a sentence start, and a possessive (LANG-04 ✘ MONUC’s mandate)',
      text: op('States to act. NGOs help the SDGs (SDGs) and UNDP’s programmes.'),
      errors: [{ line: 10, column: 32, messageId: 'replace', message: '"Non-governmental organizations"' }, { line: 10, column: 46, messageId: 'replace' }, { line: 10, column: 62, messageId: 'possessive', message: '"the … of UNDP"' }],
      output: op('States to act. Non-governmental organizations help the Sustainable Development Goals (SDGs) and UNDP’s programmes.'),
    },
    {
      name: 'a name spelled out takes `the` where the acronym stood without one, not after a determiner nor before `resolution` (found by a review: the fix wrote `the work of Office of …`)',
      text: op('UNICEF and States to support the work of UNHCR, its UNDP office and ECOSOC resolution 2020/1.'),
      errors: [{ line: 10, column: 17 }, { line: 10, column: 58 }, { line: 10, column: 69 }, { line: 10, column: 85 }],
      output: op("the United Nations Children's Fund and States to support the work of the Office of the United Nations High Commissioner for Refugees, its United Nations Development Programme office and Economic and Social Council resolution 2020/1."),
    },
  ],
});

describe('acronym docs', () => docExamples(acronym));
