import { preambleOpener } from '../../../server/src/core/rules/preamble-opener';
import { draft, ruleTester } from '../ruleTester';

const op = '1. _Invites_ the United Nations and the Collective Security Treaty Organization to continue their interaction;\n\n2. _Decides_ to include in the provisional agenda of its seventy-fifth session the sub-item.\n';
/** A draft whose preamble is the given paragraphs. */
const pre = (...paragraphs: string[]) => draft(`${paragraphs.join('\n\n')}\n\n${op}`);

ruleTester(preambleOpener, {
  valid: [
    { name: 'Model UN phrases in a Model UN draft (MUN-04)', text: pre('_Having devoted attention_ to the report,', '_Fully alarmed_ by the situation,'), settings: { profile: 'mun' } },
    { name: 'a paragraph opening with a Model UN label `PP1`, which mun-vocabulary removes (it said: not "PP")', text: 'The General Assembly,\n\nPP1 _Recalling_ its resolution 69/313 of 27 July 2015,\n\n1. _Decides_ to continue its consideration of the question.\n' },
    {
      name: 'the seed preamble: `Referring` recurring after `Referring also` and `Referring further` (PRE-06 FP risk)',
      text: pre(
        '_Having considered_ the report of the Secretary-General on cooperation between the United Nations and regional and other organizations,[^1]',
        '_Referring_ to the Articles of the Charter of the United Nations that encourage measures for regional cooperation,',
        '_Referring also_ to its resolution 59/50 of 2 December 2004,',
        '_Referring further_ to its resolutions 64/256 of 2 March 2010 and 65/122 of 13 December 2010,',
        '_Referring_ to all previous relevant resolutions of the Security Council,',
        '_Noting with satisfaction_ that the Collective Security Treaty Organization has transformed into a multifunctional structure,',
      ),
    },
    { name: 'adverb + adjective and a multi-word phrase', text: pre('_Deeply concerned_ about the situation in the region,', '_Bearing in mind_ that the Organization has observer status,', '_Guided by_ the purposes and principles of the Charter of the United Nations,') },
    { name: 'rare but legitimate openers listed in the lexicon (PRE-02 FP risk)', text: pre('_Honouring_ the memory of the victims,', '_Disappointed_ by the lack of progress,', '_Ever mindful_ of the Charter of the United Nations,', '_Grieved_ at the loss of life,') },
    { name: 'an unknown word that looks like a participle is accepted silently (lexicon heuristic)', text: pre('_Pledging_ to support the Organization,', '_Hopeful_ that cooperation will continue,') },
    { name: 'adverbs before a participle or adjective, listed or not (PRE-02; found on the Security Council texts of the corpus, S/RES/811, 95)', text: pre('_Gravely disturbed_ by the recent outbreak of heavy fighting,', '_Equally concerned_ about the reports,', '_Solemnly reaffirming_ the Charter of the United Nations,', '_Further deeply concerned_ at the situation,') },
    { name: 'a Security Council opener', text: 'The Security Council,\n\n_Acting_ under Chapter VII of the Charter of the United Nations,\n\n1. _Decides_ to remain seized of the matter.\n' },
    { name: 'a plain-text opener with a particle after the first word', text: pre('Noting also with concern the report of the Secretary-General,') },
    { name: 'an operative verb in the preamble is left to preamble-operative-form', text: pre('_Recalls_ its resolution 59/50 of 2 December 2004,') },
    { name: 'the MUN order `Further recalling` is listed (PRE-06 is a separate hint), not a joke', text: pre('_Further recalling_ Security Council resolution 1631 (2005) of 17 October 2005,') },
    { name: 'annexed declarations switch grammar: no preamble rules inside the annex', text: `${pre('_Recalling_ its resolution 59/50,')}\nAnnex\n\nWe, the Heads of State and Government, gathered at United Nations Headquarters,\n` },
    { name: 'CRLF line ends, tabs and no-break spaces inside the opener', text: pre('_Noting\u00a0with\tappreciation_ the progress in enhancing practical cooperation,').replace(/\n/g, '\r\n') },
    { name: 'the rule switched off in settings', text: pre('_Noting with zest_ the efforts of the delegates,'), settings: { rules: { 'preamble-opener': 'off' } } },
  ],
  invalid: [
    {
      name: 'Model UN phrases in a UN profile (MUN-04: accepted in Model UN profiles only; found by a review: silent)',
      text: pre('_Having devoted attention_ to the report,', '_Fully alarmed_ by the situation,', '_Viewing with appreciation_ the work,'),
      errors: [
        { line: 8, column: 2, messageId: 'munOnly', message: '"Having devoted attention" is a Model UN phrase' },
        { line: 10, column: 2, messageId: 'munOnly', message: '"Fully alarmed"' },
        { line: 12, column: 2, messageId: 'munOnly', message: '"Viewing with appreciation"' },
      ],
      output: null,
    },
    {
      name: '"Whereas" is national or OAS style, not UN (PRE-02 ✘)',
      text: pre('_Whereas_ the Charter of the United Nations encourages regional cooperation,'),
      errors: [{ line: 8, column: 2, messageId: 'unknown', message: 'not "Whereas the Charter"' }],
      output: null,
    },
    {
      name: 'the organ repeated as the subject (PRE-02 ✘)',
      text: pre('The General Assembly recalls its resolution 59/50 of 2 December 2004,'),
      errors: [{ line: 8, column: 1, messageId: 'unknown', message: '"The General Assembly"' }],
      output: null,
    },
    {
      name: 'a passive construction (PRE-02 ✘ `It is recalled that`)',
      text: pre('_It is recalled_ that the Organization was granted observer status,'),
      errors: [{ line: 8, column: 2, messageId: 'unknown', message: '"It is recalled"' }],
      output: null,
    },
    {
      name: 'the Model UN joke phrase "Noting with zest"',
      text: pre('_Recalling_ its resolution 59/50 of 2 December 2004,', '_Noting with zest_ the efforts of the delegates,'),
      errors: [{ line: 10, column: 2, messageId: 'joke', message: '"Noting with zest"' }],
      output: null,
    },
    {
      name: 'a paragraph that opens with a figure: the message quotes the opening characters',
      text: pre('2004 was the year the Organization was granted observer status,'),
      errors: [{ line: 8, column: 1, messageId: 'unknown', message: 'not "2004 was the year' }],
      output: null,
    },
    {
      name: 'an unknown opener in a CRLF file with a leading tab',
      text: pre('\tIn view of its resolution 59/50 of 2 December 2004,').replace(/\n/g, '\r\n'),
      errors: [{ line: 8, column: 2, messageId: 'unknown', message: '"In view of"' }],
      output: null,
    },
  ],
});
