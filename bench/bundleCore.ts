/**
 * Bundles the core's facade (server/src/core/languageService.ts) the way esbuild.mjs bundles the
 * server: the options that change the code are the same (`supported`: regular expression literals
 * with `\p{…}` stay literals). Used by the benchmark and by bench:compare.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Bundles the core found under `root` (this checkout, or an extracted older tree) into `outfile`. */
export async function bundleCore(root: string, outfile: string): Promise<string> {
  await esbuild.build({
    entryPoints: [join(root, 'server/src/core/languageService.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    // The dependencies of an older tree are this checkout's.
    nodePaths: [join(ROOT, 'node_modules')],
    supported: { 'regexp-unicode-property-escapes': true },
  });
  return outfile;
}
