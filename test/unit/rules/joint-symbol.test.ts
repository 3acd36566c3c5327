import { jointSymbol } from '../../../server/src/core/rules/joint-symbol';
import { draft, ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

const p = (note: string) => draft(`_Having considered_ the report of the Secretary-General,[^1]\n\n1. _Decides_ to continue its consideration of the item.\n\n[^1]: ${note}\n`);

ruleTester(jointSymbol, {
  valid: [
    { name: 'an en dash without spaces (REF-03 ✔ A/73/328–S/2018/592)', text: p('A/73/328–S/2018/592.') },
    { name: 'a hyphen, as extracted text shows it, is accepted here (en-dash hints at it)', text: p('A/67/828-S/2013/210.') },
    { name: 'two documents joined by "and" are two documents', text: p('A/73/328 and S/2018/592.') },
    { name: 'a spaced dash between a symbol and prose is no joint symbol', text: p('A/73/328 – see also the annex.') },
  ],
  invalid: [
    {
      name: 'a spaced en dash (REF-03 ✘ A/73/328 – S/2018/592)',
      text: p('A/73/328 – S/2018/592.'),
      errors: [{ line: 12, column: 7, messageId: 'spaced', message: '"A/73/328–S/2018/592"' }],
      output: p('A/73/328–S/2018/592.'),
    },
    {
      name: 'a spaced hyphen and an em dash',
      text: p('A/72/684 - E/2018/7 and A/67/828—S/2013/210.'),
      errors: [{ line: 12, column: 7, messageId: 'spaced' }, { line: 12, column: 31, messageId: 'emDash' }],
      output: p('A/72/684–E/2018/7 and A/67/828–S/2013/210.'),
    },
  ],
});

describe('joint-symbol docs', () => docExamples(jointSymbol));
