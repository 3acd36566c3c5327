import { enDash } from '../../../server/src/core/rules/en-dash';
import { draft, ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

const p = (text: string) => draft(`_Welcoming_ ${text},\n\n1. _Decides_ to continue its consideration of the item.\n`);

ruleTester(enDash, {
  valid: [
    { name: 'en dashes already (DATE-02 ✔ 2015–2020, REF-03 ✔)', text: p('the strategy for the period 2015–2020 and document A/73/328–S/2018/592') },
    { name: 'a date written as a number, a job number and a decreasing pair are no ranges', text: p('the file dated 2025-12-05, job 19-12817 and the codes 2020-1990') },
    { name: 'a quoted title keeps its own punctuation', text: p('the programme entitled “Agenda 2015-2020”') },
    { name: 'joint symbols with a hyphen alone are accepted (REF-03 "Accept both"; found on the adopted texts of the eightieth session, which join all theirs so)', text: p('documents A/79/552-S/2024/767 and A/65/517-S/2010/534') },
  ],
  invalid: [
    {
      name: 'a hyphen between years, also with a two-digit end (DATE-02: hyphen between years → I)',
      text: p('the biennium 2010-2011 and the period 1990-99'),
      errors: [{ line: 8, column: 30, messageId: 'yearRange', message: '"2010–2011"' }, { line: 8, column: 55, messageId: 'yearRange', message: '"1990–99"' }],
      output: p('the biennium 2010–2011 and the period 1990–99'),
    },
    {
      name: 'a joint symbol with a hyphen in a draft that joins another with an en dash (REF-03: normalize to an en dash)',
      text: p('document A/67/828-S/2013/210 and document A/73/328–S/2018/592'),
      errors: [{ line: 8, column: 30, messageId: 'jointSymbol', message: '"A/67/828–S/2013/210"' }],
      output: p('document A/67/828–S/2013/210 and document A/73/328–S/2018/592'),
    },
  ],
});

describe('en-dash docs', () => docExamples(enDash));
