// Shared by the e2e launchers: paths, and a throw-away workspace the tests may edit.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the extension development path). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The mocha entry point that runs inside the extension host. */
export const suiteIndex = path.join(repoRoot, 'test/e2e/suite/index.js');

/** Where the example resolution may be found: the fixtures first, then shared/ beside the repo. */
const exampleCandidates = [
  path.join(repoRoot, 'test/fixtures/A-RES-73-331.unres'),
  path.join(repoRoot, '../shared/examples/A-RES-73-331.unres'),
];

/** Official texts for the import tests, copied to `workspace/sources/`: file name → where to find it. */
const importSources = {
  'A-RES-73-331.txt': path.join(repoRoot, '../shared/seed/A-RES-73-331.txt'),
  'A_RES_73_331.txt': path.join(repoRoot, '../shared/corpus/pdf-text/A_RES_73_331.txt'),
};

/**
 * Creates a temp folder holding `workspace/`: a copy of test/fixtures, the
 * example resolution, the official texts to import (sources/) and workspace
 * settings for the tests.
 */
export function makeTempWorkspace(prefix) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(repoRoot, 'test/fixtures'), workspace, { recursive: true });
  const example = exampleCandidates.find((p) => fs.existsSync(p));
  if (!example) {
    throw new Error(`A-RES-73-331.unres not found; looked in:\n  ${exampleCandidates.join('\n  ')}`);
  }
  if (!fs.existsSync(path.join(workspace, 'A-RES-73-331.unres'))) {
    fs.copyFileSync(example, path.join(workspace, 'A-RES-73-331.unres'));
  }
  fs.mkdirSync(path.join(workspace, 'sources'));
  for (const [name, source] of Object.entries(importSources)) {
    if (!fs.existsSync(source)) throw new Error(`${source} not found (the import tests read it)`);
    fs.copyFileSync(source, path.join(workspace, 'sources', name));
  }
  // Word-based suggestions would offer `_Recalling_` copied from the open
  // documents, making the completion tests pass without the language server.
  fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
  fs.writeFileSync(
    path.join(workspace, '.vscode/settings.json'),
    `${JSON.stringify({ 'editor.wordBasedSuggestions': 'off' }, null, 2)}\n`,
  );
  return { tmp, workspace };
}

/** Fails early, with what to run, when bundles (paths relative to the repo) are missing. */
export function checkBuilt(files = ['dist/extension.js', 'dist/server.js', 'dist/lsp-protocol.js']) {
  const missing = files.filter((f) => !fs.existsSync(path.resolve(repoRoot, f)));
  if (missing.length) {
    throw new Error(`${missing.join(', ')} missing: run \`npm run build\` first`);
  }
}
