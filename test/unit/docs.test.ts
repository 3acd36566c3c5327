import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generated } from '../../scripts/generate-docs';
import { rules } from '../../server/src/core/rules';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

describe('generated docs', () => {
  it('README.md and the rule docs index are fresh (run `npm run docs`)', () => {
    for (const { file, content } of generated()) assert.equal(readFileSync(file, 'utf8'), content, `${file.pathname} is stale: run npm run docs`);
  });
  it('the unres.rules setting accepts every severity and the README names every rule', () => {
    const schema = pkg.contributes.configuration.properties['unres.rules'];
    for (const r of rules) assert.deepEqual(schema.properties[r.meta.id].enum, ['off', 'hint', 'info', 'warning', 'error'], r.meta.id);
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const r of rules) assert.ok(readme.includes(`\`${r.meta.id}\``), r.meta.id);
  });
  it("the README's CI recipes are those of server/docs/cli.md, which test/cli/pack.test.ts runs against the installed package", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const cli = readFileSync(new URL('../../server/docs/cli.md', import.meta.url), 'utf8');
    const block = (doc: string, start: string) => {
      const at = doc.indexOf(start);
      assert.ok(at >= 0, `a block starting with ${start}`);
      return doc.slice(at, doc.indexOf('\n```', at + start.length));
    };
    for (const start of ['```yaml\n# .github/workflows/unres.yml\n', '```bash\n#!/usr/bin/env bash\n']) assert.equal(block(readme, start), block(cli, start), start);
  });
  it('keeps engines.vscode at 1.100 so that the code-server used in tests loads the extension', () => {
    assert.equal(pkg.engines.vscode, '^1.100.0');
    assert.ok(pkg.activationEvents.includes('onLanguage:unres'));
    // The preview's serializer brings previews back after a reload only if VS Code activates the extension for them.
    assert.ok(pkg.activationEvents.includes('onWebviewPanel:unres.preview'));
  });
});
