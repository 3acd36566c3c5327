// Document links: symbols and resolutions open their page on undocs.org.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded by mocha in the extension host */
/* global describe, it */
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { waitFor, workspaceUri, openEditor } = require('./helpers');

describe('document links', () => {
  it('links resolution references and document symbols to undocs.org', async () => {
    const uri = workspaceUri('A-RES-73-331.unres');
    const { document } = await openEditor(uri);
    const links = await waitFor(async () => {
      const found = await vscode.commands.executeCommand('vscode.executeLinkProvider', uri);
      return found && found.length > 0 && found;
    }, 'document links on the example');
    const targets = links.map((l) => `${document.getText(l.range)} → ${l.target.toString(true)}`);
    assert.ok(targets.includes('59/50 → https://undocs.org/A/RES/59/50'), JSON.stringify(targets));
    assert.ok(targets.includes('A/73/L.103/Add.1 → https://undocs.org/A/73/L.103/Add.1'), JSON.stringify(targets));
    assert.ok(targets.includes('1631 (2005) → https://undocs.org/S/RES/1631(2005)'), JSON.stringify(targets));
    assert.ok(links.every((l) => l.target.scheme === 'https'));
  });
});
