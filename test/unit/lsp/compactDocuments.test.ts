/**
 * The language server's document store (server/src/lsp/compactDocuments.ts): the drafts not in use
 * are deflated, and every read and edit gives what a plain TextDocument gives, text unchanged to
 * the code unit (lone surrogates, NUL, CR/LF mixes).
 */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CompactDocumentStore } from '../../../server/src/lsp/compactDocuments';

/** A large text with what UTF-8 would not carry (lone surrogates) and mixed line ends. */
function bigText(seed: number): string {
  const lines: string[] = [];
  for (let i = 0; i < 3000; i++) lines.push(`${i + seed}. _Decides_ paragraph ${i} – “quoted” \ud800 x\u0000y 😀${i % 3 === 0 ? '\r\n' : i % 3 === 1 ? '\n' : '\r'}`);
  return lines.join('');
}

describe('the language server keeps drafts not in use deflated (CompactDocumentStore)', () => {
  it('packs the least recently used beyond its capacity, and reads back every character', () => {
    const store = new CompactDocumentStore(2);
    const texts = [bigText(1), bigText(2), bigText(3)];
    const docs = texts.map((t, i) => store.configuration.create(`file:///d${i}.unres`, 'unres', 1, t));
    assert.deepEqual(docs.map((d) => d.isPacked), [true, false, false]);
    assert.equal(store.unpackedCount, 2);
    const plain = TextDocument.create('file:///p.unres', 'unres', 1, texts[0]);
    assert.equal(docs[0].getText(), texts[0], 'the packed text reads back exactly');
    assert.deepEqual(docs.map((d) => d.isPacked), [false, true, false], 'reading it unpacks it and packs the least recent');
    docs[1].pack();
    for (const offset of [0, 1, 5000, texts[0].length - 1, texts[0].length, texts[0].length + 10]) {
      docs[0].pack();
      assert.deepEqual(docs[0].positionAt(offset), plain.positionAt(offset), `positionAt(${offset})`);
    }
    for (const position of [{ line: 0, character: 3 }, { line: 1500, character: 10 }, { line: 9999, character: 0 }]) {
      docs[0].pack();
      assert.equal(docs[0].offsetAt(position), plain.offsetAt(position), JSON.stringify(position));
    }
    docs[0].pack();
    assert.equal(docs[0].lineCount, plain.lineCount);
    docs[0].pack();
    assert.equal(docs[0].getText({ start: { line: 10, character: 2 }, end: { line: 12, character: 5 } }), plain.getText({ start: { line: 10, character: 2 }, end: { line: 12, character: 5 } }));
    docs[0].pack();
    assert.deepEqual(docs[0].getLineRange(7), plain.getLineRange(7));
    // Read back, packed again without a change (its packed copy kept), read back again.
    docs[0].pack();
    assert.equal(docs[0].getText(), texts[0]);
    assert.equal(docs[0].getEOLCharacters(2), plain.getEOLCharacters(2));
  });

  it('applies incremental and full edits to a packed draft as to a plain one, with the version', () => {
    const store = new CompactDocumentStore(1);
    const text = bigText(7);
    const doc = store.configuration.create('file:///a.unres', 'unres', 1, text);
    store.configuration.create('file:///b.unres', 'unres', 1, bigText(8));
    assert.ok(doc.isPacked);
    const plain = TextDocument.create('file:///p.unres', 'unres', 1, text);
    const edits = [
      [{ range: { start: { line: 5, character: 0 }, end: { line: 6, character: 4 } }, text: 'new\ud83d' }],
      [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\ufeff' }, { range: { start: { line: 2999, character: 1 }, end: { line: 2999, character: 1 } }, text: '\r\n' }],
      [{ text: 'whole new text\r\n' }],
    ];
    let version = 1;
    for (const changes of edits) {
      version++;
      doc.pack();
      assert.equal(store.configuration.update(doc, changes, version), doc, 'the same document, updated');
      TextDocument.update(plain, changes, version);
      assert.equal(doc.version, version);
      assert.equal(doc.getText(), plain.getText());
    }
  });

  it('leaves short texts as strings, and lets go of a closed draft', () => {
    const store = new CompactDocumentStore(1);
    const small = store.configuration.create('file:///s.unres', 'unres', 1, 'The General Assembly,\n');
    const big = store.configuration.create('file:///b.unres', 'unres', 1, bigText(1));
    assert.equal(small.isPacked, false, 'a short text is not worth packing');
    assert.equal(store.unpackedCount, 1);
    small.getText();
    assert.equal(big.isPacked, false, 'a short text takes no place among those held as strings');
    store.release(big);
    assert.equal(store.unpackedCount, 0);
    assert.equal(big.getText(), bigText(1), 'a released draft still reads (a lint under way may read it)');
    assert.equal(store.unpackedCount, 0, 'and the store does not take it back');
  });
  it('packs in its turn a draft that grew long enough while it was the one in use', () => {
    const store = new CompactDocumentStore(1);
    const grown = store.configuration.create('file:///g.unres', 'unres', 1, 'The General Assembly,\n');
    assert.equal(store.unpackedCount, 0, 'short: not among those held as strings');
    // A large paste while it is the draft in use (the last one read).
    store.configuration.update(grown, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: bigText(3) }], 2);
    assert.equal(store.unpackedCount, 1, 'long now: it takes its place');
    const other = store.configuration.create('file:///o.unres', 'unres', 1, bigText(4));
    assert.equal(grown.isPacked, true, 'packed once another large draft is used');
    assert.equal(other.isPacked, false);
    assert.equal(grown.getText(), `The General Assembly,\n${bigText(3)}`);
  });

  it('packs a well-formed text as UTF-8 and one with a lone surrogate as UTF-16, each read back to the code unit', () => {
    const store = new CompactDocumentStore(1);
    // A byte order mark, NUL, a pair outside the BMP, typographic characters, CR/LF mixes: UTF-8 carries all of them.
    const wellFormed = `\ufeff${bigText(5).replace(/\ud800 /g, '')}`;
    assert.ok(!/[\ud800-\udfff]/u.test(wellFormed) && wellFormed.includes('\u0000') && wellFormed.includes('😀'));
    const broken = bigText(6);
    const docs = [store.configuration.create('file:///w.unres', 'unres', 1, wellFormed), store.configuration.create('file:///b.unres', 'unres', 1, broken)];
    assert.equal(docs[0].packedEncoding, 'utf8');
    docs[1].pack();
    assert.equal(docs[1].packedEncoding, 'utf16le', 'a lone surrogate: UTF-8 would replace it');
    assert.equal(docs[0].getText(), wellFormed, 'the BOM, NUL and the pair read back');
    docs[0].pack();
    assert.equal(docs[0].packedEncoding, 'utf8', 'read back and packed again unchanged: the same copy');
    assert.equal(docs[0].getText(), wellFormed);
    assert.equal(docs[1].getText(), broken);
    // An edit that leaves a lone surrogate in the well-formed draft: packed as UTF-16 from then on.
    store.configuration.update(docs[0], [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '\udc00' }], 2);
    docs[0].pack();
    assert.equal(docs[0].packedEncoding, 'utf16le');
    const edited = TextDocument.create('file:///x.unres', 'unres', 1, wellFormed);
    TextDocument.update(edited, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '\udc00' }], 2);
    assert.equal(docs[0].getText(), edited.getText());
  });
});
