// Runs a headless editor (Neovim, Emacs) as a real LSP client of dist/server.js: one temp workspace,
// a timeout, the check's output forwarded with its count line kept for last (CI reads the closing line).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkBuilt, makeTempWorkspace, repoRoot } from '../e2e/workspace.mjs';

const TIMEOUT_MS = 60_000;

/** What README.md's editor snippets write where the server goes. */
const README_SERVER = '/path/to/unres/dist/server.js';

/**
 * The code block under the line that starts with `**title**` in README.md, with the server's real
 * path written in, so that the editor checks run the README's configuration as a reader copies it.
 * @param {string} title
 * @param {string} server
 */
export function readmeSnippet(title, server) {
  const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const at = readme.indexOf(`\n**${title}**`);
  if (at < 0) throw new Error(`README.md has no section "**${title}**"`);
  const open = readme.indexOf('\n```', at);
  const close = readme.indexOf('\n```', open + 4);
  if (open < 0 || close < 0) throw new Error(`README.md has no code block under "**${title}**"`);
  const code = readme.slice(readme.indexOf('\n', open + 1) + 1, close + 1);
  if (!code.includes(README_SERVER)) throw new Error(`the README's "${title}" snippet does not mention ${README_SERVER}`);
  if (/["'\\]/.test(server)) throw new Error(`the server path ${server} has a quote or backslash: it cannot be written into the snippet`);
  return code.replaceAll(README_SERVER, server);
}

/** Ends the process at once on Ctrl-C or a kill, taking the running editor (and its temp folder) along. */
const running = new Set();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const stop of running) stop();
    process.exit(1);
  });
}

/**
 * Runs `command args` in a temp workspace; resolves to its result, 0 when every check passed.
 * @param {{ name: string, command: string, args: string[], env: (tmp: string, server: string) => Record<string, string>,
 *           captureStderr?: boolean, explainFailure?: (tmp: string) => void }} check
 * @returns {Promise<number>}
 */
export function runEditorCheck(check) {
  return new Promise((resolve) => {
    const started = Date.now();
    const server = path.resolve(repoRoot, process.env.UNRES_SERVER || 'dist/server.js');
    let counts;
    const finish = (code, message) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      (code === 0 ? console.log : console.error)(`${check.name}: ${message} in ${seconds} s`);
      if (counts) console.log(counts);
      resolve(code);
    };
    try {
      checkBuilt([server]);
    } catch (e) {
      finish(1, `FAILED: ${e.message}`);
      return;
    }
    const { tmp, workspace } = makeTempWorkspace(`unres-${check.name.replace(/[^\w.-]+/g, '-')}-`);
    const cleanup = () => fs.rmSync(tmp, { recursive: true, force: true });
    const child = spawn(check.command, check.args, {
      cwd: workspace,
      stdio: ['ignore', 'pipe', check.captureStderr ? 'pipe' : 'inherit'],
      env: {
        ...process.env,
        UNRES_CHECK_NAME: check.name,
        UNRES_SERVER: server,
        UNRES_FAULTY: path.join(workspace, 'faulty.unres'),
        UNRES_EXAMPLE: path.join(workspace, 'A-RES-73-331.unres'),
        UNRES_ROOT: workspace,
        ...check.env(tmp, server),
      },
    });
    const stop = () => {
      child.kill('SIGKILL');
      cleanup();
    };
    running.add(stop);
    // The editor's own chatter on stderr is shown only on failure.
    let stderr = '';
    if (check.captureStderr) child.stderr.on('data', (d) => (stderr += d));
    const countLine = new RegExp(`^${check.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\d+ passed, \\d+ failed`);
    let pending = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop();
      for (const line of lines) {
        if (countLine.test(line)) counts = line;
        else console.log(line);
      }
    });
    child.stdout.on('end', () => {
      if (pending) console.log(pending);
    });
    // The deadline: an abort signal (its timer never holds the process open; the child does).
    let ended = false;
    AbortSignal.timeout(TIMEOUT_MS).addEventListener('abort', () => {
      if (ended) return;
      console.error(`${check.name}: no result within ${TIMEOUT_MS / 1000} s; killing it`);
      child.kill('SIGKILL');
    }, { once: true });
    child.on('error', (e) => {
      ended = true;
      running.delete(stop);
      cleanup();
      finish(1, `FAILED: could not start ${check.command} (${e.message}); run \`npm run setup:test\``);
    });
    // 'close': after the last output line was forwarded.
    child.on('close', (code, signal) => {
      if (ended) return;
      ended = true;
      running.delete(stop);
      if (code === 0) {
        cleanup();
        finish(0, 'passed');
        return;
      }
      check.explainFailure?.(tmp);
      if (stderr.trim()) console.error(`--- ${check.name} stderr ---\n${stderr.trim()}\n---`);
      cleanup();
      finish(1, `FAILED (exit ${code ?? signal})`);
    });
  });
}
