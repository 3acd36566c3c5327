// A real VS Code workbench for tests and screenshots: code-server on loopback, opened in headless
// Debian Chromium through playwright-core (see shared/TESTING.md). Used by test/e2e/run.mjs and
// scripts/screenshot.mjs.
/* global fetch */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { repoRoot } from './workspace.mjs';

export const codeServerEntry = path.join(repoRoot, '.vscode-test/code-server/node_modules/code-server/out/node/entry.js');
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** A failure to report in one line, without a stack trace. */
export class Failure extends Error {}

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

/** Polls /healthz until code-server answers, it exits, or 30 s pass. */
async function waitForHealthy(port, exited) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (exited.code !== undefined) throw new Failure(`code-server exited with code ${exited.code} before it answered /healthz`);
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

/**
 * Lists extension folders as installed (not under development) in code-server's extensions folder:
 * its profile file, extensions.json, may point at folders anywhere. Installed extensions go through
 * VS Code's enablement checks (workspace trust, virtual workspaces); extensions under development
 * never do.
 */
function installExtensions(extensionsDir, folders) {
  const entries = folders.map((folder) => {
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8'));
    return {
      identifier: { id: `${manifest.publisher}.${manifest.name}`.toLowerCase() },
      version: manifest.version,
      location: { $mid: 1, scheme: 'file', path: folder },
      metadata: { installedTimestamp: Date.now(), source: 'vsix', pinned: true },
    };
  });
  fs.writeFileSync(path.join(extensionsDir, 'extensions.json'), JSON.stringify(entries));
}

/**
 * Starts code-server for `workspace` and a headless Chromium page; everything lives under `tmp`.
 * Returns the page, the host, a function building the workbench URL and `stop()`, which closes the
 * browser and kills code-server's whole process group (its file watchers outlive a plain kill).
 *
 * Options: `workspaceTrust` (default false: code-server runs with --disable-workspace-trust; when true,
 * the user settings decide, e.g. an untrusted folder opens in restricted mode), `developmentPath` (the
 * extension under development, default the repository), `installed` (extension folders to list as
 * installed extensions).
 */
export async function startWorkbench({ tmp, workspace, verbose = false, env = {}, userSettings, viewport, chromiumArgs = [], workspaceTrust = false, developmentPath = repoRoot, installed = [] }) {
  if (!fs.existsSync(codeServerEntry)) throw new Failure('code-server is not installed: run `npm run setup:test` first');
  if (!fs.existsSync(chromiumPath)) throw new Failure(`${chromiumPath} not found: run \`npm run setup:test\` first (or set CHROMIUM_PATH)`);
  const dirs = {};
  for (const d of ['user-data', 'extensions', 'xdg-config', 'xdg-data', 'xdg-cache', 'xdg-state']) {
    dirs[d] = path.join(tmp, d);
    fs.mkdirSync(dirs[d], { recursive: true });
  }
  if (installed.length > 0) installExtensions(dirs.extensions, installed);
  if (userSettings) {
    fs.mkdirSync(path.join(dirs['user-data'], 'User'), { recursive: true });
    fs.writeFileSync(path.join(dirs['user-data'], 'User/settings.json'), `${JSON.stringify(userSettings, null, 2)}\n`);
  }
  // Keep code-server's and Chromium's config, logs and caches out of the home folder.
  const xdg = { XDG_CONFIG_HOME: dirs['xdg-config'], XDG_DATA_HOME: dirs['xdg-data'], XDG_CACHE_HOME: dirs['xdg-cache'], XDG_STATE_HOME: dirs['xdg-state'] };
  const serverLog = path.join(tmp, 'code-server.log');
  const serverLogFd = fs.openSync(serverLog, 'a');
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const codeServer = spawn(
    process.execPath,
    [
      codeServerEntry,
      '--bind-addr', host,
      '--auth', 'none',
      '--user-data-dir', dirs['user-data'],
      '--extensions-dir', dirs.extensions,
      '--disable-telemetry',
      '--disable-update-check',
      ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
      '--disable-getting-started-override',
      workspace,
    ],
    {
      cwd: tmp,
      detached: true,
      stdio: ['ignore', verbose ? 'inherit' : serverLogFd, verbose ? 'inherit' : serverLogFd],
      // No extension gallery: code-server would otherwise query open-vsx.org (no network in tests).
      env: { ...process.env, ...xdg, EXTENSIONS_GALLERY: '{}', ...env },
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
  const killGroup = (signal) => {
    if (!codeServer.pid) return;
    try {
      process.kill(-codeServer.pid, signal);
    } catch {
      // already gone
    }
  };
  let browser;
  let stopping;
  const stop = () => {
    stopping ??= (async () => {
      if (browser) await Promise.race([browser.close().catch(() => {}), delay(5000)]);
      if (codeServer.exitCode === null && codeServer.signalCode === null) {
        const gone = new Promise((resolve) => codeServer.once('exit', resolve));
        killGroup('SIGTERM');
        if (!(await Promise.race([gone.then(() => true), delay(5000).then(() => false)]))) killGroup('SIGKILL');
      }
      // Children of code-server (extension host, language server) may outlive it.
      killGroup('SIGKILL');
    })();
    return stopping;
  };
  try {
    try {
      await waitForHealthy(port, exited);
    } catch (e) {
      showServerLog();
      throw e;
    }
    browser = await chromium
      .launch({
        executablePath: chromiumPath,
        headless: true,
        // The callers' handlers stop code-server too; Playwright's would exit first.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        env: { ...process.env, ...xdg },
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...chromiumArgs],
      })
      .catch((e) => {
        throw new Failure(`could not start ${chromiumPath}: ${e.message}`);
      });
    const context = await browser.newContext(viewport ? { viewport, deviceScaleFactor: 1, colorScheme: 'light' } : {});
    const page = await context.newPage();
    if (verbose) page.on('console', (m) => console.log(`[browser ${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => console.error(`[browser pageerror] ${e.message}`));
    const remote = (p) => `vscode-remote://${host}${p}`;
    /** The workbench URL with development options (`payload`) for the extension under development. */
    const url = (extraPayload = []) => {
      const payload = [['extensionDevelopmentPath', remote(developmentPath)], ['skipWelcome', 'true'], ...extraPayload];
      return `http://${host}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    };
    return { page, host, remote, url, codeServer, exited, showServerLog, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
