// Helpers for the editor-feature suites (quick fixes, fix-all on save, renumbering, outline,
// navigation, links, status bar): drafts written into the workspace, and waiting for the server.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded by the extension host */
/* global TextEncoder */
'use strict';
const vscode = require('vscode');
const { EXTENSION_ID, waitFor, workspaceUri, openEditor } = require('./helpers');

let drafts = 0;

/** Writes `text` to a new file of the workspace and opens it in an editor. */
async function openDraft(name, text) {
  const uri = workspaceUri(`${name}-${Date.now()}-${++drafts}.unres`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return openEditor(uri);
}

/** Waits until the language server answers for `uri` (its outline is not empty); returns the outline. */
function serverReady(uri) {
  return waitFor(async () => {
    const symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri);
    return symbols && symbols.length > 0 && symbols;
  }, `the unres outline of ${uri.path}`);
}

/** Closes the active editor without saving it. */
async function closeWithoutSaving() {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

/** The extension's exported API (activate's result). */
async function extensionApi() {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  return extension.isActive ? extension.exports : extension.activate();
}

/** The first line index whose text matches `pattern`. */
function lineMatching(document, pattern) {
  for (let i = 0; i < document.lineCount; i++) if (pattern.test(document.lineAt(i).text)) return i;
  throw new Error(`no line matching ${pattern}`);
}

module.exports = { openDraft, serverReady, closeWithoutSaving, extensionApi, lineMatching };
