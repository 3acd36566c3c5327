// Runs the extension tests (test/e2e/suite) in a real VS Code: code-server's
// workbench, opened in headless Chromium, with the repository as the extension
// under development; then again in restricted mode (see PASSES). See
// shared/TESTING.md for why not @vscode/test-electron.
//
// Usage: node test/e2e/run.mjs [--grep PATTERN] [--pass trusted|restricted]
// Env: UNRES_E2E_TIMEOUT (seconds, default 300), UNRES_E2E_VERBOSE=1 (stream
// code-server's and the browser's logs), UNRES_E2E_KEEP=1 (keep the temp folders).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createCleanup, removeFolder } from '../support/processes.mjs';
import { Failure, startWorkbench } from './codeServer.mjs';
import { checkBuilt, makeTempWorkspace, repoRoot, suiteIndex } from './workspace.mjs';

const timeoutMs = Number(process.env.UNRES_E2E_TIMEOUT || 300) * 1000;
const verbose = process.env.UNRES_E2E_VERBOSE === '1';
const keep = process.env.UNRES_E2E_KEEP === '1';

function option(name) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}
const grep = option('--grep');

/**
 * The two launches. `trusted`: the repository is the extension under development, workspace trust
 * off, every suite but restricted*.test.js. `restricted`: workspace trust on and the folder never
 * trusted (restricted mode); unres is an installed extension, so VS Code enables it only because its
 * manifest declares `capabilities.untrustedWorkspaces` (extensions under development are never
 * disabled); a harness extension under development carries the restricted*.test.js suites.
 */
const PASSES = [
  { name: 'trusted' },
  {
    name: 'restricted',
    workspaceTrust: true,
    developmentPath: path.join(repoRoot, 'test/e2e/harness'),
    installed: [repoRoot],
    userSettings: {
      'security.workspace.trust.enabled': true,
      'security.workspace.trust.startupPrompt': 'never',
      'security.workspace.trust.banner': 'never',
      'security.workspace.trust.emptyWindow': false,
    },
  },
];
const only = option('--pass');
if (only && !PASSES.some((p) => p.name === only)) {
  console.error(`e2e: unknown --pass ${only}; one of ${PASSES.map((p) => p.name).join(', ')}`);
  process.exit(2);
}
const passes = PASSES.filter((p) => !only || p.name === only);

const started = Date.now();
const cleanup = createCleanup('e2e');

function log(message) {
  console.log(`e2e: ${message}`);
}

function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

/** Workbench chatter and its expected failures to reach the network, hidden unless verbose. */
const noise = [
  /ENOTFOUND|open-vsx\.org|marketplace/i,
  /^(Resolving|Resolved) connection token/,
  /^Creating a socket/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
  /^ChatSessionStore:/,
  /^Ignoring fetching additional builtin extensions from gallery/,
];

/** The suite's closing line, printed by test/e2e/suite/index.js. */
const COUNT_LINE = /^e2e: (\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/;

/** Runs one pass in its own code-server and workspace; resolves with its exit code and counts. */
async function runPass(pass) {
  const passStarted = Date.now();
  const ws = makeTempWorkspace(`unres-e2e-${pass.name}-`);
  const removeTmp = cleanup.add(removeFolder(ws.tmp, { keep: () => keep, log }));
  let counts;
  // UNRES_E2E_GREP and UNRES_E2E_PASS are read by test/e2e/suite/index.js inside the extension host.
  const workbench = await startWorkbench({
    tmp: ws.tmp,
    workspace: ws.workspace,
    verbose,
    env: { UNRES_E2E_GREP: grep ?? '', UNRES_E2E_PASS: pass.name },
    userSettings: pass.userSettings,
    workspaceTrust: pass.workspaceTrust,
    developmentPath: pass.developmentPath,
    installed: pass.installed,
  });
  const stopWorkbench = cleanup.add(() => workbench.stop());
  try {
    const { page, host, codeServer, exited, showServerLog } = workbench;
    let resolveExit;
    const exitCode = new Promise((resolve) => {
      resolveExit = resolve;
    });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = Array.isArray(args) ? args.join(' ') : String(args);
      if (!verbose && noise.some((re) => re.test(text))) return;
      // The suite's count line is printed last, after the timing (CI reads the closing line).
      const match = COUNT_LINE.exec(text.trim());
      if (match) {
        counts = { passed: Number(match[1]), failed: Number(match[2]), skipped: Number(match[3] ?? 0) };
        return;
      }
      (type === 'error' ? console.error : console.log)(text);
    });
    await page.exposeFunction('codeAutomationExit', (code) => {
      resolveExit(code);
    });
    const url = workbench.url([['extensionTestsPath', workbench.remote(suiteIndex)]]);
    log(`[${pass.name}] code-server ${host} ready after ${seconds(passStarted)}; opening the workbench`);
    await page.goto(url);

    // The deadline side of the race: an abort signal (its timer never holds the process open).
    const timedOut = new Promise((resolve) => AbortSignal.timeout(timeoutMs).addEventListener('abort', () => resolve('timeout'), { once: true }));
    const serverDied = new Promise((resolve) => {
      codeServer.once('exit', () => resolve('server-exit'));
    });
    const result = await Promise.race([exitCode, timedOut, serverDied]);
    if (result === 'timeout' || result === 'server-exit') {
      const shot = path.join(repoRoot, `test-results/e2e-${pass.name}-failure.png`);
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
          ? `[${pass.name}] the tests did not finish within ${timeoutMs / 1000} s (did the extension host start? UNRES_E2E_VERBOSE=1 shows its logs)`
          : `[${pass.name}] code-server exited (${exited.code}) before the tests finished`,
      );
    }
    const code = Number(result) || 0;
    log(`[${pass.name}] ${code === 0 ? 'passed' : 'FAILED'} (exit ${code}) in ${seconds(passStarted)}`);
    return { code, counts };
  } finally {
    // Free the machine before the next pass starts.
    await stopWorkbench();
    await removeTmp();
  }
}

async function main() {
  try {
    checkBuilt();
  } catch (e) {
    throw new Failure(e.message);
  }
  const results = [];
  for (const pass of passes) {
    results.push({ pass, ...(await runPass(pass)) });
  }
  return results;
}

let code = 1;
let results = [];
try {
  results = await main();
  code = results.every((r) => r.code === 0) ? 0 : 1;
  log(`${code === 0 ? 'passed' : 'FAILED'} (exit ${code}) in ${seconds(started)}`);
} catch (e) {
  console.error(`e2e: FAILED: ${e instanceof Failure ? e.message : e.stack || e}`);
  code = 1;
} finally {
  await cleanup.run();
}
const counted = results.filter((r) => r.counts);
if (counted.length > 0) {
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const { pass, counts } of counted) {
    if (counted.length > 1) {
      console.log(`e2e: [${pass.name}] ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
    }
    for (const k of Object.keys(total)) total[k] += counts[k];
  }
  if (code === 0 && total.passed === 0) {
    console.error(`e2e: FAILED: no test ran${grep ? ` (nothing matches --grep ${grep})` : ''}`);
    code = 1;
  }
  console.log(`e2e: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
}
process.exit(code);
