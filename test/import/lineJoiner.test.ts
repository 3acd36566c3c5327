/**
 * `LineJoiner` (server/src/core/import/text.ts): lines joined one by one in linear time must give
 * what the importer's joins gave when they re-read the whole text after every line, and what it
 * reads between the joins (the end, the word count, the start) must be what the functions read
 * off the whole text.
 */
import assert from 'node:assert/strict';
import { endsParagraph, gatherSpelling, keepsHyphen, LineJoiner, refMarker, wordCount, type SpellingEvidence } from '../../server/src/core/import/text';
import { seeded as random } from '../support/random';

/** `joinLines` as it was: the text made by appending, its end read after every line. */
function joinLinesBefore(lines: readonly string[], evidence?: SpellingEvidence): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (!out) {
      out = line;
      continue;
    }
    const hy = /(?<!\p{L})(\p{L}+)-$/u.exec(out.slice(-80));
    const next = /^\p{L}+/u.exec(line);
    if (hy && next) {
      out = keepsHyphen(hy[1], next[0], evidence) ? out + line : out.slice(0, -1) + line;
    } else if (/[^\s][\u2013\u2011/]$/.test(out) && /^[\p{L}\d]/u.test(line)) {
      out += line;
    } else {
      out += ' ' + line;
    }
  }
  return out;
}

// Pieces of lines that exercise every join: hyphens kept and dropped, dashes and slashes, footnote
// marks and quotes at the end, white space of all kinds, long runs that push the end out of reach (of footnote marks and quotes, and a mark longer than the end kept).
const PIECES = ['co-', 'operation', 'peace-', 'keeping', 'well-', 'being', 'x', 'The', 'Decides', 'that', ';', '.', ',', ':', '2024–', '2030', 'and/', 'or', '”', '’', '"', ')', ' ', '  ', '\u00a0', '\t', '\u2003', 'é', '𝒜', refMarker('1'), refMarker('12'), 'a'.repeat(300), ' '.repeat(300), refMarker('3').repeat(100), refMarker('n'.repeat(300)), '”'.repeat(300), '-', '–', '‑'];

describe('LineJoiner', () => {
  it('joins as joinLines did, and reads the end, the words and the start as the whole text gives them (random lines)', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const rnd = random(seed);
      const lines = Array.from({ length: 1 + Math.floor(rnd() * 30) }, () => Array.from({ length: Math.floor(rnd() * 5) }, () => PIECES[Math.floor(rnd() * PIECES.length)]).join(rnd() < 0.5 ? ' ' : ''));
      const evidence = rnd() < 0.5 ? gatherSpelling(lines) : undefined;
      const joiner = new LineJoiner(evidence);
      for (let k = 0; k < lines.length; k++) {
        joiner.add(lines[k]);
        const whole = joinLinesBefore(lines.slice(0, k + 1), evidence);
        const at = `seed ${seed}, line ${k}`;
        assert.equal(joiner.text, whole, at);
        assert.equal(joiner.empty, whole === '', at);
        assert.equal(joiner.endsParagraph(), endsParagraph(whole), at);
        assert.equal(joiner.words, wordCount(whole), at);
        assert.ok(whole.endsWith(joiner.tail) && joiner.tail.length === Math.min(whole.length, 256), `${at}: the tail`);
        assert.equal(joiner.head, whole.slice(0, 2000), at);
      }
    }
  });
});
