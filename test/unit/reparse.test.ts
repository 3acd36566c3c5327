/**
 * `reparse` must give exactly the model `parse` gives: the drafts of the incremental-lint test are
 * edited at random (typing letters, spaces and marks inside paragraphs, where the shortcut
 * applies, and the drafters' edits of that test, where it mostly does not), and after each edit
 * the model built from the previous version's is compared with a fresh parse — every field, and
 * the links between objects (a paragraph's heading and opening emphasis are the objects of
 * `headings` and `emphases`). The test also counts the edits the shortcut took, so that it cannot
 * pass by always parsing again.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from '../../server/src/core/parser/parse';
import { moved, reparse } from '../../server/src/core/parser/reparse';
import { comparableModel } from '../support/models';
import { generateDraft, rng } from '../../bench/generate';
import { EDITS, editedDrafts } from '../support/edits';
import { documents } from '../property/drafts';

/** Characters typed inside paragraphs: letters and spaces mostly, some marks the parser reads. */
const TYPED = 'etaoinsrhl  ,.;()’"éABC0123456789\u00a0\u2003-_*[]^<>!:\n\t';

function typeInside(text: string, random: () => number): string {
  const at = Math.floor(random() * (text.length + 1));
  const r = random();
  if (r < 0.45) return text.slice(0, at) + TYPED[Math.floor(random() * TYPED.length)] + text.slice(at);
  if (r < 0.75) return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 4));
  if (r < 0.9) return text.slice(0, at) + 'and further '.slice(0, 1 + Math.floor(random() * 12)) + text.slice(at);
  return text.slice(0, at) + TYPED[Math.floor(random() * TYPED.length)] + text.slice(at + 1);
}

/** A number in [0, 1), spread evenly (fast-check's doubles favour 0 and 1). */
const unit = fc.noBias(fc.nat({ max: 999_999 })).map((n) => n / 1_000_000);

describe('reparse', function () {
  this.timeout(300_000);

  it('gives the model a full parse gives, after every one of many random edits', () => {
    const random = rng(Number(process.env.UNRES_REPARSE_SEED ?? 20261130));
    let edits = 0;
    let shortcut = 0;
    for (const { name, text: original } of editedDrafts()) {
      let text = original;
      let model = parse(text);
      for (let k = 0; k < 40; k++) {
        const next = k % 4 === 3 ? EDITS[Math.floor(random() * EDITS.length)](text, random) : typeInside(text, random);
        const fast = moved(model, next);
        const got = reparse(model, next);
        const want = parse(next);
        assert.deepStrictEqual(comparableModel(got), comparableModel(want), `${name}, edit ${k}: the model differs from a full parse`);
        if (fast) {
          assert.deepStrictEqual(comparableModel(fast), comparableModel(want), `${name}, edit ${k}`);
          shortcut++;
        }
        edits++;
        text = next;
        model = got;
      }
    }
    console.log(`      ${edits} edits, ${shortcut} by moving offsets`);
    assert.ok(shortcut > edits / 4, `only ${shortcut} of ${edits} edits took the shortcut`);
  });

  it('gives the model a full parse gives on mutated drafts (surrogates, NUL, CR, unclosed marks, huge lines), edited at random', () => {
    let shortcut = 0;
    fc.assert(
      fc.property(documents({ maxHuge: 2000, maxFootnotes: 200 }), fc.array(fc.tuple(unit, unit, unit), { minLength: 1, maxLength: 8 }), (doc, steps) => {
        let text = doc.text;
        let model = parse(text);
        for (const [x, y, z] of steps) {
          // Mostly inside a paragraph's text, where the shortcut may apply.
          const paragraphs = [...model.preamble, ...model.operative];
          const p = paragraphs[Math.floor(x * paragraphs.length)];
          const at = p && y < 0.8 ? p.body.start + Math.floor(z * (p.span.end - p.body.start)) : Math.floor(z * (text.length + 1));
          const values = [at / (text.length + 1), y, z, x * y, y * z];
          let i = 0;
          const next = typeInside(text, () => values[i++ % values.length]);
          const got = reparse(model, next);
          if (moved(model, next)) shortcut++;
          assert.deepStrictEqual(comparableModel(got), comparableModel(parse(next)));
          text = next;
          model = got;
        }
      }),
      { numRuns: Number(process.env.UNRES_REPARSE_RUNS ?? 300), seed: Number(process.env.UNRES_REPARSE_SEED ?? 20261130) },
    );
    console.log(`      ${shortcut} edits of mutated drafts by moving offsets`);
    assert.ok(shortcut > 50, `only ${shortcut} edits of mutated drafts took the shortcut`);
  });

  it('takes the shortcut for typing inside a paragraph of a long draft, and shares what lies before the edit', () => {
    const text = generateDraft({ operative: 300 }).text;
    const before = parse(text);
    const at = text.indexOf(' ', text.indexOf('\n150. ') + 30);
    const next = `${text.slice(0, at)} and further${text.slice(at)}`;
    const got = moved(before, next);
    assert.ok(got, 'typing inside a paragraph moves offsets');
    assert.deepStrictEqual(comparableModel(got), comparableModel(parse(next)));
    assert.equal(got.operative[10], before.operative[10], 'a paragraph before the edit is the same object');
    assert.notEqual(got.operative[200], before.operative[200]);
    assert.equal(got.operative[200].span.start, before.operative[200].span.start + ' and further'.length);
    assert.equal(got.masked, got.text, 'a draft with nothing blanked keeps its text as its masked text, as parse does');
  });

  it('parses again for edits that change what the parser reads', () => {
    const text = generateDraft({ operative: 30 }).text;
    const model = parse(text);
    const inPara = text.indexOf(' ', text.indexOf('\n12. ') + 30);
    const cases: [string, string][] = [
      ['a line break', `${text.slice(0, inPara)}\n${text.slice(inPara)}`],
      ['an italic mark', `${text.slice(0, inPara)} _x${text.slice(inPara)}`],
      ['a footnote reference', `${text.slice(0, inPara)}[^9]${text.slice(inPara)}`],
      ['a comment', `${text.slice(0, inPara)}<!--${text.slice(inPara)}`],
      ['the paragraph number', text.replace('\n12. ', '\n13. ')],
      ['the organ line', text.replace('The General Assembly,', 'The General Assembly')],
      ['a long paste', `${text.slice(0, inPara)}${' word'.repeat(40)}${text.slice(inPara)}`],
    ];
    for (const [what, next] of cases) {
      assert.equal(moved(model, next), undefined, what);
      assert.deepStrictEqual(comparableModel(reparse(model, next)), comparableModel(parse(next)), what);
    }
  });

  it('parses again for an edit on a line before one that opens with `a.`, `i.` or `a)`: its last character decides whether that line is a label', () => {
    const text = 'The General Assembly,\n\n_Recalling_ its resolution 1,\n\n1. _Decides_ to act;\n\n2. _Requests_ that:\n\n(a) The programme shall include training courses for judges;\nb. Courses for prosecutors;\n\n3. _Decides_ to remain seized.\n';
    const model = parse(text);
    assert.equal(model.operative[1].subparagraphs[0].children.length, 1, 'after `;` the line `b.` is a sub-paragraph');
    for (const next of [text.replace('judges;\nb.', 'judges\nb.'), text.replace('judges;\nb.', 'judges and;\nb.'), text.replace('training courses', 'training course')]) {
      assert.equal(moved(model, next), undefined);
      assert.deepStrictEqual(comparableModel(reparse(model, next)), comparableModel(parse(next)));
    }
    assert.equal(parse(text.replace('judges;\nb.', 'judges\nb.')).operative[1].subparagraphs[0].children.length, 0, 'without it, `b.` continues the line above');
  });

  it('parses again for edits inside blanked text or at a line start hidden by white space or a comment (review of the shortcut)', () => {
    // Found by an adversarial review: each was once taken by the shortcut and gave another model.
    const draft = (mid: string) => `The General Assembly,\n\n_Recalling_ its resolution 1,\n\n1. _Decides_ to act;\n\n2. _Requests_ the Secretary-General to report ${mid} and more text;\n`;
    const del = (t: string, i: number) => t.slice(0, i) + t.slice(i + 1);
    const ins = (t: string, i: number, x: string) => t.slice(0, i) + x + t.slice(i);
    const cases: [string, string, (t: string) => string][] = [
      ['typing in a comment of spaces', draft(`on <!--${' '.repeat(30)}--> it`), (t) => ins(t, t.indexOf('<!--') + 15, 'x')],
      ['typing a rule id in a directive', draft(`on <!-- unres-disable${' '.repeat(30)}--> it`), (t) => ins(t, t.indexOf('disable') + 15, 'OP')],
      ['typing in a Word-export footnote, far from its bracket', draft(`on [1:${' '.repeat(200)}note] it`), (t) => ins(t, t.indexOf('[1:') + 150, 'x')],
      ['typing in a bookmark, far from its bracket', draft(`on [bookmark:${' '.repeat(200)}] it`), (t) => ins(t, t.indexOf('[bookmark') + 150, 'x')],
      ['shortening a 501-character bookmark to 500', draft(`on [bookmark:${'xy'.repeat(250)}z] it`), (t) => del(t, t.indexOf('[bookmark') + 301)],
      ['a line indented with no-break spaces becomes `1.`', draft(`on\n${'\u00a0'.repeat(10)}1x. more`), (t) => del(t, t.indexOf('1x.') + 1)],
      ['a line after a comment becomes `1.`', draft('on\n<!-- c -->1x. more'), (t) => del(t, t.indexOf('1x.') + 1)],
      ['a line indented with em spaces becomes `(ab)`', draft(`on\n${'\u2003'.repeat(10)}(abx) more`), (t) => del(t, t.indexOf('(abx)') + 3)],
      ['a line of white space and one letter becomes blank', draft(`on\n\u00a0${' '.repeat(11)}x \nnext`), (t) => del(t, t.indexOf('x \nnext'))],
    ];
    for (const [what, old, edit] of cases) {
      const next = edit(old);
      assert.notEqual(next, old, what);
      const model = parse(old);
      assert.equal(moved(model, next), undefined, what);
      assert.deepStrictEqual(comparableModel(reparse(model, next)), comparableModel(parse(next)), what);
    }
  });
});
