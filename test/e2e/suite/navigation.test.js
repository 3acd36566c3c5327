// Go to definition from a footnote reference, and rename of a footnote label.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded by mocha in the extension host */
/* global describe, it, afterEach */
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { waitFor, freshCopy, openEditor } = require('./helpers');
const { serverReady, closeWithoutSaving } = require('./featureHelpers');

/** The position just inside the first reference `needle` that is not a definition. */
function referencePosition(document, needle) {
  for (let i = 0; i < document.lineCount; i++) {
    const text = document.lineAt(i).text;
    if (text.includes(needle) && !text.startsWith(`${needle}:`)) return new vscode.Position(i, text.indexOf(needle) + 2);
  }
  throw new Error(`no reference ${needle}`);
}

describe('navigation', () => {
  afterEach(closeWithoutSaving);

  it('goes from a footnote reference to its definition', async () => {
    const { document } = await openEditor(await freshCopy('A-RES-73-331.unres'));
    await serverReady(document.uri);
    const locations = await vscode.commands.executeCommand('vscode.executeDefinitionProvider', document.uri, referencePosition(document, '[^3]'));
    assert.strictEqual(locations.length, 1);
    const target = locations[0].range || locations[0].targetRange;
    assert.match(document.lineAt(target.start.line).text, /^\[\^3\]: S\/PRST\/2010\/1;/);
  });

  it('renames a footnote label in every reference and the definition', async () => {
    const { document } = await openEditor(await freshCopy('A-RES-73-331.unres'));
    await serverReady(document.uri);
    const edit = await vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', document.uri, referencePosition(document, '[^5]'), 'ctstrategy');
    assert.ok(edit, 'no rename edit');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor(() => !document.getText().includes('[^5]'), 'every [^5] to be renamed');
    assert.strictEqual((document.getText().match(/\[\^ctstrategy\]/g) || []).length, 3);
  });
});
