import { directiveUnknownRule } from '../../../server/src/core/rules/directive-unknown-rule';
import { ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

const TEXT = (directive: string) => `The General Assembly,\n\n${directive}\n_Recalling_ its resolution 59/50,\n\n1. _Decides_ to continue its consideration of the question.\n`;

ruleTester(directiveUnknownRule, {
  valid: [
    { name: 'a registered id', text: TEXT('<!-- unres-disable-next-line opener-italics -->') },
    { name: 'several registered ids, separated by commas, and a reason after `--`', text: TEXT('<!-- unres-disable opener-italics, spelling -- quoted from the Charter -->') },
    { name: 'a directive without ids (all rules)', text: TEXT('<!-- unres-disable-next-line -->') },
    { name: 'a comment that is not a directive', text: TEXT('<!-- see opener-italic -->') },
  ],
  invalid: [
    {
      name: 'a misspelt id, one edit away: fixed to the registered one',
      text: TEXT('<!-- unres-disable-next-line opener-italic -->'),
      errors: [{ line: 3, column: 30, messageId: 'unknownNear', message: 'did you mean "opener-italics"' }],
      output: TEXT('<!-- unres-disable-next-line opener-italics -->'),
    },
    {
      name: 'two typos in one id, and a second unknown id far from any: only the first is fixed',
      text: TEXT('<!-- unres-disable openr-italic, no-such-thing -->'),
      errors: [
        { line: 3, column: 20, messageId: 'unknownNear' },
        { line: 3, column: 34, messageId: 'unknown', message: 'There is no rule "no-such-thing"' },
      ],
      output: TEXT('<!-- unres-disable opener-italics, no-such-thing -->'),
    },
    {
      name: 'an id in an enable directive is checked too',
      text: `${TEXT('<!-- unres-disable spelling -->')}\n<!-- unres-enable spellling -->\n`,
      errors: [{ line: 8, column: 19, messageId: 'unknownNear' }],
      output: `${TEXT('<!-- unres-disable spelling -->')}\n<!-- unres-enable spelling -->\n`,
    },
  ],
});

describe('directive-unknown-rule page', () => docExamples(directiveUnknownRule));
