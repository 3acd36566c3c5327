/**
 * The encodings of text files (server/src/shared/encoding.ts): the UTF-8 check against the
 * platform's strict decoder, the Windows-1252 reading of "ANSI" text and when it is refused.
 */
import assert from 'node:assert/strict';
import { decodeImportText, decodeWindows1252, lineOfByte, utf8Check } from '../../server/src/shared/encoding';

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

describe('text encodings', () => {
  it('finds the first byte that is not UTF-8 exactly where the strict decoder refuses (random bytes)', () => {
    let state = 12345;
    const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let t = 0; t < 20_000; t++) {
      const b = new Uint8Array(1 + Math.floor(random() * 8)).map(() => (random() < 0.6 ? 0x80 + Math.floor(random() * 128) : Math.floor(random() * 256)));
      let strict = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(b);
      } catch {
        strict = false;
      }
      assert.equal(utf8Check(b).invalidAt < 0, strict, `bytes ${[...b].map((x) => x.toString(16)).join(' ')}`);
    }
    // Overlong, surrogate, past U+10FFFF, cut short: each refused at its first byte.
    for (const b of [[0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x80]]) assert.equal(utf8Check(bytes('ab', b)).invalidAt, 2);
    assert.deepEqual(utf8Check(bytes('a “b” ', [0xe2, 0x80, 0x99], 'c')), { invalidAt: -1, multiByte: 1 });
    assert.equal(lineOfByte(bytes('a\nb\n', [0xe9]), 4), 3);
    // CRLF is one line end, a lone CR one too (review finding: a CR-only file was all "line 1").
    assert.equal(lineOfByte(bytes('a\r\nb\rc\r', [0xe9]), 7), 4);
  });

  it('reads Windows-1252 with its curly quotes, dashes and euro sign (which Node\'s own decoder reads as Latin-1)', () => {
    assert.equal(decodeWindows1252(bytes('The ', [0x93], 'Kanal', [0x94], ' operation, 2015', [0x96], '2020, ', [0x80], '5 ', [0xe9], 't', [0xe9], ' padding padding padding padding padding padding padding padding')), 'The “Kanal” operation, 2015–2020, €5 été padding padding padding padding padding padding padding padding');
  });

  it('refuses Windows-1252 for UTF-8 with a stray byte, for text whose bytes are mostly above 127, and for bytes it leaves undefined', () => {
    // Mac Roman `façade`: 0x8D is `ç` there, and nothing in Windows-1252 (review finding: it came in as a control character).
    assert.equal(decodeWindows1252(bytes('The fa', [0x8d], 'ade of the building of the General Assembly')), undefined);
    assert.equal(decodeWindows1252(bytes('The ', [0xe2, 0x80, 0x9c], 'report', [0xe2, 0x80, 0x9d], ' and ', [0xe9])), undefined);
    assert.equal(decodeWindows1252(bytes([0xc3, 0xe5, 0xed, 0xe5, 0xf0, 0xe0, 0xeb, 0xfc, 0xed, 0xe0, 0xff], ' ', [0xc0, 0xf1, 0xf1, 0xe0, 0xec, 0xe1, 0xeb, 0xe5, 0xff])), undefined);
  });

  it('decodes a text to import as UTF-8, UTF-16 or Windows-1252, or says why not', () => {
    assert.deepEqual(decodeImportText(bytes('caf', [0xc3, 0xa9])), { text: 'café', windows1252: false });
    assert.deepEqual(decodeImportText(new Uint8Array([0xff, 0xfe, 0x61, 0x00])), { text: 'a', windows1252: false });
    assert.deepEqual(decodeImportText(bytes('The General Assembly decides to act at once ', [0x96], ' today.')), { text: 'The General Assembly decides to act at once – today.', windows1252: true });
    const refused = decodeImportText(bytes('a\n', [0xe2, 0x80, 0x9c], 'b\n', [0xff]));
    assert.deepEqual(refused, { error: 'the file is not valid UTF-8 (line 3) and not plain text in Windows-1252 either; save it as UTF-8' });
  });
});
