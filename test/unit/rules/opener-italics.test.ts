import { openerItalics } from '../../../server/src/core/rules/opener-italics';
import { draft, ruleTester } from '../ruleTester';

const pp1 = '_Having considered_ the report of the Secretary-General on cooperation between the United Nations and regional and other organizations,';
const opLast = '2. _Decides_ to include in the provisional agenda of its seventy-fifth session the sub-item.';
/** A draft with `pp1`, then `paragraph` on line 10, then `opLast`. */
const withPreamble = (paragraph: string) => draft(`${pp1}\n\n${paragraph}\n\n1. _Invites_ the United Nations to continue its interaction;\n\n${opLast}\n`);
/** A draft with `pp1`, then `paragraph` (an operative paragraph) on line 10, then `opLast`. */
const withOperative = (paragraph: string) => draft(`${pp1}\n\n${paragraph}\n\n${opLast}\n`);

ruleTester(openerItalics, {
  valid: [
    { name: 'an adjectival `further` after the verb is no part of the phrase (`_Encourages_ further steps`, OP-06; review finding)', text: withOperative('1. _Encourages_ further steps to strengthen cooperation;') },
    { name: 'nor `_Requests_ further information`', text: withOperative('1. _Requests_ further information on the matter;') },
    { name: 'an underlined operative phrase under mun (openerStyle "either" by default, MUN-02)', text: withOperative('1. __Urges__ all States to act;'), settings: { profile: 'mun' } },
    { name: 'an italic operative phrase under mun ("either")', text: withOperative('1. _Urges_ all States to act;'), settings: { profile: 'mun' } },
    { name: 'underline style: underlined operative phrases and an italic preambular one', text: withOperative('1. __Urges__ all States to act;').replace('2. _Decides_', '2. __Decides__'), settings: { mun: { openerStyle: 'underline' } } },
    { name: 'a Model UN committee in the organ line selects mun, which accepts underlining', text: withOperative('1. __Urges__ all States to act;').replace('The General Assembly,', 'The Disarmament and International Security Committee,') },
    {
      name: 'the seed: italics cover the whole opening phrase, with its particle and modifier',
      text: draft(`${pp1}\n\n_Referring also_ to its resolution 59/50,\n\n_Noting with satisfaction_ that the Organization has transformed,\n\n1. _Takes note with appreciation_ of the report,[^1] and _acknowledges_ in particular the interaction;\n\n${opLast}\n`),
    },
    { name: 'the optional tail (a preposition or conjunction) may be italic too (PRE-03)', text: withPreamble('_Guided by_ the purposes and principles of the Charter,\n\n_Convinced that_ cooperation between the organizations is beneficial,\n\n_Taking note of_ the report of the Secretary-General,') },
    { name: 'asterisk italics and an adverb inside the phrase', text: withPreamble('*Deeply concerned* about the illicit trafficking in drugs and weapons,') },
    { name: 'a preposed `Also` is part of the operative phrase', text: withOperative('1. _Also requests_ the Secretary-General to submit a report;') },
    { name: 'other italics later in the paragraph: a second verb, a publication title, Latin', text: withOperative('1. _Decides_ to continue, _inter alia_, its consideration of _Official Records of the General Assembly_, and _requests_ a report;') },
    { name: 'an italicized `Calls upon` followed by its object in roman', text: withOperative('1. _Calls upon_ all States to cooperate;') },
    { name: 'tabs after the number and a no-break space inside the phrase, CRLF line ends', text: withOperative('1.\t_Notes\u00a0with appreciation_ the significant practical contribution;').replace(/\n/g, '\r\n') },
    { name: 'an opener that neither lexicon lists nor looks like a participle is left to preamble-opener', text: withPreamble('Whereas the Charter of the United Nations encourages regional cooperation,') },
    { name: 'annexes are free text', text: `${withOperative('1. _Decides_ to adopt the declaration annexed to the present resolution;')}\nAnnex\n\nWe, the Heads of State and Government, gathered at United Nations Headquarters,\n\n1. Reaffirm our commitment;\n` },
    { name: 'a plain-text export can switch the rule off in settings', text: draft('Recalling its resolution 59/50,\n\n1. Decides to continue.\n'), settings: { rules: { 'opener-italics': 'off' } } },
  ],
  invalid: [
    {
      name: 'the adverb `further` after the verb is part of the phrase (`Stresses further the need`)',
      text: withOperative('1. _Stresses_ further the need to act;'),
      errors: [{ line: 10, messageId: 'short' }],
      output: withOperative('1. _Stresses further_ the need to act;'),
    },
    {
      name: 'a roman preambular opener (PRE-03 ✘ plain roman opener)',
      text: withPreamble('Recalling its resolution 59/50 of 2 December 2004,'),
      errors: [{ line: 10, column: 1, messageId: 'missing', message: '`_Recalling_`' }],
      output: withPreamble('_Recalling_ its resolution 59/50 of 2 December 2004,'),
    },
    {
      name: 'a roman operative phrase after the number',
      text: withOperative('1. Takes note with appreciation of the report of the Secretary-General;'),
      errors: [{ line: 10, column: 4, messageId: 'missing', message: '"Takes note with appreciation"' }],
      output: withOperative('1. _Takes note with appreciation_ of the report of the Secretary-General;'),
    },
    {
      name: 'italics that start late (PRE-03 ✘ `Noting *with appreciation* the …`): reported, no safe fix',
      text: withPreamble('Noting _with appreciation_ the progress in enhancing practical cooperation,'),
      errors: [{ line: 10, column: 1, messageId: 'missing' }],
      output: null,
    },
    {
      name: 'italics that stop inside the phrase',
      text: withPreamble('_Noting_ with appreciation the progress in enhancing practical cooperation,'),
      errors: [{ line: 10, column: 2, messageId: 'short', message: '"Noting with appreciation"' }],
      output: withPreamble('_Noting with appreciation_ the progress in enhancing practical cooperation,'),
    },
    {
      name: 'the particle `also` left out of the italics',
      text: withPreamble('_Referring_ also to its resolution 59/50 of 2 December 2004,'),
      errors: [{ line: 10, column: 2, messageId: 'short', message: '"Referring also"' }],
      output: withPreamble('_Referring also_ to its resolution 59/50 of 2 December 2004,'),
    },
    {
      name: 'the object italicized (PRE-03 ✘ `*Noting with appreciation the progress*`)',
      text: withPreamble('_Noting with appreciation the progress_ in enhancing practical cooperation,'),
      errors: [{ line: 10, column: 26, messageId: 'long', message: 'end them after "Noting with appreciation"' }],
      output: withPreamble('_Noting with appreciation_ the progress in enhancing practical cooperation,'),
    },
    {
      name: 'the object of an operative verb italicized (OP-03 ✘ `*Requests the Secretary-General*`)',
      text: withOperative('1. _Requests the Secretary-General_ to submit a report;'),
      errors: [{ line: 10, column: 13, messageId: 'long' }],
      output: withOperative('1. _Requests_ the Secretary-General to submit a report;'),
    },
    {
      name: 'an underlined opener (THIMUN style) in a UN text',
      text: withOperative('1. __Encourages__ both organizations to continue to examine possible ways;'),
      errors: [{ line: 10, column: 4, messageId: 'underline', message: '`_Encourages_`' }],
      output: withOperative('1. _Encourages_ both organizations to continue to examine possible ways;'),
    },
    {
      name: 'an unlisted word that looks like a participle is still expected in italics',
      text: withPreamble('Honouring the memory of the victims,'),
      errors: [{ line: 10, column: 1, messageId: 'missing', message: '"Honouring"' }],
      output: withPreamble('_Honouring_ the memory of the victims,'),
    },
    {
      name: 'a plain-text draft: every opener is reported (italics cannot be checked in plain text)',
      text: draft('Recalling its resolution 59/50,\n\n1. Decides to continue.\n'),
      errors: [{ line: 8, column: 1, messageId: 'missing' }, { line: 10, column: 4, messageId: 'missing' }],
      output: draft('_Recalling_ its resolution 59/50,\n\n1. _Decides_ to continue.\n'),
    },
    {
      name: 'a missing italic in a CRLF file with a tab after the number',
      text: withOperative('1.\tInvites the United Nations to continue its interaction;').replace(/\n/g, '\r\n'),
      errors: [{ line: 10, column: 4, messageId: 'missing' }],
      output: withOperative('1.\t_Invites_ the United Nations to continue its interaction;').replace(/\n/g, '\r\n'),
    },
    {
      name: 'underline style: an italic operative phrase is underlined, a missing one too',
      text: withOperative('1. _Urges_ all States to act;').replace('2. _Decides_ to', '2. Decides to'),
      settings: { mun: { openerStyle: 'underline' } },
      errors: [
        { line: 10, column: 4, messageId: 'notUnderlined', message: '`__Urges__`' },
        { line: 12, column: 4, messageId: 'missingUnderline', message: '`__Decides__`' },
      ],
      output: withOperative('1. __Urges__ all States to act;').replace('2. _Decides_ to', '2. __Decides__ to'),
    },
    {
      name: 'underlining that runs into the object is reported as italics are',
      text: withOperative('1. __Requests the Secretary-General__ to submit a report;'),
      settings: { profile: 'mun' },
      errors: [{ line: 10, column: 14, messageId: 'long' }],
      output: withOperative('1. __Requests__ the Secretary-General to submit a report;'),
    },
    {
      name: 'an explicit UN profile reports underlining even under a Model UN organ line',
      text: withOperative('1. __Urges__ all States to act;').replace('The General Assembly,', 'The Third Committee,'),
      settings: { profile: 'ga' },
      errors: [{ line: 10, column: 4, messageId: 'underline' }],
      output: withOperative('1. _Urges_ all States to act;').replace('The General Assembly,', 'The Third Committee,'),
    },
  ],
});
