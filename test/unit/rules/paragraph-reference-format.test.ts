import { paragraphReferenceFormat } from '../../../server/src/core/rules/paragraph-reference-format';
import { draft, ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

const op = (text: string) => draft(`_Recalling_ its resolution 72/21,\n\n1. _Decides_ that:\n\n(a) The Group shall meet;\n\n2. _Requests_ ${text};\n`);

ruleTester(paragraphReferenceFormat, {
  valid: [
    { name: 'a space before the letter, "paragraph" in full (XREF-01 ✔)', text: op('a report on paragraph 1 (a) above') },
    { name: '"para." as a locator in a footnote or after a citation', text: draft('_Recalling_ the report,[^1]\n\n1. _Decides_ to take note of document A/73/328, para. 5.\n\n[^1]: A/73/328, para. 12.\n') },
  ],
  invalid: [
    {
      name: 'no space before the letter (XREF-01 ✘ paragraph 1(a))',
      text: op('a report on paragraph 1(a) above'),
      errors: [{ line: 14, column: 27, messageId: 'space', message: '"paragraph 1 (a)"' }],
      output: op('a report on paragraph 1 (a) above'),
    },
    {
      name: '"para." in running text (XREF-01 ✘ para. 1(a))',
      text: op('a report on para. 1 and paras. 2 to 4'),
      errors: [{ line: 14, column: 27, messageId: 'abbreviated', message: '"paragraph"' }, { line: 14, column: 39, messageId: 'abbreviated', message: '"paragraphs"' }],
      output: op('a report on paragraph 1 and paragraphs 2 to 4'),
    },
  ],
});

describe('paragraph-reference-format docs', () => docExamples(paragraphReferenceFormat));
