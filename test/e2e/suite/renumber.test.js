// The renumbering formatter: after OP2 is deleted, "paragraph 5 above" becomes "paragraph 4 above".
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded by mocha in the extension host */
/* global describe, it, afterEach */
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { waitFor } = require('./helpers');
const { openDraft, serverReady, closeWithoutSaving, lineMatching } = require('./featureHelpers');

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

  it('is the document formatter for unres drafts', async () => {
    const { document } = await openDraft('format', DRAFT.replace('3. _Requests_', '7. _Requests_'));
    await serverReady(document.uri);
    const edits = await vscode.commands.executeCommand('vscode.executeFormatDocumentProvider', document.uri, { tabSize: 4, insertSpaces: true });
    assert.ok(edits && edits.length > 0, 'no formatting edits');
    assert.ok(edits.some((e) => e.newText === '3'), JSON.stringify(edits.map((e) => e.newText)));
  });
});
