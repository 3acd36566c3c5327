import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { positionAt } from '../../../server/src/core/model/text';
import { parse } from '../../../server/src/core/parser/parse';
import { applyEdits, doc, example, faulty, service } from './cursor';
import { seeded as random } from '../../support/random';

const ls = service();
const everyRule = readFileSync(new URL('../../fixtures/every-rule.unres', import.meta.url), 'utf8');

const PIECES = ['[^', ']', '[^1]', '[^1]: ', '(a) ', '1. ', '\n', '\n\n', '\r\n', '_', '*', '<!--', '-->', 'paragraph 3 above', 'subparagraph (b) below', 'resolution 59/50 of 2 December 2004', 'A/73/L.103/Add.1', 'Annex\n', '\uFEFF', '\u00a0', '😀'];

describe('editor features on damaged drafts', () => {
  it('never throw, and their edits apply, at any position of drafts cut and spliced at random', () => {
    const sources = [example, faulty, everyRule];
    for (let seed = 1; seed <= 25; seed++) {
      const next = random(seed);
      let text = sources[seed % sources.length];
      for (let k = 0; k < 6; k++) {
        const at = Math.floor(next() * (text.length + 1));
        const cut = Math.floor(next() * 40);
        text = text.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)] + text.slice(Math.min(text.length, at + cut));
      }
      const d = doc(text);
      const model = parse(text);
      const formatted = applyEdits(text, ls.format(d));
      assert.equal(applyEdits(formatted, ls.format(doc(formatted))), formatted, `format idempotent, seed ${seed}`);
      ls.documentSymbols(d);
      ls.foldingRanges(d);
      ls.inlayHints(d);
      ls.documentLinks(d);
      ls.statistics(d);
      const diagnostics = (ls.lint(d) ?? []).slice(0, 3).map((x) => ({ ruleId: x.ruleId, range: x.range }));
      const start = { line: 0, character: 0 };
      for (const a of ls.codeActions(d, { range: { start, end: start }, diagnostics: [], only: ['source.fixAll'] })) applyEdits(text, a.edits!);
      for (let k = 0; k < 25; k++) {
        const position = positionAt(model, Math.floor(next() * (text.length + 1)));
        ls.hover(d, position);
        ls.complete(d, position);
        ls.definition(d, position);
        ls.references(d, position, true);
        ls.documentHighlights(d, position);
        if (ls.prepareRename(d, position)) {
          const r = ls.rename(d, position, 'renamed');
          if ('edits' in r) applyEdits(text, r.edits);
        }
        if (k === 0 && diagnostics[k]) {
          for (const a of ls.codeActions(d, { range: diagnostics[k].range, diagnostics: [diagnostics[k]] })) if (a.edits) applyEdits(text, a.edits);
        }
      }
    }
  });
});
