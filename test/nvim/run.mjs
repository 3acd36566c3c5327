// Runs test/nvim/check.lua in headless Neovim 0.7: a second real LSP client of dist/server.js.
// Usage: node test/nvim/run.mjs. Env: NVIM (default: nvim on PATH), UNRES_SERVER (default: dist/server.js).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkBuilt, makeTempWorkspace, repoRoot } from '../e2e/workspace.mjs';

const TIMEOUT_MS = 60_000;
const started = Date.now();
const nvim = process.env.NVIM || 'nvim';
const server = path.resolve(repoRoot, process.env.UNRES_SERVER || 'dist/server.js');

let counts;

/** Prints the result and the check's count line last (CI reads the closing line), then exits. */
function finish(code, message) {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  (code === 0 ? console.log : console.error)(`nvim: ${message} in ${seconds} s`);
  if (counts) console.log(counts);
  process.exit(code);
}

/** Forwards the check's output line by line, keeping back its count line. */
function forward(stream) {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop();
    for (const line of lines) {
      if (/^nvim: \d+ passed, \d+ failed/.test(line)) counts = line;
      else console.log(line);
    }
  });
  stream.on('end', () => {
    if (pending) console.log(pending);
  });
}

try {
  checkBuilt([server]);
} catch (e) {
  finish(1, `FAILED: ${e.message}`);
}

const { tmp, workspace } = makeTempWorkspace('unres-nvim-');
const child = spawn(
  nvim,
  ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(repoRoot, 'test/nvim/check.lua')}`],
  {
    cwd: workspace,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      UNRES_SERVER: server,
      UNRES_FAULTY: path.join(workspace, 'faulty.unres'),
      UNRES_EXAMPLE: path.join(workspace, 'A-RES-73-331.unres'),
      UNRES_ROOT: workspace,
      // Keep Neovim's state and logs out of the home folder.
      XDG_STATE_HOME: path.join(tmp, 'state'),
      XDG_CACHE_HOME: path.join(tmp, 'cache'),
      XDG_DATA_HOME: path.join(tmp, 'data'),
      XDG_CONFIG_HOME: path.join(tmp, 'config'),
    },
  },
);
const timer = setTimeout(() => {
  console.error(`nvim: no result within ${TIMEOUT_MS / 1000} s; killing it`);
  child.kill('SIGKILL');
}, TIMEOUT_MS);
const cleanup = () => fs.rmSync(tmp, { recursive: true, force: true });
child.on('error', (e) => {
  clearTimeout(timer);
  cleanup();
  finish(1, `FAILED: could not start ${nvim} (${e.message}); run \`npm run setup:test\``);
});
forward(child.stdout);
// 'close': after the last output line was forwarded.
child.on('close', (code, signal) => {
  clearTimeout(timer);
  if (code === 0) {
    cleanup();
    finish(0, 'passed');
  }
  // Neovim logs the server's stderr here: show it, it usually says why.
  const lspLog = path.join(tmp, 'cache/nvim/lsp.log');
  if (fs.existsSync(lspLog)) {
    const lines = fs.readFileSync(lspLog, 'utf8').trim().split('\n');
    console.error(`--- ${path.basename(lspLog)} (last 30 lines) ---\n${lines.slice(-30).join('\n')}\n---`);
  }
  cleanup();
  finish(1, `FAILED (exit ${code ?? signal})`);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    child.kill('SIGKILL');
    cleanup();
    process.exit(1);
  });
}
