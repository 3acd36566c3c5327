import { quotationMarks } from '../../../server/src/core/rules/quotation-marks';
import { draft, ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

const op = (text: string) => draft(`_Recalling_ its resolution 72/241,\n\n1. _Decides_ ${text}\n`);

ruleTester(quotationMarks, {
  valid: [
    { name: 'curly quotation marks (LANG-06 ✔)', text: op('to include the item entitled “Oceans and the law of the sea”.') },
    { name: 'a lone straight mark (an inch sign) is left alone', text: op('to use screens of 27" only.') },
    { name: 'straight marks in a comment are not text', text: op('to publish the results. <!-- "check" -->') },
  ],
  invalid: [
    {
      name: 'straight double quotation marks (LANG-06: straight quotes → I, autofix)',
      text: op('to include the item entitled "Oceans and the law of the sea" and "Rule of law".'),
      errors: [{ line: 10, column: 43, messageId: 'straight', message: '“Oceans and the law of the sea”' }, { line: 10, column: 79, messageId: 'straight' }],
      output: op('to include the item entitled “Oceans and the law of the sea” and “Rule of law”.'),
    },
  ],
});

describe('quotation-marks docs', () => docExamples(quotationMarks));
