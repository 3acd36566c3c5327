import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { isSpace, positionAt } from '../../../server/src/core/model/text';
import { formatEdits } from '../../../server/src/core/features/formatting';
import { parse } from '../../../server/src/core/parser/parse';
import { applyEdits, doc, example, service, withCursor } from './cursor';

const ls = service();

/** The text after the formatter's edits. */
function format(text: string): string {
  return applyEdits(text, ls.format(doc(text)));
}

/** The text after range formatting of the lines between the two `|` markers. */
function formatRange(marked: string): string {
  const first = marked.indexOf('|');
  const second = marked.indexOf('|', first + 1);
  const text = marked.slice(0, first) + marked.slice(first + 1, second) + marked.slice(second + 1);
  const model = parse(text);
  const range = { start: positionAt(model, first), end: positionAt(model, second - 1) };
  return applyEdits(text, ls.format(doc(text), range));
}

const HEAD = 'The General Assembly,\n\n_Recalling_ its resolution 1/1,\n\n';

/** Words of a text with numbers, sub-paragraph labels and footnote labels blanked, in order. */
function words(text: string): string[] {
  return text
    .replace(/\[\^[^\]\s[]+\]/g, '[^#]')
    .replace(/\d+/g, '#')
    .replace(/\(([a-z]{1,4})\)/g, '(#)')
    // Third-degree and Model UN labels at a line start (`a.`, `ii.`, `b)`) are relabelled too.
    .replace(/^([ \t]*)(?:[a-z]|([a-z])\2|[ivxl]{2,6})([.)])(?=[ \t])/gm, '$1#$3')
    .split(/\s+/)
    .filter(Boolean);
}

describe('formatting: operative renumbering', () => {
  it('renumbers after OP2 is deleted and rewrites "paragraph 5 above" to "paragraph 4 above"', () => {
    // The negotiation case: OP2 struck, OP6 still cites the old OP5.
    const before = `${HEAD}1. _Decides_ a;\n\n3. _Requests_ c;\n\n4. _Invites_ d;\n\n5. _Urges_ e;\n\n6. _Calls upon_ all to implement paragraph 5 above;\n`;
    assert.equal(
      format(before),
      `${HEAD}1. _Decides_ a;\n\n2. _Requests_ c;\n\n3. _Invites_ d;\n\n4. _Urges_ e;\n\n5. _Calls upon_ all to implement paragraph 4 above;\n`,
    );
  });

  it('rewrites ranges, lists, sub-paragraph references, "below" and "of the present resolution"', () => {
    // A paragraph inserted (typed without a number, in italics) before OP2 shifts everything after it.
    const before =
      `${HEAD}1. _Decides_ to act in line with paragraphs 2 to 4 below;\n\n_Welcomes_ the new text;\n\n2. _Requests_ the report referred to in paragraph 3 (b) below;\n\n` +
      '3. _Invites_:\n\n(a) States;\n\n(b) organizations;\n\n4. _Notes_ paragraphs 2 and 3 above, paragraph 3 (a) above and paragraph 2 of the present resolution;\n';
    assert.equal(
      format(before),
      `${HEAD}1. _Decides_ to act in line with paragraphs 3 to 5 below;\n\n2. _Welcomes_ the new text;\n\n3. _Requests_ the report referred to in paragraph 4 (b) below;\n\n` +
        '4. _Invites_:\n\n(a) States;\n\n(b) organizations;\n\n5. _Notes_ paragraphs 3 and 4 above, paragraph 4 (a) above and paragraph 3 of the present resolution;\n',
    );
  });

  it('leaves references to other documents alone (no "above", "below" or "of the present resolution")', () => {
    // CONVENTIONS.md XREF-01: `paragraph 58 of the Final Document`, `paragraphs 60 to 63,`.
    const before = `${HEAD}2. _Recalls_ paragraph 2 of the Final Document, paragraphs 2 to 3, and article 12, paragraph 2, of the Convention;\n\n3. _Decides_ b;\n`;
    assert.equal(format(before), `${HEAD}1. _Recalls_ paragraph 2 of the Final Document, paragraphs 2 to 3, and article 12, paragraph 2, of the Convention;\n\n2. _Decides_ b;\n`);
  });

  it('resolves a number carried twice by the direction of the reference, and leaves it when that does not decide', () => {
    // Two paragraphs numbered 2: "above" from the last one can mean either, so it stays.
    const before = `${HEAD}1. _Decides_ a;\n\n2. _Requests_ b;\n\n2. _Invites_ c, see paragraph 3 below;\n\n3. _Urges_ d, as in paragraph 2 above;\n`;
    assert.equal(format(before), `${HEAD}1. _Decides_ a;\n\n2. _Requests_ b;\n\n3. _Invites_ c, see paragraph 4 below;\n\n4. _Urges_ d, as in paragraph 2 above;\n`);
  });

  it('does not count the paragraph that holds a reference as above or below it (found by a review: `3. … paragraph 3 above` after another `3.` was left pointing at nothing)', () => {
    const before = `${HEAD}3. _Decides_ a;\n\n3. _Requests_ the implementation of paragraph 3 above.\n`;
    assert.equal(format(before), `${HEAD}1. _Decides_ a;\n\n2. _Requests_ the implementation of paragraph 1 above.\n`);
  });

  it('relabels sub-paragraphs and rewrites "subparagraph (c) above"', () => {
    const before = `${HEAD}1. _Decides_:\n\n(a) first;\n\n(c) second:\n\n(i) one;\n\n(iii) two;\n\n(d) third, as in subparagraph (c) above;\n`;
    assert.equal(format(before), `${HEAD}1. _Decides_:\n\n(a) first;\n\n(b) second:\n\n(i) one;\n\n(ii) two;\n\n(c) third, as in subparagraph (b) above;\n`);
  });

  it('keeps the labels of a paragraph that relabelling would make read otherwise, so that formatting twice equals once (fuzz 704264995:1378)', () => {
    // (q) becomes (h) and (zz) becomes (i): `(h) …:\n(i) r;\n(i) i:\n(i) s.` reads the first (i) as
    // the letter after (h), and the next pass relabelled the last one (j).
    const subs = '(a) a;\n\n(b) b;\n\n(c) c;\n\n(d) d;\n\n(e) e;\n\n(f) f;\n\n(g) g;\n\n';
    const text = `${HEAD}1. _Decides_:\n\n${subs}(q) h:\n\n(i) r;\n\n(zz) i:\n\n(iii) s;\n\n2. _Requests_:\n\n(a) x;\n\n(c) y.\n`;
    const once = format(text);
    assert.equal(once, `${HEAD}1. _Decides_:\n\n${subs}(q) h:\n\n(i) r;\n\n(zz) i:\n\n(iii) s;\n\n2. _Requests_:\n\n(a) x;\n\n(b) y.\n`, 'the other paragraph is still relabelled');
    assert.equal(format(once), once);
  });

  it('keeps a single unnumbered operative paragraph and texts with no numbered paragraph as they are', () => {
    // SKEL-07: a resolution with one operative paragraph may leave it unnumbered; older SC texts number none.
    for (const text of ['The General Assembly\n\n_Decides_ to act.\n', 'The Security Council,\n\n_Noting_ a,\n\n_Decides_ b;\n\n_Requests_ c.\n']) {
      assert.equal(format(text), text);
    }
  });

  it('numbers pasted list items all numbered 1, and a 1 not under a heading, on in one series, as the rule counts them', () => {
    // A `1.` restarts the numbering only right under a heading (Paragraph.restartsNumbering); read
    // as new series, `1, 1, 1` became `1, 2, 1`, which operative-numbering then reported (review).
    // Two paragraphs carried 1 and both sit above, so `paragraph 1 above` cannot be resolved and stays.
    const cases: [string, string][] = [
      [`${HEAD}1. _Decides_ a;\n\n1. _Requests_ b;\n\n1. _Notes_ c.\n`, `${HEAD}1. _Decides_ a;\n\n2. _Requests_ b;\n\n3. _Notes_ c.\n`],
      [`${HEAD}1. _Decides_ a;\n\n1. _Requests_ b;\n\n1. _Notes_ c;\n\n1. _Urges_ d.\n`, `${HEAD}1. _Decides_ a;\n\n2. _Requests_ b;\n\n3. _Notes_ c;\n\n4. _Urges_ d.\n`],
      [`${HEAD}1. _Decides_ a;\n\n2. _Requests_ b;\n\n1. _Notes_ c;\n\n2. _Urges_ d, see paragraph 1 above.\n`, `${HEAD}1. _Decides_ a;\n\n2. _Requests_ b;\n\n3. _Notes_ c;\n\n4. _Urges_ d, see paragraph 1 above.\n`],
    ];
    for (const [before, after] of cases) {
      const once = format(before);
      assert.equal(once, after);
      assert.equal(format(once), once);
      assert.deepEqual((ls.lint(doc(once)) ?? []).filter((d) => d.ruleId === 'operative-numbering'), [], 'the rule agrees with the formatter');
    }
  });

  it('numbers parts A and B each from 1 and does not count unnumbered blocks without an italic opener', () => {
    const before = `${HEAD}1. _Decides_ a;\n\n3. _Requests_ b:\n\n“Quoted text of the annex”\n\n4. _Urges_ c;\n\nB\n\n1. _Decides_ d;\n\n3. _Invites_ e, see paragraph 3 above;\n`;
    assert.equal(format(before), `${HEAD}1. _Decides_ a;\n\n2. _Requests_ b:\n\n“Quoted text of the annex”\n\n3. _Urges_ c;\n\nB\n\n1. _Decides_ d;\n\n2. _Invites_ e, see paragraph 2 above;\n`);
  });
});

describe('formatting: parts numbered each from 1', () => {
  it('keeps the restart under a heading even when the part before has one paragraph, and resolves references in their own part', () => {
    // Part A has a single paragraph, so the restart is known only from the heading (Paragraph.restartsNumbering).
    const before = `${HEAD}A\n\n1. _Decides_ a;\n\nB\n\n1. _Decides_ d;\n\n3. _Invites_ e, see paragraphs 1 and 3 above;\n`;
    assert.ok(parse(before).operative[1].restartsNumbering);
    const once = format(before);
    assert.equal(once, `${HEAD}A\n\n1. _Decides_ a;\n\nB\n\n1. _Decides_ d;\n\n2. _Invites_ e, see paragraphs 1 and 2 above;\n`);
    assert.equal(format(once), once);
  });

  it('renumbers each part on its own after a paragraph is deleted, and rewrites references to the right part', () => {
    // OP2 of part A struck: A renumbers 1, 2; B keeps its own 1, 2, 3 and its reference to its own paragraph 3.
    const before = `${HEAD}A\n\n1. _Decides_ a;\n\n3. _Requests_ c, see paragraph 3 above;\n\nB\n\n1. _Decides_ d;\n\n2. _Urges_ e;\n\n3. _Invites_ f, recalling paragraph 3 above;\n`;
    assert.equal(
      format(before),
      `${HEAD}A\n\n1. _Decides_ a;\n\n2. _Requests_ c, see paragraph 2 above;\n\nB\n\n1. _Decides_ d;\n\n2. _Urges_ e;\n\n3. _Invites_ f, recalling paragraph 3 above;\n`,
    );
  });

  it('numbers on across a heading when the text does (no restart)', () => {
    const before = `${HEAD}A\n\n1. _Decides_ a;\n\n2. _Requests_ b;\n\nB\n\n4. _Urges_ c, see paragraph 4 above;\n`;
    assert.equal(format(before), `${HEAD}A\n\n1. _Decides_ a;\n\n2. _Requests_ b;\n\nB\n\n3. _Urges_ c, see paragraph 3 above;\n`);
  });
});

describe('formatting: footnotes', () => {
  it('ends a Word-export footnote at a line of exactly the characters the line model calls white space (isSpace), every code unit checked', () => {
    // The block scan of the parser spells the white space of `isSpace` out as a character class;
    // the two must not drift apart (fuzz 10000000042:600 was such a drift).
    // `[8:` is a Word-export footnote because the text cites `[footnoteRef:8]` (FORMAT.md).
    const drift: string[] = [];
    const cited = '[footnoteRef:8]\n\n';
    for (let c = 0; c <= 0xffff; c++) {
      if (c === 10 || c === 13) continue;
      const model = parse(`${cited}[8:\n${String.fromCharCode(c)}\n[^4]`);
      const endsThere = model.footnoteDefinitions[0]?.span.end === cited.length + 3;
      if (endsThere !== isSpace(c)) drift.push(c.toString(16));
    }
    assert.deepEqual(drift, []);
  });

  it('reads a line of white space other than spaces (a lone U+FEFF, U+3000) as blank, as the line model does, so that formatting twice equals once (fuzz 10000000042:600)', () => {
    // A Word-export footnote `[8:` ran on over a line of a lone U+FEFF up to the `]` of `[^4]`;
    // formatting empties that line, which then ended the footnote, and the next pass renumbered.
    const cited = '[footnoteRef:8]\n\n';
    for (const space of ['\ufeff', '\u3000', '\u200b', '\u0085']) {
      const text = `${cited}[8:\n${space}\n[^4]`;
      const model = parse(text);
      assert.deepEqual(model.footnoteDefinitions.map((d) => d.span), [{ start: cited.length, end: cited.length + 3 }], JSON.stringify(space));
      assert.deepEqual(model.footnoteReferences.map((r) => r.label), ['8', '4']);
      const once = format(text);
      assert.equal(format(once), once, JSON.stringify(space));
    }
  });

  it('renumbers numeric labels into the order of first reference and sorts the footnote section', () => {
    const before = 'The General Assembly,\n\n_Recalling_ a,[^2]\n\n_Noting_ b,[^note]\n\n1. _Decides_ c;[^1] d;[^2]\n\n[^1]: One.\n[^2]: Two.\n[^note]: Named.\n[^9]: Never cited.\n';
    // [^2] is cited first → 1; [^note] holds place 2; [^1] → 3; the uncited [^9] follows → 4.
    assert.equal(format(before), 'The General Assembly,\n\n_Recalling_ a,[^1]\n\n_Noting_ b,[^note]\n\n1. _Decides_ c;[^3] d;[^1]\n\n[^1]: Two.\n[^note]: Named.\n[^3]: One.\n[^4]: Never cited.\n');
  });

  it('numbers a footnote cited inside another footnote right after it, whatever order the definitions stand in', () => {
    // Printed order: [^b] (cited in the text) → 1, then [^a], cited in its text → 2, then [^c] → 3.
    const before = 'The General Assembly,\n\n_Recalling_ x,[^7]\n\n1. _Decides_ y;[^9]\n\n[^9]: Nine.\n[^7]: Seven, see [^8].\n[^8]: Eight.\n';
    const once = format(before);
    assert.equal(once, 'The General Assembly,\n\n_Recalling_ x,[^1]\n\n1. _Decides_ y;[^3]\n\n[^1]: Seven, see [^2].\n[^2]: Eight.\n[^3]: Nine.\n');
    assert.equal(format(once), once);
  });

  it('formats twice as once when footnotes that never print cite each other (fuzz 2000000292:397)', () => {
    // Shrunk from the 1,000,000-document run: the order of first reference was read in document
    // order, references inside definitions included, so sorting the definitions changed it and
    // every pass renumbered again ([^1]:[^2] / [^n]:[^1], then [^2]:[^1] / [^n]:[^2] …).
    for (const before of ['_N\n[^n]:[^1]\n[^1]:[^7]', `${HEAD}[^n]: See [^1].\n[^1]: See [^7].\n[^4]: Four.\n`, `${HEAD}1. _Decides_ a.[^3]\n\n[^n]: See [^1].\n[^1]: See [^7].\n[^3]: Three, see [^n].\n`]) {
      const once = format(before);
      assert.equal(format(once), once, JSON.stringify(before));
      assert.deepEqual(words(once).sort(), words(before).sort(), 'the same words (the definitions may move)');
    }
    // Labels that never print are numbered after the printed ones: definitions first, then labels only cited.
    assert.equal(format(`${HEAD}[^n]: See [^1].\n[^1]: See [^7].\n`), `${HEAD}[^n]: See [^1].\n[^1]: See [^2].\n`);
  });

  it('numbers labels only cited inside definitions by the order the section is sorted into, not where they stand (review of 441991f)', () => {
    // A second definition of a printed label moves with the sort; labels its text cites were numbered
    // in document order, so each pass swapped them with the labels of a footnote that never prints.
    const deep = Array.from({ length: 101 }, (_, k) => `[^${k + 1}]: See [^${k + 2}].\n`).join('');
    const cases = [
      `${HEAD}_Noting_ a,[^1]\n\n[^n]: See [^2].\n[^1]: One.\n[^1]: See [^3].\n`,
      `${HEAD}_Noting_ a,[^1] b,[^2]\n\n[^2]: Two.\n[^2]: Again [^7].\n[^1]: One.\n[^1]: Again [^8].\n`,
      // Past the depth limit: the footnote at depth 101 prints, the references in its text do not.
      `${HEAD}_Noting_ a,[^1]\n\n[^n]: Unprinted, see [^500].\n${deep}`,
    ];
    for (const before of cases) {
      const once = format(before);
      assert.equal(format(once), once, JSON.stringify(before.slice(HEAD.length, HEAD.length + 120)));
      assert.deepEqual(words(once).sort(), words(before).sort());
    }
    assert.equal(format(cases[1]), `${HEAD}_Noting_ a,[^1] b,[^2]\n\n[^1]: One.\n[^1]: Again [^3].\n[^2]: Two.\n[^2]: Again [^4].\n`);
  });

  it('renumbers labels of any number of digits, as footnote-order checks them (review of 441991f)', () => {
    const before = `${HEAD}_Noting_ a,[^1234567] b,[^5]\n\n[^1234567]: One.\n[^5]: Two.\n`;
    const once = format(before);
    assert.equal(once, `${HEAD}_Noting_ a,[^1] b,[^2]\n\n[^1]: One.\n[^2]: Two.\n`);
    assert.deepEqual(ls.lint(doc(once))?.filter((d) => d.ruleId === 'footnote-order'), []);
  });

  it('formats twice as once the draft of fuzz document 580,398 (a label broken by a comment and a CR, hundreds of labels)', () => {
    const before = readFileSync(new URL('../../property/found/2000000292-397.unres', import.meta.url), 'utf8');
    const once = format(before);
    assert.notEqual(once, before);
    assert.equal(format(once), once);
  });

  it('rewrites references and definitions in place when the definitions are scattered or hold comments', () => {
    const before = 'The General Assembly,\n\n_Recalling_ a,[^2] b[^1]\n\n[^2]: Two.\n\n1. _Decides_ c;\n\n[^1]: One. <!-- check -->\n';
    assert.equal(format(before), 'The General Assembly,\n\n_Recalling_ a,[^1] b[^2]\n\n[^1]: Two.\n\n1. _Decides_ c;\n\n[^2]: One. <!-- check -->\n');
  });

  it('renumbers Word-export footnotes ([footnoteRef:N], [N: …]) too', () => {
    const before = 'The General Assembly,\n\n_Recalling_ a,[footnoteRef:2][2: Two.] and b,[footnoteRef:1][1: One.]\n';
    assert.equal(format(before), 'The General Assembly,\n\n_Recalling_ a,[footnoteRef:1][1: Two.] and b,[footnoteRef:2][2: One.]\n');
  });
});

describe('formatting: white space', () => {
  it('normalises blank lines between blocks, spacing after numbers, trailing white space and the end of the file', () => {
    const before = '\n\nSeventy-third session   \n\n\n\nThe General Assembly,\n_Recalling_ a,\n1.    _Decides_:\n(a)\tfirst;   \n\n\n\n(b)  second.\n\n\n101st plenary meeting\n25 July 2019\n[^1]: A.\n\n\n';
    assert.equal(format(before), 'Seventy-third session\n\nThe General Assembly,\n\n_Recalling_ a,\n\n1. _Decides_:\n\n(a) first;\n\n(b) second.\n\n101st plenary meeting\n25 July 2019\n\n[^1]: A.\n');
  });

  it('keeps the file\'s CRLF line ends and a BOM', () => {
    const before = '\uFEFFThe General Assembly,\r\n_Recalling_ a,\r\n\r\n\r\n2. _Decides_ b;\r\n';
    const after = format(before);
    assert.equal(after, '\uFEFFThe General Assembly,\r\n\r\n_Recalling_ a,\r\n\r\n1. _Decides_ b;\r\n');
  });

  it('adds the blank line between two paragraphs split by a lone CR as a second CR, not an LF that would pair with it (fuzz 700614053:8)', () => {
    // "\r" + "\n" reads as one CRLF line end: the blank line was lost and the next pass added it again.
    const before = 'Cooperation between the United Nations and regional organizations\n\n_Acknowledging_ the\r_inter alia_\nthe,\n\rAnnex\n';
    const once = format(before);
    assert.equal(once, 'Cooperation between the United Nations and regional organizations\n\n_Acknowledging_ the\r\r_inter alia_\nthe,\n\rAnnex\n');
    assert.equal(format(once), once);
    // A blank line holding spaces between a CR and an LF stays a blank line.
    const spaced = `${HEAD}1. _Decides_ a;\r \n2. _Requests_ b.\n`;
    const out = format(spaced);
    assert.equal(out, `${HEAD}1. _Decides_ a;\r\r2. _Requests_ b.\n`);
    assert.equal(format(out), out);
  });

  // The parser's `endOfBlock` reads a line end followed by a lone CR as a blank line, as the line
  // model does, so the `\n\r` the formatter leaves of `\n\r\r\n` still ends the unclosed `[5:` footnote.
  it('puts no blank line inside a Word-export footnote that spans lines and closes in the middle of one (fuzz 900000018:1806)', () => {
    // The text after `]` is a block of its own that starts mid-line: a blank line before its line
    // cut the footnote, and the next pass read the labels in it as sub-paragraphs.
    const text = 'The General Assembly,\n\n1. _Decides_ that:\n(a) The first [footnoteRef:1] item;\n[1: A note;\n(b) still the note] Council report;\n\n2. _Requests_ b.\n';
    const once = format(text);
    assert.ok(once.includes('[1: A note;\n(b) still the note]'), once);
    assert.equal(format(once), once);
  });

  it('puts no blank line inside a Word-export footnote after which a footnote definition starts on the same line (fuzz 930000013:1246)', () => {
    const text = 'The General Assembly,\n\n1. _Decides_ a [^1] b [footnoteRef:2];\n\n2. _Requests_ c.\n\n[2: A note\n    on two lines.][^1]:\n[^3]: Three.\n';
    const once = format(text);
    assert.ok(once.includes('[2: A note\n    on two lines.]'), once);
    assert.equal(format(once), once);
  });

  it('formats twice as once when a blank line left as LF + lone CR ends an unclosed Word-export footnote (fuzz 704264975:59)', () => {
    const text = `${HEAD}1. _Decides_ a [^2];\n\n[5: Multi-line footnote\n\r\r\n2. _Requests_ b [^1].[footnoteRef:5]\n\n[^1]: One.\n[^2]: Two.\n`;
    const once = format(text);
    assert.equal(once, `${HEAD}1. _Decides_ a [^1];\n\n[3: Multi-line footnote\n\r2. _Requests_ b [^2].[footnoteRef:3]\n\n[^2]: One.\n[^1]: Two.\n`);
    assert.equal(format(once), once);
  });

  it('keeps a comment or a [bookmark: …] mark between a number and its words, and spaces only the white space (fuzz)', () => {
    // The body starts after them in the masked text: the space edit once spanned them and deleted them.
    const before = `${HEAD}1.  <!-- c --> _Decides_ a;\n\n2. [bookmark: x]_Requests_ b;\n\n3.   [bookmark: _Hlk1] _Urges_ c:\n\n(a)  [bookmark: y] d.\n`;
    const after = `${HEAD}1. <!-- c --> _Decides_ a;\n\n2. [bookmark: x]_Requests_ b;\n\n3. [bookmark: _Hlk1] _Urges_ c:\n\n(a) [bookmark: y] d.\n`;
    assert.equal(format(before), after);
    assert.equal(format(after), after);
    assert.deepEqual(ls.format(doc(after)), []);
  });

  it('never separates a directive comment from its line, and leaves comments and hard-wrapped lines alone', () => {
    const before = `${HEAD}1. _Decides_ a;\n<!-- unres-disable-next-line operative-punctuation -->\n2. _Requests_ b\ncontinued   on the next line\n\n<!--\n\n\nnote   \n-->\n`;
    assert.equal(format(before), `${HEAD}1. _Decides_ a;\n<!-- unres-disable-next-line operative-punctuation -->\n2. _Requests_ b\ncontinued   on the next line\n\n<!--\n\n\nnote   \n-->\n`);
  });

  it('keeps a zero-width space and a NEL at a line end: they are text, not white space (fuzz 704264996:1738, 704265003:142, 704265004:1795)', () => {
    // A mangled Word export: the formatter trimmed `\u200b` and `\u0085` before a line end as
    // trailing white space, and so deleted part of the footnote text `[1: …`.
    const zwsp = `${HEAD}1. _Decides_ a [^1];[footnoteRef:1][footnoteRef:2]\n\n[1: See _Official Records o**\u200b\r*f the General Assembly_.]\n[^1]:\u200b\n[2: Note\u0085\nnext line.]   \n`;
    const once = format(zwsp);
    assert.ok(once.includes('o**\u200b\r*f') && once.includes('[^1]:\u200b\n') && once.includes('Note\u0085\nnext'), JSON.stringify(once));
    assert.ok(once.includes('next line.]\n'), 'ordinary trailing spaces still go');
    assert.equal(format(once), once);
    // A line holding only a zero-width space is text too; a number's spacing keeps it.
    const lone = `${HEAD}1. _Decides_ a;\n\u200b\n2.  \u200b_Requests_ b;\n`;
    const formatted = format(lone);
    assert.equal(formatted, `${HEAD}1. _Decides_ a;\n\u200b\n\n2. \u200b_Requests_ b;\n`);
    assert.equal(format(formatted), formatted);
  });

  it('numbers an unnumbered paragraph without turning its next line `a) …` into a sub-paragraph on the next pass (long fuzz 14000000002:1845)', () => {
    const before = `${HEAD}1. _Decides_ a;\n\n_Welcomes_ peace,\na) b.\n`;
    const once = format(before);
    assert.equal(once, `${HEAD}1. _Decides_ a;\n\n2. _Welcomes_ peace,\na) b.\n`);
    assert.equal(format(once), once);
  });

  it('keeps a label with no text yet a label when it trims the space after it (`b. ` at the end of a line; long fuzz 17000000020:170, 17000000021:1864, 17000000029:804)', () => {
    const before = `${HEAD}1. _Decides_:\n\n(a) x:\n\n(i) y:\nc. z;\nb. \n`;
    const once = format(before);
    assert.equal(once, `${HEAD}1. _Decides_:\n\n(a) x:\n\n(i) y:\n\na. z;\n\nb.\n`);
    assert.equal(format(once), once);
    // The label alone on its line is a sub-paragraph, as `(a)` and `2.` alone are.
    const model = parse(once);
    assert.deepEqual(model.operative[0].subparagraphs[0].children[0].children.map((c) => c.label), ['a', 'b']);
  });

  it('puts a blank line before a footnote section whose first definition follows a zero-width space or a bookmark, in one pass (long fuzz 17000000082:1503, 17000000198:1896)', () => {
    for (const lead of ['\u200b', '[bookmark: x]']) {
      const before = `${HEAD}1. _Decides_ x[^2] y[^1].\n${lead}[^1]: One.\n[^2]: Two.\n`;
      const once = format(before);
      assert.equal(once, `${HEAD}1. _Decides_ x[^1] y[^2].\n\n[^1]: Two.\n${lead}[^2]: One.\n`, JSON.stringify(lead));
      assert.equal(format(once), once, JSON.stringify(lead));
    }
  });

  it('adds no line break inside a Word-export footnote that closes on the line a paragraph starts', () => {
    const before = `${HEAD}1. _Decides_ x[footnoteRef:1]; [1: A text\nover two lines] 2. _Requests_ y.\n`;
    assert.equal(format(before), before);
  });

  it('does not add lines inside the header', () => {
    const before = 'A/73/L.103\nSeventy-third session\nAgenda item 128 (t)\nCooperation between the United Nations and regional organizations\n\nThe General Assembly,\n\n_Recalling_ a,\n';
    assert.equal(format(before), before);
  });
});

describe('formatting: properties', () => {
  const corpus = new URL('../../../../shared/corpus/', import.meta.url);
  const files: { name: string; text: string }[] = [];
  for (const dir of ['ga-80', 'pdf-text', 'sc-1946-2002']) {
    const names = readdirSync(new URL(`${dir}/`, corpus)).filter((f) => /\.(md|txt)$/.test(f)).sort();
    // Every GA text, and every fifth SC text: the sweep stays under a second.
    for (const name of dir === 'sc-1946-2002' ? names.filter((_, i) => i % 5 === 0) : names) files.push({ name, text: readFileSync(new URL(`${dir}/${name}`, corpus), 'utf8') });
  }
  files.push({ name: 'A-RES-73-331.unres', text: example });
  files.push({ name: 'every-rule.unres', text: readFileSync(new URL('../../fixtures/every-rule.unres', import.meta.url), 'utf8') });

  it('leaves the adopted example resolution as it is', () => {
    assert.deepEqual(ls.format(doc(example)), []);
  });

  it('formats twice as once, and changes no word outside numbers, labels and spacing', () => {
    assert.ok(files.length > 100);
    for (const { name, text } of files) {
      const once = format(text);
      assert.equal(format(once), once, `not idempotent: ${name}`);
      assert.deepEqual([...words(once)].sort(), [...words(text)].sort(), `words changed: ${name}`);
    }
  });

  it('keeps the order of words when the footnote section is already in order', () => {
    for (const { name, text } of files) {
      const once = format(text);
      if (!/^\[\^/m.test(text)) assert.deepEqual(words(once), words(text), name);
    }
  });

  it('never throws on broken input', () => {
    for (const text of ['', '\n\n\n', '1.', '(a)', '[^', '[^1]:', '<!--', '1. _x\n(a) paragraph 1 (', 'The General Assembly,\n\n1. _Decides_ see paragraphs 1 to above;\n', '\uFEFF', '\r\r\n\n\r']) {
      const once = format(text);
      assert.equal(format(once), once, JSON.stringify(text));
    }
  });
});

describe('formatting: ranges', () => {
  it('normalises white space inside the range only', () => {
    const marked = `${HEAD}1.   _Decides_ a;\n\n|2.   _Requests_ b;   \n|\n3.   _Urges_ c;\n`;
    assert.equal(formatRange(marked), `${HEAD}1.   _Decides_ a;\n\n2. _Requests_ b;\n\n3.   _Urges_ c;\n`);
  });

  it('renumbers only when the whole renumbering lies in the range', () => {
    const text = `${HEAD}1. _Decides_ a;\n\n3. _Requests_ b;\n\n4. _Urges_ c, as in paragraph 3 above;\n`;
    // A range around OP2 alone: the cross-reference in OP3 would be left behind, so nothing is renumbered.
    assert.equal(formatRange(`${HEAD}1. _Decides_ a;\n\n|3. _Requests_ b;|\n\n4. _Urges_ c, as in paragraph 3 above;\n`), text);
    assert.equal(formatRange(`|${text}|`), `${HEAD}1. _Decides_ a;\n\n2. _Requests_ b;\n\n3. _Urges_ c, as in paragraph 2 above;\n`);
  });

  it('leaves alone the line a range of whole lines ends on, at its first character (how editors send a selection of lines)', () => {
    const text = `${HEAD}1.  _Decides_ a;\n2.  _Requests_ b;\n3.  _Invites_ c;\n`;
    const model = parse(text);
    const line = (s: string) => positionAt(model, text.indexOf(s)).line;
    // Lines of 1. selected: from its start to the start of the line of 2.
    const range = { start: { line: line('1.'), character: 0 }, end: { line: line('2.'), character: 0 } };
    assert.equal(applyEdits(text, ls.format(doc(text), range)), `${HEAD}1. _Decides_ a;\n\n2.  _Requests_ b;\n3.  _Invites_ c;\n`);
    // One character into the line of 2. selects it too.
    const wider = { start: range.start, end: { line: line('2.'), character: 1 } };
    assert.equal(applyEdits(text, ls.format(doc(text), wider)), `${HEAD}1. _Decides_ a;\n\n2. _Requests_ b;\n\n3.  _Invites_ c;\n`);
  });

  it('a range over the whole draft gives the whole formatting, where a number and a blank line are inserted at one point', () => {
    // The new paragraph's number and the blank line before it are both insertions at the start of
    // its line once cut down to what they change: the blank line goes first.
    const text = `${HEAD}1. _Notes_ a;\n_Decides_ b;\n`;
    assert.equal(format(text), `${HEAD}1. _Notes_ a;\n\n2. _Decides_ b;\n`);
    assert.equal(formatRange(`|${text}|`), format(text));
  });

  it('never puts an edit boundary between the CR and the LF of a line end', () => {
    // The blank line at the end (` \n\r\n` → `\n`) cut down to what it changes kept the LF of the CRLF.
    const text = `${HEAD}1.  _Notes_ a;\r\n2.  _Decides_ b; \n\r\n`;
    const model = parse(text);
    const edits = formatEdits(model, { range: { start: 0, end: text.length } });
    assert.ok(edits.length > 0);
    const splits = (i: number) => text[i - 1] === '\r' && text[i] === '\n';
    for (const e of edits) assert.ok(!splits(e.span.start) && !splits(e.span.end), JSON.stringify(e));
    assert.equal(applyEdits(text, edits.map((e) => ({ range: { start: positionAt(model, e.span.start), end: positionAt(model, e.span.end) }, newText: e.newText }))), format(text));
  });

  it('relabels the sub-paragraphs of a paragraph in the range', () => {
    const { text } = withCursor(`${HEAD}1. _Decides_:\n\n(a) x;\n\n(c) y;\n|`);
    assert.equal(formatRange(`${HEAD}|1. _Decides_:\n\n(a) x;\n\n(c) y;\n|`), `${HEAD}1. _Decides_:\n\n(a) x;\n\n(b) y;\n`);
    assert.equal(format(text), `${HEAD}1. _Decides_:\n\n(a) x;\n\n(b) y;\n`);
  });
});
