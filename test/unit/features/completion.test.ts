import assert from 'node:assert/strict';
import { TRIGGER_CHARACTERS } from '../../../server/src/core/languageService';
import { applyEdits, service, withCursor } from './cursor';
import { resolveSettings, type UnresSettings } from '../../../server/src/core/config/settings';
import { phraseRank, complete } from '../../../server/src/core/features/completion';
import { operativePhrases, preambularPhrases } from '../../../server/src/core/data/lexicon';
import { parse } from '../../../server/src/core/parser/parse';

const ls = service();

/** Completion items at the cursor and a way to apply one by label. */
function completeAt(marked: string) {
  const { doc, position, text } = withCursor(marked);
  const items = ls.complete(doc, position);
  return {
    items,
    labels: items.map((i) => i.label),
    apply(label: string) {
      const item = items.find((i) => i.label === label);
      assert.ok(item, `${label} in ${items.map((i) => i.label).join(', ')}`);
      return applyEdits(text, [{ range: item.range, newText: item.newText }]);
    },
  };
}

const BODY = 'The General Assembly,\n\n_Recalling_ the report,[^csto]\n\n1. _Decides_ a;[^2]\n\n';
const NOTES = '[^csto]: A/73/328–S/2018/592.\n[^2]: Resolution 60/288.\n';

describe('completion: footnote labels', () => {
  it('proposes the defined labels after [^ with a preview, and the next number', () => {
    const c = completeAt(`${BODY}2. _Requests_ b;[^|\n\n${NOTES}`);
    assert.deepEqual(c.labels, ['csto', '2', '3']);
    assert.equal(c.items[0].detail, 'A/73/328–S/2018/592.');
    assert.equal(c.items[2].detail, 'new footnote');
    assert.equal(c.apply('csto'), `${BODY}2. _Requests_ b;[^csto]\n\n${NOTES}`);
  });

  it('replaces a typed prefix and does not double the closing bracket', () => {
    const c = completeAt(`${BODY}2. _Requests_ b;[^cs|]\n\n${NOTES}`);
    assert.equal(c.apply('csto'), `${BODY}2. _Requests_ b;[^csto]\n\n${NOTES}`);
  });

  it('proposes the labels cited but not yet defined at the start of a definition', () => {
    const c = completeAt(`${BODY}2. _Requests_ b;[^new]\n\n${NOTES}[^|`);
    assert.equal(c.labels[0], 'new');
    assert.equal(c.apply('new'), `${BODY}2. _Requests_ b;[^new]\n\n${NOTES}[^new]: `);
  });

  it('proposes nothing for [^ in the header or inside a comment', () => {
    assert.deepEqual(completeAt('A/73/L.1 [^|\n\nThe General Assembly,\n').items, []);
    assert.deepEqual(completeAt(`${BODY}<!-- [^| -->\n`).labels.filter((l) => l === 'csto'), []);
  });
});

describe('completion: header', () => {
  it('proposes the organ line on a new line after the header, the organ of the symbol first', () => {
    const c = completeAt('S/2019/1\nSeventy-fourth session\n\n|');
    const sorted = [...c.items].sort((a, b) => a.sortText.localeCompare(b.sortText)).map((i) => i.label);
    assert.equal(sorted.filter((l) => l.startsWith('The '))[0], 'The Security Council,');
    assert.equal(c.apply('The Security Council,'), 'S/2019/1\nSeventy-fourth session\n\nThe Security Council,');
  });

  it('proposes the agenda item template and the session line from the symbol', () => {
    const c = completeAt('A/73/L.103\n|\n\nThe General Assembly,\n');
    assert.deepEqual(c.labels.sort(), ['Agenda item', 'Seventy-third session']);
    const agenda = c.items.find((i) => i.label === 'Agenda item')!;
    assert.equal(agenda.snippet, true);
    assert.equal(agenda.newText, 'Agenda item ${1:number}');
    assert.equal(c.apply('Seventy-third session'), 'A/73/L.103\nSeventy-third session\n\nThe General Assembly,\n');
  });

  it('filters by what is typed and leaves out lines the header already has', () => {
    const c = completeAt('A/73/L.103\nSeventy-third session\nAg|\n\nThe General Assembly,\n');
    assert.deepEqual(c.labels, ['Agenda item']);
    assert.deepEqual(completeAt('A/73/L.103\nSeventy-third session\nAgenda item 12\nXy|\n\nThe General Assembly,\n').items, []);
  });
});

describe('completion: opening phrases (unchanged behaviour)', () => {
  it('still proposes operative phrases after a number, with italics', () => {
    assert.equal(completeAt(`${BODY}2. Req|\n`).apply('Requests'), `${BODY}2. _Requests_ \n`);
  });

  it('replaces the phrase written at the cursor, not only what stands before it', () => {
    // Inside an italic phrase: the whole phrase and its closing mark.
    assert.equal(completeAt(`${BODY}2. _Req|uests_ the Secretary-General;\n`).apply('Invites'), `${BODY}2. _Invites_ the Secretary-General;\n`);
    assert.equal(completeAt(`${BODY}2. _|_ the Secretary-General;\n`).apply('Invites'), `${BODY}2. _Invites_ the Secretary-General;\n`);
    // A phrase of several words, the cursor in its second word.
    assert.equal(completeAt(`${BODY}2. _Takes no|te of_ the report;\n`).apply('Welcomes'), `${BODY}2. _Welcomes_ the report;\n`);
    // A preambular phrase, and a word without italics.
    assert.equal(completeAt(`The General Assembly,\n\n_Rec|alling_ the report,\n`).apply('Noting'), `The General Assembly,\n\n_Noting_ the report,\n`);
    assert.equal(completeAt(`${BODY}2. Req|uests the Secretary-General;\n`).apply('Invites'), `${BODY}2. _Invites_ the Secretary-General;\n`);
    // At the end of a word already followed by text: one space between them, not two.
    assert.equal(completeAt(`${BODY}2. _Req| the Secretary-General;\n`).apply('Requests'), `${BODY}2. _Requests_ the Secretary-General;\n`);
  });

  it('proposes no phrase inside a comment, closed, open or over several lines', () => {
    assert.deepEqual(completeAt(`${BODY}<!-- |\n`).items, []);
    assert.deepEqual(completeAt(`${BODY}<!-- |-->\n`).items, []);
    assert.deepEqual(completeAt(`${BODY}<!-- note\n|\n-->\n`).items, []);
    // Right after a comment closes, a new paragraph is proposed again.
    assert.ok(completeAt(`${BODY}<!-- note -->\n\n2. |\n`).labels.includes('Requests'));
  });

  it('declares the trigger characters: italics, footnotes, the space after a number', () => {
    assert.deepEqual([...TRIGGER_CHARACTERS].sort(), [' ', '^', '_']);
    assert.ok(completeAt(`${BODY}2. |\n`).labels.includes('Requests'));
    assert.deepEqual(completeAt(`${BODY}2. _Requests_ the |\n`).items, []);
  });
});

/** Completion through the core with settings (the facade takes none yet). */
function completeWith(marked: string, settings?: UnresSettings) {
  const { position, text } = withCursor(marked);
  const model = parse(text);
  const items = complete(model, position, resolveSettings(settings, model));
  const sorted = [...items].sort((a, b) => a.sortText.localeCompare(b.sortText) || a.label.localeCompare(b.label));
  return {
    items,
    labels: sorted.map((i) => i.label),
    apply(label: string) {
      const item = items.find((i) => i.label === label);
      assert.ok(item, `${label} in ${sorted.map((i) => i.label).join(', ')}`);
      return applyEdits(text, [{ range: item.range, newText: item.newText }]);
    },
  };
}

const entry = (list: typeof operativePhrases, phrase: string) => list.find((e) => e.phrase === phrase)!;

describe('completion: opening phrases by profile (issue 4 item 7)', () => {
  it('ranks phrases by how common they are under each profile (CONVENTIONS.md status column)', () => {
    const demands = entry(operativePhrases, 'Demands');
    const requests = entry(operativePhrases, 'Requests');
    assert.equal(phraseRank(requests, 'ga'), 0);
    assert.equal(phraseRank(demands, 'ga'), undefined, 'a Security Council verb is not offered in a General Assembly draft');
    assert.equal(phraseRank(demands, 'sc'), 0);
    const mun = operativePhrases.find((e) => /^MUN$/.test(e.status))!;
    assert.equal(phraseRank(mun, 'ga'), undefined);
    assert.equal(phraseRank(mun, 'mun'), 2);
    for (const e of [...operativePhrases, ...preambularPhrases]) if (/joke/i.test(e.status)) for (const p of ['ga', 'mun'] as const) assert.equal(phraseRank(e, p), undefined, e.phrase);
  });

  it('offers only the profile’s phrases: the organ line chooses it', () => {
    const ga = completeWith('The General Assembly,\n\n_Recalling_ a,\n\n1. |\n');
    assert.ok(ga.labels.includes('Requests'));
    assert.ok(!ga.labels.includes('Demands'));
    const sc = completeWith('The Security Council,\n\n_Recalling_ a,\n\n1. |\n');
    assert.ok(sc.labels.includes('Demands'));
    assert.ok(sc.labels.indexOf('Demands') < sc.labels.indexOf('Requests'), 'Security Council verbs first');
    // An explicit profile wins over the organ line.
    assert.ok(!completeWith('The Security Council,\n\n_Recalling_ a,\n\n1. |\n', { profile: 'ga' }).labels.includes('Demands'));
  });

  it('puts the most common phrases first and rare ones last', () => {
    const c = completeWith('The General Assembly,\n\n|\n');
    const rare = preambularPhrases.find((e) => e.status === 'UN-rare')!.phrase;
    assert.ok(c.labels.indexOf('Recalling') < c.labels.indexOf(rare));
    assert.equal(c.apply('Recalling'), 'The General Assembly,\n\n_Recalling_ \n');
  });

  it('includes the extra phrases of the settings, ranked just after the most common', () => {
    const settings = { phrases: { operative: ['Strongly urges', 'Requests'], preambular: ['Fully alarmed'] } };
    const c = completeWith('The General Assembly,\n\n_Recalling_ a,\n\n1. |\n', settings);
    assert.equal(c.labels.filter((l) => l === 'Requests').length, 1, 'a listed phrase is not doubled');
    const strongly = c.items.find((i) => i.label === 'Strongly urges')!;
    assert.equal(strongly.detail, 'operative phrase (from the settings)');
    assert.equal(strongly.sortText[0], '1');
    assert.equal(c.apply('Strongly urges'), 'The General Assembly,\n\n_Recalling_ a,\n\n1. _Strongly urges_ \n');
    assert.ok(completeWith('The General Assembly,\n\n|\n', settings).labels.includes('Fully alarmed'));
  });

  it('offers the Security Council closing paragraph under sc, numbered, first', () => {
    const c = completeWith('The Security Council,\n\n_Recalling_ a,\n\n1. _Welcomes_ b;\n\n|\n');
    assert.equal(c.labels[0], 'Decides to remain seized of the matter.');
    assert.equal(c.apply('Decides to remain seized of the matter.'), 'The Security Council,\n\n_Recalling_ a,\n\n1. _Welcomes_ b;\n\n2. _Decides_ to remain seized of the matter.\n');
    assert.ok(!completeWith('The General Assembly,\n\n_Recalling_ a,\n\n1. |\n').labels.includes('Decides to remain seized of the matter.'));
  });

  it('underlines operative phrases when mun.openerStyle is "underline"', () => {
    const settings: UnresSettings = { profile: 'mun', mun: { openerStyle: 'underline' } };
    assert.equal(completeWith('The General Assembly,\n\n_Recalling_ a,\n\n1. Ur|\n', settings).apply('Urges'), 'The General Assembly,\n\n_Recalling_ a,\n\n1. __Urges__ \n');
    assert.equal(completeWith('The General Assembly,\n\n|\n', settings).apply('Recalling'), 'The General Assembly,\n\n_Recalling_ \n');
  });
});
