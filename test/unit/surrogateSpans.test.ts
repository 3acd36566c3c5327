/**
 * No diagnostic begins or ends between the two halves of a surrogate pair (a character outside the
 * Basic Multilingual Plane, `𝒜`): an editor may not survive such a column (eglot 1.9 loops forever
 * on it; found by a review). Rules that step back one code unit from a paragraph's end, or cut a
 * quotation at a count, landed there; the runner now widens such a span to the whole character,
 * and does not offer a fix that would cut such a character in two.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { rng } from '../../bench/generate';
import { lintModel } from '../../server/src/core/lint';
import { parse } from '../../server/src/core/parser/parse';

const EXAMPLES = new URL('../../../shared/examples/', import.meta.url);
const ASTRAL = ['\u{1D49C}', '\u{1F600}', '\u{20000}'];

function insidePair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const low = text.charCodeAt(i);
  const high = text.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
}

/** Every diagnostic of the text whose span, or an edit of whose fix, starts or ends inside a pair. */
function split(text: string): string[] {
  const found = lintModel(parse(text)) ?? [];
  const cut = (a: number, b: number) => insidePair(text, a) || insidePair(text, b);
  return found.filter((d) => cut(d.span.start, d.span.end) || d.fix?.edits.some((e) => cut(e.span.start, e.span.end))).map((d) => `${d.ruleId} ${d.span.start}-${d.span.end}`);
}

describe('diagnostic spans and surrogate pairs', function () {
  this.timeout(120_000);

  it('a preambular paragraph that ends with an astral character and no comma: the span holds the whole character', () => {
    const text = 'The General Assembly,\n\n_Recalling_ the symbol \u{1D49C}\n\n1. _Decides_ to continue.\n';
    const found = lintModel(parse(text)) ?? [];
    assert.ok(found.some((d) => d.ruleId === 'preamble-punctuation'), 'preamble-punctuation reports the missing comma');
    assert.deepEqual(split(text), []);
  });

  it('astral characters at the ends of paragraphs, lines and words of the example drafts, and at random places', () => {
    const random = rng(20261204);
    for (const name of ['A-73-L.103.unres', 'A-RES-73-331.unres']) {
      const base = readFileSync(new URL(name, EXAMPLES), 'utf8');
      // Before every line end and after every word's last letter, in turn, and at random places.
      const places: number[] = [];
      for (let i = 1; i < base.length; i++) if (base[i] === '\n' || (/\w/.test(base[i - 1]) && !/\w/.test(base[i]))) places.push(i);
      for (let k = 0; k < 60; k++) places.push(Math.floor(random() * base.length));
      const problems: string[] = [];
      for (let k = 0; k < places.length; k += 3) {
        // Three characters at once, at three of the places, replacing what was there or not.
        let text = base;
        for (const at of [places[k], places[k + 1], places[k + 2]].filter((x): x is number => x !== undefined).sort((a, b) => b - a)) {
          const replace = random() < 0.5 ? 1 : 0;
          text = text.slice(0, at) + ASTRAL[Math.floor(random() * ASTRAL.length)] + text.slice(at + replace);
        }
        for (const s of split(text)) problems.push(`${name} at ${places[k]}: ${s}`);
      }
      assert.deepEqual(problems.slice(0, 10), [], `${problems.length} spans inside a pair`);
    }
  });
});
