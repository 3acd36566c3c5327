// Runs test/nvim/check.lua in headless Neovim (0.7 here): a second real LSP client of dist/server.js,
// and the README's Neovim configuration for that version, as written.
// Usage: node test/nvim/run.mjs. Env: NVIM (default: nvim on PATH), UNRES_SERVER (default: dist/server.js).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../e2e/workspace.mjs';
import { readmeSnippet, runEditorCheck } from '../support/editorCheck.mjs';

runEditorCheck({
  name: 'nvim',
  command: process.env.NVIM || 'nvim',
  args: ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(repoRoot, 'test/nvim/check.lua')}`],
  // Keep Neovim's state and logs out of the home folder.
  // The README's two configurations, as written there: check.lua runs the one for its version.
  env: (tmp, server) => ({
    UNRES_README_NVIM_07: readmeSnippet('Neovim 0.7', server),
    UNRES_README_NVIM_08: readmeSnippet('Neovim 0.8+', server),
    XDG_STATE_HOME: path.join(tmp, 'state'),
    XDG_CACHE_HOME: path.join(tmp, 'cache'),
    XDG_DATA_HOME: path.join(tmp, 'data'),
    XDG_CONFIG_HOME: path.join(tmp, 'config'),
  }),
  // Neovim logs the server's stderr in lsp.log: show it, it usually says why.
  explainFailure(tmp) {
    const lspLog = path.join(tmp, 'cache/nvim/lsp.log');
    if (!fs.existsSync(lspLog)) return;
    const lines = fs.readFileSync(lspLog, 'utf8').trim().split('\n');
    console.error(`--- ${path.basename(lspLog)} (last 30 lines) ---\n${lines.slice(-30).join('\n')}\n---`);
  },
});
