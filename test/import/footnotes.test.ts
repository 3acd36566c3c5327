/**
 * The footnote-sequence resolver (CONVENTIONS.md PARSE-03): a number becomes a reference only when
 * it is the next footnote (or, legacy, one already cited) and sits where an indicator sits.
 * `⟨n⟩` in the expected strings stands for a reference marker.
 */
import assert from 'node:assert/strict';
import { resolveFootnoteSequence } from '../../server/src/core/import/footnotes';
import { refMarker } from '../../server/src/core/import/text';

const show = (s: string) => s.replace(/\uE000([^\uE001]*)\uE001/g, '⟨$1⟩');

function resolve(texts: string[], numbers: number[], recitation = false): string[] {
  return resolveFootnoteSequence(texts, { numbers: new Set(numbers), recitation }).texts.map(show);
}

describe('footnote sequence (PARSE-03)', () => {
  it('finds indicators glued to punctuation and words, in sequence', () => {
    // The seed's shapes: after a comma, after a word, after a semicolon.
    assert.deepEqual(resolve(['regional and other organizations,1', 'Counter-Terrorism Strategy2 and relevant', 'the Strategy;3'], [1, 2, 3]), [
      'regional and other organizations,⟨1⟩',
      'Counter-Terrorism Strategy⟨2⟩ and relevant',
      'the Strategy;⟨3⟩',
    ]);
    // Not the next number: `Strategy5` after note 1 stays text (a bare digit regex would take it).
    assert.deepEqual(resolve(['organizations,1', 'the Strategy5 and'], [1, 2, 3, 4, 5]), ['organizations,⟨1⟩', 'the Strategy5 and']);
  });

  it('splits a year and its glued footnote number (`20103` = 2010 + note 3)', () => {
    assert.deepEqual(resolve(['organizations,1 and Security, 2 those of 13 January 20103 and 6 August 2013,4 which'], [1, 2, 3, 4]), [
      'organizations,⟨1⟩ and Security,⟨2⟩ those of 13 January 2010⟨3⟩ and 6 August 2013,⟨4⟩ which',
    ]);
  });

  it('repeats an earlier number only in the legacy style (FN-04)', () => {
    const texts = ['organizations,1 first', 'organizations,1 and acknowledges'];
    assert.deepEqual(resolve(texts, [1], true), ['organizations,⟨1⟩ first', 'organizations,⟨1⟩ and acknowledges']);
    assert.deepEqual(resolve(texts, [1], false), ['organizations,⟨1⟩ first', 'organizations,1 and acknowledges']);
  });

  it('leaves ordinary numbers alone: paragraphs, articles, counts, dates, thousands, decimals, symbols', () => {
    const texts = [
      'as referred to in paragraph 1 (a) above,',
      'under Article 1 of the Charter and Goal 1 on poverty,',
      'the 1 million people and 1 January 2020,',
      'some 23,400 troops and 1.5 per cent,',
      'document A/73/1 and S-30/1, and resolution 1 (I),',
      'annex, sections A.1 and A.2, and paragraphs 1, 2 and 3,',
    ];
    assert.deepEqual(resolve(texts, [1, 2, 3]), texts);
  });

  it('takes a spaced indicator at the end of a title or clause, not after a small word', () => {
    assert.deepEqual(resolve(['the 2030 Agenda for Sustainable Development 1 and the Goals'], [1]), ['the 2030 Agenda for Sustainable Development⟨1⟩ and the Goals']);
    assert.deepEqual(resolve(['the adoption of the agenda 1 and the timetable'], [1]), ['the adoption of the agenda⟨1⟩ and the timetable']);
    assert.deepEqual(resolve(['in the 1 and only'], [1]), ['in the 1 and only']);
    // `items 5, 6 and 7, 1 for`: a number after a list, that does not continue it, is an indicator.
    assert.deepEqual(resolve(['on agenda items 5, 6 and 7, 1 for the session'], [1]), ['on agenda items 5, 6 and 7,⟨1⟩ for the session']);
  });

  it('separates an indicator glued to the next small word (`Secretary-General, 2and`)', () => {
    assert.deepEqual(resolve(['report of the Secretary-General, 1and expressing'], [1]), ['report of the Secretary-General,⟨1⟩ and expressing']);
  });

  it('counts explicit references and starts at the first footnote number of the text', () => {
    // Security Council compilations number footnotes by volume: the first here is 32.
    assert.deepEqual(resolve(['admission to the United Nations, 32', 'the letter 33 and'], [32, 33]), ['admission to the United Nations,⟨32⟩', 'the letter⟨33⟩ and']);
    const explicit = `Strategy${refMarker('1')} and the report,2`;
    assert.deepEqual(resolve([explicit], [1, 2]), ['Strategy⟨1⟩ and the report,⟨2⟩']);
  });

  it('skips an indicator lost in the source instead of stopping there (second pass)', () => {
    // Note 1's indicator is missing; 2 and 3 are found after punctuation.
    assert.deepEqual(resolve(['the report, and the letter, 2 and the statement,3'], [1, 2, 3]), ['the report, and the letter,⟨2⟩ and the statement,⟨3⟩']);
  });

  it('is linear: a long text of digits resolves at once', () => {
    const long = Array.from({ length: 20_000 }, (_, i) => `word${i % 10}, ${i % 7} 2019${i % 9}`).join(' ');
    const started = Date.now();
    resolveFootnoteSequence([long], { numbers: new Set([1, 2, 3, 4, 5]), recitation: true });
    assert.ok(Date.now() - started < 3000, `took ${Date.now() - started} ms`);
  });
});
