// Opening a .unres file gives it the unres language and activates the extension.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded by mocha in the extension host */
/* global describe, it */
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { EXTENSION_ID, waitFor, workspaceUri, openEditor } = require('./helpers');

describe('activation', () => {
  it('opens .unres files as language unres and activates unres.unres', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(
      extension,
      `extension ${EXTENSION_ID} not loaded; loaded: ${vscode.extensions.all.map((e) => e.id).filter((id) => !id.startsWith('vscode.')).join(', ')}`,
    );
    const { document } = await openEditor(workspaceUri('faulty.unres'));
    assert.strictEqual(document.languageId, 'unres');
    await waitFor(() => extension.isActive, `${EXTENSION_ID} to become active`);
    // A failed activation also counts as active; activate() rethrows its error.
    const api = await extension.activate();
    // The extension times its own activation (`npm run bench` reads it through this file).
    const { loadMs, waitMs, activateMs } = api.activation;
    assert.ok(Number.isFinite(loadMs) && loadMs >= 0 && loadMs < 60_000, `load time ${loadMs}`);
    assert.ok(Number.isFinite(waitMs) && waitMs >= 0, `wait before activate ${waitMs}`);
    assert.ok(Number.isFinite(activateMs) && activateMs > 0 && activateMs < 60_000, `activation time ${activateMs}`);
    const report = process.env.UNRES_E2E_ACTIVATION_FILE;
    if (report) require('fs').writeFileSync(report, JSON.stringify({ loadMs, waitMs, activateMs }));
  });
});

// Its own block: the benchmark runs the tests whose title starts with `activation ` to time the start.
describe('language server process', () => {
  it('starts the language server with the allocator settings that let it give memory back (client/src/serverEnvironment.ts)', async function () {
    if (process.platform !== 'linux') this.skip();
    const fs = require('fs');
    const api = await vscode.extensions.getExtension(EXTENSION_ID).activate();
    await waitFor(() => api.client.isRunning(), 'the language client to run');
    // The server is a child of this extension host, running dist/server.js.
    const children = fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name)).filter((pid) => {
      try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return ppid === process.pid && fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').some((arg) => arg.endsWith('dist/server.js'));
      } catch {
        return false; // a process that ended meanwhile
      }
    });
    assert.strictEqual(children.length, 1, `one server process under the extension host ${process.pid}: ${children.join(', ')}`);
    const env = new Map(fs.readFileSync(`/proc/${children[0]}/environ`, 'utf8').split('\0').filter(Boolean).map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
    assert.strictEqual(env.get('MALLOC_ARENA_MAX'), process.env.MALLOC_ARENA_MAX ?? '2');
    assert.strictEqual(env.get('MALLOC_MMAP_THRESHOLD_'), process.env.MALLOC_MMAP_THRESHOLD_ ?? '131072');
    // The extension host's own environment is passed on too.
    assert.strictEqual(env.get('PATH'), process.env.PATH);
  });
});
