/**
 * Acceptance of issue 6: importing the Word plain-text export of the seed and the official PDF text
 * of the same resolution both give `examples/A-RES-73-331.unres`, up to white space.
 */
import assert from 'node:assert/strict';
import { importResolution } from '../../server/src/core/import';
import { errors, readShared, squash } from './helpers';

const expected = readShared('examples/A-RES-73-331.unres');

describe('import acceptance (A/RES/73/331)', () => {
  for (const [name, source, format] of [
    ['the Word plain-text export (seed/A-RES-73-331.txt)', 'seed/A-RES-73-331.txt', 'word-text'],
    ['the official PDF text (corpus/pdf-text/A_RES_73_331.txt)', 'corpus/pdf-text/A_RES_73_331.txt', 'pdf-text'],
  ] as const) {
    it(`imports ${name} as examples/A-RES-73-331.unres, up to white space`, () => {
      const result = importResolution(readShared(source));
      assert.ok(result.ok, result.ok ? '' : result.error);
      assert.equal(result.format, format);
      assert.equal(squash(result.text), squash(expected));
      // Nothing was guessed: no footnote left without a reference, no number or label restored.
      assert.deepEqual(result.notes, []);
    });
  }

  it('imports the seed byte for byte as the example (blank lines included)', () => {
    const result = importResolution(readShared('seed/A-RES-73-331.txt'));
    assert.ok(result.ok);
    assert.equal(result.text, expected);
  });

  it('gives drafts that lint without error-level diagnostics', () => {
    for (const source of ['seed/A-RES-73-331.txt', 'corpus/pdf-text/A_RES_73_331.txt']) {
      const result = importResolution(readShared(source));
      assert.ok(result.ok);
      assert.deepEqual(errors(result.text).map((d) => `${d.ruleId}: ${d.message}`), [], source);
    }
  });

  it('gives a .unres draft back unchanged (the importer is idempotent on its own output)', () => {
    for (const name of ['examples/A-RES-73-331.unres', 'examples/A-73-L.103.unres']) {
      const draft = readShared(name);
      const result = importResolution(draft);
      assert.ok(result.ok, name);
      assert.equal(result.text, draft, name);
    }
  });

  it('reads the same resolution the same way from its PDF text and its Markdown extraction', () => {
    // A/RES/80/7 has both forms; the Markdown lost the agenda item title and nothing else that matters here.
    const pdf = importResolution(readShared('corpus/pdf-text/A_RES_80_7.txt'));
    const md = importResolution(readShared('corpus/ga-80/A_RES_80_7.md'));
    assert.ok(pdf.ok && md.ok);
    const body = (t: string) => squash(t.slice(t.indexOf('The General Assembly,')));
    assert.equal(body(md.text), body(pdf.text));
  });
});
