import { entitledQuotes } from '../../../server/src/core/rules/entitled-quotes';
import { draft, ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

const op = (text: string) => draft(`_Recalling_ its resolution 72/241,\n\n1. _Decides_ ${text}\n`);

ruleTester(entitledQuotes, {
  valid: [
    { name: 'a quoted title with the sentence’s comma outside (REF-05 ✔)', text: op('to include in the provisional agenda of its seventy-fifth session, under the item entitled “Cooperation between the United Nations and regional and other organizations”, the sub-item entitled “Cooperation between the United Nations and the Collective Security Treaty Organization”.') },
    { name: '"entitled to" is a right, not a title', text: op('that all States are entitled to participate.') },
    { name: 'a title that ends with its own question mark', text: op('to consider the report entitled “What next?”.') },
    { name: 'straight quotation marks are left to quotation-marks', text: op('to consider the item entitled "Oceans and the law of the sea".') },
  ],
  invalid: [
    {
      name: 'a title without quotation marks (REF-05: entitled without quotes → W)',
      text: op('to consider the item entitled Oceans and the law of the sea.'),
      errors: [{ line: 10, column: 44, messageId: 'unquoted', message: 'Oceans and the law of the sea' }],
      output: null,
    },
    {
      name: 'the comma of the sentence inside the closing mark (LANG-06 ✘ ,” at the end of an entitled quotation)',
      text: op('to include the item entitled “Oceans and the law of the sea,” in its agenda.'),
      errors: [{ line: 10, column: 73, messageId: 'inside' }],
      output: op('to include the item entitled “Oceans and the law of the sea”, in its agenda.'),
    },
    {
      name: 'a title never closed in its paragraph',
      text: op('to include the item entitled “Oceans and the law of the sea in its agenda.'),
      errors: [{ line: 10, column: 43, messageId: 'unclosed' }],
      output: null,
    },
  ],
});

describe('entitled-quotes docs', () => docExamples(entitledQuotes));
