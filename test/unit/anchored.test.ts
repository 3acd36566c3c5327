/** `anchoredMatches` must return exactly what `exec` in a loop returns, for the kinds of windows the rules give it. */
import assert from 'node:assert/strict';
import { anchoredMatches, anchoredScanner, blanksBefore, digitRunMatches, digitRunWindowMatches, findDigitRuns, type RunStart, type RunWindow, type StartWindow } from '../../server/src/core/rules/kinds/anchored';
import { rng } from '../../bench/generate';
import { randomText } from '../support/randomText';

function execAll(re: RegExp, text: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(JSON.stringify([m.index, ...m]));
  return out;
}

/** Checks that `find` returns what `exec` in a loop returns for `re` on 20,000 random texts made of `parts`. */
function assertFindsAsExec(re: RegExp, parts: readonly string[], find: (text: string) => RegExpExecArray[]): void {
  const random = rng(20261130);
  let found = 0;
  for (let k = 0; k < 20_000; k++) {
    const text = randomText(random, parts, 14);
    const want = execAll(re, text);
    found += want.length;
    assert.deepEqual(
      find(text).map((m) => JSON.stringify([m.index, ...m])),
      want,
      JSON.stringify(text),
    );
  }
  assert.ok(found > 50, `only ${found} matches: the random texts do not exercise the pattern`);
}

const CASES: { name: string; re: RegExp; anchor: RegExp; window: StartWindow; parts: string[] }[] = [
  { name: 'lookbehind before a dash', re: /(?<=\d)([ \t\u00a0]+[–—-][ \t\u00a0]*|[ \t\u00a0]*[–—-][ \t\u00a0]+)(?=\d)/g, anchor: /[–—-]/g, window: (s, at) => [blanksBefore(s, at), blanksBefore(s, at)], parts: ['1', '22', ' ', '\t', '\u00a0', '–', '—', '-', 'a', '\n'] },
  { name: 'lookbehind before words', re: /(?<=\d[ \u00a0])(Million|Billion|Trillion)s?\b/g, anchor: /illion/g, window: (_, at) => [at - 2, at - 1], parts: ['1', ' ', '\u00a0', 'Million', 'Billion', 'Trillion', 'million', 's', 'x', 'M', 'Tr'] },
  {
    name: 'alternation of words before blanks',
    re: /\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)([ \t\u00a0]+|[–—])(one|two|three|first|ninth)\b/gi,
    anchor: /ty[ \t\u00a0–—]/gi,
    window: (_, at) => [at - 5, at - 3],
    parts: ['twenty', 'Seventy', 'forty', 'ninety', ' ', '\t', '–', '—', 'one', 'first', 'Ninth', 'x', 'ty', '-'],
  },
  { name: 'unicode lookbehind', re: /(?<![\d.,/\-–‑*\p{L}])(\d{5,15})(?![\d/\-‑\p{L}]|[.,]\d)/gu, anchor: /\d\d\d\d\d/g, window: (_, at) => [at, at], parts: ['1', '12345', '123', ' ', '.', ',', '/', 'é', '𝐀', '\ud835', '\udc00', 'a', '*'] },
];

describe('anchoredMatches', () => {
  for (const c of CASES) {
    it(`finds what exec finds: ${c.name} (20,000 random texts)`, () => {
      assertFindsAsExec(c.re, c.parts, (text) => anchoredMatches(text, c.re, c.anchor, c.window));
    });
  }

  it('searches from an offset as exec with lastIndex does', () => {
    const re = /(?<=\d)—(?=\d)/g;
    const text = '1—2 3—4 x—5 6—7';
    const next = anchoredScanner(text, re, /—/g, (_, at) => [at, at]);
    for (const from of [0, 2, 5, 6, 12, 14]) {
      re.lastIndex = from;
      assert.equal(next(from)?.index, re.exec(text)?.index, `from ${from}`);
    }
  });
});

/** Patterns found from the runs of digits, with the start (or window of starts) each run gives, as the rules use them. */
const RUN_CASES: { name: string; re: RegExp; at?: RunStart; window?: RunWindow; parts: string[] }[] = [
  { name: 'ordinal suffix after its run', re: /\b(\d{1,6})(st|nd|rd|th)\b/gi, at: (_, start) => start, parts: ['1', '23', '1234567', 'st', 'nd', 'RD', 'th', 'x', ' ', '-', 'é'] },
  { name: 'word one blank after a run (lookbehind)', re: /(?<=\d[ \u00a0])(Million|Billion)s?\b/g, at: (text, _, end) => (end < text.length ? end + 1 : -1), parts: ['1', '22', ' ', '\u00a0', 'Million', 'Billion', 's', 'x', 'M'] },
  { name: 'label letters before a run or its blank', re: /\b(OP|PP)[ \u00a0]?(\d{1,3})\b/g, at: (text, start) => blanksBefore(text, start) - 2, parts: ['OP', 'PP', 'op', ' ', '\u00a0', '5', '12', '1234', 'x', 'O'] },
  { name: 'date found from its year (window)', re: /\b(\d{1,2}) (June|May) (\d{4})\b/g, window: (_, start, end) => (end - start === 4 ? [start - 8, start - 6] : undefined), parts: ['1 ', '12 ', '123 ', 'June ', 'May ', '2019', '20195', 'x', ' ', '\n'] },
];

describe('digitRunMatches and digitRunWindowMatches', () => {
  for (const c of RUN_CASES) {
    it(`find what exec finds: ${c.name} (20,000 random texts)`, () => {
      assertFindsAsExec(c.re, c.parts, (text) => {
        const runs = findDigitRuns(text);
        return c.at ? digitRunMatches(text, runs, c.re, c.at) : digitRunWindowMatches(text, runs, c.re, c.window!);
      });
    });
  }

  it('finds the runs of ASCII digits only', () => {
    assert.deepEqual(findDigitRuns('a1 22٣3 x4567'), { start: [1, 3, 6, 9], end: [2, 5, 7, 13] });
  });

  it('refuses starts that do not increase (a bug in the rule that gives them)', () => {
    assert.throws(() => digitRunMatches('1 2', findDigitRuns('1 2'), /\d/g, () => 0), /do not increase/);
  });
});
