/**
 * Time bounds of issue 8: parse + lint time grows linearly with the size of adversarial inputs.
 * On a shared, noisy machine absolute times mean little, so each input is timed at sizes n and 2n
 * (the fastest of a few runs each) and the ratio time(2n)/time(n) must stay well under 4, the
 * ratio of a quadratic algorithm; a linear one gives about 2. The size n grows from the issue's
 * figure until one run takes long enough to time reliably.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createLanguageService, FIX_ALL_KIND, type LanguageService, type TextDocumentLike } from '../../../server/src/core/languageService';
import { rangeOf } from '../../../server/src/core/model/text';
import { applyFixes } from '../../../server/src/core/fixes/applyFixes';
import type { Fix } from '../../../server/src/core/rules/types';
import { toHtml } from '../../../server/src/export/html';
import { importResolution } from '../../../server/src/core/import';
import { KNOWN_SLOW } from '../knownBugs';

const example = readFileSync(new URL('../../../../shared/examples/A-RES-73-331.unres', import.meta.url), 'utf8');
const draftParagraphs = example.split(/\n\s*\n/).filter((b) => /^(?:_|\d+\. _)/.test(b));

/** The ratio above which growth counts as super-linear (quadratic gives 4). */
const MAX_RATIO = 3;
/** CPU time at size n below which n is doubled, to time above the noise. */
const MIN_MS = 100;

/** An adversarial input family: `make(n)` builds a document of about n characters. */
interface Adversary {
  readonly name: string;
  /** The size the issue names (or a natural start), in characters. */
  readonly n: number;
  /** Largest size tried. */
  readonly max: number;
  /** Timing rounds at each size (one for the costly 10 MB inputs). */
  readonly rounds?: number;
  make(n: number): string;
}

const organ = 'The General Assembly,\n\n';
const repeat = (unit: string, n: number) => unit.repeat(Math.max(1, Math.round(n / unit.length)));

export const ADVERSARIES: readonly Adversary[] = [
  { name: 'a 10 MB single line of words', n: 5_000_000, max: 5_000_000, rounds: 1, make: (n) => `${organ}_Recalling_ ${repeat('word ', n)},` },
  { name: 'a 2 MB single line of real paragraphs', n: 1_000_000, max: 1_000_000, make: (n) => `${organ}${repeat(`${draftParagraphs.join(' ')} `, n)}` },
  { name: '100,000 `(`', n: 100_000, max: 3_200_000, make: (n) => '('.repeat(n) },
  { name: '100,000 `(` after an organ line, in a paragraph', n: 100_000, max: 3_200_000, make: (n) => `${organ}_Recalling_ ${'('.repeat(n)},` },
  { name: '100,000 `_`', n: 100_000, max: 3_200_000, make: (n) => '_'.repeat(n) },
  { name: '100,000 `_` in a paragraph', n: 100_000, max: 3_200_000, make: (n) => `${organ}_Recalling_ ${'_'.repeat(n)},` },
  { name: '`_x` and `*x` openers never closed', n: 100_000, max: 3_200_000, make: (n) => `${organ}_Recalling_ ${repeat('_x *y ', n)},` },
  { name: '`[^` without a closing bracket', n: 100_000, max: 3_200_000, make: (n) => `${organ}_Recalling_ ${repeat('[^', n)},` },
  { name: 'footnote references `[^1]` on one line', n: 100_000, max: 3_200_000, make: (n) => `${organ}_Recalling_ a,${repeat('[^1]', n)}\n\n[^1]: Note.\n` },
  { name: 'deeply nested sub-paragraph labels (letters, ambiguous letters and roman numerals)', n: 100_000, max: 3_200_000, make: (n) => `${organ}1. _Decides_:\n${repeat('(a) x:\n(i) y;\n(ii) z;\n(iv) w;\n(h) v:\n(i) u;\n(x) t;\n(aa) s;\n', n)}` },
  { name: 'all four degrees and Model UN labels, nested and on consecutive lines', n: 100_000, max: 3_200_000, make: (n) => `${organ}1. _Decides_:\n${repeat('(a) x:\n(i) y:\na. z:\ni. w;\nii. v;\nb) u,\nh. t;\ni. s;\nv. r;\n', n)}` },
  { name: 'sub-paragraph labels on one line', n: 100_000, max: 3_200_000, make: (n) => `${organ}1. _Decides_:\n(a) ${repeat('(i) (a) (ii) (b) ', n)};` },
  { name: 'indented sub-paragraph labels', n: 100_000, max: 3_200_000, make: (n) => `${organ}1. _Decides_:\n${repeat('    (a) x;\n        (i) y;\n            (ii) z;\n', n)}` },
  { name: 'many operative paragraphs, all numbered 1.', n: 100_000, max: 3_200_000, make: (n) => `${organ}${repeat('1. _Decides_ x;\n\n', n)}` },
  { name: 'many paragraphs without italics or punctuation', n: 100_000, max: 3_200_000, make: (n) => `${organ}${repeat('Recalling a\n\n', n)}` },
  { name: 'a header of many lines and no organ line', n: 100_000, max: 3_200_000, make: (n) => repeat('Agenda Item 12(a)\nSeventy third Session\nA/73/L.1\n', n) },
  { name: 'closed comments and directives between paragraphs with diagnostics', n: 100_000, max: 3_200_000, make: (n) => `${organ}${repeat('<!-- unres-disable footnote-order --><!-- unres-enable footnote-order -->\nRecalling a\n\n', n)}` },
  { name: 'thousands of footnotes (caret syntax)', n: 100_000, max: 3_200_000, make: (n) => footnotes(n, 'caret') },
  { name: 'CR-only line ends', n: 100_000, max: 3_200_000, make: (n) => `The General Assembly,\r\r${repeat('_Recalling_ a,\r\r1. _Decides_ b;\r\r', n)}` },
  { name: 'lone surrogates and NUL', n: 100_000, max: 3_200_000, make: (n) => `${organ}_Recalling_ ${repeat('\uD800 \uDC00\u0000 ', n)},` },
  { name: 'a line of a number and thousands of tabs after a paragraph', n: 10_000, max: 3_200_000, make: (n) => `${organ}_Recalling_ a,\n\n1${'\t'.repeat(n)}x\n` },
  { name: 'paragraphs ending with `]`', n: 100_000, max: 3_200_000, make: (n) => `${organ}${repeat('1. _Decides_ x]\n\n', n)}` },
  { name: 'unclosed comments, one per block', n: 100_000, max: 3_200_000, make: (n) => `${organ}${repeat('<!-- a\n\n', n)}` },
  { name: 'Word-export footnotes `[1: x]` in one block', n: 100_000, max: 3_200_000, make: (n) => `${organ}_Recalling_ ${repeat('[1: x] ', n)},` },
  { name: 'document symbols and resolution references on one line', n: 100_000, max: 3_200_000, make: (n) => `${organ}_Recalling_ ${repeat('resolution 59/50 of 2 December 2004 and A/73/L.103/Add.1, S/RES/2532 (2020) ', n)},` },
  { name: 'thousands of footnotes (Word-export syntax, one per line)', n: 100_000, max: 3_200_000, make: (n) => footnotes(n, 'word') },
  // Each footnote cites the next one twice: the export laid out every citation's text anew, 2^depth footnotes (current style).
  { name: 'a chain of footnotes, each citing the next one twice', n: 100_000, max: 3_200_000, make: (n) => `${organ}1. _Decides_ a.[^1]\n\n${chain(n, (i) => `[^${i}]: See [^${i + 1}] and [^${i + 1}].\n`)}` },
  { name: 'a chain of footnotes, each citing the next one, defined last first', n: 100_000, max: 3_200_000, make: (n) => `${organ}1. _Decides_ a.[^1]\n\n${chain(n, (i) => `[^${i}]: See [^${i + 1}].\n`).split('\n').reverse().join('\n')}` },
  // Every opener plain and lower case: fixes in every paragraph, and a fix (italics throughout) with an edit in each, taken first.
  { name: 'a fix in every paragraph, and one fix with an edit in every paragraph', n: 100_000, max: 3_200_000, make: (n) => `${organ}${repeat('1. requests the secretary-general to report.\n\n', n)}` },
];

/** Footnote lines `line(1)`, `line(2)` … of about n characters together. */
function chain(n: number, line: (i: number) => string): string {
  let out = '';
  for (let i = 1; out.length < n; i++) out += line(i);
  return out;
}

function footnotes(n: number, syntax: 'caret' | 'word'): string {
  const count = Math.max(1, Math.round(n / 40));
  const refs: string[] = [];
  const defs: string[] = [];
  for (let i = 1; i <= count; i++) {
    refs.push(syntax === 'caret' ? `[^${i}]` : `[footnoteRef:${i}]`);
    defs.push(syntax === 'caret' ? `[^${i}]: Note ${i}.` : `[${i}: Note ${i}.]`);
  }
  return `${organ}1. _Decides_ ${refs.join(' x ')}.\n\n${defs.join('\n')}\n`;
}

/** What is timed on a document: by default parse + lint. */
type Work = (service: LanguageService, document: TextDocumentLike) => void;
const lintWork: Work = (service, document) => void service.lint(document);

/** CPU time (this process, user + system) of one run of `work` on a fresh service, in milliseconds: immune to other processes' load. */
function cpuTime(text: string, work: Work = lintWork): number {
  // Collect the previous run's garbage first (when node runs with --expose-gc, as test:time does),
  // so that a major collection of it is not billed to this run: it made a linear run look 4× slower.
  (globalThis as { gc?: () => void }).gc?.();
  const service = createLanguageService();
  const before = process.cpuUsage();
  work(service, { uri: 'file:///time.unres', version: 1, getText: () => text });
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/**
 * The editor features over a whole document, and at a few positions, in one run (after the parse):
 * outline, folding, inlay hints, links, formatting, statistics, the HTML export, fix all (the CLI's
 * --fix and the editor's source action), and navigation, hover, completion and the code actions
 * (with the diagnostics found there) at the start, the middle and the end.
 */
const featureWork: Work = (service, document) => {
  const model = service.getModel(document);
  service.documentSymbols(document);
  service.foldingRanges(document);
  service.inlayHints(document);
  service.documentLinks(document);
  service.format(document);
  service.statistics(document);
  toHtml(model);
  service.fixAll(document);
  const found = service.lint(document) ?? [];
  const last = model.lines.length - 1;
  for (const line of [0, Math.floor(last / 2), last]) {
    const position = { line, character: Math.min(3, model.lines[line].end - model.lines[line].start) };
    service.definition(document, position);
    service.references(document, position, true);
    service.documentHighlights(document, position);
    service.prepareRename(document, position);
    service.hover(document, position);
    service.complete(document, position);
    const range = { start: position, end: position };
    const here = found.filter((d) => d.range.start.line === line).map((d) => ({ ruleId: d.ruleId, range: d.range, fix: d.fix && { title: d.fix.title, edits: d.fix.edits.map((e) => ({ range: rangeOf(model, e.span), newText: e.newText })) } }));
    service.codeActions(document, { range, diagnostics: here });
    service.codeActions(document, { range, diagnostics: here, only: [FIX_ALL_KIND] });
  }
};

/**
 * time(2n) / time(n) at a size large enough to time: n doubles from the adversary's size until a
 * run takes `MIN_MS`; then n and 2n are timed alternately (so drift hits both) and the fastest of
 * each is kept.
 */
export function growth(a: Adversary, rounds = 2, work: Work = lintWork): { n: number; t1: number; t2: number; ratio: number } {
  let n = a.n;
  let small = a.make(n);
  cpuTime(small, work); // warm-up: the first run pays for compilation
  let t1 = cpuTime(small, work);
  while (t1 < MIN_MS && n * 2 <= a.max) {
    n *= 2;
    small = a.make(n);
    t1 = cpuTime(small, work);
  }
  const large = a.make(2 * n);
  let t2 = Infinity;
  for (let i = 0; i < rounds; i++) {
    t2 = Math.min(t2, cpuTime(large, work));
    if (i < rounds - 1) t1 = Math.min(t1, cpuTime(small, work));
  }
  return { n, t1, t2, ratio: t2 / Math.max(t1, 1e-3) };
}

/**
 * `growth`, and when its ratio is over the bound, once more at twice the size with three rounds: on
 * a shared 2-core machine one slow stretch (another job, a major collection of the engine's own)
 * can fake a bad ratio at one size, as it did once in CI (111 ms against 375 ms, twice at the same
 * size), while time that grows super-linearly shows again at the next size.
 */
function boundedGrowth(a: Adversary, work: Work = lintWork): { n: number; t1: number; t2: number; ratio: number } {
  const g = growth(a, a.rounds, work);
  if (g.ratio <= MAX_RATIO) return g;
  return growth({ ...a, n: Math.min(2 * g.n, a.max) }, 3, work);
}

describe('time bounds: lint time grows linearly on adversarial inputs (ratio time(2n)/time(n))', function () {
  this.timeout(300_000);
  it('covers the inputs of the issue', () => {
    assert.ok(ADVERSARIES.length >= 20);
    const names = ADVERSARIES.map((a) => a.name).join(' ');
    for (const must of ['10 MB single line', '100,000 `(`', '100,000 `_`', 'nested sub-paragraph labels', 'thousands of footnotes']) assert.ok(names.includes(must), must);
  });
  for (const a of ADVERSARIES) {
    const bug = KNOWN_SLOW[a.name];
    (bug ? it.skip : it)(bug ? `${a.name} — skipped: ${bug}` : a.name, () => {
      const g = boundedGrowth(a);
      const detail = `n = ${g.n} characters: ${g.t1.toFixed(0)} ms, 2n: ${g.t2.toFixed(0)} ms, ratio ${g.ratio.toFixed(2)}`;
      if (process.env.UNRES_TIME_VERBOSE) console.log(`      ${detail}`);
      assert.ok(g.ratio <= MAX_RATIO, `super-linear: ${detail}`);
    });
  }
});

/**
 * Inputs on which an editor feature or the export grows super-linearly today, by adversary name
 * (found when these bounds were added; to be moved into KNOWN_SLOW of knownBugs.ts under the key
 * `features: <name>`, and deleted once fixed). Measured one by one at 200,000 → 400,000 characters.
 */
const KNOWN_SLOW_FEATURES: Readonly<Record<string, string>> = {};

describe('time bounds: editor features and the HTML export grow linearly on the same inputs (ratio time(2n)/time(n))', function () {
  this.timeout(300_000);
  // The 10 MB inputs are left out: their lint bound above covers the parse; features on them take minutes here.
  for (const a of ADVERSARIES.filter((x) => x.n < 1_000_000)) {
    const bug = KNOWN_SLOW[`features: ${a.name}`] ?? KNOWN_SLOW_FEATURES[a.name];
    (bug ? it.skip : it)(bug ? `features: ${a.name} — skipped: ${bug}` : `features: ${a.name}`, () => {
      const g = boundedGrowth(a, featureWork);
      const detail = `n = ${g.n} characters: ${g.t1.toFixed(0)} ms, 2n: ${g.t2.toFixed(0)} ms, ratio ${g.ratio.toFixed(2)}`;
      if (process.env.UNRES_TIME_VERBOSE) console.log(`      ${detail}`);
      assert.ok(g.ratio <= MAX_RATIO, `super-linear: ${detail}`);
    });
  }
});

describe('time bounds: the fix engine grows linearly with the number of fixes (ratio time(2n)/time(n))', function () {
  this.timeout(300_000);
  // One fix with an edit in every word, taken first, then a fix of its own in every word: each of
  // those went into the middle of one sorted array of taken edits, which was quadratic.
  const fixes: Work = (_service, document) => {
    const text = document.getText();
    const throughout: Fix = { title: 'all', edits: [] };
    const own: Fix[] = [];
    for (let at = 0; at + 2 < text.length; at += 3) {
      (throughout.edits as { span: { start: number; end: number }; newText: string }[]).push({ span: { start: at, end: at + 1 }, newText: 'A' });
      own.push({ title: 'one', edits: [{ span: { start: at + 1, end: at + 2 }, newText: 'B' }] });
    }
    const r = applyFixes(text, [throughout, ...own]);
    assert.equal(r.applied, own.length + 1);
  };
  it('a fix with an edit in every word, then a fix in every word', () => {
    const a: Adversary = { name: 'fixes', n: 150_000, max: 4_800_000, make: (n) => repeat('ab ', n) };
    const g = boundedGrowth(a, fixes);
    const detail = `n = ${g.n} characters: ${g.t1.toFixed(0)} ms, 2n: ${g.t2.toFixed(0)} ms, ratio ${g.ratio.toFixed(2)}`;
    if (process.env.UNRES_TIME_VERBOSE) console.log(`      ${detail}`);
    assert.ok(g.ratio <= MAX_RATIO, `super-linear: ${detail}`);
  });
});

describe('time bounds: the importer grows linearly on adversarial texts (ratio time(2n)/time(n))', function () {
  this.timeout(300_000);
  // Lines the importer joins into one paragraph (they open in lower case, or follow a page break
  // after a word): the joined text was made by appending and read at its end after every line, which
  // copied the whole of it each time (150,000 such lines took minutes; a hostile Word file of as
  // many list items, the same).
  const importing: Work = (_service, document) => {
    const r = importResolution(document.getText());
    assert.ok(r.ok, r.ok ? '' : r.error);
  };
  const head = 'Seventy-third session\nAgenda item 14\n\nResolution adopted by the General Assembly\n\nThe General Assembly,\n\n1. Decides that:\n\n';
  const inputs: Adversary[] = [
    { name: 'lower-case lines of one block (a paragraph hard-wrapped many times)', n: 100_000, max: 3_200_000, make: (n) => `${head}${repeat('x; ', n).replace(/ /g, '\n')}` },
    { name: 'lower-case paragraphs that the importer joins to the one before', n: 100_000, max: 3_200_000, make: (n) => `${head}${repeat('x;\n\n', n)}` },
    { name: 'paragraphs with no punctuation after a page break', n: 100_000, max: 3_200_000, make: (n) => `${head}${repeat('Word\n\f\n', n)}` },
    { name: 'hyphenated line ends', n: 100_000, max: 3_200_000, make: (n) => `${head}${repeat('co-\noperation ', n)}` },
  ];
  for (const a of inputs) {
    it(a.name, () => {
      const g = boundedGrowth(a, importing);
      const detail = `n = ${g.n} characters: ${g.t1.toFixed(0)} ms, 2n: ${g.t2.toFixed(0)} ms, ratio ${g.ratio.toFixed(2)}`;
      if (process.env.UNRES_TIME_VERBOSE) console.log(`      ${detail}`);
      assert.ok(g.ratio <= MAX_RATIO, `super-linear: ${detail}`);
    });
  }
});
