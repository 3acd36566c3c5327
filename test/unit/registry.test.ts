import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { rules } from '../../server/src/core/rules';
import { lintWith } from './ruleTester';

const root = new URL('../../', import.meta.url);

describe('rule registry', () => {
  it('has unique kebab-case ids matching their module file names', () => {
    const ids = rules.map((r) => r.meta.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) {
      assert.match(id, /^[a-z]+(?:-[a-z]+)*$/);
      assert.ok(existsSync(new URL(`server/src/core/rules/${id}.ts`, root)), `module for ${id}`);
    }
  });
  it('lists every rule module', () => {
    const modules = readdirSync(new URL('server/src/core/rules/', root)).filter((f) => /^[a-z]+(?:-[a-z]+)+\.ts$|^syntax\.ts$/.test(f) && f !== 'index.ts');
    const ids = new Set(rules.map((r) => `${r.meta.id}.ts`));
    for (const m of modules) assert.ok(ids.has(m), `${m} is not in the registry`);
  });
  it('has a doc page for every rule, with an example and the default severity', () => {
    for (const r of rules) {
      const page = new URL(`server/docs/rules/${r.meta.id}.md`, root);
      assert.ok(existsSync(page), `docs for ${r.meta.id}`);
      const text = readFileSync(page, 'utf8');
      assert.ok(text.includes('```unres'), `${r.meta.id} doc has examples`);
      assert.ok(text.includes(r.meta.defaultSeverity), `${r.meta.id} doc names its severity`);
    }
  });
  it('has complete metadata and messages that say what to write', () => {
    for (const r of rules) {
      assert.ok(r.meta.description.length > 20, r.meta.id);
      assert.ok(Object.keys(r.meta.messages).length > 0, r.meta.id);
      assert.ok(r.meta.conventions.length > 0, r.meta.id);
    }
  });
  it('marks rules fixable honestly: a fixable rule fixes the faulty fixtures, a non-fixable one never offers a fix', () => {
    const texts = readdirSync(new URL('test/fixtures/', root)).filter((f) => f.endsWith('.unres')).map((f) => readFileSync(new URL(`test/fixtures/${f}`, root), 'utf8'));
    for (const r of rules) {
      const fixes = texts.flatMap((t) => lintWith(r, t)).filter((d) => d.fix);
      if (!r.meta.fixable) assert.equal(fixes.length, 0, `${r.meta.id} is not fixable but offered a fix`);
    }
  });
});
