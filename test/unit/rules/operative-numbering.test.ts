import { operativeNumbering } from '../../../server/src/core/rules/operative-numbering';
import { draft, ruleTester } from '../ruleTester';

const pp = '_Noting_ the firm intention of both organizations to further strengthen existing cooperation,';
const a = '_Takes note with appreciation_ of the report of the Secretary-General;';
const b = '_Welcomes_ the efforts of the secretariats of the United Nations and the Collective Security Treaty Organization;';
const c = '_Invites_ the Secretary-General of the United Nations to continue regular consultations;';
const d = '_Decides_ to include in the provisional agenda of its seventy-fifth session the sub-item.';
/** A draft with one preambular paragraph (line 8) and the operative paragraphs from line 10, every other line. */
const ops = (...paragraphs: string[]) => draft(`${pp}\n\n${paragraphs.join('\n\n')}\n`);

/** S/RES/93 (1951), shortened: every operative paragraph unnumbered, as the Council printed them then. */
const s93 = (year: string, [one, three] = ['', '']) =>
  `Resolution 93 (${year})\nof 18 May ${year}\n\nThe Security Council,\n\n_Recalling_ its past resolutions on the Palestine question,\n\n` +
  `${one}_Endorses_ the requests of the Chief of Staff of the Truce Supervision Organization;\n\n_Declares_ that the Governments concerned should comply with the Armistice Agreement;\n\n` +
  `${three}_Calls upon_ the parties to give effect to the excerpt cited.\n\nAdopted at the 547th meeting.\n`;

ruleTester(operativeNumbering, {
  valid: [
    { name: 'paragraphs numbered 1, 2, 3, 4', text: ops(`1. ${a}`, `2. ${b}`, `3. ${c}`, `4. ${d}`) },
    { name: 'no preamble, no comma on the organ line and a single unnumbered operative paragraph (OP-01, SKEL-07)', text: 'Seventy-fourth session\nAgenda item 8\n\nThe General Assembly\n\n_Decides_ to adopt the programme of work annexed to the present resolution.\n' },
    { name: 'a single unnumbered operative paragraph after a preamble', text: ops(d) },
    { name: 'sub-paragraphs do not take part in the numbering', text: ops(`1. _Decides_ that:\n\n(a) The Organization may participate;\n\n(b) The secretariat shall report;`, `2. ${d}`) },
    { name: 'numbered preambular paragraphs belong to the preamble (preamble-numbered reports them)', text: draft(`1. ${pp}\n\n1. ${a}\n\n2. ${d}\n`) },
    { name: 'an annex has its own numbering', text: `${ops(`1. ${a}`, `2. ${d}`)}\nAnnex\n\nWe, the Heads of State and Government,\n\n1. Reaffirm our commitment;\n\n5. Decide to meet again.\n` },
    { name: 'a tab or a no-break space after the number, CRLF line ends', text: ops(`1.\t${a}`, `2.\u00a0${b}`, `3. ${d}`).replace(/\n/g, '\r\n') },
    { name: 'parts A and B numbered each from 1: A 1–2, B 1–2 (the parser marks the restart)', text: ops('A', `1. ${a}`, `2. ${b}`, 'B', `1. ${c}`, `2. ${d}`) },
    { name: 'a part of one paragraph numbered 1 under its heading: A 1, B 1–2', text: ops('A', `1. ${a}`, 'B', `1. ${c}`, `2. ${d}`) },
    { name: 'a decimal figure at the start of a wrapped line is not a paragraph number', text: ops(`1. _Notes_ that contributions rose by\n1.5 per cent;`, `2. ${d}`) },
    { name: 'a historic Security Council text (1951, `sc`) that numbers none of its operative paragraphs (S/RES/93 (1951))', text: s93('1951'), settings: { profile: 'sc' } },
  ],
  invalid: [
    {
      name: 'numbers written `2)` and `3 ` (OP-01 ✘ `1) Takes note`, `1 Takes note`; found by a review: the fix wrote `2. 2) _Welcomes_`)',
      text: ops(`1. ${a}`, `2) ${b}`, `3 ${d}`),
      errors: [
        { line: 12, column: 1, messageId: 'written', message: 'write "2.", not "2)"' },
        { line: 14, column: 1, messageId: 'written', message: 'write "3.", not "3"' },
      ],
      output: ops(`1. ${a}`, `2. ${b}`, `3. ${d}`),
    },
    {
      name: 'a number before a paragraph that is not the one it should have is text: the number is written before it',
      text: ops(`1. ${a}`, `100 Member States have contributed;`, `3. ${d}`),
      errors: [{ line: 12, column: 1, messageId: 'missing', message: 'write "2. " before it' }],
      output: ops(`1. ${a}`, `2. 100 Member States have contributed;`, `3. ${d}`),
    },
    {
      name: 'sub-paragraph labels written `(A)`, `(1)` or with a dash: reported, not numbered, and left out of the count (found by a review: the fix wrote `2. (A) To strengthen …`)',
      text: ops('1. _Calls upon_ Member States:', '(A) To strengthen domestic resource mobilization;', '(1) To combat illicit financial flows;', '- To cooperate;', `2. ${d}`),
      errors: [
        { line: 12, column: 1, messageId: 'label', message: '"(A)" is read as a paragraph of its own' },
        { line: 14, column: 1, messageId: 'label', message: '"(1)"' },
        { line: 16, column: 1, messageId: 'label', message: '"-"' },
      ],
    },
    {
      name: 'a gap, then a repeat that the gap\'s fix makes right: 1, 2, 4, 5, 5 is reported once (found by a review: "repeats … after 5: number it 5", with a fix that changed nothing)',
      text: ops(`1. ${a}`, `2. ${b}`, `4. ${c}`, `5. ${c}`, `5. ${d}`),
      errors: [{ line: 14, column: 1, messageId: 'gap', message: 'Operative paragraph 4 follows 2: number it 3' }],
      output: ops(`1. ${a}`, `2. ${b}`, `3. ${c}`, `4. ${c}`, `5. ${d}`),
    },
    {
      name: 'a gap: 1, 2, 4 (OP-01 ✘)',
      text: ops(`1. ${a}`, `2. ${b}`, `4. ${d}`),
      errors: [{ line: 14, column: 1, messageId: 'gap', message: 'Operative paragraph 4 follows 2: number it 3' }],
      output: ops(`1. ${a}`, `2. ${b}`, `3. ${d}`),
    },
    {
      name: 'a repeated number: 1, 2, 2, 3 (the fix renumbers from the break on)',
      text: ops(`1. ${a}`, `2. ${b}`, `2. ${c}`, `3. ${d}`),
      errors: [{ line: 14, column: 1, messageId: 'repeat', message: 'number it 3' }],
      output: ops(`1. ${a}`, `2. ${b}`, `3. ${c}`, `4. ${d}`),
    },
    {
      name: 'numbering that does not start at 1',
      text: ops(`3. ${a}`, `4. ${d}`),
      errors: [{ line: 10, column: 1, messageId: 'first', message: 'numbered 1, not 3' }],
      output: ops(`1. ${a}`, `2. ${d}`),
    },
    {
      name: 'a paragraph without a number among numbered ones',
      text: ops(`1. ${a}`, b, `2. ${d}`),
      errors: [{ line: 12, column: 1, messageId: 'missing', message: 'write "2. "' }, { line: 14, column: 1, messageId: 'repeat' }],
      output: ops(`1. ${a}`, `2. ${b}`, `3. ${d}`),
    },
    {
      name: 'several operative paragraphs, none numbered (only a single one stands unnumbered)',
      text: ops(a, d),
      errors: [{ line: 10, column: 1, messageId: 'missing', message: 'write "1. "' }, { line: 12, column: 1, messageId: 'missing', message: 'write "2. "' }],
      output: ops(`1. ${a}`, `2. ${d}`),
    },
    {
      name: 'two paragraphs swapped: 1, 3, 2',
      text: ops(`1. ${a}`, `3. ${b}`, `2. ${d}`),
      errors: [{ line: 12, column: 1, messageId: 'gap', message: 'number it 2' }, { line: 14, column: 1, messageId: 'repeat', message: 'number it 3' }],
      output: ops(`1. ${a}`, `2. ${b}`, `3. ${d}`),
    },
    {
      name: 'the seed with operative paragraph 3 missing (the fixture draft), in a CRLF file',
      text: ops(`1. ${a}`, `2. ${c}`, `4. ${d}`).replace(/\n/g, '\r\n'),
      errors: [{ line: 14, column: 1, messageId: 'gap' }],
      output: ops(`1. ${a}`, `2. ${c}`, `3. ${d}`).replace(/\n/g, '\r\n'),
    },
    {
      name: 'parts A 1–2 and B 1, 3: the gap in part B is reported and fixed within its own series',
      text: ops('A', `1. ${a}`, `2. ${b}`, 'B', `1. ${c}`, `3. ${d}`),
      errors: [{ line: 20, column: 1, messageId: 'gap', message: 'Operative paragraph 3 follows 1: number it 2' }],
      output: ops('A', `1. ${a}`, `2. ${b}`, 'B', `1. ${c}`, `2. ${d}`),
    },
    {
      name: 'a repeat in part A does not renumber part B',
      text: ops('A', `1. ${a}`, `1. ${b}`, 'B', `1. ${c}`, `2. ${d}`),
      errors: [{ line: 14, column: 1, messageId: 'repeat', message: 'number it 2' }],
      output: ops('A', `1. ${a}`, `2. ${b}`, 'B', `1. ${c}`, `2. ${d}`),
    },
    {
      name: 'a gap of several numbers in a longer text: one report, every later number fixed',
      text: ops(`1. ${a}`, `2. ${b}`, `5. ${c}`, `6. ${d}`),
      errors: [{ line: 14, column: 1, messageId: 'gap', message: 'Operative paragraph 5 follows 2' }],
      output: ops(`1. ${a}`, `2. ${b}`, `3. ${c}`, `4. ${d}`),
    },
    {
      name: 'the historic leniency is the Security Council\'s: the 1951 text under `ga`',
      text: s93('1951'),
      settings: { profile: 'ga' },
      errors: [{ line: 8, messageId: 'missing' }, { line: 10, messageId: 'missing' }, { line: 12, messageId: 'missing' }],
    },
    {
      name: 'a text of 1980 under `sc` numbers its operative paragraphs (the modern convention)',
      text: s93('1980'),
      settings: { profile: 'sc' },
      errors: [{ line: 8, messageId: 'missing' }, { line: 10, messageId: 'missing' }, { line: 12, messageId: 'missing' }],
    },
    {
      name: 'a historic text that numbers some of its paragraphs is still checked',
      text: s93('1951', ['1. ', '3. ']),
      settings: { profile: 'sc' },
      errors: [{ line: 10, messageId: 'missing', message: 'write "2. "' }],
      output: s93('1951', ['1. ', '3. ']).replace('_Declares_', '2. _Declares_'),
    },
  ],
});
