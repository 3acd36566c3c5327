import { capitalization } from '../../../server/src/core/rules/capitalization';
import { draft, ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

const op = (text: string) => draft(`_Recalling_ its resolution 59/50,\n\n1. _Invites_ ${text}\n`);

ruleTester(capitalization, {
  valid: [
    { name: 'the organ line, which organ-line reads (`THE GENERAL ASSEMBLY,` is Model UN style; found by a review: its fix wrote `THE General Assembly,`)', text: 'THE GENERAL ASSEMBLY,\n\n_Recalling_ its resolution 59/50 of 2 December 2004,\n\n1. _Decides_ to continue its consideration of the question.\n', settings: { profile: 'ga' } },
    { name: 'UN membership and another organization’s members (LANG-03 ✔)', text: op('Member States, States Members of the United Nations and the member States of the Collective Security Treaty Organization to cooperate, as well as Member States of the region and Member States of the Organization.') },
    { name: '"member States" without "of" is left alone: the context decides (73/331)', text: op('the various initiatives by member States and regional organizations.') },
    { name: 'organs, Heads of State and Government, Articles of the Charter', text: op('the General Assembly, the Security Council and the Heads of State and Government to apply Article 51 of the Charter and article 3 of the Convention.') },
    { name: 'a quoted title keeps its capitals', text: op('States to read “The general assembly of the future”.') },
  ],
  invalid: [
    {
      name: 'UN members in lower case (LANG-03 ✘ member states; LANG-09 ✘ member nations)',
      text: op('member states and Member Nations to act.'),
      errors: [{ line: 10, column: 14, messageId: 'replace', message: '"Member States"' }, { line: 10, column: 32, messageId: 'replace', message: '"Member States"' }],
      output: op('Member States and Member States to act.'),
    },
    {
      name: 'members of another organization (LANG-03: Member States followed by of the <non-UN organization> → W)',
      text: op('the Member States of the Collective Security Treaty Organization and the States Members of NATO to act.'),
      errors: [{ line: 10, column: 18, messageId: 'replace', message: '"member States"' }, { line: 10, column: 87, messageId: 'replace', message: '"States members"' }],
      output: op('the member States of the Collective Security Treaty Organization and the States members of NATO to act.'),
    },
    {
      name: 'organs, heads of state and an article of the Charter in lower case',
      text: op('the general assembly and the heads of state and government to apply article 51 of the Charter.'),
      errors: [{ line: 10, column: 18, messageId: 'replace', message: '"General Assembly"' }, { line: 10, column: 43, messageId: 'replace', message: '"Heads of State and Government"' }, { line: 10, column: 82, messageId: 'charterArticle' }],
      output: op('the General Assembly and the Heads of State and Government to apply Article 51 of the Charter.'),
    },
  ],
});

describe('capitalization docs', () => docExamples(capitalization));
