// Runs test/nvim/check.lua in each headless Neovim there is here: a real LSP client of
// dist/server.js, and the README's Neovim configuration for that version, as written.
// The Neovims: Debian 12's (0.7; NVIM overrides it) and those scripts/setup-test-env.sh unpacks
// from newer Debian releases into .vscode-test/neovim-<suite>/ (0.10, and 0.11 or later).
// Usage: node test/nvim/run.mjs. Env: NVIM (default: nvim on PATH), UNRES_SERVER (default: dist/server.js).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../e2e/workspace.mjs';
import { readmeSnippet, runEditorCheck } from '../support/editorCheck.mjs';

/** The README's Neovim configurations, by the versions they are for. */
const SNIPPETS = [
  { title: 'Neovim 0.7', from: 7, to: 7 },
  { title: 'Neovim 0.8+', from: 8, to: Infinity },
  { title: 'Neovim 0.11+', from: 11, to: Infinity },
];

/** The minor version of a Neovim 0.x, from its `--version`; undefined when it does not start. */
function minorVersion(command) {
  try {
    const first = execFileSync(command, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 20_000 }).split('\n')[0];
    const match = /^NVIM v0\.(\d+)\.(\d+)/.exec(first);
    return match ? { minor: Number(match[1]), version: `0.${match[1]}.${match[2]}` } : undefined;
  } catch {
    return undefined;
  }
}

const installed = path.join(repoRoot, '.vscode-test');
const commands = [process.env.NVIM || 'nvim'];
if (!process.env.NVIM && fs.existsSync(installed)) {
  for (const entry of fs.readdirSync(installed).sort()) {
    const launcher = path.join(installed, entry, 'nvim');
    if (entry.startsWith('neovim-') && fs.existsSync(launcher)) commands.push(launcher);
  }
}

let failed = 0;
const neovims = [];
for (const command of commands) {
  const found = minorVersion(command);
  if (found) neovims.push({ command, ...found });
  else {
    console.error(`nvim: ${command} does not start or is not Neovim 0.x; run \`npm run setup:test\``);
    failed++;
  }
}
neovims.sort((a, b) => a.minor - b.minor);
const covered = new Set();
for (const { command, ...found } of neovims) {
  for (const snippet of SNIPPETS.filter((s) => found.minor >= s.from && found.minor <= s.to)) {
    covered.add(snippet.title);
    const code = await runEditorCheck({
      name: `nvim ${found.version} (README ${snippet.title})`,
      command,
      args: ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(repoRoot, 'test/nvim/check.lua')}`],
      // Keep Neovim's state and logs out of the home folder; the README's configuration as written.
      env: (tmp, server) => ({
        UNRES_README_TITLE: snippet.title,
        UNRES_README_SNIPPET: readmeSnippet(snippet.title, server),
        XDG_STATE_HOME: path.join(tmp, 'state'),
        XDG_CACHE_HOME: path.join(tmp, 'cache'),
        XDG_DATA_HOME: path.join(tmp, 'data'),
        XDG_CONFIG_HOME: path.join(tmp, 'config'),
      }),
      // Neovim logs the server's stderr in lsp.log: show it, it usually says why.
      explainFailure(tmp) {
        const lspLog = [path.join(tmp, 'state/nvim/lsp.log'), path.join(tmp, 'cache/nvim/lsp.log')].find((f) => fs.existsSync(f));
        if (!lspLog) return;
        const lines = fs.readFileSync(lspLog, 'utf8').trim().split('\n');
        console.error(`--- ${path.basename(lspLog)} (last 30 lines) ---\n${lines.slice(-30).join('\n')}\n---`);
      },
    });
    if (code !== 0) failed++;
  }
}
// Every README snippet must have run in some Neovim, unless the run was pointed at one Neovim.
if (!process.env.NVIM) {
  for (const { title } of SNIPPETS) {
    if (!covered.has(title)) {
      console.error(`nvim: no Neovim here runs the README's "${title}" configuration; run \`npm run setup:test\``);
      failed++;
    }
  }
}
console.log(`nvim: ${failed === 0 ? 'passed' : `${failed} run(s) FAILED`} (${commands.length} Neovim(s))`);
process.exitCode = failed === 0 ? 0 : 1;
