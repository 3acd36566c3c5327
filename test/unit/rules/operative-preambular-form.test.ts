import { operativePreambularForm } from '../../../server/src/core/rules/operative-preambular-form';
import { draft, ruleTester } from '../ruleTester';

const pp = '_Noting_ the firm intention of both organizations to further strengthen existing cooperation,';
const op1 = '1. _Takes note with appreciation_ of the report of the Secretary-General;';
const last = '_Decides_ to include in the provisional agenda of its seventy-fifth session the sub-item.';
/** A draft whose operative paragraph 2 (line 12) is `paragraph`, followed by paragraph 3 `last`. */
const second = (paragraph: string) => draft(`${pp}\n\n${op1}\n\n2. ${paragraph}\n\n3. ${last}\n`);

ruleTester(operativePreambularForm, {
  valid: [
    { name: 'operative verbs throughout', text: second('_Welcomes_ the efforts of the secretariats of the United Nations and the Collective Security Treaty Organization;') },
    { name: 'a participle later in the paragraph is not its opener', text: second('_Decides_, noting the report of the Secretary-General, to continue its consideration of the item;') },
    { name: 'a numbered preambular paragraph before the operative part is preamble-numbered’s business', text: draft(`1. ${pp}\n\n${op1}\n\n2. ${last}\n`) },
    { name: 'a preambular participle in the preamble', text: draft(`_Welcoming_ the signing of the memorandum of understanding,\n\n${op1}\n\n2. ${last}\n`) },
    { name: 'annexed texts are not operative paragraphs', text: `${second('_Invites_ the United Nations to continue;')}\nAnnex\n\nWe, the Heads of State and Government,\n\n1. Recalling our commitment to the Charter;\n` },
    { name: 'CRLF line ends and a tab after the number', text: second('\t_Encourages_ both organizations to continue;').replace(/\n/g, '\r\n') },
    { name: '`Acting under Chapter VII …,` before the main verb (S/RES/787 (1992))', text: second('_Acting_ under Chapters VII and VIII of the Charter of the United Nations, _calls upon_ States to use such measures as may be necessary;') },
  ],
  invalid: [
    {
      name: '`Acting …` with no main verb after it is still a preambular form',
      text: second('_Acting_ under Chapter VII of the Charter of the United Nations, in particular Article 41;'),
      errors: [{ line: 12, column: 5, messageId: 'withoutForm' }],
    },
    {
      name: 'a present participle opening an operative paragraph (OP-02 ✘ `Requesting …`): `Welcoming` → `Welcomes`',
      text: second('_Welcoming_ the efforts of the secretariats of the United Nations and the Organization;'),
      errors: [{ line: 12, column: 5, messageId: 'withForm', message: 'write "Welcomes"' }],
      output: second('_Welcomes_ the efforts of the secretariats of the United Nations and the Organization;'),
    },
    {
      name: 'a postposed particle moves before the verb (OP-06): `Recalling also` → `Also recalls`',
      text: second('_Recalling also_ its resolution 59/50 of 2 December 2004;'),
      errors: [{ line: 12, column: 5, messageId: 'withForm', message: 'write "Also recalls"' }],
      output: second('_Also recalls_ its resolution 59/50 of 2 December 2004;'),
    },
    {
      name: 'a modifier is kept: `Noting with concern` → `Notes with concern`',
      text: second('_Noting with concern_ that irregular migration continues;'),
      errors: [{ line: 12, column: 5, messageId: 'withForm', message: 'write "Notes with concern"' }],
      output: second('_Notes with concern_ that irregular migration continues;'),
    },
    {
      name: 'an adverb is kept: `Strongly condemning` → `Strongly condemns`',
      text: second('_Strongly condemning_ all acts of terrorism;'),
      errors: [{ line: 12, column: 5, messageId: 'withForm', message: 'write "Strongly condemns"' }],
      output: second('_Strongly condemns_ all acts of terrorism;'),
    },
    {
      name: 'an adjective takes the form from the mapping table: `Deeply concerned` → `Expresses deep concern` (CONVENTIONS.md 3.3)',
      text: second('_Deeply concerned_ about the illicit trafficking in drugs and weapons;'),
      errors: [{ line: 12, column: 5, messageId: 'withForm', message: 'write "Expresses deep concern"' }],
      output: second('_Expresses deep concern_ about the illicit trafficking in drugs and weapons;'),
    },
    {
      name: 'the preposition that follows is not doubled: `Taking note` of → `Takes note` of',
      text: second('_Taking note_ of the report of the Secretary-General;'),
      errors: [{ line: 12, column: 5, messageId: 'withForm', message: 'write "Takes note"' }],
      output: second('_Takes note_ of the report of the Secretary-General;'),
    },
    {
      name: 'nor are the words already in the italics: `_Looking forward_ to` → `_Looks forward_ to`',
      text: second('_Looking forward_ to the report of the Secretary-General;'),
      errors: [{ line: 12, column: 5, messageId: 'withForm', message: 'write "Looks"' }],
      output: second('_Looks forward_ to the report of the Secretary-General;'),
    },
    {
      name: 'plain text without italics, in a CRLF file',
      text: second('Welcoming the efforts of the secretariats;').replace(/\n/g, '\r\n'),
      errors: [{ line: 12, column: 4, messageId: 'withForm' }],
      output: second('Welcomes the efforts of the secretariats;').replace(/\n/g, '\r\n'),
    },
    {
      name: 'an adjective with no operative counterpart (`Mindful`): no fix, rephrase',
      text: second('_Mindful_ of the importance of cooperation between the organizations;'),
      errors: [{ line: 12, column: 5, messageId: 'withoutForm', message: '"Mindful"' }],
      output: null,
    },
    {
      name: '`Referring` has no operative counterpart either',
      text: second('_Referring_ to its resolution 59/50 of 2 December 2004;'),
      errors: [{ line: 12, column: 5, messageId: 'withoutForm' }],
      output: null,
    },
    {
      name: 'italic markers inside the phrase: reported without a fix',
      text: second('_Welcoming_ _also_ the practical contribution of the Organization;'),
      errors: [{ line: 12, column: 5, messageId: 'withForm', message: 'write "Also welcomes"' }],
      output: null,
    },
  ],
});
