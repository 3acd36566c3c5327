// Restricted mode (issue 8, item 5): the folder is not trusted, and unres runs as an installed
// extension (not under development), so VS Code enables it only because package.json declares
// capabilities.untrustedWorkspaces. Run by the restricted pass of test/e2e/run.mjs only.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded by mocha in the extension host */
/* global describe, it, before, afterEach */
'use strict';
const assert = require('assert');
const path = require('path');
const vscode = require('vscode');
const { EXTENSION_ID, FAULTY_EXPECTED, waitFor, within, workspaceUri, freshCopy, openEditor, summarize, hoverText, codeOf, readText, folderNames } = require('./helpers');

const HARNESS_ID = 'unres-tests.unres-e2e-harness';
const repoRoot = path.resolve(__dirname, '../../..');

describe('restricted mode', () => {
  before(() => {
    // The suite makes sense only in an untrusted folder; say so rather than pass vacuously.
    assert.strictEqual(vscode.workspace.isTrusted, false, 'the workspace is trusted: run this suite through `node test/e2e/run.mjs --pass restricted`');
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('runs unres as an installed extension, enabled in the untrusted folder', async () => {
    const harness = vscode.extensions.getExtension(HARNESS_ID);
    assert.ok(harness, `${HARNESS_ID} (the extension under development) is not loaded`);
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded (disabled in restricted mode?)`);
    assert.strictEqual(path.resolve(extension.extensionPath), repoRoot);
    assert.deepStrictEqual(extension.packageJSON.capabilities?.untrustedWorkspaces, { supported: true });
    await openEditor(workspaceUri('faulty.unres'));
    await waitFor(() => extension.isActive, `${EXTENSION_ID} to become active`);
    await extension.activate();
  });

  // Every problem of faulty.unres is reported (the exact list is the diagnostics suite's concern).
  it('reports the diagnostics of faulty.unres', async () => {
    const uri = workspaceUri('faulty.unres');
    await openEditor(uri);
    const reported = () => summarize(vscode.languages.getDiagnostics(uri));
    try {
      await waitFor(() => FAULTY_EXPECTED.every((d) => reported().includes(d)), 'the diagnostics of faulty.unres', 40_000);
    } catch (e) {
      assert.deepStrictEqual(reported().filter((d) => FAULTY_EXPECTED.includes(d)), FAULTY_EXPECTED, `${e.message}; reported: ${reported().join(', ')}`);
    }
  });

  it('answers hovers and offers quick fixes', async () => {
    const { document } = await openEditor(await freshCopy('faulty.unres'));
    const uri = document.uri;
    const diagnostic = await waitFor(
      () => vscode.languages.getDiagnostics(uri).find((d) => codeOf(d) === 'opener-italics'),
      'an opener-italics diagnostic',
      40_000,
    );
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    assert.ok(actions.some((a) => a.isPreferred && a.edit), `no preferred quick fix among ${JSON.stringify(actions.map((a) => a.title))}`);

    const example = await openEditor(workspaceUri('A-RES-73-331.unres'));
    const text = example.document.getText();
    const hover = await waitFor(async () => {
      const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', example.document.uri, example.document.positionAt(text.indexOf('[^1]') + 2));
      return hoverText(hovers);
    }, 'a hover on the footnote reference [^1]');
    assert.ok(hover.includes('A/73/328–S/2018/592.'), `the hover on [^1] does not show its footnote: ${hover}`);
  });

  it('opens the preview and exports to HTML', async () => {
    const uri = await freshCopy('A-RES-73-331.unres');
    await openEditor(uri);
    await within(Promise.resolve(vscode.commands.executeCommand('unres.openPreview')), 'the unres.openPreview command');
    await waitFor(
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('unres.preview')),
      'a preview tab',
    );
    const folder = workspaceUri(`restricted-export-${Date.now()}`);
    await vscode.workspace.fs.createDirectory(folder);
    const target = vscode.Uri.joinPath(folder, 'draft.html');
    const written = await within(Promise.resolve(vscode.commands.executeCommand('unres.exportHtml', { source: uri, target })), 'the export', 60_000);
    assert.strictEqual(written?.toString(), target.toString());
    assert.match(await readText(target), /Collective Security Treaty Organization/);
    assert.deepStrictEqual(await folderNames(folder), ['draft.html']);
  });
});
