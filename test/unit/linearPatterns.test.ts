/**
 * The patterns that `npm run test:redos` found super-linear were rewritten to run in linear time
 * (issue 8). Each rewrite is checked here against the pattern it replaced, on random strings drawn
 * from the characters that matter to it (short ones: the old patterns are quadratic): same matches,
 * same captures, same results.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cleanCounterpart } from '../../server/src/core/data/lexicon';
import { sessionLineOrdinal } from '../../server/src/core/model/derived';
import { isSessionLine, splitOrganLine } from '../../server/src/core/parser/parse';
import { parseOrdinalWord } from '../../server/src/core/data/ordinals';

const RUNS = 3000;
const SEED = 20261130;

/** Strings of up to `max` characters drawn from `chars` (and the given words, as single tokens). */
function strings(tokens: readonly string[], max = 40): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...tokens), { maxLength: max }).map((a) => a.join(''));
}

/** Every match of a global regex, as index and groups. */
function allMatches(re: RegExp, s: string): string[] {
  return [...s.matchAll(re)].map((m) => `${m.index}:${JSON.stringify([...m])}`);
}

const WS = [' ', '  ', '\t', '\u00a0', '\n', '\u2028', '\r'];

function same(arb: fc.Arbitrary<string>, f: (s: string) => unknown, g: (s: string) => unknown): void {
  fc.assert(
    fc.property(arb, (s) => {
      assert.deepEqual(f(s), g(s), JSON.stringify(s));
    }),
    { numRuns: RUNS, seed: SEED },
  );
}

describe('linear-time rewrites of quadratic patterns behave as the patterns they replaced', () => {
  it('acronym definitions `(SDGs)`: `[A-Z][a-z]*[A-Z]` for `[A-Z][A-Za-z]*[A-Z]`', () => {
    same(strings(['(', ')', 'A', 'B', 'a', 'b', '1', '-', ' ', 'SDGs', '(ABC)']), (s) => allMatches(/\(([A-Z][A-Za-z]*[A-Z][A-Za-z0-9-]*)\)/g, s), (s) => allMatches(/\(([A-Z][a-z]*[A-Z][A-Za-z0-9-]*)\)/g, s));
  });

  it('number-words ranges `12 and 8`: a figure run is read from its first digit', () => {
    same(
      strings(['1', '2', '9', ' ', '\u00a0', 'and', 'to', 'or', 'x', ',']),
      (s) => /\d{2,}[ \u00a0]+(?:and|to|or)[ \u00a0]+\d\b|\b\d[ \u00a0]+(?:and|to|or)[ \u00a0]+\d{2,}/.test(s),
      (s) => /(?<!\d)\d{2,}[ \u00a0]+(?:and|to|or)[ \u00a0]+\d\b|\b\d[ \u00a0]+(?:and|to|or)[ \u00a0]+\d{2,}/.test(s),
    );
  });

  it('the .docx reader: tags and text of mammoth\'s HTML (well-formed: `<` only opens a tag)', () => {
    const tokens = ['<p>', '</p>', '<em>', '</em>', '<br />', '<br/>', '<a href="#fn-1" id="x">', '</a>', '<sup>', '<li id="footnote-1">', 'text', ' ', '\t', '\n', '>', '/', '=', '"', '&lt;', 'x y'];
    same(strings(tokens, 30), (s) => allMatches(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^>]*)?)\/?>|([^<]+)/g, s), (s) => allMatches(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s[^<>]*)?)\/?>|([^<]+)/g, s));
  });

  it('the .docx reader: white space at the end of an emphasis', () => {
    // The text it runs on never starts with white space (the leading run is cut off first).
    same(strings(['a', '_', ...WS]).map((s) => s.replace(/^\s+/, '')), (s) => /\s*$/.exec(s)![0], (s) => /(?<!\s)\s*$/.exec(s)![0]);
  });

  it('the organ line `The General Assembly,`: name and final punctuation', () => {
    const old = (s: string) => {
      const m = /^(The|THE)\s+(.*?)\s*([,:;.]?)$/.exec(s);
      return m ? { name: m[2], punctuation: m[3] } : undefined;
    };
    same(strings(['The', 'THE', 'Thee', 'General', 'A', 'x', ',', '.', ':', ';', '!', ...WS], 16), old, splitOrganLine);
    same(strings(['General', 'Security', 'Council', ',', '.', ';', ...WS], 12).map((s) => `The${s}`), old, splitOrganLine);
  });

  it('the session line `Seventy-third session`: the ordinal before the final `session`', () => {
    const old = (s: string) => {
      const m = /^(.*?)\s+(?:special\s+|emergency\s+special\s+)?session$/i.exec(s);
      const n = m ? parseOrdinalWord(m[1].replace(/\s+/g, '-')) ?? parseOrdinalWord(m[1]) : undefined;
      return n !== undefined && !/special/i.test(s) ? n : undefined;
    };
    same(strings(['Seventy', 'seventy', 'third', 'Third', '-', 'session', 'Session', 'special', 'emergency', 'x', ...WS], 10), old, sessionLineOrdinal);
    assert.equal(sessionLineOrdinal('Seventy-third session'), 73);
    assert.equal(sessionLineOrdinal('Seventy third \u00a0session'), 73);
    assert.equal(sessionLineOrdinal('Tenth emergency special session'), undefined);
  });

  it('the header\'s session line: `(.{1,40}?)\\s+(emergency special )?session` read from the end', () => {
    const NUMBER = /^(?:seventy|third|first|twenty)$/i;
    // The old pattern, with the same tests of the ordinal after it (a subset of the number words).
    const old = (s: string) => {
      const m = /^(.{1,40}?)\s+(?:(?:emergency\s+)?special\s+)?session$/i.exec(s);
      if (!m) return false;
      const ordinal = m[1].trim();
      if (/^\d{1,4}(?:st|nd|rd|th|d)?$/i.test(ordinal)) return true;
      const words = ordinal.split(/[\s\-–—]+/);
      if (words.length === 1 && /^[A-Za-z]{3,30}(?:th|st|nd|rd)$/.test(words[0])) return true;
      return words.length <= 4 && words.every((w) => NUMBER.test(w) || /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|and|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth)$/i.test(w));
    };
    same(strings(['Seventy', 'third', 'Twenty-first', '73rd', '2019', '-', 'session', 'Session', 'SESSION', 'special', 'Special', 'emergency', 'x', 'ob', ...WS], 12), old, isSessionLine);
    same(strings(['Seventy', 'third', ' ', '  ', '\t'], 30).map((s) => `${s} special session`), old, isSessionLine);
    for (const line of ['Seventy-third session', 'Tenth emergency special session', 'Twenty-seventh special session', '2019 session', '73rd Session']) assert.equal(isSessionLine(line), true, line);
    for (const line of ['Obsession', 'special session', 'Report on the work of its session', ' session', `${'x'.repeat(41)} session`]) assert.equal(isSessionLine(line), false, line);
    // Linear: the attack recheck found on the old pattern takes no time.
    const attack = `${'\t'.repeat(80_000)}\u0000`;
    const t0 = performance.now();
    assert.equal(isSessionLine(attack), false);
    assert.equal(isSessionLine(`${attack} session`), false);
    assert.ok(performance.now() - t0 < 500);
  });

  it('the lexicon\'s counterparts: without a final `...` and `(…)`', () => {
    const old = (s: string) => s.replace(/\s*\.\.\.$/, '').replace(/\s*\(.*\)$/, '').trim();
    same(strings(['Takes', 'note', 'of', '.', '...', '(', ')', '(the report)', 'x', ...WS], 16), old, cleanCounterpart);
    assert.equal(cleanCounterpart('Takes note of (the report) ...'), 'Takes note of');
  });

  it('completion after a paragraph number `12. _Dec`: the spaces after the number are the number\'s', () => {
    same(
      strings(['1', '12', '.', ' ', '\t', '\u00a0', '_', '*', 'D', 'e', 'c', "'", '’', '-', 'x1'], 20),
      (s) => /^([ \t\u00a0]*\d{1,4}\.[ \t\u00a0]+)(_|\*)?([\p{L}'’ -]{0,60})$/u.exec(s)?.slice(0),
      (s) => /^([ \t\u00a0]*\d{1,4}\.[ \t\u00a0]+)(?![ \t\u00a0])(_|\*)?([\p{L}'’ -]{0,60})$/u.exec(s)?.slice(0),
    );
  });
});
