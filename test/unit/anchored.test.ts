/** `anchoredMatches` must return exactly what `exec` in a loop returns, for the kinds of windows the rules give it. */
import assert from 'node:assert/strict';
import { anchoredMatches, anchoredScanner, blanksBefore, type StartWindow } from '../../server/src/core/rules/kinds/anchored';
import { rng } from '../../bench/generate';

function execAll(re: RegExp, text: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(JSON.stringify([m.index, ...m]));
  return out;
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
      const random = rng(20261130);
      let found = 0;
      for (let k = 0; k < 20_000; k++) {
        let text = '';
        const n = Math.floor(random() * 14);
        for (let i = 0; i < n; i++) text += c.parts[Math.floor(random() * c.parts.length)];
        const want = execAll(c.re, text);
        found += want.length;
        assert.deepEqual(
          anchoredMatches(text, c.re, c.anchor, c.window).map((m) => JSON.stringify([m.index, ...m])),
          want,
          JSON.stringify(text),
        );
      }
      assert.ok(found > 50, `only ${found} matches: the random texts do not exercise the pattern`);
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
