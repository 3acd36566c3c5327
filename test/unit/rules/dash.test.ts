import { dash } from '../../../server/src/core/rules/dash';
import { draft, ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

const op = (text: string) => draft(`_Recalling_ its resolution 72/241,\n\n1. _Calls for_ ${text}\n`);

ruleTester(dash, {
  valid: [
    { name: 'spaced en dashes in prose, unspaced in ranges (LANG-06 ✔, 80/59)', text: op('further steps – in all relevant formats – on nuclear arms control for 2015–2020, vols. I–III.') },
    { name: 'Security Council texts print em dashes', text: 'The Security Council,\n\n_Recalling_ its resolution 1291 (2000),\n\n1. _Calls upon_ all States to refrain from relations — diplomatic or otherwise — with the regime.\n' },
  ],
  invalid: [
    {
      name: 'em dashes (LANG-06 ✘ —)',
      text: op('further steps — in all relevant formats—on nuclear arms control.'),
      errors: [{ line: 10, column: 29, messageId: 'em' }, { line: 10, column: 55, messageId: 'em' }],
      output: op('further steps – in all relevant formats – on nuclear arms control.'),
    },
    {
      name: 'an unspaced en dash between words is reported without a fix',
      text: op('further steps–in all formats.'),
      errors: [{ line: 10, column: 29, messageId: 'enBetweenWords' }],
      output: null,
    },
  ],
});

describe('dash docs', () => docExamples(dash));
