// Drafts that are not files on disk (virtual workspaces: vscode-vfs:, git:, another extension's
// file system): the language features work on them as on files, the status bar shows their own
// counts, and a read-only draft is not renumbered. The drafts live on an in-memory file system
// registered by the test (memfs.js).
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded by mocha in the extension host */
/* global describe, it, afterEach, TextEncoder */
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { EXTENSION_ID, waitFor, workspaceUri, openEditor, codeOf } = require('./helpers');
const { serverReady, extensionApi } = require('./featureHelpers');
const { memoryFileSystem } = require('./memfs');
const { execFileSync } = require('node:child_process');

/** One preambular and two operative paragraphs, numbered 1 and 3: work for the renumbering and the linter. */
const DRAFT = 'The General Assembly,\n\n_Recalling_ its resolution 59/50 of 2 December 2004,\n\n1. _Decides_ to act;\n\n3. _Requests_ a report.\n';

let drafts = 0;

/** Writes a draft to the writable in-memory file system (scheme unres-mem) and opens it. */
async function openVirtualDraft(text = DRAFT) {
  memoryFileSystem('unres-mem');
  const uri = vscode.Uri.from({ scheme: 'unres-mem', path: `/drafts/draft-${Date.now()}-${++drafts}.unres` });
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return openEditor(uri);
}

function operativeNumbers(document) {
  return document.getText().split('\n').filter((l) => /^\d+\. /.test(l)).map((l) => l.split('.')[0]);
}

describe('virtual workspaces', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('gives a draft on another file system the language features: outline, diagnostics, renumbering', async () => {
    const { document } = await openVirtualDraft();
    assert.strictEqual(document.languageId, 'unres');
    await serverReady(document.uri);
    await waitFor(
      () => vscode.languages.getDiagnostics(document.uri).some((d) => codeOf(d) === 'operative-numbering'),
      'the operative-numbering diagnostic of the virtual draft',
    );
    assert.strictEqual(await vscode.commands.executeCommand('unres.renumber'), true);
    assert.deepStrictEqual(operativeNumbers(document), ['1', '2']);
    // The edit is in the buffer; the file system is the provider's, written only on save.
    assert.ok(document.isDirty);
    await vscode.commands.executeCommand('workbench.action.files.save');
  });

  it('shows the counts of the virtual draft in the status bar, not those of the draft before it', async () => {
    const api = await extensionApi();
    await openEditor(workspaceUri('A-RES-73-331.unres'));
    await waitFor(() => api.statusText().visible && /^GA · 15 PP · 9 OP/.test(api.statusText().text), 'the counts of the example');
    await openVirtualDraft();
    const status = await waitFor(() => {
      const s = api.statusText();
      return s.visible && /^GA · 1 PP · 2 OP · 0 fn · /.test(s.text) && s;
    }, 'the counts of the virtual draft');
    assert.match(status.tooltip, /profile GA/);
  });

  it('hides the statistics when the server has none for the active draft, instead of keeping the last ones', async () => {
    const api = await extensionApi();
    const { editor } = await openEditor(workspaceUri('A-RES-73-331.unres'));
    await waitFor(() => api.statusText().visible && /^GA · 15 PP/.test(api.statusText().text), 'the counts of the example');
    // The server's answer for a draft it does not know (closed meanwhile, not synchronized): null.
    const client = api.client;
    const original = client.sendRequest;
    client.sendRequest = function (type, ...rest) {
      return (typeof type === 'string' ? type : type.method) === 'unres/documentStatistics' ? Promise.resolve(null) : original.call(this, type, ...rest);
    };
    try {
      // An edit makes the status bar ask again.
      assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), ' ')));
      await waitFor(() => !api.statusText().visible, 'the statistics item to be hidden');
    } finally {
      delete client.sendRequest;
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('does not renumber a read-only draft, and says so; the command palette does not offer it there', async () => {
    const api = await extensionApi();
    const fs = memoryFileSystem('unres-readonly', { readonly: true });
    fs.seed('/drafts/adopted.unres', DRAFT);
    const { document } = await openEditor(vscode.Uri.from({ scheme: 'unres-readonly', path: '/drafts/adopted.unres' }));
    await serverReady(document.uri);
    const before = api.messages().length;
    assert.strictEqual(await vscode.commands.executeCommand('unres.renumber'), false);
    assert.deepStrictEqual(operativeNumbers(document), ['1', '3']);
    assert.ok(!document.isDirty);
    const said = api.messages().slice(before).map((m) => m.text);
    assert.ok(said.some((t) => /adopted\.unres is read-only; it cannot be renumbered/.test(t)), JSON.stringify(said));

    const palette = vscode.extensions.getExtension(EXTENSION_ID).packageJSON.contributes.menus.commandPalette;
    const renumber = palette.find((m) => m.command === 'unres.renumber');
    assert.match(renumber.when, /!editorReadonly/);
  });
  it('leaves the old side of a diff (git:) unlinted, while the file itself is linted', async () => {
    // A repository with the draft committed, opened by VS Code's own Git extension, which serves git:.
    const gitExtension = vscode.extensions.getExtension('vscode.git');
    assert.ok(gitExtension, 'the built-in Git extension is not there');
    const git = (gitExtension.isActive ? gitExtension.exports : await gitExtension.activate()).getAPI(1);
    const folder = workspaceUri(`repository-${Date.now()}`);
    const file = vscode.Uri.joinPath(folder, 'draft.unres');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(DRAFT));
    const inFolder = (...args) => execFileSync('git', ['-c', 'user.name=unres', '-c', 'user.email=unres@example.org', ...args], { cwd: folder.fsPath, stdio: 'pipe' });
    inFolder('init', '-q');
    inFolder('add', 'draft.unres');
    inFolder('commit', '-q', '-m', 'The draft');
    assert.ok(await git.openRepository(folder), 'the Git extension did not open the repository');
    const old = git.toGitUri(file, 'HEAD');
    assert.strictEqual(old.scheme, 'git');
    await vscode.commands.executeCommand('vscode.diff', old, file, 'draft.unres (HEAD) ↔ draft.unres');
    const oldDraft = await waitFor(() => vscode.workspace.textDocuments.find((d) => d.uri.toString() === old.toString()), 'the git: side of the diff');
    assert.strictEqual(oldDraft.getText(), DRAFT);
    assert.strictEqual(oldDraft.languageId, 'unres');
    await serverReady(file);
    await waitFor(() => vscode.languages.getDiagnostics(file).some((d) => codeOf(d) === 'operative-numbering'), 'the diagnostics of the file');
    // The server has the git: side too (its outline is there): only its diagnostics are left out.
    await serverReady(old);
    assert.deepStrictEqual(vscode.languages.getDiagnostics(old), []);
  });
});
