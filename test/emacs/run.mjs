// Runs test/emacs/check.el in batch Emacs with eglot: a third real LSP client of dist/server.js.
// Usage: node test/emacs/run.mjs. Env: EMACS (default: emacs on PATH), UNRES_SERVER (default: dist/server.js).
import * as path from 'node:path';
import { repoRoot } from '../e2e/workspace.mjs';
import { runEditorCheck } from '../support/editorCheck.mjs';

runEditorCheck({
  name: 'emacs',
  command: process.env.EMACS || 'emacs',
  // Not -Q: Debian's site start puts eglot on the load path.
  args: ['--batch', '-l', path.join(repoRoot, 'test/emacs/check.el')],
  env: (tmp) => ({ HOME: tmp }), // no user init file, no state written to the real home
  captureStderr: true,
});
