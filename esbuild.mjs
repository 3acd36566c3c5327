// Bundles the extension client, the language server and the CLI into dist/.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', './word.js', './preview.js'] },
  { ...common, entryPoints: ['client/src/preview.ts'], outfile: 'dist/preview.js', external: ['vscode'] },
  // The Word import/export commands (docx, mammoth), loaded by the extension on first use.
  { ...common, entryPoints: ['client/src/wordCommands.ts'], outfile: 'dist/word.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } },
  {
    ...common,
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
    // `unres import` and `unres export` carry docx and mammoth: dist/cli-word.js, loaded by those
    // commands only, so that `unres lint` does not parse them at start-up.
    external: ['./cli-word.js'],
  },
  { ...common, entryPoints: ['server/src/cli/importExport.ts'], outfile: 'dist/cli-word.js' },
];

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
