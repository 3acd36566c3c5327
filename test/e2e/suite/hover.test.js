// Hover on a footnote reference shows the footnote's text.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded by mocha in the extension host */
/* global describe, it */
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { waitFor, workspaceUri, openEditor, hoverText } = require('./helpers');

describe('hover', () => {
  it('shows the footnote text on [^1] in the first preambular paragraph', async () => {
    const uri = workspaceUri('A-RES-73-331.unres');
    const { document } = await openEditor(uri);
    // The first reference to [^1] (not its definition `[^1]: …`).
    const line = [...Array(document.lineCount).keys()].find((i) => {
      const text = document.lineAt(i).text;
      return text.includes('[^1]') && !text.trimStart().startsWith('[^1]:');
    });
    assert.ok(line !== undefined, 'no [^1] reference in the example');
    const position = new vscode.Position(line, document.lineAt(line).text.indexOf('[^1]') + 2);
    const expected = 'A/73/328–S/2018/592.';
    await waitFor(async () => {
      const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, position);
      const text = hoverText(hovers);
      return text.includes(expected) ? text : false;
    }, `a hover at ${line + 1}:${position.character + 1} containing ${expected}`);
  });
});
