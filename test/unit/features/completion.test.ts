import assert from 'node:assert/strict';
import { TRIGGER_CHARACTERS } from '../../../server/src/core/languageService';
import { applyEdits, service, withCursor } from './cursor';

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

  it('declares the trigger characters: italics, footnotes, the space after a number', () => {
    assert.deepEqual([...TRIGGER_CHARACTERS].sort(), [' ', '^', '_']);
    assert.ok(completeAt(`${BODY}2. |\n`).labels.includes('Requests'));
    assert.deepEqual(completeAt(`${BODY}2. _Requests_ the |\n`).items, []);
  });
});
