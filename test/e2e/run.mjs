// Runs the extension tests (test/e2e/suite) in a real VS Code: code-server's
// workbench, opened in headless Chromium, with the repository as the extension
// under development. See shared/TESTING.md for why not @vscode/test-electron.
//
// Usage: node test/e2e/run.mjs [--grep PATTERN]
// Env: UNRES_E2E_TIMEOUT (seconds, default 300), UNRES_E2E_VERBOSE=1 (stream
// code-server's and the browser's logs), UNRES_E2E_KEEP=1 (keep the temp folder).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Failure, startWorkbench } from './codeServer.mjs';
import { checkBuilt, makeTempWorkspace, repoRoot, suiteIndex } from './workspace.mjs';

const timeoutMs = Number(process.env.UNRES_E2E_TIMEOUT || 300) * 1000;
const verbose = process.env.UNRES_E2E_VERBOSE === '1';
const keep = process.env.UNRES_E2E_KEEP === '1';

const grepIndex = process.argv.indexOf('--grep');
const grep = grepIndex > 0 ? process.argv[grepIndex + 1] : undefined;

const started = Date.now();
let workbench;
let tmp;
let cleaningUp;
let counts;

function log(message) {
  console.log(`e2e: ${message}`);
}

/** Workbench chatter and its expected failures to reach the network, hidden unless verbose. */
const noise = [
  /ENOTFOUND|open-vsx\.org|marketplace/i,
  /^(Resolving|Resolved) connection token/,
  /^Creating a socket/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
  /^ChatSessionStore:/,
];

/** Stops the workbench and removes the temp folder. */
async function cleanup() {
  cleaningUp ??= (async () => {
    await workbench?.stop();
    if (tmp && !keep) {
      fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
    } else if (tmp) {
      log(`kept ${tmp}`);
    }
  })();
  return cleaningUp;
}

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(signal, () => {
    console.error(`e2e: ${signal}, stopping`);
    cleanup().finally(() => process.exit(code));
  });
}

async function main() {
  try {
    checkBuilt();
  } catch (e) {
    throw new Failure(e.message);
  }
  const ws = makeTempWorkspace('unres-e2e-');
  tmp = ws.tmp;
  // UNRES_E2E_GREP is read by test/e2e/suite/index.js inside the extension host.
  workbench = await startWorkbench({ tmp, workspace: ws.workspace, verbose, env: { UNRES_E2E_GREP: grep ?? '' } });
  const { page, host, codeServer, exited, showServerLog } = workbench;

  let resolveExit;
  const exitCode = new Promise((resolve) => {
    resolveExit = resolve;
  });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = Array.isArray(args) ? args.join(' ') : String(args);
    if (!verbose && noise.some((re) => re.test(text))) return;
    // The suite's count line is printed last, after the timing (CI reads the closing line).
    if (/^e2e: \d+ passed, \d+ failed/.test(text.trim())) {
      counts = text.trim();
      return;
    }
    (type === 'error' ? console.error : console.log)(text);
  });
  await page.exposeFunction('codeAutomationExit', (code) => {
    resolveExit(code);
  });
  const url = workbench.url([['extensionTestsPath', workbench.remote(suiteIndex)]]);
  log(`code-server ${host} ready after ${((Date.now() - started) / 1000).toFixed(1)} s; opening the workbench`);
  await page.goto(url);

  let timer;
  const timedOut = new Promise((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const serverDied = new Promise((resolve) => {
    codeServer.once('exit', () => resolve('server-exit'));
  });
  const result = await Promise.race([exitCode, timedOut, serverDied]);
  clearTimeout(timer);
  if (result === 'timeout' || result === 'server-exit') {
    const shot = path.join(repoRoot, 'test-results/e2e-failure.png');
    try {
      fs.mkdirSync(path.dirname(shot), { recursive: true });
      await page.screenshot({ path: shot, timeout: 5000 });
      console.error(`e2e: screenshot of the workbench: ${path.relative(repoRoot, shot)}`);
    } catch {
      // the page may be gone
    }
    showServerLog();
    throw new Failure(
      result === 'timeout'
        ? `the tests did not finish within ${timeoutMs / 1000} s (did the extension host start? UNRES_E2E_VERBOSE=1 shows its logs)`
        : `code-server exited (${exited.code}) before the tests finished`,
    );
  }
  return Number(result) || 0;
}

let code = 1;
try {
  code = await main();
  log(`${code === 0 ? 'passed' : 'FAILED'} (exit ${code}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (e) {
  console.error(`e2e: FAILED: ${e instanceof Failure ? e.message : e.stack || e}`);
  code = 1;
} finally {
  await cleanup();
}
if (counts) console.log(counts);
process.exit(code);
