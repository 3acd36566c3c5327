// The status bar shows the profile and the counts of the active draft.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded by mocha in the extension host */
/* global describe, it */
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { waitFor, workspaceUri, openEditor } = require('./helpers');
const { extensionApi } = require('./featureHelpers');

describe('status bar', () => {
  it('shows "GA · 15 PP · 9 OP · 7 fn · … words" for the example and registers its explanation', async () => {
    await openEditor(workspaceUri('A-RES-73-331.unres'));
    const api = await extensionApi();
    const status = await waitFor(() => {
      const s = api.statusText();
      return s.visible && /^GA · 15 PP · 9 OP · 7 fn · [\d,]+ words$/.test(s.text) && s;
    }, 'the statistics in the status bar');
    assert.match(status.tooltip, /profile GA \((?:default|organ line)\)/);
    assert.ok((await vscode.commands.getCommands(true)).includes('unres.showProfile'));
  });
});
