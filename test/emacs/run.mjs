// Runs test/emacs/check.el in batch Emacs with eglot: a third real LSP client of dist/server.js,
// configured by the README's eglot snippet as written.
// Usage: node test/emacs/run.mjs. Env: EMACS (default: emacs on PATH), UNRES_SERVER (default: dist/server.js).
import * as path from 'node:path';
import { repoRoot } from '../e2e/workspace.mjs';
import { readmeSnippet, runEditorCheck } from '../support/editorCheck.mjs';

process.exitCode = await runEditorCheck({
  name: 'emacs',
  command: process.env.EMACS || 'emacs',
  // Not -Q: Debian's site start puts eglot on the load path.
  args: ['--batch', '-l', path.join(repoRoot, 'test/emacs/check.el')],
  // No user init file, no state written to the real home; the README's eglot configuration as written.
  env: (tmp, server) => ({ HOME: tmp, UNRES_README_EMACS: readmeSnippet('Emacs 28+ with eglot', server) }),
  captureStderr: true,
});
