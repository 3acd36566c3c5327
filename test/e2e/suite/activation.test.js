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
