// Bundles the extension client, the language server and the CLI into dist/.
import { fileURLToPath } from 'node:url';
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
  // Node 20 has every Unicode property escape the sources use (\p{L}, \p{Lu}, \p{Ll}, \p{M}, \p{N},
  // \p{Nd}: general categories, there since Node 10), but esbuild's tables do not say so for any
  // `node` target (evanw/esbuild#3471), and it rewrote `/^\p{Lu}/u` inside a function into
  // `new RegExp("^\\p{Lu}", "u")`: a regular expression built again on every call, in the rules'
  // hot paths. Declared supported, the literals stay literals (test/cli/bundle.test.ts checks).
  supported: { 'regexp-unicode-property-escapes': true },
};

// The LSP protocol libraries serve both the client (through vscode-languageclient) and the server
// (through vscode-languageserver). They are bundled once, into dist/lsp-protocol.js, which both
// bundles require, rather than a copy in each (~140 kB minified of the ~1 MB the two weighed).
// Each module name maps to its own export of that file: the packages' entries differ (the bare
// `vscode-jsonrpc` is the common API, `vscode-jsonrpc/node` adds the Node transports).
const SHARED_PROTOCOL = [
  'vscode-jsonrpc',
  'vscode-jsonrpc/node',
  'vscode-languageserver-protocol',
  'vscode-languageserver-protocol/node',
  'vscode-languageserver-types',
];
const SHARED_FILE = './lsp-protocol.js';

/** Routes the shared modules of a bundle to dist/lsp-protocol.js. */
const sharedProtocol = {
  name: 'shared-lsp-protocol',
  setup(build) {
    build.onResolve({ filter: /^vscode-(jsonrpc|languageserver-protocol|languageserver-types)(\/|$)/ }, (args) => {
      if (!SHARED_PROTOCOL.includes(args.path)) {
        return { errors: [{ text: `${args.path} (required by ${args.importer}) is not in ${SHARED_FILE}: add it to SHARED_PROTOCOL in esbuild.mjs` }] };
      }
      return { path: args.path, namespace: 'lsp-protocol' };
    });
    build.onResolve({ filter: /^\.\/lsp-protocol\.js$/ }, (args) => ({ path: args.path, external: true }));
    build.onLoad({ filter: /.*/, namespace: 'lsp-protocol' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(SHARED_FILE)})[${JSON.stringify(args.path)}];`,
      loader: 'js',
    }));
  },
};

const builds = [
  {
    ...common,
    stdin: {
      contents: `module.exports = {\n${SHARED_PROTOCOL.map((m) => `  ${JSON.stringify(m)}: require(${JSON.stringify(m)}),`).join('\n')}\n};\n`,
      resolveDir: fileURLToPath(new URL('.', import.meta.url)),
      sourcefile: 'lsp-protocol.js',
      loader: 'js',
    },
    outfile: 'dist/lsp-protocol.js',
  },
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', './word.js', './preview.js'], plugins: [sharedProtocol] },
  { ...common, entryPoints: ['client/src/preview.ts'], outfile: 'dist/preview.js', external: ['vscode'] },
  // The Word import/export commands (docx, mammoth), loaded by the extension on first use.
  { ...common, entryPoints: ['client/src/wordCommands.ts'], outfile: 'dist/word.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' }, plugins: [sharedProtocol] },
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
