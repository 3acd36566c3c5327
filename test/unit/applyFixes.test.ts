import assert from 'node:assert/strict';
import { applyFixes } from '../../server/src/core/fixes/applyFixes';

const fix = (title: string, ...edits: [number, number, string][]) => ({ title, edits: edits.map(([start, end, newText]) => ({ span: { start, end }, newText })) });

describe('applyFixes', () => {
  it('applies edits from the end without disturbing offsets', () => {
    const r = applyFixes('abc def ghi', [fix('a', [0, 3, 'ABC']), fix('b', [8, 11, 'G'])]);
    assert.equal(r.text, 'ABC def G');
    assert.equal(r.applied, 2);
  });
  it('skips a fix that overlaps one already taken, whole', () => {
    const r = applyFixes('abcdef', [fix('first', [1, 3, 'X']), fix('second', [2, 4, 'Y'], [5, 6, 'Z'])]);
    assert.equal(r.text, 'aXdef');
    assert.equal(r.skipped, 1);
  });
  it('keeps two insertions at the same point apart (the second is skipped)', () => {
    const r = applyFixes('ab', [fix('1', [1, 1, 'X']), fix('2', [1, 1, 'Y'])]);
    assert.equal(r.text, 'aXb');
  });
  it('applies an insertion right before a replacement that starts there', () => {
    assert.equal(applyFixes('Recalling a', [fix('wrap', [0, 0, '_'], [9, 9, '_'])]).text, '_Recalling_ a');
  });
  it('ignores edits outside the text and empty fixes', () => {
    const r = applyFixes('abc', [fix('bad', [2, 9, 'x']), { title: 'empty', edits: [] }]);
    assert.equal(r.text, 'abc');
    assert.equal(r.applied, 0);
  });
  it('keeps CRLF line ends and the text outside the edits byte for byte', () => {
    const text = 'line one;\r\nline two;\r\n';
    assert.equal(applyFixes(text, [fix('dot', [19, 20, '.'])]).text, 'line one;\r\nline two.\r\n');
  });
});
