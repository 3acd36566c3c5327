import { secretaryGeneral } from '../../../server/src/core/rules/secretary-general';
import { draft, ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

const op = (text: string) => draft(`_Recalling_ its resolution 59/50,\n\n1. _Requests_ ${text}\n`);

ruleTester(secretaryGeneral, {
  valid: [
    { name: 'the titles with hyphens and capitals (LANG-03 ✔)', text: op('the Secretary-General, the Deputy Secretary-General, the Under-Secretary-General and the Assistant Secretary-General to report.') },
    { name: 'the heads of other organizations keep their titles', text: op('the Secretary General of the Organization of American States and the NATO Secretary General to cooperate.') },
  ],
  invalid: [
    {
      name: 'no hyphen or no capitals (LANG-03 ✘ Secretary General, secretary-general)',
      text: op('the Secretary General and the secretary-general of the United Nations to report.'),
      errors: [{ line: 10, column: 19, messageId: 'replace', message: '"Secretary-General"' }, { line: 10, column: 45, messageId: 'replace' }],
      output: op('the Secretary-General and the Secretary-General of the United Nations to report.'),
    },
    {
      name: 'the related titles',
      text: op('the Deputy Secretary General and the Under Secretary-General to report.'),
      errors: [{ line: 10, column: 19, messageId: 'replace', message: '"Deputy Secretary-General"' }, { line: 10, column: 52, messageId: 'replace', message: '"Under-Secretary-General"' }],
      output: op('the Deputy Secretary-General and the Under-Secretary-General to report.'),
    },
  ],
});

describe('secretary-general docs', () => docExamples(secretaryGeneral));
