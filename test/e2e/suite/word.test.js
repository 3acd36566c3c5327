// "Import Resolution…", "Export to Word" and "Export to HTML", run with their URIs as arguments
// (no dialog): the files they write, and only those.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded by mocha in the extension host */
/* global describe, it, afterEach, TextEncoder, TextDecoder */
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { within, workspaceUri, nextDiagnosticsChange, squash, readText, folderNames, codeOf } = require('./helpers');

const TITLE = 'Cooperation between the United Nations and the Collective Security Treaty Organization';
/** The import may take a while on a loaded machine: it loads dist/word.js on first use. */
const COMMAND_TIMEOUT = 60_000;

let folders = 0;

/** A new, empty folder of the workspace. */
async function freshFolder(prefix) {
  const uri = workspaceUri(`${prefix}-${Date.now()}-${++folders}`);
  await vscode.workspace.fs.createDirectory(uri);
  return uri;
}

function run(command, ...args) {
  return within(Promise.resolve(vscode.commands.executeCommand(command, ...args)), `the command ${command}`, COMMAND_TIMEOUT);
}

/** Error-level diagnostics as `line:code rule message` for failure output. */
function errorsOf(diagnostics) {
  return diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map((d) => `${d.range.start.line + 1}:${codeOf(d)} ${d.message}`);
}

describe('import', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('imports the Word text of A/RES/73/331 into the named draft, equal to the example and free of errors', async () => {
    const folder = await freshFolder('import');
    const source = workspaceUri('sources/A-RES-73-331.txt');
    const target = vscode.Uri.joinPath(folder, 'A-RES-73-331.unres');
    const diagnostics = nextDiagnosticsChange(target);
    try {
      const written = await run('unres.importResolution', { source, target });
      assert.strictEqual(written?.toString(), target.toString(), 'the command did not resolve with the draft it wrote');
      assert.strictEqual(squash(await readText(target)), squash(await readText(workspaceUri('A-RES-73-331.unres'))));
      assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), target.toString(), 'the imported draft is not open');
      assert.deepStrictEqual(errorsOf(await within(diagnostics.promise, 'the diagnostics of the imported draft')), []);
    } finally {
      diagnostics.dispose();
    }
    assert.deepStrictEqual(await folderNames(folder), ['A-RES-73-331.unres']);
  });

  it('imports the official PDF text beside it when no target is given', async () => {
    const source = workspaceUri('sources/A_RES_73_331.txt');
    const target = workspaceUri('sources/A_RES_73_331.unres');
    const before = await folderNames(workspaceUri('sources'));
    assert.ok(!before.includes('A_RES_73_331.unres'), 'the draft exists before the import');
    const written = await run('unres.importResolution', source);
    assert.strictEqual(written?.toString(), target.toString());
    assert.strictEqual(squash(await readText(target)), squash(await readText(workspaceUri('A-RES-73-331.unres'))));
    assert.deepStrictEqual(await folderNames(workspaceUri('sources')), [...before, 'A_RES_73_331.unres'].sort());
  });

  it('writes nothing when the text is not a resolution', async () => {
    const folder = await freshFolder('not-a-resolution');
    const source = vscode.Uri.joinPath(folder, 'letter.txt');
    const letter = 'Dear colleagues,\n\nPlease find attached the minutes of the meeting held on Tuesday. The next meeting is on Friday.\n\nBest regards,\nJohn\n';
    await vscode.workspace.fs.writeFile(source, new TextEncoder().encode(letter));
    const written = await run('unres.importResolution', { source, target: vscode.Uri.joinPath(folder, 'letter.unres') });
    assert.strictEqual(written, undefined);
    assert.deepStrictEqual(await folderNames(folder), ['letter.txt']);
  });
});

describe('export', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  /** A folder holding only a copy of the example, as draft.unres. */
  async function folderWithDraft() {
    const folder = await freshFolder('export');
    const draft = vscode.Uri.joinPath(folder, 'draft.unres');
    await vscode.workspace.fs.copy(workspaceUri('A-RES-73-331.unres'), draft);
    return { folder, draft };
  }

  it('writes the named .docx file (a zip holding word/document.xml) and nothing else', async () => {
    const { folder, draft } = await folderWithDraft();
    const target = vscode.Uri.joinPath(folder, 'For the Secretariat.docx');
    const written = await run('unres.exportWord', { source: draft, target });
    assert.strictEqual(written?.toString(), target.toString(), 'the command did not resolve with the file it wrote');
    const bytes = await vscode.workspace.fs.readFile(target);
    assert.deepStrictEqual([...bytes.subarray(0, 4)], [0x50, 0x4b, 0x03, 0x04], 'not a zip file (no PK header)');
    // Zip entry names are stored uncompressed.
    const names = new TextDecoder('latin1').decode(bytes);
    assert.ok(names.includes('word/document.xml') && names.includes('[Content_Types].xml'), 'no word/document.xml in the zip');
    assert.ok(names.includes('word/footnotes.xml'), 'no word/footnotes.xml in the zip (the example has footnotes)');
    assert.deepStrictEqual(await folderNames(folder), ['For the Secretariat.docx', 'draft.unres']);
  });

  it('writes the named HTML file with the title and no script, and nothing else', async () => {
    const { folder, draft } = await folderWithDraft();
    const target = vscode.Uri.joinPath(folder, 'page.html');
    const written = await run('unres.exportHtml', { source: draft, target });
    assert.strictEqual(written?.toString(), target.toString());
    const html = await readText(target);
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, new RegExp(`<h1[^>]*>[^<]*${TITLE}`));
    assert.doesNotMatch(html, /<script/i);
    assert.deepStrictEqual(await folderNames(folder), ['draft.unres', 'page.html']);
  });

  it('exports the open draft as edited, not as saved', async () => {
    const { folder, draft } = await folderWithDraft();
    const document = await vscode.workspace.openTextDocument(draft);
    const editor = await vscode.window.showTextDocument(document);
    const offset = document.getText().indexOf(TITLE);
    assert.ok(await editor.edit((b) => b.insert(document.positionAt(offset), 'Strengthening of ')));
    const target = vscode.Uri.joinPath(folder, 'edited.html');
    await run('unres.exportHtml', { source: draft, target });
    assert.match(await readText(target), /Strengthening of Cooperation between the United Nations/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    assert.deepStrictEqual(await folderNames(folder), ['draft.unres', 'edited.html']);
  });
});
