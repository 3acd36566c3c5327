import assert from 'node:assert/strict';
import { applyEdits, example, markRanges, service, textOf, withCursor } from './cursor';

const ls = service();

const DRAFT = `The General Assembly,

_Recalling_ its resolution,[^a] and the report,[^2]

1. _Decides_ to act;[^a]

2. _Requests_:

(a) a report;

(b) a plan, as in subparagraph (a) above;

3. _Invites_ States to implement paragraphs 1 and 2 (b) above;[^2]

[^a]: The first footnote.
[^2]: The second footnote.
`;

/** The draft with a cursor placed before the n-th occurrence of `needle` (plus `shift` characters). */
function at(needle: string, shift = 0, nth = 0) {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = DRAFT.indexOf(needle, i + 1);
  assert.ok(i >= 0, needle);
  return withCursor(DRAFT.slice(0, i + shift) + '|' + DRAFT.slice(i + shift));
}

describe('go to definition', () => {
  it('goes from a footnote reference to its definition', () => {
    const { doc, position, text } = at('[^a]', 2);
    const targets = ls.definition(doc, position);
    assert.deepEqual(targets.map((r) => textOf(text, r)), ['[^a]: The first footnote.']);
    // On the definition itself: its own place (editors then offer the references).
    const onDefinition = at('[^a]: The', 2);
    assert.deepEqual(ls.definition(onDefinition.doc, onDefinition.position).map((r) => textOf(text, r)), ['[^a]: The first footnote.']);
  });

  it('goes from "paragraph 1 … above" to OP1 and from "2 (b)" to the sub-paragraph', () => {
    let { doc, position, text } = at('paragraphs 1 and', 11);
    assert.deepEqual(ls.definition(doc, position).map((r) => textOf(text, r)), ['1. _Decides_ to act;[^a]']);
    ({ doc, position, text } = at('2 (b) above', 3));
    assert.deepEqual(ls.definition(doc, position).map((r) => textOf(text, r)), ['(b) a plan, as in subparagraph (a) above;']);
    ({ doc, position, text } = at('subparagraph (a)', 14));
    assert.deepEqual(ls.definition(doc, position).map((r) => textOf(text, r)), ['(a) a report;']);
  });

  it('goes from "paragraph 5 above" to OP5 in the adopted example', () => {
    const text = example.replace('8. _Requests_ the Secretary-General', '8. _Requests_, pursuant to paragraph 5 above, the Secretary-General');
    const { doc, position } = withCursor(text.replace('paragraph 5 above', 'paragraph |5 above'));
    const [target] = ls.definition(doc, position);
    assert.match(textOf(text, target), /^5\. _Invites_ the United Nations and the Collective Security Treaty Organization/);
  });

  it('has no target elsewhere, nor for a number that names no paragraph', () => {
    for (const marked of [DRAFT.replace('_Decides_', '_Dec|ides_'), DRAFT.replace('paragraphs 1 and', 'paragraphs |9 and')]) {
      const { doc, position } = withCursor(marked);
      assert.deepEqual(ls.definition(doc, position), []);
    }
  });
});

describe('find all references', () => {
  it('lists every citation of a footnote, and its definition when asked', () => {
    const { doc, position, text } = at('[^a]', 2);
    assert.equal(
      markRanges(text, ls.references(doc, position, true)),
      DRAFT.replace('resolution,[^a]', 'resolution,[[[^a]]]').replace('act;[^a]', 'act;[[[^a]]]').replace('[^a]: The', '[[[^a]]]: The'),
    );
    assert.equal(ls.references(doc, position, false).length, 2);
  });

  it('lists the cross-references to an operative paragraph from its number', () => {
    const { doc, position, text } = at('1. _Decides_');
    assert.equal(markRanges(text, ls.references(doc, position, true)), DRAFT.replace('1. _Decides_', '[[1]]. _Decides_').replace('paragraphs 1 and', 'paragraphs [[1]] and'));
  });

  it('lists the references to a sub-paragraph from its label', () => {
    const { doc, position, text } = at('(a) a report', 1);
    assert.equal(markRanges(text, ls.references(doc, position, true)), DRAFT.replace('(a) a report', '([[a]]) a report').replace('subparagraph (a)', 'subparagraph ([[a]])'));
  });
});

describe('rename', () => {
  it('renames a footnote label in every reference and the definition', () => {
    const { doc, position, text } = at('[^2]: The', 3);
    const prepared = ls.prepareRename(doc, position)!;
    assert.equal(prepared.placeholder, '2');
    assert.equal(textOf(text, prepared.range), '2');
    const r = ls.rename(doc, position, 'csto-report');
    assert.ok('edits' in r);
    assert.equal(applyEdits(text, r.edits), DRAFT.replaceAll('[^2]', '[^csto-report]'));
  });

  it('refuses a label that exists, a label with spaces, and anything but a footnote', () => {
    const { doc, position } = at('[^2]', 2);
    assert.match((ls.rename(doc, position, 'a') as { error: string }).error, /already exists/);
    assert.match((ls.rename(doc, position, 'two words') as { error: string }).error, /not a footnote label/);
    const elsewhere = at('_Requests_', 3);
    assert.equal(ls.prepareRename(elsewhere.doc, elsewhere.position), undefined);
    assert.ok('error' in ls.rename(elsewhere.doc, elsewhere.position, 'x'));
  });

  it('accepts the label typed with its brackets, and keeps Word-export footnotes numeric', () => {
    const { doc, position, text } = at('[^a]', 2);
    const r = ls.rename(doc, position, '[^intro]');
    assert.ok('edits' in r);
    assert.equal(applyEdits(text, r.edits), DRAFT.replaceAll('[^a]', '[^intro]'));
    const word = withCursor('The General Assembly,\n\n_Recalling_ a,[footnoteRef:|1][1: One.]\n');
    assert.match((ls.rename(word.doc, word.position, 'x') as { error: string }).error, /numbered/);
    const ok = ls.rename(word.doc, word.position, '7');
    assert.ok('edits' in ok);
    assert.equal(applyEdits(word.text, ok.edits), 'The General Assembly,\n\n_Recalling_ a,[footnoteRef:7][7: One.]\n');
  });
});

describe('document highlights', () => {
  it('highlights the citations (read) and the definition (write) of the footnote under the cursor', () => {
    const { doc, position, text } = at('[^2]', 2);
    const highlights = ls.documentHighlights(doc, position);
    assert.deepEqual(highlights.map((h) => `${textOf(text, h.range)}:${h.kind}`), ['[^2]:read', '[^2]:read', '[^2]:write']);
  });

  it('highlights an operative paragraph\'s number and the references to it', () => {
    const { doc, position, text } = at('paragraphs 1 and 2', 17);
    assert.deepEqual(ls.documentHighlights(doc, position).map((h) => `${textOf(text, h.range)}:${h.kind}:${h.range.start.line}`), ['2:write:6', '2:read:12']);
  });

  it('highlights nothing on plain text', () => {
    const { doc, position } = at('a report', 2);
    assert.deepEqual(ls.documentHighlights(doc, position), []);
  });
});
