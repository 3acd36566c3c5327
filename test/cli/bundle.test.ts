/**
 * What esbuild makes of the sources (esbuild.mjs): regular expressions with Unicode property
 * escapes stay literals in the server and CLI bundles. esbuild's tables say no `node` target has
 * them (evanw/esbuild#3471) and rewrote such a literal into `new RegExp("…\\p{Lu}…", "u")`, built
 * again on every call of the function that holds it: 27 of them in the rules' paths before
 * esbuild.mjs declared the feature supported.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers';

describe('the bundles (esbuild.mjs)', () => {
  for (const file of ['dist/server.js', 'dist/cli.js']) {
    it(`${file}: regular expressions with \\p{…} are literals, not built by new RegExp on each call`, () => {
      const code = readFileSync(join(ROOT, file), 'utf8');
      const built = [...code.matchAll(/new RegExp\("[^"\n]{0,200}\\\\p\{/g)].map((m) => m[0]);
      assert.deepEqual(built, [], 'set `supported` in esbuild.mjs');
      // And the literals are there: keepCase's (server/src/core/rules/kinds/substitution.ts).
      assert.ok(code.includes('.match(/\\p{L}/u)'), 'keepCase keeps its literal');
    });
  }
});
