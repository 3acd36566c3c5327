import assert from 'node:assert/strict';
import { preambleOperativeForm } from '../../../server/src/core/rules/preamble-operative-form';
import { draft, lintWith, ruleTester } from '../ruleTester';
import { s33, s47 } from './scTexts';

const first = '_Having considered_ the report of the Secretary-General on cooperation between the United Nations and regional and other organizations,';
const op = '1. _Invites_ the United Nations and the Collective Security Treaty Organization to continue their interaction;\n\n2. _Decides_ to include in the provisional agenda of its seventy-fifth session the sub-item.\n';
/** A draft whose preamble is a first correct paragraph followed by `paragraph`. */
const pre = (paragraph: string) => draft(`${first}\n\n${paragraph}\n\n${op}`);


ruleTester(preambleOperativeForm, {
  valid: [
    { name: 'participles and adjectives in the preamble, verbs in the operative part', text: pre('_Welcoming_ the signing on 17 January 2017 of the memorandum of understanding,') },
    { name: 'a single operative paragraph and no preamble: an operative verb opening the first paragraph makes it operative', text: 'The General Assembly\n\n_Decides_ to adopt the programme of work annexed to the present resolution.\n' },
    { name: '`Referring` recurring with its particles', text: pre('_Referring_ to its resolution 59/50,\n\n_Referring also_ to the Joint Declaration,\n\n_Referring_ to all previous relevant resolutions of the Security Council,') },
    { name: 'an operative verb later inside a preambular paragraph is not its opener', text: pre('_Noting_ that the Organization welcomes and supports the initiative,') },
    { name: 'annexed texts are not preamble', text: `${pre('_Noting_ the report,')}\nAnnex\n\n_Recalls_ the Charter of the United Nations,\n` },
    { name: 'CRLF line ends and a no-break space inside the opener', text: pre('_Noting\u00a0with appreciation_ the progress in enhancing practical cooperation,').replace(/\n/g, '\r\n') },
    { name: '`Resolves :` over numbered paragraphs is the operative lead-in (S/RES/33 (1947))', text: s33('The Security Council'), settings: { profile: 'sc' } },
    { name: 'the lead-in holds in any period and profile', text: s33('The General Assembly,', '27 August 1993'), settings: { profile: 'ga' } },
    { name: 'a historic Security Council text (`sc`, 1948): unnumbered operative paragraphs before the numbered ones (S/RES/47 (1948))', text: s47('21 April 1948'), settings: { profile: 'sc' } },
  ],
  invalid: [
    {
      name: 'an operative verb opening a preambular paragraph (PRE-02 ✘ `Recalls its resolution 59/50,`)',
      text: pre('_Recalls_ its resolution 59/50 of 2 December 2004,'),
      errors: [{ line: 10, column: 2, messageId: 'withForm', message: 'write "Recalling"' }],
      output: pre('_Recalling_ its resolution 59/50 of 2 December 2004,'),
    },
    {
      name: '`Welcomes` → `Welcoming`',
      text: pre('_Welcomes_ the signing on 17 January 2017 of the memorandum of understanding,'),
      errors: [{ line: 10, column: 2, messageId: 'withForm', message: 'write "Welcoming"' }],
      output: pre('_Welcoming_ the signing on 17 January 2017 of the memorandum of understanding,'),
    },
    {
      name: 'a preposed `Also` moves after the participle (PRE-06): `Also recalls` → `Recalling also`',
      text: pre('_Also recalls_ its resolution 59/50 of 2 December 2004,'),
      errors: [{ line: 10, column: 2, messageId: 'withForm', message: 'write "Recalling also"' }],
      output: pre('_Recalling also_ its resolution 59/50 of 2 December 2004,'),
    },
    {
      name: 'a modifier is kept: `Notes with concern` → `Noting with concern`',
      text: pre('_Notes with concern_ that member States have not yet acted,'),
      errors: [{ line: 10, column: 2, messageId: 'withForm' }],
      output: pre('_Noting with concern_ that member States have not yet acted,'),
    },
    {
      name: 'an adverb is kept: `Strongly condemns` → `Strongly condemning`',
      text: pre('_Strongly condemns_ all acts of terrorism,'),
      errors: [{ line: 10, column: 2, messageId: 'withForm', message: 'write "Strongly condemning"' }],
      output: pre('_Strongly condemning_ all acts of terrorism,'),
    },
    {
      name: 'the mapping table gives an adjective: `Expresses deep concern` → `Deeply concerned` (CONVENTIONS.md 3.3)',
      text: pre('_Expresses deep concern_ about the situation in the region,'),
      errors: [{ line: 10, column: 2, messageId: 'withForm', message: 'write "Deeply concerned"' }],
      output: pre('_Deeply concerned_ about the situation in the region,'),
    },
    {
      name: 'asterisk italics are kept around the new form',
      text: pre('*Reaffirms* its commitment to the purposes and principles of the Charter,'),
      errors: [{ line: 10, column: 2, messageId: 'withForm' }],
      output: pre('*Reaffirming* its commitment to the purposes and principles of the Charter,'),
    },
    {
      name: 'plain text without italics, in a CRLF file',
      text: pre('Notes also the firm intention of both organizations,').replace(/\n/g, '\r\n'),
      errors: [{ line: 10, column: 1, messageId: 'withForm', message: 'write "Noting also"' }],
      output: pre('Noting also the firm intention of both organizations,').replace(/\n/g, '\r\n'),
    },
    {
      name: 'a verb with no preambular form (`Decides`): no fix, move or rephrase',
      text: pre('_Decides_ to continue its consideration of the item,'),
      errors: [{ line: 10, column: 2, messageId: 'withoutForm', message: '"Decides"' }],
      output: null,
    },
    {
      name: '`Requests` has no preambular form either',
      text: pre('_Requests_ the Secretary-General to submit a report,'),
      errors: [{ line: 10, column: 2, messageId: 'withoutForm' }],
      output: null,
    },
    {
      name: 'italic markers inside the phrase: reported, but no fix that could break the markers',
      text: pre('_Welcomes_ _also_ the practical contribution of the Organization,'),
      errors: [{ line: 10, column: 2, messageId: 'withForm', message: 'write "Welcoming also"' }],
      output: null,
    },
    {
      name: 'the same paragraphs in a text of 1993 are preambular paragraphs opening with operative verbs; the one ending with a colon is a lead-in',
      text: s47('21 April 1993'),
      settings: { profile: 'sc' },
      errors: [{ line: 7, messageId: 'withForm', message: 'write "Reaffirming"' }],
      output: s47('21 April 1993').replace('_Reaffirms_', '_Reaffirming_'),
    },
  ],
});

describe('rule preamble-operative-form: lexicon and parser limits', () => {
  // lexicon bug: the counterpart column stores `Takes note of` (with its preposition), so the
  // operative entry `Takes note` finds no preambular form and the rule offers no fix, although
  // CONVENTIONS.md 3.3 maps `Takes note (…) of` to `Taking note (…) of`.
  it('`Takes note` → `Taking note`', () => {
    const found = lintWith(preambleOperativeForm, pre('_Takes note_ of the report of the Secretary-General,'));
    assert.equal(found.length, 1);
    assert.ok(found[0].message.includes('write "Taking note"'), found[0].message);
  });
  // lexicon bug: toPreambular maps the entry `Calls upon` to the bare `Calling`, so the fix turns
  // `_Calls upon_ all States` into `_Calling_ all States` and drops "upon". Expected: `Calling upon`.
  it('`Calls upon` → `Calling upon`, keeping the preposition', () => {
    const found = lintWith(preambleOperativeForm, pre('_Calls upon_ all States to cooperate,'));
    assert.equal(found.length, 1);
    assert.ok(found[0].message.includes('write "Calling upon"'), found[0].message);
  });
  // parser bug: when the first paragraph after the organ line opens with an operative verb, the
  // parser makes it (and every unnumbered paragraph after it) operative, even though numbered
  // operative paragraphs follow and it ends with a comma. Expected: the paragraph is preambular
  // and this rule reports `Recalls` → `Recalling`; actually nothing is reported here and
  // operative-numbering's fix numbers the whole preamble.
  it('an operative verb in the first preambular paragraph', () => {
    const text = draft(`_Recalls_ its resolution 59/50 of 2 December 2004,\n\n${first}\n\n${op}`);
    const found = lintWith(preambleOperativeForm, text);
    assert.equal(found.length, 1);
    assert.ok(found[0].message.includes('write "Recalling"'), found[0].message);
  });
});
