import assert from 'node:assert/strict';
import spellingData from '../../../server/src/core/data/oxfordSpelling.json';
import { spelling, spellingEntries, SPELLING_PAIRS } from '../../../server/src/core/rules/spelling';
import { draft, ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

const op = (text: string) => draft(`_Recalling_ its resolution 59/50,\n\n1. _Requests_ ${text}\n`);
const american = { spelling: 'american' as const };

ruleTester(spelling, {
  valid: [
    { name: 'Oxford spelling (LANG-01 ✔ organization, programme, centre, labour, analyse)', text: op('the organizations to recognize the programme, the centres and the labour market, and to analyse the defence of people-centred policies.') },
    { name: '-ise roots and -yse words are not -ize words (advise, exercise, comprise, analyses)', text: op('the Secretary-General to advise, to exercise, to comprise, to revise and to supervise the analyses, as a compromise.') },
    { name: 'proper names keep their own spelling', text: op('the Organisation for Economic Co-operation and Development, the Organisation for the Prohibition of Chemical Weapons and the United States Department of Labor to cooperate.') },
    { name: 'a quotation and a title keep their spelling', text: op('States to implement the “National Defense Authorization Act” and to read _The Organisation of Labor Markets_.') },
    { name: 'American spelling where the setting asks for it, with the British forms of formal names', text: op('the organizations to analyze the program of the World Food Programme and the Regional Centre.'), settings: american },
  ],
  invalid: [
    {
      name: 'British -ise and American forms (LANG-01 ✘ organisation, center, labor, analyze)',
      text: op('the organisations to recognise the center, the labor force and to analyze the defense budget.'),
      errors: [
        { line: 10, column: 19, messageId: 'replace', message: '"organizations"' },
        { line: 10, column: 36, messageId: 'replace', message: '"recognize"' },
        { line: 10, column: 50, messageId: 'replace', message: '"centre"' },
        { line: 10, column: 62, messageId: 'replace', message: '"labour"' },
        { line: 10, column: 81, messageId: 'replace', message: '"analyse"' },
        { line: 10, column: 93, messageId: 'replace', message: '"defence"' },
      ],
      output: op('the organizations to recognize the centre, the labour force and to analyse the defence budget.'),
    },
    {
      name: 'the case of the text is kept, also inside a hyphenated word and in an opening phrase',
      text: draft('_Recognising_ the Organisation and people-centered policies,\n\n1. _Decides_ to continue.\n'),
      errors: [{ line: 8, column: 2, messageId: 'replace', message: '"Recognizing"' }, { line: 8, column: 19, messageId: 'replace', message: '"Organization"' }, { line: 8, column: 43, messageId: 'replace', message: '"centred"' }],
      output: draft('_Recognizing_ the Organization and people-centred policies,\n\n1. _Decides_ to continue.\n'),
    },
    {
      name: '"program" is reported without a quick fix: it may be a computer program',
      text: op('the Secretary-General to present the program.'),
      errors: [{ line: 10, column: 52, messageId: 'replace', message: 'computer program' }],
      output: null,
    },
    {
      name: 'under `spelling: american` a capitalized name keeps its form (`the Programme of Action`, `the Centre`), a sentence-initial word does not (review finding)',
      text: op('States to implement the Programme of Action and to support the Centre. Programmes of work are reviewed.'),
      settings: american,
      errors: [{ line: 10, message: '"Programs"' }],
      output: op('States to implement the Programme of Action and to support the Centre. Programs of work are reviewed.'),
    },
    {
      name: 'the map inverts under `spelling: american`',
      text: op('States to analyse the programme and the labour market.'),
      settings: american,
      errors: [{ line: 10, column: 25, message: '"analyze"' }, { line: 10, column: 37, message: '"program"' }, { line: 10, column: 55, message: '"labor"' }],
      output: op('States to analyze the program and the labor market.'),
    },
  ],
});

describe('spelling data', () => {
  it('is sorted and never reports a word whose -ise is part of its root', () => {
    for (const list of [spellingData.izeWords, spellingData.pairs.map((p) => p.oxford)]) assert.deepEqual(list, [...list].sort());
    const roots = new Set(spellingData.rootExceptions);
    for (const setting of ['oxford', 'american'] as const) for (const e of spellingEntries(setting)) assert.ok(!roots.has(e.find), `${e.find} is an -ise root word`);
  });
  it('lists -ize words that have an -ise form, and no word twice', () => {
    for (const w of spellingData.izeWords) assert.ok(w.includes('iz'), `${w} has no -ize to write -ise`);
    const oxford = SPELLING_PAIRS.map((p) => p.oxford);
    assert.equal(new Set(oxford).size, oxford.length, 'an Oxford form is listed twice');
    // The British form of an -ize word is reported under both settings.
    for (const setting of ['oxford', 'american'] as const) assert.ok(spellingEntries(setting).some((e) => e.find === 'organisation' && e.replace === 'organization'));
  });
  it('is invertible: every form reported under one setting is the replacement under the other, unless limited to one', () => {
    const oxford = spellingEntries('oxford');
    const american = spellingEntries('american');
    const americanTargets = new Set(american.map((e) => e.replace));
    for (const e of oxford) {
      const pair = SPELLING_PAIRS.find((p) => p.american === e.find && p.oxford === e.replace);
      if (pair && !('only' in pair)) assert.ok(americanTargets.has(e.find), `${e.find} is the American form`);
    }
  });
});

describe('spelling docs', () => docExamples(spelling));
