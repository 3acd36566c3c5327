import { munVocabulary } from '../../../server/src/core/rules/mun-vocabulary';
import { draft, ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

const op = (text: string) => draft(`_Recalling_ its resolution 72/21,\n\n1. _Decides_ to continue;\n\n2. _Requests_ ${text}.\n`);

ruleTester(munVocabulary, {
  valid: [
    { name: 'UN vocabulary (XREF-03 ✔)', text: op('a report on operative paragraph 1 and subparagraph (a) of paragraph 1') },
    { name: 'the clauses of another instrument are not Model UN vocabulary', text: op('States to respect the detention clause and clause C of the agreement') },
    { name: 'Model UN drafts use the words', text: op('a report on operative clause 1 and OP1'), settings: { profile: 'mun' } },
  ],
  invalid: [
    {
      name: 'the clauses of the resolution itself (XREF-03; found by a review: only a numbered `clause 2` was reported)',
      text: op('that the clauses in this resolution and each clause of the present resolution be implemented'),
      errors: [{ line: 12, column: 24, messageId: 'replace', message: '"paragraphs", not "clauses"' }, { line: 12, column: 60, messageId: 'replace', message: '"paragraph", not "clause"' }],
      output: op('that the paragraphs in this resolution and each paragraph of the present resolution be implemented'),
    },
    {
      name: 'a Model UN label opening a paragraph is removed, or becomes the number (found by a review: the fix wrote `the first preambular paragraph Recalling …`)',
      text: 'The General Assembly,\n\nPP1 Recalling its resolution 69/313 of 27 July 2015,\n\nPP2\t_Noting_ the report,\n\nOP1 _Decides_ to continue;\n\n2. _Requests_ the report.\n',
      errors: [
        { line: 3, column: 1, messageId: 'labelPreamble', message: 'remove "PP1"' },
        { line: 5, column: 1, messageId: 'labelPreamble', message: 'remove "PP2"' },
        { line: 7, column: 1, messageId: 'labelOperative', message: 'number this one "1." instead of "OP1"' },
      ],
      output: 'The General Assembly,\n\nRecalling its resolution 69/313 of 27 July 2015,\n\n_Noting_ the report,\n\n1. _Decides_ to continue;\n\n2. _Requests_ the report.\n',
    },
    {
      name: 'clause, sub-clause, OP and PP (XREF-03 ✘)',
      text: op('a report on operative clause 1, sub-clause (a), clause 3, OP5 and PP3'),
      errors: [
        { line: 12, column: 27, messageId: 'replace', message: '"operative paragraph"' },
        { line: 12, column: 47, messageId: 'replace', message: '"subparagraph"' },
        { line: 12, column: 63, messageId: 'replace', message: '"paragraph"' },
        { line: 12, column: 73, messageId: 'replace', message: '"paragraph 5"' },
        { line: 12, column: 81, messageId: 'replace', message: '"the third preambular paragraph"' },
      ],
      output: op('a report on operative paragraph 1, subparagraph (a), paragraph 3, paragraph 5 and the third preambular paragraph'),
    },
  ],
});

describe('mun-vocabulary docs', () => docExamples(munVocabulary));
