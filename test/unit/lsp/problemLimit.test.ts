/**
 * The limit on the problems the language server sends for one draft (server/src/lsp/problemLimit.ts).
 */
import assert from 'node:assert/strict';
import { DEFAULT_MAX_PROBLEMS, limitMessage, limitProblems, maxProblemsOf } from '../../../server/src/lsp/problemLimit';

type P = { readonly id: number; readonly severity: 'error' | 'warning' | 'info' | 'hint' };
const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;

/** A reference: the most severe first (stable), the first `max`, back in document order. */
function expected(found: readonly P[], max: number): number[] {
  const rank = (p: P) => SEVERITIES.indexOf(p.severity);
  return [...found].sort((a, b) => rank(a) - rank(b) || a.id - b.id).slice(0, max).map((p) => p.id).sort((a, b) => a - b);
}

describe('the problem limit of the language server', () => {
  it('reads maxNumberOfProblems from the raw settings: a whole number of at least 1, else the default', () => {
    assert.equal(DEFAULT_MAX_PROBLEMS, 10_000);
    assert.equal(maxProblemsOf({ maxNumberOfProblems: 5 }), 5);
    assert.equal(maxProblemsOf({ maxNumberOfProblems: 1 }), 1);
    for (const bad of [0, -3, 2.5, '7', null, Number.NaN, Number.POSITIVE_INFINITY, true]) assert.equal(maxProblemsOf({ maxNumberOfProblems: bad }), DEFAULT_MAX_PROBLEMS, String(bad));
    for (const raw of [undefined, null, 'x', 3, {}, []]) assert.equal(maxProblemsOf(raw), DEFAULT_MAX_PROBLEMS);
  });

  it('leaves a list within the limit as it is (the same array)', () => {
    const found: P[] = [{ id: 0, severity: 'hint' }, { id: 1, severity: 'error' }];
    assert.equal(limitProblems(found, 2), found);
    assert.equal(limitProblems([], 1).length, 0);
  });

  it('over the limit keeps the most severe, each severity in document order, the kept ones in their order', () => {
    const found: P[] = [
      { id: 0, severity: 'hint' },
      { id: 1, severity: 'warning' },
      { id: 2, severity: 'error' },
      { id: 3, severity: 'info' },
      { id: 4, severity: 'warning' },
      { id: 5, severity: 'warning' },
      { id: 6, severity: 'error' },
    ];
    assert.deepEqual(limitProblems(found, 1).map((p) => p.id), [2]);
    assert.deepEqual(limitProblems(found, 3).map((p) => p.id), [1, 2, 6]);
    assert.deepEqual(limitProblems(found, 5).map((p) => p.id), [1, 2, 4, 5, 6]);
    assert.deepEqual(limitProblems(found, 6).map((p) => p.id), [1, 2, 3, 4, 5, 6]);
  });

  it('agrees with a sort on random lists', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) % 1000) / 1000;
    for (let t = 0; t < 300; t++) {
      const found: P[] = Array.from({ length: Math.floor(random() * 40) }, (_, id) => ({ id, severity: SEVERITIES[Math.floor(random() * 4)] }));
      const max = 1 + Math.floor(random() * 45);
      const got = limitProblems(found, max).map((p) => p.id);
      assert.deepEqual(got, expected(found, max), `${JSON.stringify(found)} max ${max}`);
      assert.equal(got.length, Math.min(max, found.length));
    }
  });

  it('keeps only errors when the errors alone fill the limit (1,000,000 problems, a quarter errors)', () => {
    const found: P[] = Array.from({ length: 1_000_000 }, (_, id) => ({ id, severity: SEVERITIES[id % 4] }));
    const shown = limitProblems(found, 10_000);
    assert.equal(shown.length, 10_000);
    assert.ok(shown.every((p) => p.severity === 'error'));
  });

  it('says how many there are, how many are shown and what to do', () => {
    assert.equal(limitMessage(150001, 10000), 'unres found 150,001 problems in this draft and shows 10,000, the most severe first. Raise the setting unres.maxNumberOfProblems to see more; `unres lint` lists them all.');
  });
});
