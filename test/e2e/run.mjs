// Runs the extension tests (test/e2e/suite) in a real VS Code: code-server's
// workbench, opened in headless Chromium, with the repository as the extension
// under development. See shared/TESTING.md for why not @vscode/test-electron.
//
// Usage: node test/e2e/run.mjs [--grep PATTERN]
// Env: UNRES_E2E_TIMEOUT (seconds, default 300), UNRES_E2E_VERBOSE=1 (stream
// code-server's and the browser's logs), UNRES_E2E_KEEP=1 (keep the temp folder).
/* global fetch */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { checkBuilt, makeTempWorkspace, repoRoot, suiteIndex } from './workspace.mjs';

const codeServerEntry = path.join(repoRoot, '.vscode-test/code-server/node_modules/code-server/out/node/entry.js');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const timeoutMs = Number(process.env.UNRES_E2E_TIMEOUT || 300) * 1000;
const verbose = process.env.UNRES_E2E_VERBOSE === '1';
const keep = process.env.UNRES_E2E_KEEP === '1';

const grepIndex = process.argv.indexOf('--grep');
const grep = grepIndex > 0 ? process.argv[grepIndex + 1] : undefined;

const started = Date.now();
let codeServer;
let browser;
let tmp;
let cleaningUp;
let counts;

function log(message) {
  console.log(`e2e: ${message}`);
}

class Failure extends Error {}

/** Workbench chatter and its expected failures to reach the network, hidden unless verbose. */
const noise = [
  /ENOTFOUND|open-vsx\.org|marketplace/i,
  /^(Resolving|Resolved) connection token/,
  /^Creating a socket/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
  /^ChatSessionStore:/,
];

/** A free TCP port on loopback. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls /healthz until code-server answers, it exits, or 30 s pass. */
async function waitForHealthy(port, exited) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (exited.code !== undefined) {
      throw new Failure(`code-server exited with code ${exited.code} before it answered /healthz`);
    }
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await delay(100);
  }
  throw new Failure('code-server did not answer /healthz within 30 s');
}

/** Stops code-server (its whole process group: file watchers outlive a plain kill) and the browser. */
async function cleanup() {
  cleaningUp ??= (async () => {
    if (browser) {
      await Promise.race([browser.close().catch(() => {}), delay(5000)]);
    }
    if (codeServer && codeServer.exitCode === null && codeServer.signalCode === null) {
      const gone = new Promise((resolve) => codeServer.once('exit', resolve));
      killGroup('SIGTERM');
      if (!(await Promise.race([gone.then(() => true), delay(5000).then(() => false)]))) {
        killGroup('SIGKILL');
      }
    }
    // Children of code-server (extension host, language server) may outlive it.
    killGroup('SIGKILL');
    if (tmp && !keep) {
      fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
    } else if (tmp) {
      log(`kept ${tmp}`);
    }
  })();
  return cleaningUp;
}

function killGroup(signal) {
  if (!codeServer?.pid) return;
  try {
    process.kill(-codeServer.pid, signal);
  } catch {
    // already gone
  }
}

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(signal, () => {
    console.error(`e2e: ${signal}, stopping`);
    cleanup().finally(() => process.exit(code));
  });
}

async function main() {
  if (!fs.existsSync(codeServerEntry)) {
    throw new Failure('code-server is not installed: run `npm run setup:test` first');
  }
  if (!fs.existsSync(chromiumPath)) {
    throw new Failure(`${chromiumPath} not found: run \`npm run setup:test\` first (or set CHROMIUM_PATH)`);
  }
  try {
    checkBuilt();
  } catch (e) {
    throw new Failure(e.message);
  }

  const ws = makeTempWorkspace('unres-e2e-');
  tmp = ws.tmp;
  const dirs = {};
  for (const d of ['user-data', 'extensions', 'xdg-config', 'xdg-data', 'xdg-cache', 'xdg-state']) {
    dirs[d] = path.join(tmp, d);
    fs.mkdirSync(dirs[d]);
  }
  // Keep code-server's and Chromium's config, logs and caches out of the home folder.
  const xdg = {
    XDG_CONFIG_HOME: dirs['xdg-config'],
    XDG_DATA_HOME: dirs['xdg-data'],
    XDG_CACHE_HOME: dirs['xdg-cache'],
    XDG_STATE_HOME: dirs['xdg-state'],
  };
  const serverLog = path.join(tmp, 'code-server.log');
  const serverLogFd = fs.openSync(serverLog, 'a');

  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  codeServer = spawn(
    process.execPath,
    [
      codeServerEntry,
      '--bind-addr', host,
      '--auth', 'none',
      '--user-data-dir', dirs['user-data'],
      '--extensions-dir', dirs.extensions,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      ws.workspace,
    ],
    {
      cwd: tmp,
      detached: true,
      stdio: ['ignore', verbose ? 'inherit' : serverLogFd, verbose ? 'inherit' : serverLogFd],
      env: {
        ...process.env,
        ...xdg,
        // No extension gallery: code-server would otherwise query open-vsx.org (no network in tests).
        EXTENSIONS_GALLERY: '{}',
        // Read by test/e2e/suite/index.js inside the extension host.
        UNRES_E2E_GREP: grep ?? '',
      },
    },
  );
  const exited = {};
  codeServer.on('exit', (code, signal) => {
    exited.code = code ?? signal;
  });
  fs.closeSync(serverLogFd);
  const showServerLog = () => {
    if (verbose || !fs.existsSync(serverLog)) return;
    const text = fs.readFileSync(serverLog, 'utf8').trim();
    if (text) console.error(`--- code-server log (last 40 lines) ---\n${text.split('\n').slice(-40).join('\n')}\n---`);
  };

  try {
    await waitForHealthy(port, exited);
  } catch (e) {
    showServerLog();
    throw e;
  }

  // Playwright gives the browser a fresh temporary profile of its own.
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // Our own handlers stop code-server too; Playwright's would exit first.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    env: { ...process.env, ...xdg },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  }).catch((e) => {
    throw new Failure(`could not start ${chromiumPath}: ${e.message}`);
  });
  const page = await browser.newPage();

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
  if (verbose) {
    page.on('console', (m) => console.log(`[browser ${m.type()}] ${m.text()}`));
  }
  page.on('pageerror', (e) => console.error(`[browser pageerror] ${e.message}`));

  const remote = (p) => `vscode-remote://${host}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(repoRoot)],
    ['extensionTestsPath', remote(suiteIndex)],
    ['skipWelcome', 'true'],
  ];
  const url =
    `http://${host}/?folder=${encodeURIComponent(ws.workspace)}` +
    `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
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
