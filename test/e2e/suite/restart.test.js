// unres.restartServer restarts the language server and diagnostics come back: from a running
// server, from one whose start failed (the status bar then asks for this very command), and while
// an earlier restart is still starting it.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded by mocha in the extension host */
/* global describe, it */
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { FAULTY_EXPECTED, waitFor, within, freshCopy, openEditor, summarize } = require('./helpers');
const { extensionApi } = require('./featureHelpers');

/** vscode-languageclient's State: Stopped 1, Running 2, Starting 3, StartFailed 4. */
const RUNNING = 2;
const STARTING = 3;

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

  it('restarts a server whose start failed, instead of failing with "Client is not running"', async () => {
    const api = await extensionApi();
    const uri = await freshCopy('faulty.unres');
    await openEditor(uri);
    await waitFor(() => matches(uri), 'the diagnostics of faulty.unres before the failed start');
    // The server refuses to start while this is set (a test hook of server/src/lsp/main.ts): the
    // client ends in StartFailed, where stop() throws.
    process.env.UNRES_TEST_REFUSE_INITIALIZE = '1';
    const before = api.messages().length;
    try {
      await within(Promise.resolve(vscode.commands.executeCommand('unres.restartServer')), 'the restart into a refused start');
    } finally {
      delete process.env.UNRES_TEST_REFUSE_INITIALIZE;
    }
    assert.notStrictEqual(api.client.state, RUNNING, 'the server started although it was told to refuse');
    const said = api.messages().slice(before).map((m) => m.text);
    assert.ok(said.some((t) => /the language server failed to start again: .*refused to start/.test(t)), JSON.stringify(said));
    // It stays failed: when the library kills the server that refused (2 s later), its error
    // handler must not start it again (four more failed starts, each with its messages).
    const verdict = await api.client.clientOptions.errorHandler.closed();
    assert.strictEqual(verdict.action, 1 /* CloseAction.DoNotRestart */, JSON.stringify(verdict));
    assert.strictEqual(api.client.clientOptions.initializationFailedHandler(new Error('x')), false, 'a failed start is not retried by the library');

    await within(Promise.resolve(vscode.commands.executeCommand('unres.restartServer')), 'the restart after the failed start');
    assert.strictEqual(api.client.state, RUNNING);
    const after = await freshCopy('faulty.unres');
    await openEditor(after);
    await waitFor(() => matches(after), 'the diagnostics of a draft opened after the recovery');
  });

  it('restarts again when asked while a restart is still starting the server', async () => {
    const api = await extensionApi();
    const uri = await freshCopy('faulty.unres');
    await openEditor(uri);
    await waitFor(() => matches(uri), 'the diagnostics of faulty.unres before the restarts');
    const client = api.client;
    let second;
    const subscription = client.onDidChangeState((e) => {
      if (e.newState === STARTING && !second) second = Promise.resolve(vscode.commands.executeCommand('unres.restartServer'));
    });
    try {
      await within(Promise.resolve(vscode.commands.executeCommand('unres.restartServer')), 'the first restart');
    } finally {
      subscription.dispose();
    }
    assert.ok(second, 'the client never reported that it was starting');
    await within(second, 'the restart asked for while the server was starting');
    assert.strictEqual(api.client.state, RUNNING);
    await waitFor(() => matches(uri), 'the diagnostics of faulty.unres after both restarts');
  });
});
