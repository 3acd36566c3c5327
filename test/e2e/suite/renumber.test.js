// The renumbering formatter: after OP2 is deleted, "paragraph 5 above" becomes "paragraph 4 above".
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded by mocha in the extension host */
/* global describe, it, afterEach */
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { waitFor } = require('./helpers');
const { openDraft, serverReady, closeWithoutSaving, lineMatching, extensionApi } = require('./featureHelpers');

const DRAFT = [
  'The General Assembly,',
  '',
  '_Recalling_ its resolution 59/50 of 2 December 2004,',
  '',
  '1. _Decides_ to act;',
  '',
  '2. _Welcomes_ the report;',
  '',
  '3. _Requests_ a plan;',
  '',
  '4. _Invites_ States to take part;',
  '',
  '5. _Urges_ all to contribute;',
  '',
  '6. _Calls upon_ all to implement paragraph 5 above.',
  '',
].join('\n');

describe('renumbering', () => {
  afterEach(closeWithoutSaving);

  it('renumbers after OP2 is deleted and rewrites "paragraph 5 above" to "paragraph 4 above"', async () => {
    const { document } = await openDraft('renumber', DRAFT);
    await serverReady(document.uri);
    const op2 = lineMatching(document, /^2\. _Welcomes_/);
    const edit = new vscode.WorkspaceEdit();
    edit.delete(document.uri, new vscode.Range(op2, 0, op2 + 2, 0));
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok((await vscode.commands.getCommands(true)).includes('unres.renumber'), 'unres.renumber is not registered');
    await vscode.commands.executeCommand('unres.renumber');
    await waitFor(() => document.getText().includes('paragraph 4 above'), 'the cross-reference to be rewritten');
    const numbers = document.getText().split('\n').filter((l) => /^\d+\. /.test(l)).map((l) => l.split('.')[0]);
    assert.deepStrictEqual(numbers, ['1', '2', '3', '4', '5']);
    assert.match(document.getText(), /^5\. _Calls upon_ all to implement paragraph 4 above\.$/m);
  });

  it('says so, and changes nothing, when the draft changed while the server renumbered it', async () => {
    const api = await extensionApi();
    const { document, editor } = await openDraft('renumber-typed-over', DRAFT.replace('3. _Requests_', '7. _Requests_'));
    await serverReady(document.uri);
    // The drafter types while the answer is on its way: the edit lands between the server's
    // answer and its use (the real server answers; the test only adds the keystroke).
    const client = api.client;
    const original = client.sendRequest;
    client.sendRequest = async function (type, ...rest) {
      const answer = await original.call(this, type, ...rest);
      if ((typeof type === 'string' ? type : type.method) === 'textDocument/formatting') {
        await editor.edit((b) => b.insert(document.lineAt(document.lineCount - 1).range.end, 'typed'));
      }
      return answer;
    };
    const before = api.messages().length;
    let result;
    try {
      result = await vscode.commands.executeCommand('unres.renumber');
    } finally {
      delete client.sendRequest;
    }
    assert.strictEqual(result, false);
    assert.match(document.getText(), /typed$/, 'the keystroke is not in the draft');
    assert.match(document.getText(), /^7\. _Requests_/m, 'edits made for the earlier text were applied');
    const said = api.messages().slice(before).map((m) => m.text);
    assert.ok(said.some((t) => /changed while it was being renumbered, so nothing was changed/.test(t)), JSON.stringify(said));
  });

  it('says so when the language server is not running, and renumbers again after a restart', async () => {
    const api = await extensionApi();
    const { document } = await openDraft('renumber-stopped', DRAFT.replace('3. _Requests_', '7. _Requests_'));
    await serverReady(document.uri);
    await api.client.stop();
    try {
      const before = api.messages().length;
      assert.strictEqual(await vscode.commands.executeCommand('unres.renumber'), false);
      const said = api.messages().slice(before).map((m) => m.text);
      assert.ok(said.some((t) => /the language server is not running/.test(t)), JSON.stringify(said));
      assert.match(document.getText(), /^7\. _Requests_/m);
    } finally {
      await vscode.commands.executeCommand('unres.restartServer');
    }
    await serverReady(document.uri);
    assert.strictEqual(await vscode.commands.executeCommand('unres.renumber'), true);
    assert.match(document.getText(), /^3\. _Requests_/m);
  });

  it('is the document formatter for unres drafts', async () => {
    const { document } = await openDraft('format', DRAFT.replace('3. _Requests_', '7. _Requests_'));
    await serverReady(document.uri);
    const edits = await vscode.commands.executeCommand('vscode.executeFormatDocumentProvider', document.uri, { tabSize: 4, insertSpaces: true });
    assert.ok(edits && edits.length > 0, 'no formatting edits');
    assert.ok(edits.some((e) => e.newText === '3'), JSON.stringify(edits.map((e) => e.newText)));
  });
});
