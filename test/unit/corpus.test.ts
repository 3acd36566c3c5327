/**
 * Never-crash sweep over the real adopted resolutions in ../shared/corpus, as they are (PDF text,
 * Markdown extraction, OCR): parse and lint each file whole and cut at random points, under `sc`
 * for the Security Council texts and `ga` for the others. Prints the diagnostics per rule, which
 * the rules issue uses to hunt false positives (the zero-error sweep of the imported texts is
 * test/import/corpus.test.ts).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { lintModel } from '../../server/src/core/lint';
import { parse } from '../../server/src/core/parser/parse';
import { seeded as rng } from '../support/random';

const corpus = new URL('../../../shared/corpus/', import.meta.url);

describe('corpus sweep', function () {
  this.timeout(120_000);
  it('has the corpus beside the repository', () => {
    assert.ok(existsSync(corpus), `expected the shared corpus at ${corpus.pathname}`);
  });

  const folders = ['ga-80', 'pdf-text', 'sc-1946-2002'];
  for (const folder of folders) {
    it(`parses and lints every text of ${folder}, whole and cut at random points, without throwing`, () => {
      const files = readdirSync(new URL(`${folder}/`, corpus)).sort();
      assert.ok(files.length > 0);
      const random = rng(20261129);
      const counts = new Map<string, number>();
      for (const f of files) {
        const text = readFileSync(new URL(`${folder}/${f}`, corpus), 'utf8');
        const variants = [text, ...[0, 1, 2].map(() => text.slice(0, Math.floor(random() * text.length)))];
        for (const [i, t] of variants.entries()) {
          const errors: string[] = [];
          // Each text under its organ's profile: the Security Council texts under `sc`.
          const d = lintModel(parse(t), { settings: { profile: folder.startsWith('sc-') ? 'sc' : 'ga' }, logger: { error: (m) => errors.push(m) } });
          assert.ok(d, `${f} lint result`);
          assert.deepEqual(errors, [], `${f} (variant ${i}): a rule threw`);
          for (const x of d) {
            assert.ok(x.span.start >= 0 && x.span.end <= t.length && x.span.start <= x.span.end, `${f}: range inside the text`);
            if (i === 0) counts.set(`${x.severity} ${x.ruleId}`, (counts.get(`${x.severity} ${x.ruleId}`) ?? 0) + 1);
          }
        }
      }
      const table = [...counts].sort().map(([k, v]) => `      ${k}: ${v}`).join('\n');
      console.log(`    ${folder}: ${files.length} texts, as-is (not converted); diagnostics per rule:\n${table}`);
    });
  }
});
