import assert from 'node:assert/strict';
import { differenceEdit } from '../../../server/src/core/features/edits';
import { rng } from '../../../bench/generate';
import { randomText } from '../../support/randomText';

function apply(before: string, after: string): string {
  const e = differenceEdit(before, after);
  return e ? before.slice(0, e.span.start) + e.newText + before.slice(e.span.end) : before;
}

describe('differenceEdit (one edit from one text to another)', () => {
  it('keeps the common ends and never cuts a CRLF line end or a surrogate pair', () => {
    assert.deepEqual(differenceEdit('a \n\r\n', 'a\n'), { span: { start: 1, end: 5 }, newText: '\n' });
    assert.deepEqual(differenceEdit('x\r\ny', 'x\r\rz'), { span: { start: 1, end: 4 }, newText: '\r\rz' });
    assert.deepEqual(differenceEdit('a𝐀', 'a𝐁'), { span: { start: 1, end: 3 }, newText: '𝐁' });
    assert.equal(differenceEdit('same', 'same'), undefined);
  });

  it('turns the first text into the second on 20,000 random pairs, with no bound inside a CRLF or a surrogate pair', () => {
    const alphabet = ['a', 'b', ' ', '\r', '\n', '\r\n', '𝐀', '\ud835'];
    const random = rng(20261204);
    for (let k = 0; k < 20_000; k++) {
      const before = randomText(random, alphabet, 10);
      const after = randomText(random, alphabet, 10);
      assert.equal(apply(before, after), after, JSON.stringify([before, after]));
      const e = differenceEdit(before, after);
      if (!e) continue;
      for (const at of [e.span.start, e.span.end]) {
        const cuts = (before[at - 1] === '\r' && before[at] === '\n') || (/[\ud800-\udbff]/.test(before[at - 1] ?? '') && /[\udc00-\udfff]/.test(before[at] ?? ''));
        assert.ok(!cuts, JSON.stringify([before, after, e]));
      }
    }
  });
});
