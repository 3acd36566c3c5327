import assert from 'node:assert/strict';
import type { OutlineSymbol } from '../../../server/src/core/languageService';
import { doc, example, service, textOf } from './cursor';

const ls = service();

/** The outline as indented `name — detail` lines. */
function tree(symbols: readonly OutlineSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.name}${s.detail ? ` — ${s.detail}` : ''}`, ...tree(s.children, depth + 1)]);
}

/** Every child range lies within its parent's, and the selection within the range. */
function contained(symbols: readonly OutlineSymbol[]): void {
  const inside = (a: OutlineSymbol['range'], b: OutlineSymbol['range']) =>
    (a.start.line > b.start.line || (a.start.line === b.start.line && a.start.character >= b.start.character)) &&
    (a.end.line < b.end.line || (a.end.line === b.end.line && a.end.character <= b.end.character));
  for (const s of symbols) {
    assert.ok(inside(s.selectionRange, s.range), `selection of ${s.name}`);
    for (const c of s.children) assert.ok(inside(c.range, s.range), `${c.name} in ${s.name}`);
    contained(s.children);
  }
}

const DRAFT = `A/73/L.103
Seventy-third session
Agenda item 128 (t)

Cooperation between the United Nations and the Organization

The General Assembly,

_Recalling_ its resolution 59/50,[^1]

_Noting with appreciation_ the progress,

1. _Decides_ that:

(a) The first item;

(b) The second item:

(i) one;

(ii) two;

2. _Requests_ the Secretary-General to report.

Annex

Text of the annex.

[^1]: A/59/1.
`;

describe('document symbols', () => {
  it('builds the tree: header, organ line, preamble, operative part with sub-paragraphs, annex, footnotes', () => {
    const symbols = ls.documentSymbols(doc(DRAFT));
    assert.deepEqual(tree(symbols), [
      'Header',
      '  A/73/L.103 — document symbol',
      '  Seventy-third session — session',
      '  Agenda item 128 (t) — agenda item',
      '  Cooperation between the United Nations and the Organization — title',
      'The General Assembly, — organ line',
      'Preamble — 2 paragraphs',
      '  PP1 — Recalling its resolution 59/50,',
      '  PP2 — Noting with appreciation the progress,',
      'Operative part — 2 paragraphs',
      '  OP1 — Decides that:',
      '    OP1 (a) — The first item;',
      '    OP1 (b) — The second item:',
      '      OP1 (b) (i) — one;',
      '      OP1 (b) (ii) — two;',
      '  OP2 — Requests the Secretary-General to report.',
      'Annex',
      'Footnotes — 1',
      '  [^1] — A/59/1.',
    ]);
    contained(symbols);
  });

  it('names third- and fourth-degree sub-paragraphs by their labels as written (`OP1 (a) (i) a. i.`), selecting the label', () => {
    const text = 'The General Assembly,\n\n1. _Decides_ that:\n\n(a) The programme:\n\n(i) Training:\n\na. For judges:\n\ni. In criminal law.\n';
    const symbols = ls.documentSymbols(doc(text));
    assert.deepEqual(tree(symbols).filter((l) => l.includes('OP1 (a)')), ['    OP1 (a) — The programme:', '      OP1 (a) (i) — Training:', '        OP1 (a) (i) a. — For judges:', '          OP1 (a) (i) a. i. — In criminal law.']);
    const op = symbols.find((s) => s.name === 'Operative part')!;
    const third = op.children[0].children[0].children[0].children[0];
    assert.equal(textOf(text, third.selectionRange), 'a.');
    contained(symbols);
  });

  it('labels the fifteen preambular and nine operative paragraphs of the example, with their opening words', () => {
    const symbols = ls.documentSymbols(doc(example));
    const preamble = symbols.find((s) => s.name === 'Preamble')!;
    const operative = symbols.find((s) => s.name === 'Operative part')!;
    assert.deepEqual(preamble.children.map((c) => c.name), Array.from({ length: 15 }, (_, i) => `PP${i + 1}`));
    assert.deepEqual(operative.children.map((c) => c.name), Array.from({ length: 9 }, (_, i) => `OP${i + 1}`));
    assert.equal(preamble.children[0].detail, 'Having considered the report of the…');
    assert.equal(textOf(example, operative.children[4].selectionRange), '5.');
    contained(symbols);
  });
});

/** S/RES/161 (1961), shortened: two parts, each with its own organ line, preamble and operative part. */
const PARTS = `161 (1961). Resolution of 21 February 1961 [S/4741]

A

The Security Council,

_Having considered_ the situation in the Congo,

1. _Urges_ that the United Nations take immediately all appropriate measures to prevent the occurrence of civil war in the Congo;

2. _Reaffirms_ Security Council resolutions 143 (1960), 145 (1960) and 146 (1960) and reminds all States of their obligations under these resolutions.

B

The Security Council,

_Gravely concerned_ at the continuing deterioration of the situation in the Congo,

1. _Urges_ the convening of the Parliament and the taking of necessary protective measures in that connexion;

2. _Calls upon_ all States to extend their full co-operation and assistance for the implementation of the present resolution.

Adopted at the 942nd meeting by 9 votes to none, with 2 abstentions (France, Union of Soviet Socialist Republics).
`;

/** A/RES/80/11, shortened: section headings in the operative part. */
const SECTIONS = `80/11. 2025 review of the United Nations peacebuilding architecture

The General Assembly,

_Recalling_ its resolution 70/262 of 27 April 2016,

1. _Reaffirms_ the importance of national ownership;

Peacebuilding Commission

2. _Encourages_ the Peacebuilding Commission to continue to hold country-specific meetings;

3. _Recognizes_ the advisory role of the Commission;

Peacebuilding financing

4. _Decides_ to consider the level of assessed contributions at its eighty-first session.
`;

describe('document symbols: headings', () => {
  it('gives each part with its own organ line an entry with the organ line, preamble and operative part (S/RES/161 (1961))', () => {
    const symbols = ls.documentSymbols(doc(PARTS));
    assert.deepEqual(tree(symbols), [
      'Header',
      '  161 (1961). Resolution of 21 February 1961 [S/4741] — title',
      'A — part · 3 paragraphs',
      '  The Security Council, — organ line',
      '  Preamble — 1 paragraph',
      '    PP1 — Having considered the situation in the Congo,',
      '  Operative part — 2 paragraphs',
      '    OP1 — Urges that the United Nations take immediately all…',
      '    OP2 — Reaffirms Security Council resolutions 143 (1960),…',
      'B — part · 3 paragraphs',
      '  The Security Council, — organ line',
      '  Preamble — 1 paragraph',
      '    PP2 — Gravely concerned at the continuing deterioration…',
      '  Operative part — 2 paragraphs',
      '    OP3 — Urges the convening of the Parliament and the…',
      '    OP4 — Calls upon all States to extend their full…',
    ]);
    assert.equal(textOf(PARTS, symbols[1].selectionRange), 'A');
    assert.equal(textOf(PARTS, symbols[2].selectionRange), 'B');
    contained(symbols);
  });

  it('groups the operative paragraphs under their section headings (A/RES/80/11)', () => {
    const symbols = ls.documentSymbols(doc(SECTIONS));
    assert.deepEqual(tree(symbols).slice(5), [
      'Operative part — 4 paragraphs',
      '  OP1 — Reaffirms the importance of national ownership;',
      '  Peacebuilding Commission — section · 2 paragraphs',
      '    OP2 — Encourages the Peacebuilding Commission to…',
      '    OP3 — Recognizes the advisory role of the Commission;',
      '  Peacebuilding financing — section · 1 paragraph',
      '    OP4 — Decides to consider the level of assessed…',
    ]);
    const section = symbols[3].children[1];
    assert.equal(textOf(SECTIONS, section.selectionRange), 'Peacebuilding Commission');
    assert.equal(section.range.start.line, 8);
    assert.equal(section.range.end.line, 12);
    contained(symbols);
  });

  it('starts a part at the heading that opens it (parts A, B, C of the operative part of S/RES/101 (1953))', () => {
    const text = 'The Security Council,\n\n_Recalling_ its previous resolutions,\n\nA\n\n1. _Finds_ that the retaliatory action violates the cease-fire provisions;\n\nB\n\n1. _Takes note_ of the fact that there is substantial evidence.\n';
    const symbols = ls.documentSymbols(doc(text));
    assert.deepEqual(tree(symbols).slice(3), ['Operative part — 2 paragraphs', '  A — part · 1 paragraph', '    OP1 — Finds that the retaliatory action violates the…', '  B — part · 1 paragraph', '    OP2 — Takes note of the fact that there is substantial…']);
    assert.equal(symbols[2].range.start.line, 4);
    contained(symbols);
  });
});

describe('folding ranges', () => {
  it('folds the header, each part, a paragraph with sub-paragraphs, the annex, the footnotes and long comments', () => {
    const text = `${DRAFT}<!--\nlong\nnote\n-->\n`;
    const lines = text.split('\n');
    const folds = ls.foldingRanges(doc(text)).map((f) => `${lines[f.startLine].slice(0, 12)}…${lines[f.endLine].slice(0, 12)}${f.kind ? ` (${f.kind})` : ''}`);
    assert.deepEqual(folds, [
      'A/73/L.103…Cooperation  (region)',
      '_Recalling_ …_Noting with (region)',
      '1. _Decides_…2. _Requests (region)',
      '1. _Decides_…(ii) two;',
      '(b) The seco…(ii) two;',
      'Annex…Text of the  (region)',
      '<!--…--> (comment)',
    ]);
  });
});

describe('inlay hints', () => {
  it('labels each paragraph PPn or OPn at its start', () => {
    const hints = ls.inlayHints(doc(DRAFT));
    const lines = DRAFT.split('\n');
    assert.deepEqual(hints.map((h) => `${h.label}@${lines[h.position.line].slice(h.position.character, h.position.character + 6)}`), ['PP1@_Recal', 'PP2@_Notin', 'OP1@1. _De', 'OP2@2. _Re']);
    assert.equal(hints[3].tooltip, 'operative paragraph 2 of 2');
  });

  it('gives only the hints of the range asked for', () => {
    const hints = ls.inlayHints(doc(DRAFT), { start: { line: 11, character: 0 }, end: { line: 14, character: 0 } });
    assert.deepEqual(hints.map((h) => h.label), ['OP1']);
  });
});
