// Runs test/emacs/check.el in batch Emacs with eglot: a third real LSP client of dist/server.js.
// Usage: node test/emacs/run.mjs. Env: EMACS (default: emacs on PATH), UNRES_SERVER (default: dist/server.js).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkBuilt, makeTempWorkspace, repoRoot } from '../e2e/workspace.mjs';

const TIMEOUT_MS = 60_000;
const started = Date.now();
const emacs = process.env.EMACS || 'emacs';
const server = path.resolve(repoRoot, process.env.UNRES_SERVER || 'dist/server.js');

let counts;

/** Prints the result and the check's count line last (CI reads the closing line), then exits. */
function finish(code, message) {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  (code === 0 ? console.log : console.error)(`emacs: ${message} in ${seconds} s`);
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
      if (/^emacs: \d+ passed, \d+ failed/.test(line)) counts = line;
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

const { tmp, workspace } = makeTempWorkspace('unres-emacs-');
const cleanup = () => fs.rmSync(tmp, { recursive: true, force: true });
// Not -Q: Debian's site start puts eglot on the load path.
const child = spawn(emacs, ['--batch', '-l', path.join(repoRoot, 'test/emacs/check.el')], {
  cwd: workspace,
  stdio: ['ignore', 'pipe', 'pipe'],
  env: {
    ...process.env,
    HOME: tmp, // no user init file, no state written to the real home
    UNRES_SERVER: server,
    UNRES_FAULTY: path.join(workspace, 'faulty.unres'),
    UNRES_EXAMPLE: path.join(workspace, 'A-RES-73-331.unres'),
    UNRES_ROOT: workspace,
  },
});
// Emacs's own chatter ("Loading …") goes to stderr: show it only on failure.
let stderr = '';
child.stderr.on('data', (d) => {
  stderr += d;
});
const timer = setTimeout(() => {
  console.error(`emacs: no result within ${TIMEOUT_MS / 1000} s; killing it`);
  child.kill('SIGKILL');
}, TIMEOUT_MS);
child.on('error', (e) => {
  clearTimeout(timer);
  cleanup();
  finish(1, `FAILED: could not start ${emacs} (${e.message}); run \`npm run setup:test\``);
});
forward(child.stdout);
// 'close': after the last output line was forwarded.
child.on('close', (code, signal) => {
  clearTimeout(timer);
  cleanup();
  if (code === 0) finish(0, 'passed');
  if (stderr.trim()) console.error(`--- emacs stderr ---\n${stderr.trim()}\n---`);
  finish(1, `FAILED (exit ${code ?? signal})`);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    child.kill('SIGKILL');
    cleanup();
    process.exit(1);
  });
}
