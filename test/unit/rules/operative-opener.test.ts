import { operativeOpener } from '../../../server/src/core/rules/operative-opener';
import { draft, ruleTester } from '../ruleTester';

const pp = '_Noting_ the firm intention of both organizations to further strengthen existing cooperation,';
const last = '_Decides_ to include in the provisional agenda of its seventy-fifth session the sub-item.';
/** A draft whose paragraph 1 (line 10) is `paragraph`, followed by paragraph 2 `last`. */
const first = (paragraph: string) => draft(`${pp}\n\n1. ${paragraph}\n\n2. ${last}\n`);

ruleTester(operativeOpener, {
  valid: [
    { name: 'a Model UN phrase in a Model UN draft, and a phrase that is rare in UN texts (`Suggests`)', text: first('_Has resolved_ to cooperate;'), settings: { profile: 'mun' } },
    { name: '`Suggests` is rare in UN texts, not Model UN only', text: first('_Suggests_ that Member States cooperate;') },
    { name: 'a number written `2)` or a label written `(A)`, which operative-numbering reports (found by a review: the message quoted `"2) _Requests_ the Se"`)', text: draft(`${pp}\n\n1. _Calls upon_ Member States:\n\n(A) To strengthen domestic resource mobilization;\n\n2) _Requests_ the Secretary-General to report;\n\n3. ${last}\n`) },
    {
      name: 'the seed: listed phrases with modifiers, including a second italic verb',
      text: draft(`${pp}\n\n1. _Takes note with appreciation_ of the report,[^1] and _acknowledges_ in particular the interaction;\n\n2. _Notes with appreciation_ the significant practical contribution;\n\n3. _Welcomes_ the efforts of the secretariats;\n\n4. _Encourages_ both organizations to continue;\n\n5. _Requests_ the Secretary-General to submit a report;\n\n6. ${last}\n`),
    },
    { name: 'preposed and postposed adverbs (OP-02, OP-06)', text: draft(`${pp}\n\n1. _Also requests_ the Secretary-General to report;\n\n2. _Further decides_ to continue;\n\n3. _Strongly condemns_ all acts of terrorism;\n\n4. _Condemns unequivocally_ all attacks;\n\n5. _Reiterates once again_ its support;\n\n6. ${last}\n`) },
    { name: 'an unlisted verb in the third person singular is accepted silently (lexicon heuristic)', text: first('_Pledges_ its support to the Organization;') },
    {
      name: 'adverbs before a verb, listed or not: two of them, `highly`, a particle after the verb (OP-02; found on the Security Council texts of the corpus, S/RES/169, 567, 883)',
      text: draft(`${pp}

1. _Strongly deprecates_ the secessionist activities;

2. _Further strongly condemns_ South Africa;

3. _Highly commends_ the Secretary-General;

4. _Urgently calls once more upon_ the parties to cease fire;

5. _Further fully endorses_ the plan;

6. _Further finds_ that the situation persists;

7. ${last}
`),
    },
    { name: 'a Security Council paragraph with an introductory clause after the verb', text: 'The Security Council,\n\n_Recalling_ its resolution 1631 (2005),\n\n1. _Decides_, acting under Chapter VII of the Charter of the United Nations, to renew the mandate;\n\n2. _Decides_ to remain seized of the matter.\n' },
    { name: 'a preambular participle is left to operative-preambular-form', text: first('_Welcoming_ the practical contribution of the Organization;') },
    { name: 'a single unnumbered operative paragraph without a preamble', text: 'The General Assembly\n\n_Decides_ to adopt the programme of work annexed to the present resolution.\n' },
    { name: 'annexed declarations in the first person plural are not operative paragraphs (SKEL-13)', text: `${first('_Adopts_ the Declaration annexed to the present resolution;')}\nAnnex\n\nWe, the Heads of State and Government,\n\n1. Reaffirm our commitment to the Charter;\n` },
    { name: 'an introductory phrase before the italic verb (`Pending …, _urges_`, `In this regard, _requests_`; review finding)', text: draft(`${pp}\n\n1. Pending the entry into force of the Treaty, _urges_ all States to refrain from testing;\n\n2. In this regard, _requests_ the Secretary-General to report;\n\n3. ${last}\n`) },
    { name: 'plain text, a tab after the number, CRLF line ends', text: first('\tInvites the United Nations to continue its interaction;').replace(/\n/g, '\r\n') },
  ],
  invalid: [
    {
      name: 'a Model UN phrase in a UN profile (MUN-04; found by a review: silent)',
      text: first('_Has resolved_ to cooperate;'),
      errors: [{ line: 10, column: 5, messageId: 'munOnly', message: '"Has resolved" is a Model UN phrase' }],
      output: null,
    },
    {
      name: 'a verb without the -s of the third person (OP-02 ✘, CONVENTIONS.md 9.1 line 10)',
      text: first('Request the Secretary-General to submit a report to the seventy-fifth session;'),
      errors: [{ line: 10, column: 4, messageId: 'form', message: 'write `Requests`, not "Request"' }],
      output: null,
    },
    {
      name: 'an adverb before a word that is no verb of the third person is still reported',
      text: first('Strongly the Secretary-General to submit a report;'),
      errors: [{ line: 10, column: 4, messageId: 'unknown', message: 'not "Strongly the Secretary-General"' }],
      output: null,
    },
    {
      name: 'a past tense (OP-02 ✘ `Requested …`)',
      text: first('_Requested_ the Secretary-General to submit a report;'),
      errors: [{ line: 10, column: 5, messageId: 'form', message: 'write `Requests`, not "Requested"' }],
      output: null,
    },
    {
      name: 'the subject repeated (OP-02 ✘ `The General Assembly requests …`)',
      text: first('The General Assembly requests the Secretary-General to submit a report;'),
      errors: [{ line: 10, column: 4, messageId: 'unknown', message: '"The General Assembly"' }],
      output: null,
    },
    {
      name: 'an introductory phrase with no operative verb after its comma',
      text: first('In this regard, the Secretary-General will submit a report;'),
      errors: [{ line: 10, column: 4, messageId: 'unknown', message: '"In this regard"' }],
      output: null,
    },
    {
      name: 'a modal verb (OP-02 ✘ `Will request`, `Shall decide`)',
      text: draft(`${pp}\n\n1. _Will request_ the Secretary-General to submit a report;\n\n2. _Shall decide_ to include the item in its agenda.\n`),
      errors: [{ line: 10, column: 5, messageId: 'unknown', message: '"Will request the"' }, { line: 12, column: 5, messageId: 'unknown', message: '"Shall decide to"' }],
      output: null,
    },
    {
      name: '`Is convinced` is not UN style (CONVENTIONS.md 3.3)',
      text: first('_Is convinced_ that cooperation between the organizations is beneficial;'),
      errors: [{ line: 10, column: 5, messageId: 'unknown' }],
      output: null,
    },
    {
      name: 'a first-person plural verb outside an annex',
      text: first('_Reaffirm_ our commitment to the Charter of the United Nations;'),
      errors: [{ line: 10, column: 5, messageId: 'form', message: 'write `Reaffirms`, not "Reaffirm"' }],
      output: null,
    },
    {
      name: 'a paragraph that opens with a figure: the message quotes the opening characters',
      text: first('2019 was declared the International Year of Indigenous Languages;'),
      errors: [{ line: 10, column: 4, messageId: 'unknown', message: 'not "2019 was declared th"' }],
      output: null,
    },
    {
      name: 'an unknown opener in a CRLF file',
      text: first('Request the Secretary-General to submit a report;').replace(/\n/g, '\r\n'),
      errors: [{ line: 10, column: 4, messageId: 'form' }],
      output: null,
    },
  ],
});
