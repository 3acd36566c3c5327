// The language server's diagnostics reach VS Code: the faulty fixture gets
// exactly its five problems, the adopted resolution none.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded by mocha in the extension host */
/* global describe, it */
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const {
  FAULTY_EXPECTED,
  waitFor,
  within,
  workspaceUri,
  freshCopy,
  openEditor,
  summarize,
  nextDiagnosticsChange,
  hoverText,
} = require('./helpers');

/** Diagnostics with their messages, for failure output. */
function describeAll(diagnostics) {
  return diagnostics
    .map((d) => `  ${d.range.start.line + 1}:${d.range.start.character + 1} ${JSON.stringify(d.code)} [${d.source}] ${d.message}`)
    .join('\n');
}

describe('diagnostics', () => {
  it('reports exactly the five problems of faulty.unres', async () => {
    const uri = workspaceUri('faulty.unres');
    await openEditor(uri);
    try {
      await waitFor(
        () => summarize(vscode.languages.getDiagnostics(uri)).join() === FAULTY_EXPECTED.join(),
        'the diagnostics of faulty.unres to match',
      );
    } catch (e) {
      const actual = vscode.languages.getDiagnostics(uri);
      assert.deepStrictEqual(summarize(actual), FAULTY_EXPECTED, `${e.message}\n${describeAll(actual)}`);
    }
    for (const d of vscode.languages.getDiagnostics(uri)) {
      assert.strictEqual(d.source, 'unres', `source of ${summarize([d])}`);
    }
  });

  it('reports nothing on the adopted resolution A/RES/73/331', async () => {
    // First make sure the server is up and answering: the faulty file has its diagnostics.
    const faulty = workspaceUri('faulty.unres');
    await openEditor(faulty);
    await waitFor(() => vscode.languages.getDiagnostics(faulty).length > 0, 'diagnostics on faulty.unres');

    // A fresh copy has never had diagnostics, so a change event for it means
    // the server has answered for it (an empty answer also fires the event).
    const uri = await freshCopy('A-RES-73-331.unres');
    const change = nextDiagnosticsChange(uri);
    let diagnostics;
    try {
      await openEditor(uri);
      diagnostics = await within(change.promise, 'the diagnostics of the example were never set (no onDidChangeDiagnostics for it)');
    } finally {
      change.dispose();
    }
    assert.deepStrictEqual(summarize(diagnostics), [], `expected no diagnostics, got:\n${describeAll(diagnostics)}`);

    // A later round trip for the same document: still nothing reported.
    const document = await vscode.workspace.openTextDocument(uri);
    const text = document.getText();
    await waitFor(async () => {
      const hovers = await vscode.commands.executeCommand(
        'vscode.executeHoverProvider',
        uri,
        document.positionAt(text.indexOf('[^1]') + 2),
      );
      return hoverText(hovers).length > 0;
    }, 'a hover on the example');
    diagnostics = vscode.languages.getDiagnostics(uri);
    assert.deepStrictEqual(summarize(diagnostics), [], `expected no diagnostics, got:\n${describeAll(diagnostics)}`);
  });
});
