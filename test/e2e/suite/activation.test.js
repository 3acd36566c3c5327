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
    await extension.activate();
  });
});
