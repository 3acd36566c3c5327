/**
 * The long fuzz run (scripts/fuzz.ts) resumes only on the same code under test: the Git trees of
 * its CODE_PATHS. Those must hold every file of the project the script loads, or a change to one of
 * them would let a run resume on code it never tried; esbuild's metafile lists what it loads.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** CODE_PATHS as written in scripts/fuzz.ts. */
function codePaths(): string[] {
  const source = readFileSync(`${ROOT}/scripts/fuzz.ts`, 'utf8');
  const m = /^const CODE_PATHS = \[([^\]]*)\] as const;$/m.exec(source);
  assert.ok(m, 'scripts/fuzz.ts declares CODE_PATHS on one line');
  return [...m[1].matchAll(/'([^']+)'/g)].map((x) => x[1]);
}

describe('the code a long fuzz run is tied to (scripts/fuzz.ts, CODE_PATHS)', () => {
  it('holds every project file the fuzz script loads, and the lockfile', () => {
    const paths = codePaths();
    const result = buildSync({ absWorkingDir: ROOT, entryPoints: ['scripts/fuzz.ts'], bundle: true, platform: 'node', format: 'esm', packages: 'external', write: false, metafile: true, logLevel: 'silent' });
    const loaded = Object.keys(result.metafile.inputs).filter((f) => !f.startsWith('node_modules/'));
    assert.ok(loaded.includes('server/src/core/parser/parse.ts') && loaded.includes('server/src/export/html.ts'), `the bundle reaches the core and the exporters: ${loaded.length} files`);
    const outside = loaded.filter((f) => !paths.some((p) => f === p || f.startsWith(`${p}/`)));
    assert.deepEqual(outside, [], `files the fuzz loads that CODE_PATHS misses: ${outside.join(', ')}`);
    assert.ok(paths.includes('package-lock.json'), 'the locked dependency versions (the Word export library) are part of the code under test');
  });
});
