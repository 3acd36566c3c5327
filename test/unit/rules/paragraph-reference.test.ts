import assert from 'node:assert/strict';
import { paragraphReference, paragraphReferences } from '../../../server/src/core/rules/paragraph-reference';
import { parse } from '../../../server/src/core/parser/parse';
import { draft, ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

const body = (p4: string, p2 = 'to establish a working group') =>
  draft(`_Recalling_ its resolution 72/21,\n\n1. _Decides_ that:\n\n(a) The Group shall meet twice;\n\n(b) The Group shall report;\n\n2. _Requests_ the Secretary-General ${p2};\n\n3. _Invites_ States to contribute;\n\n4. _Decides_ ${p4}.\n`);

ruleTester(paragraphReference, {
  valid: [
    { name: 'references that exist, in the right direction (XREF-01 ✔ 80/1)', text: body('to review the statement referred to in paragraph 1 (a) above and paragraphs 2 and 3 above') },
    { name: 'a reference forward and one to the present resolution', text: body('to continue', 'to support the work referred to in paragraph 4 below and paragraph 3 of the present resolution') },
    { name: 'references to other texts are not checked', text: body('to consider paragraph 12 of resolution 72/21 and paragraph 58 of the Final Document') },
    { name: 'a subparagraph reference within its paragraph', text: draft('_Recalling_ its resolution 72/21,\n\n1. _Decides_ that:\n\n(a) The Group shall meet;\n\n(b) The meetings referred to in subparagraph (a) above shall be public.\n') },
    { name: 'references inside an annex follow the annex’s numbering', text: `${body('to adopt the annexed text')}\nAnnex\n\n1. The statement referred to in paragraph 9 above applies.\n` },
  ],
  invalid: [
    {
      name: 'a paragraph that does not exist (XREF-01, 9.1 ✘ paragraph 7 above)',
      text: body('to review paragraph 7 above'),
      errors: [{ line: 20, column: 34, messageId: 'missing', message: 'paragraph 7 (the resolution has 4)' }],
      output: null,
    },
    {
      name: 'the wrong direction (XREF-01 ✘ paragraph 1 (a) below when 1 precedes)',
      text: body('to review the statement referred to in paragraph 1 (a) below'),
      errors: [{ line: 20, column: 53, messageId: 'direction', message: 'write "above"' }],
      output: null,
    },
    {
      name: 'a subparagraph that does not exist',
      text: body('to review paragraph 1 (c) above'),
      errors: [{ line: 20, column: 34, messageId: 'missingSub', message: 'subparagraph (c)' }],
      output: null,
    },
    {
      name: 'a preambular paragraph pointing "above" at an operative one',
      text: draft('_Recalling_ paragraph 2 above,\n\n1. _Decides_ to continue;\n\n2. _Requests_ a report.\n'),
      errors: [{ line: 8, column: 13, messageId: 'direction', message: 'write "below"' }],
      output: null,
    },
  ],
});

describe('paragraph references', () => {
  it('reads lists, ranges and sub-paragraphs', () => {
    const model = parse('paragraphs 3 and 4 above, paragraph 1 (a) and (b) below, paragraphs 2 to 5 of the present resolution');
    assert.deepEqual(paragraphReferences(model).map((r) => [r.direction, r.targets.map((t) => `${t.number}${t.sub ?? ''}`)]), [
      ['above', ['3', '4']],
      ['below', ['1a', '1b']],
      ['present', ['2', '5']],
    ]);
  });
});

describe('paragraph-reference docs', () => docExamples(paragraphReference));
