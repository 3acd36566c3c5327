/** `wordKey` takes shortcuts (no copy for lower-case ASCII, no replacements without typographic marks): it must fold exactly as the plain definition does. */
import assert from 'node:assert/strict';
import { HYPHENATED, keySignature, tokenize, WordIndex, wordKey } from '../../server/src/core/rules/kinds/text';
import { rng } from '../../bench/generate';
import { randomText } from '../support/randomText';

const plain = (w: string) => w.toLowerCase().replace(/[\u2019]/g, "'").replace(/[\u2010\u2011]/g, '-');

describe('wordKey', () => {
  it('folds like lower case plus typographic apostrophes and hyphens to ASCII, on 50,000 random words', () => {
    const alphabet = [...'abcXYZ09-\'\u2019\u2010\u2011éÉİßΣςǅ𝐀'];
    const random = rng(20261130);
    for (let k = 0; k < 50_000; k++) {
      let w = '';
      const n = 1 + Math.floor(random() * 8);
      for (let i = 0; i < n; i++) w += alphabet[Math.floor(random() * alphabet.length)];
      assert.equal(wordKey(w), plain(w), JSON.stringify(w));
    }
  });

  it('returns a lower-case ASCII word as it is', () => {
    assert.equal(wordKey('organization'), 'organization');
    assert.equal(wordKey('Organization'), 'organization');
    assert.equal(wordKey('Côte\u2010d\u2019Ivoire'), "côte-d'ivoire");
  });
});

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** The plain definition of the word tokens (the scan before the word index): words of letters, marks and digits, joined by an apostrophe or hyphen between two word characters, or a full stop between two letters. */
function plainWords(text: string): { start: number; end: number }[] {
  // The definition of a word character the tokenizer had: a letter, a mark or a digit, a surrogate tested with its pair.
  const word = (i: number) => {
    if (i < 0 || i >= text.length) return false;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR.test(text.slice(i, i + 2));
    if (c >= 0xdc00 && c <= 0xdfff) return i > 0 && WORD_CHAR.test(text.slice(i - 1, i + 1));
    return WORD_CHAR.test(text[i]);
  };
  const letter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 127;
  const out: { start: number; end: number }[] = [];
  let i = 0;
  while (i < text.length) {
    if (!word(i)) {
      i++;
      continue;
    }
    const start = i;
    i++;
    for (;;) {
      while (i < text.length && word(i)) i++;
      if (i + 1 >= text.length) break;
      const c = text.charCodeAt(i);
      if ([39, 0x2019, 45, 0x2010, 0x2011].includes(c) && word(i + 1)) i++;
      else if (c === 46 && letter(text.charCodeAt(i - 1)) && letter(text.charCodeAt(i + 1)) && word(i + 1) && word(i - 1)) i++;
      else break;
    }
    out.push({ start, end: i });
  }
  return out;
}

describe('WordIndex (the word tokens of a document, compact)', () => {
  it('finds the words of the plain definition, with their keys, and the signatures of those keys, on 20,000 random texts', () => {
    const alphabet = [...'abcXYZ09 -.\'\u2019\u2010\u2011éÉİßΣǅ\u0301 “”,\n'].concat(['𝐀', '\ud800', '\udc00', 'U.N.', 'co-operation']);
    const random = rng(20261130);
    let words = 0;
    for (let k = 0; k < 20_000; k++) {
      const text = randomText(random, alphabet, 16);
      const index = new WordIndex(text);
      const want = plainWords(text);
      assert.deepEqual(want, Array.from({ length: index.count }, (_, i) => ({ start: index.starts[i], end: index.ends[i] })), JSON.stringify(text));
      for (let i = 0; i < index.count; i++) {
        const w = text.slice(want[i].start, want[i].end);
        assert.equal(index.key(i), wordKey(w), JSON.stringify(text));
        const hyphen = /[-\u2010\u2011]/.test(w) ? HYPHENATED : 0;
        // A word ruled out by its signature would never be found: the signature must be its key's.
        assert.equal(index.signatures[i], keySignature(wordKey(w)) | hyphen, `${JSON.stringify(w)} in ${JSON.stringify(text)}`);
      }
      words += index.count;
      assert.deepEqual(tokenize(text).map((t) => [t.start, t.end, t.text, t.key]), want.map((s) => [s.start, s.end, text.slice(s.start, s.end), wordKey(text.slice(s.start, s.end))]));
    }
    assert.ok(words > 20_000, `only ${words} words`);
  });

  it('hasKey says whether a word has a key, without making it, as key() does, on 20,000 random texts', () => {
    const alphabet = [...'abcABC -.\'\u2019\u2010éÉİ “,\n'].concat(['the', 'The', 'THE', 'U.N.', 'co-operation']);
    const random = rng(20261204);
    const probes = ['the', 'a', 'abc', 'u.n', 'co-operation', "a'b", 'é', 'i̇'];
    let agreed = 0;
    for (let k = 0; k < 20_000; k++) {
      const text = randomText(random, alphabet, 12);
      // A fresh index per text, asked before any key is made, and a second one after all are.
      const fresh = new WordIndex(text);
      const made = new WordIndex(text);
      for (let i = 0; i < made.count; i++) made.key(i);
      for (let i = 0; i < fresh.count; i++) {
        const key = wordKey(fresh.wordText(i));
        for (const probe of [...probes, key, key.toUpperCase()]) {
          assert.equal(fresh.hasKey(i, probe), probe === key, `${JSON.stringify(fresh.wordText(i))} ~ ${JSON.stringify(probe)}`);
          assert.equal(made.hasKey(i, probe), probe === key);
          if (probe === key) agreed++;
        }
      }
    }
    assert.ok(agreed > 20_000, `only ${agreed} words`);
  });

  it('keeps every word when a text has many more words than its length suggests (the arrays grow), in part of a text too', () => {
    // One-letter words: one word in two characters, three times the index's first guess, so the
    // arrays are grown more than once; non-ASCII words keep their keys across the growth.
    const random = rng(7);
    const pieces = ['a', 'É', 'b-c', 'ß', '9', 'd’e'];
    const text = Array.from({ length: 30_000 }, () => pieces[Math.floor(random() * pieces.length)]).join(' ');
    const want = plainWords(text);
    const index = new WordIndex(text);
    assert.equal(index.count, want.length);
    assert.equal(index.starts.length, want.length);
    assert.equal(index.ends.length, want.length);
    assert.equal(index.signatures.length, want.length);
    for (let i = 0; i < want.length; i++) {
      assert.equal(index.starts[i], want[i].start);
      assert.equal(index.ends[i], want[i].end);
      assert.equal(index.key(i), wordKey(text.slice(want[i].start, want[i].end)));
    }
    // A part of the text: the same words as the plain definition finds in that part.
    const from = text.indexOf(' ', 1000) + 1;
    const to = text.lastIndexOf(' ', 40_000);
    const part = new WordIndex(text, from, to);
    const inPart = plainWords(text.slice(from, to));
    assert.deepEqual(Array.from({ length: part.count }, (_, i) => [part.starts[i] - from, part.ends[i] - from]), inPart.map((w) => [w.start, w.end]));
  });
});
