import { subparagraphLabel } from '../../../server/src/core/rules/subparagraph-label';
import { draft, ruleTester } from '../ruleTester';

const lead = '_Recalling_ its resolution 59/50,\n\n1. _Decides_ that:\n\n';
/** `(a)` › `(i)` › third degree › fourth degree, with the two deeper labels as given. */
const deep = (a: string, b: string, i: string, ii: string) =>
  draft(`${lead}(a) The programme shall include:\n\n(i) Training, in particular:\n\n${a} Courses for judges:\n\n${i} Criminal law;\n\n${ii} Civil law;\n\n${b} Courses for prosecutors;\n\n(ii) Research;\n\n(b) The report shall be submitted.\n`);

ruleTester(subparagraphLabel, {
  valid: [
    { name: 'the four UN degrees (a) › (i) › a. › i. (OP-05 ✔)', text: deep('a.', 'b.', 'i.', 'ii.') },
    { name: 'third-degree labels on consecutive lines, after a lead-in ending in a colon', text: draft(`${lead}(a) The programme:\n(i) Training:\na. For judges;\nb. For prosecutors;\n(ii) Research;\n\n(b) The report.\n`) },
    { name: 'THIMUN sub-clauses on consecutive lines, separated by commas, under mun', text: draft(`${lead}a) adopt plans,\nb) report,\nc) inform.\n`), settings: { profile: 'mun' } },
    { name: 'a series of (i) with no (a) above it, as Security Council texts print some', text: draft(`${lead}(i) The first;\n\n(ii) The second.\n`) },
    { name: 'THIMUN sub-clauses a) › i. under mun (MUN-03)', text: draft(`${lead}a) adopt plans, including:\n\ni. training courses,\n\nii. campaigns,\n\nb) report.\n`), settings: { profile: 'mun' } },
    { name: '`v. United States` in a hard-wrapped paragraph is text, not a label', text: draft(`${lead}(a) The case of Nicaragua\nv. United States of America;\n\n(b) The report.\n`) },
  ],
  invalid: [
    {
      name: 'THIMUN a) and b) at the first degree under ga (OP-05 ✘ `a) The State ...`)',
      text: draft(`${lead}a) The State may submit a statement;\n\nb) The State may participate.\n`),
      errors: [
        { line: 12, column: 1, messageId: 'style', message: 'labelled `(a)`, not `a)`' },
        { line: 14, column: 1, messageId: 'style', message: 'labelled `(b)`, not `b)`' },
      ],
      output: draft(`${lead}(a) The State may submit a statement;\n\n(b) The State may participate.\n`),
    },
    {
      name: 'French-style a) and i) at the third and fourth degrees',
      text: deep('a)', 'b)', 'i)', 'ii)'),
      errors: [
        { line: 16, messageId: 'style', message: 'third degree is labelled `a.`, not `a)`' },
        { line: 18, messageId: 'style', message: 'fourth degree is labelled `i.`, not `i)`' },
        { line: 20, messageId: 'style', message: '`ii.`' },
        { line: 22, messageId: 'style', message: '`b.`' },
      ],
      output: deep('a.', 'b.', 'i.', 'ii.'),
    },
    {
      name: 'a first-degree series written a. b.',
      text: draft(`${lead}a. The State may submit a statement;\n\nb. The State may participate.\n`),
      errors: [{ line: 12, messageId: 'style' }, { line: 14, messageId: 'style' }],
      output: draft(`${lead}(a) The State may submit a statement;\n\n(b) The State may participate.\n`),
    },
    {
      name: 'a fourth-degree series right under the second degree: i. under (i) is relabelled a.',
      text: draft(`${lead}(a) The programme:\n\n(i) Training:\n\ni. For judges;\n\nii. For prosecutors;\n\n(ii) Research.\n`),
      errors: [
        { line: 16, messageId: 'style', message: 'third degree is labelled `a.`, not `i.`' },
        { line: 18, messageId: 'style', message: '`b.`, not `ii.`' },
      ],
      output: draft(`${lead}(a) The programme:\n\n(i) Training:\n\na. For judges;\n\nb. For prosecutors;\n\n(ii) Research.\n`),
    },
    {
      name: 'a wrong parent and its children are reported in one pass: a) › i. under ga',
      text: draft(`${lead}a) Adopt plans, including:\n\ni. Training courses;\n\nb) Report.\n`),
      errors: [{ line: 12, message: '`(a)`' }, { line: 14, message: 'second degree is labelled `(i)`, not `i.`' }, { line: 16, message: '`(b)`' }],
      output: draft(`${lead}(a) Adopt plans, including:\n\n(i) Training courses;\n\n(b) Report.\n`),
    },
  ],
});
