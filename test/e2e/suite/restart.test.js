// unres.restartServer restarts the language server and diagnostics come back.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded by mocha in the extension host */
/* global describe, it */
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { FAULTY_EXPECTED, waitFor, freshCopy, openEditor, summarize } = require('./helpers');

function matches(uri) {
  return summarize(vscode.languages.getDiagnostics(uri)).join() === FAULTY_EXPECTED.join();
}

describe('restart', () => {
  it('restarts the server with unres.restartServer and diagnostics come back', async () => {
    const before = await freshCopy('faulty.unres');
    await openEditor(before);
    await waitFor(() => matches(before), 'the diagnostics of faulty.unres before the restart');

    let changedAfterRestart = false;
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === before.toString())) changedAfterRestart = true;
    });
    try {
      const commands = await vscode.commands.getCommands(true);
      assert.ok(commands.includes('unres.restartServer'), 'command unres.restartServer is not registered');
      await vscode.commands.executeCommand('unres.restartServer');
      // The restarted client sets the open document's diagnostics again.
      await waitFor(
        () => changedAfterRestart && matches(before),
        `the diagnostics of the open document to be set again after the restart (now: ${summarize(vscode.languages.getDiagnostics(before))})`,
      );
    } finally {
      subscription.dispose();
    }

    // The new server works for documents opened after the restart too.
    const after = await freshCopy('faulty.unres');
    await openEditor(after);
    await waitFor(() => matches(after), 'the diagnostics of a document opened after the restart');
  });
});
