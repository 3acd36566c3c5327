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
  it('keeps engines.vscode at 1.100 so that the code-server used in tests loads the extension', () => {
    assert.equal(pkg.engines.vscode, '^1.100.0');
    assert.ok(pkg.activationEvents.includes('onLanguage:unres'));
  });
});
