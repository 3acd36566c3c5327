import { negotiationMarks } from '../../../server/src/core/rules/negotiation-marks';
import { ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';
import { ADOPTED, DRAFT, at, edit } from './structureTexts';

const BIS = '1. _Takes note with appreciation_ of the report of the Secretary-General;';
const withBis = (text: string) => edit(text, BIS, `${BIS}\n\n1 bis. _Encourages_ all States to cooperate;`);

ruleTester(negotiationMarks, {
  valid: [
    { name: 'an adopted text without negotiation marks', text: ADOPTED },
    { name: 'a draft under negotiation may carry `bis` paragraphs and bracketed alternatives', text: edit(withBis(DRAFT), '_Encourages_ all', '_[Encourages|Urges]_ all') },
    { name: 'the bracket line of the header and a single bracketed word are not alternatives', text: edit(ADOPTED, 'continue regular consultations', 'continue [regular] consultations') },
    { name: 'alternatives inside a quotation are quoted text', text: edit(ADOPTED, 'the sub-item entitled “Cooperation', 'the sub-item entitled “[Cooperation|Partnership]') },
  ],
  invalid: [
    {
      name: 'a `1 bis.` paragraph in an adopted text (SKEL-11 ✘)',
      text: withBis(ADOPTED),
      errors: [{ line: at(withBis(ADOPTED), '1 bis.').line, column: 1, messageId: 'bis', message: '"1 bis"' }],
      output: null,
    },
    {
      name: 'bracketed alternatives in an adopted text, with `|` and with ` / `',
      text: edit(edit(ADOPTED, '_Invites_ the Secretary-General', '_Invites_ [the Secretary-General|all States]'), 'to submit to', 'to [submit / present] to'),
      errors: [
        { line: at(ADOPTED, '2. _Invites_').line, column: 14, messageId: 'alternatives' },
        { line: at(ADOPTED, '3. _Requests_').line, messageId: 'alternatives', message: '"[submit / present]"' },
      ],
      output: null,
    },
  ],
});

describe('negotiation-marks page', () => docExamples(negotiationMarks));
