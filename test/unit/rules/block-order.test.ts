import { blockOrder } from '../../../server/src/core/rules/block-order';
import { ruleTester } from '../ruleTester';
import { ADOPTED, DRAFT, SC, at, edit } from './structureTexts';

const ADOPTION = 'Resolution adopted by the General Assembly on 25 July 2019';
const PROVENANCE = '[without reference to a Main Committee (A/73/L.103 and A/73/L.103/Add.1)]';
const CLOSING = '101st plenary meeting\n25 July 2019\n';

ruleTester(blockOrder, {
  valid: [
    { name: 'the adopted GA skeleton (CONVENTIONS.md 1.1)', text: ADOPTED },
    { name: 'the draft skeleton', text: DRAFT },
    { name: 'the SC skeleton: resolution number, then adoption line', text: SC },
    { name: 'an annexed declaration after the closing block (SKEL-13) even without an `Annex` heading', text: `${ADOPTED}\n1. We, the Heads of State and Government, reaffirm our commitment;\n` },
    { name: 'masthead lines may stand anywhere in the masthead', text: edit(DRAFT, 'Original: English\n', 'Original: English\nGeneral Assembly\n') },
  ],
  invalid: [
    {
      name: 'the provenance line before the adoption line',
      text: edit(edit(ADOPTED, ADOPTION, 'PLACEHOLDER'), PROVENANCE, ADOPTION).replace('PLACEHOLDER', PROVENANCE),
      errors: [{ line: at(ADOPTED, PROVENANCE).line, column: 1, messageId: 'header', message: 'adoption line comes before the provenance line' }],
      output: null,
    },
    {
      name: 'the session line after the agenda item line',
      text: edit(ADOPTED, 'Seventy-third session\nAgenda item 128 (t)', 'Agenda item 128 (t)\nSeventy-third session'),
      errors: [{ line: at(ADOPTED, 'Agenda item').line, column: 1, messageId: 'header' }],
      output: null,
    },
    {
      name: 'the numbered title before the adoption line (SKEL-01 ✘)',
      text: edit(ADOPTED, `${ADOPTION}\n\n`, `73/331. Cooperation\n\n${ADOPTION}\n\n`),
      errors: [{ line: at(ADOPTED, ADOPTION).line, column: 1, messageId: 'titleEarly' }],
      output: null,
    },
    {
      name: 'the closing block before the last operative paragraph (SKEL-01 ✘)',
      text: edit(edit(ADOPTED, CLOSING, ''), '4. _Decides_', `${CLOSING}\n4. _Decides_`),
      errors: [{ line: at(ADOPTED, '4. _Decides_').line, column: 1, messageId: 'closing' }],
      output: null,
    },
  ],
});
