// source.fixAll.unres runs on save when editor.codeActionsOnSave asks for it.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded by mocha in the extension host */
/* global describe, it, TextDecoder */
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { waitFor, freshCopy, openEditor, codeOf } = require('./helpers');

describe('fix all on save', () => {
  // Saving runs the code action through the server: allow for a loaded machine.
  it('fixes every fixable problem when the draft is saved', async function () {
    this.timeout(150_000);
    const editorConfig = vscode.workspace.getConfiguration('editor', { languageId: 'unres' });
    await editorConfig.update('codeActionsOnSave', { 'source.fixAll.unres': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
    try {
      const { document, editor } = await openEditor(await freshCopy('faulty.unres'));
      const uri = document.uri;
      await waitFor(() => vscode.languages.getDiagnostics(uri).some((d) => codeOf(d) === 'opener-italics'), 'the diagnostics of the copy', 45_000);
      // Make the document dirty with a harmless comment, then save as a user would.
      await editor.edit((b) => b.insert(document.lineAt(document.lineCount - 1).range.end, '\n<!-- saved -->'));
      await vscode.commands.executeCommand('workbench.action.files.save');
      await waitFor(() => !document.isDirty && /^_Recalling_ its resolution/m.test(document.getText()), 'the saved document to be fixed', 90_000);
      const text = document.getText();
      assert.match(text, /^Agenda item 128 \(t\)$/m);
      assert.match(text, /^3\. _Decides_/m);
      const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      assert.strictEqual(onDisk, text);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      await editorConfig.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
    }
  });
});
