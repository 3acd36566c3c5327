/**
 * Fixture drafts carry their expectations inline: a line that should get diagnostics ends with
 * `<!-- expect: rule-id, rule-id -->`. The harness checks that the reported (rule, line) set equals
 * the markers, that fixes converge, and compares diagnostics and fixed text with a golden file
 * (regenerate with `UPDATE_GOLDEN=1 npm run test:unit`).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createLanguageService } from '../../server/src/core/languageService';

const dir = new URL('../fixtures/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.unres') && f !== 'faulty.unres');

function expectations(text: string): string[] {
  const out: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const m = /<!--\s*expect:\s*([a-z, -]+?)\s*-->\s*$/.exec(line);
    if (m) for (const id of m[1].split(/\s*,\s*/)) out.push(`${i + 1}:${id}`);
  });
  return out.sort();
}

describe('fixture drafts', () => {
  const service = createLanguageService();
  for (const file of files) {
    it(`${file}: diagnostics match the inline expectations, fixes converge, golden file holds`, () => {
      const text = readFileSync(new URL(file, dir), 'utf8');
      const doc = { uri: `file:///${file}`, version: 1, getText: () => text };
      const found = service.lint(doc)!;
      assert.deepEqual(found.map((d) => `${d.range.start.line + 1}:${d.ruleId}`).sort(), expectations(text));
      const fixed = service.fixAll(doc);
      assert.ok(fixed.converged, 'fixes converge');
      const after = service.lint({ uri: `file:///${file}.fixed`, version: 1, getText: () => fixed.text })!;
      assert.equal(after.filter((d) => d.fix).length, 0, 'nothing fixable is left after fixing');
      const golden = {
        diagnostics: found.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${d.severity} ${d.ruleId}: ${d.message}`),
        fixed: fixed.text.split('\n'),
      };
      const goldenFile = new URL(`golden/${file.replace(/\.unres$/, '.json')}`, dir);
      if (process.env.UPDATE_GOLDEN || !existsSync(goldenFile)) writeFileSync(goldenFile, JSON.stringify(golden, null, 2) + '\n');
      assert.deepEqual(golden, JSON.parse(readFileSync(goldenFile, 'utf8')));
    });
  }
});
