import assert from 'node:assert/strict';
import { doc, example, service } from './cursor';

const ls = service();

describe('document statistics', () => {
  it('counts 15 PP, 9 OP and 7 printed footnotes in the example (legacy style: a repeated citation repeats the number)', () => {
    const s = ls.statistics(doc(example));
    assert.deepEqual({ ...s, words: undefined }, { preambular: 15, operative: 9, footnotes: 7, words: undefined });
    assert.ok(s.words > 1000 && s.words < 1400, String(s.words));
  });

  it('counts one footnote per citation in the current style', () => {
    const text = 'Eightieth session\n\nThe General Assembly,\n\n_Recalling_ a,[^1]\n\n1. _Decides_ b;[^1]\n\n[^1]: A.\n';
    assert.equal(ls.statistics(doc(text)).footnotes, 2);
    assert.equal(ls.statistics(doc(text), { footnoteStyle: 'legacy' }).footnotes, 1);
  });

  it('counts words without comments, footnote marks, labels or lone dashes', () => {
    const text = 'The General Assembly,\n\n_Recalling_ its report – A/73/328,[^1] <!-- not counted -->\n\n[^1]: See the report.\n';
    // The General Assembly, _Recalling_ its report A/73/328, See the report. → 10 words
    assert.equal(ls.statistics(doc(text)).words, 10);
    assert.equal(ls.statistics(doc('')).words, 0);
  });
});
