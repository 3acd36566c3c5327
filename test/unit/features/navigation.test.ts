import assert from 'node:assert/strict';
import { renameBreaks } from '../../../server/src/core/features/navigation';
import { parse } from '../../../server/src/core/parser/parse';
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

describe('rename: labels that would break the draft (issue 8)', () => {
  it('refuses labels that are not letters and digits joined by -, . or _, in one line that says what to use', () => {
    const { doc, position } = at('[^a]', 2);
    for (const bad of ['<!--', '-->', 'a\u0000b', '\u0000', '_x', '*x', '^x', 'x*', 'a_', 'a-', '.a', 'a--b', 'a__b', 'a\u200bb', 'a\u202eb', 'a\nb', 'x'.repeat(101), '[^<!--]']) {
      const r = ls.rename(doc, position, bad);
      assert.ok('error' in r, JSON.stringify(bad));
      assert.match(r.error, /^That is not a footnote label: use letters and digits, with -, \. or _ only between them, at most 100 characters, e\.g\. csto-report\.$/);
    }
  });

  it('accepts letters and digits of any script joined by -, . or _, up to 100 characters', () => {
    const { doc, position, text } = at('[^a]', 2);
    for (const good of ['a_b', 'csto.report-2024', 'résolution', 'Ré\u0301sumé', '١٢', 'x'.repeat(100), '7']) {
      const r = ls.rename(doc, position, good);
      assert.ok('edits' in r, good);
      const renamed = applyEdits(text, r.edits);
      assert.equal(renamed, DRAFT.replaceAll('[^a]', `[^${good}]`));
      const model = parse(renamed);
      assert.deepEqual(model.footnoteReferences.map((x) => x.label), [good, '2', good, '2']);
      assert.deepEqual(model.footnoteDefinitions.map((x) => x.label), [good, '2']);
    }
  });

  it('refuses, by parsing the result, a label of 100 characters or fewer that the parser would not read back', () => {
    // 60 letters outside the Basic Multilingual Plane: 60 characters, but 120 UTF-16 units, more
    // than the parser reads in a label; the shape check passes it, the backstop does not.
    const label = '\u{1d400}'.repeat(60);
    const { doc, position } = at('[^a]', 2);
    const r = ls.rename(doc, position, label);
    assert.ok('error' in r);
    assert.match(r.error, /^This label would break the draft \(a footnote reference would be lost or changed\): use a short label of letters and digits, e\.g\. csto-report\.$/);
    assert.ok('edits' in ls.rename(doc, position, '\u{1d400}'.repeat(50)));
  });

  it('the backstop sees references, definitions, comments and emphases that an edit would lose or change', () => {
    const model = parse(DRAFT);
    const edits = (to: string) => [...model.footnoteReferences, ...model.footnoteDefinitions].filter((x) => x.label === 'a').map((x) => ({ span: x.labelSpan, newText: to }));
    assert.equal(renameBreaks(model, edits('intro'), 'a', 'intro'), undefined);
    assert.equal(renameBreaks(model, edits('<!--'), 'a', '<!--'), 'a footnote reference would be lost or changed');
    // The right text under another label: the label found is not the one asked for.
    assert.equal(renameBreaks(model, edits('intro'), 'a', 'other'), 'a footnote reference would be lost or changed');
    // Only the definition renamed into something unreadable: its text would be lost.
    const def = model.footnoteDefinitions.find((d) => d.label === 'a')!;
    assert.equal(renameBreaks(model, [{ span: def.labelSpan, newText: 'a b' }], 'a', 'a'), 'a footnote text would be lost or changed');
    // Edits elsewhere that open a comment, or close an emphasis, keep every footnote.
    const at = (needle: string) => DRAFT.indexOf(needle);
    assert.equal(renameBreaks(model, [{ span: { start: at('a report;'), end: at('a report;') }, newText: '<!-- -->' }], 'a', 'a'), 'a comment would open or close');
    assert.equal(renameBreaks(model, [{ span: { start: at('a report;'), end: at('a report;') + 1 }, newText: '_a_' }], 'a', 'a'), 'an italic or underline mark would open or close');
    assert.equal(renameBreaks(model, [{ span: { start: at('a report;'), end: at('a report;') + 1 }, newText: '_a' }], 'a', 'a'), 'the draft would no longer parse the same');
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
