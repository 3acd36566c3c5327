// "Import Resolution…", "Export to Word" and "Export to HTML", run with their URIs as arguments
// (no dialog): the files they write, and only those.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded by mocha in the extension host */
/* global describe, it, afterEach, TextEncoder, TextDecoder */
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { waitFor, within, workspaceUri, nextDiagnosticsChange, squash, readText, folderNames, codeOf } = require('./helpers');
const { extensionApi } = require('./featureHelpers');
const { memoryFileSystem } = require('./memfs');

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

/** The messages the extension showed while `action` ran. */
async function messagesDuring(action) {
  const api = await extensionApi();
  const before = api.messages().length;
  const result = await action();
  return { result, messages: api.messages().slice(before) };
}

/** Writes a text file. */
async function writeText(uri, text) {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

/**
 * A draft of the seventy-third session (`auto` prints legacy footnotes: a repeated citation repeats
 * the number) citing footnote 1 twice, with a footnote never cited and one defined twice.
 */
const FOOTNOTED = [
  'Seventy-third session',
  'Agenda item 12',
  '',
  'The General Assembly,',
  '',
  '_Recalling_ its resolution 72/1,[^1]',
  '',
  '1. _Decides_ to act on resolution 72/1;[^1]',
  '',
  '2. _Requests_ a report.',
  '',
  '[^1]: Resolution 72/1.',
  '[^2]: Never cited.',
  '[^1]: Resolution 72/1 again.',
  '',
].join('\n');

/** How many footnotes an exported HTML page prints. */
function footnoteCount(html) {
  return (html.match(/<li id="fn-/g) || []).length;
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

  it('imports Word\'s "Unicode" plain text (UTF-16) as it imports UTF-8 text', async () => {
    const folder = await freshFolder('import-utf16');
    const text = await readText(workspaceUri('sources/A-RES-73-331.txt'));
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    const source = vscode.Uri.joinPath(folder, 'A-RES-73-331-unicode.txt');
    await vscode.workspace.fs.writeFile(source, bytes);
    const target = vscode.Uri.joinPath(folder, 'A-RES-73-331.unres');
    const written = await run('unres.importResolution', { source, target });
    assert.strictEqual(written?.toString(), target.toString(), 'the UTF-16 text was not imported');
    assert.strictEqual(squash(await readText(target)), squash(await readText(workspaceUri('A-RES-73-331.unres'))));
  });

  it('imports Word\'s "ANSI" plain text (Windows-1252) as it imports UTF-8 text', async () => {
    const folder = await freshFolder('import-ansi');
    const text = await readText(workspaceUri('sources/A-RES-73-331.txt'));
    // The Windows-1252 bytes of the characters above 127 the seed holds (curly quotes and dashes at 0x80–0x9F).
    const high = new Map([['\u2018', 0x91], ['\u2019', 0x92], ['\u201c', 0x93], ['\u201d', 0x94], ['\u2013', 0x96], ['\u2014', 0x97], ['\u00a0', 0xa0]]);
    const bytes = Uint8Array.from([...text], (ch) => high.get(ch) ?? ch.charCodeAt(0));
    assert.ok([...text].every((ch) => ch.charCodeAt(0) < 0x80 || high.has(ch)), 'the seed has a character this test does not encode');
    const source = vscode.Uri.joinPath(folder, 'A-RES-73-331-ansi.txt');
    await vscode.workspace.fs.writeFile(source, bytes);
    const target = vscode.Uri.joinPath(folder, 'A-RES-73-331.unres');
    const written = await run('unres.importResolution', { source, target });
    assert.strictEqual(written?.toString(), target.toString(), 'the Windows-1252 text was not imported');
    assert.strictEqual(squash(await readText(target)), squash(await readText(workspaceUri('A-RES-73-331.unres'))));
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

  it('replaces a draft open in an editor through the editor, so that it shows the imported text', async () => {
    const folder = await freshFolder('import-open');
    const target = vscode.Uri.joinPath(folder, 'draft.unres');
    await writeText(target, 'The General Assembly,\n\n1. _Decides_ to keep the old text.\n');
    const document = await vscode.workspace.openTextDocument(target);
    await vscode.window.showTextDocument(document);
    const written = await run('unres.importResolution', { source: workspaceUri('sources/A-RES-73-331.txt'), target, replace: true });
    assert.strictEqual(written?.toString(), target.toString());
    const example = squash(await readText(workspaceUri('A-RES-73-331.unres')));
    assert.strictEqual(squash(document.getText()), example, 'the open editor still shows the old text');
    assert.ok(!document.isDirty, 'the replaced draft is left unsaved');
    assert.strictEqual(squash(await readText(target)), example);
    assert.strictEqual(vscode.window.activeTextEditor?.document, document);
    assert.deepStrictEqual(await folderNames(folder), ['draft.unres']);
  });

  it('refuses to replace a draft open with unsaved changes, and says so', async () => {
    const folder = await freshFolder('import-dirty');
    const target = vscode.Uri.joinPath(folder, 'draft.unres');
    const saved = 'The General Assembly,\n\n1. _Decides_ to keep the old text.\n';
    await writeText(target, saved);
    const document = await vscode.workspace.openTextDocument(target);
    const editor = await vscode.window.showTextDocument(document);
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(2, 0), 'Unsaved words. ')));
    try {
      const { result, messages } = await messagesDuring(() => run('unres.importResolution', { source: workspaceUri('sources/A-RES-73-331.txt'), target, replace: true }));
      assert.strictEqual(result, undefined);
      assert.ok(messages.some((m) => /draft\.unres is open with unsaved changes.*Nothing was imported/.test(m.text)), JSON.stringify(messages));
      assert.match(document.getText(), /Unsaved words\. 1\. _Decides_ to keep the old text/);
      assert.strictEqual(await readText(target), saved);
    } finally {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('says in one line that it cannot write the draft, instead of failing with the file system\'s error', async () => {
    memoryFileSystem('unres-readonly', { readonly: true });
    await waitFor(() => vscode.workspace.fs.isWritableFileSystem('unres-readonly') === false, 'unres-readonly: to be known as read-only');
    const target = vscode.Uri.from({ scheme: 'unres-readonly', path: `/imports/import-${Date.now()}.unres` });
    const { result, messages } = await messagesDuring(() => run('unres.importResolution', { source: workspaceUri('sources/A-RES-73-331.txt'), target }));
    assert.strictEqual(result, undefined);
    assert.ok(messages.some((m) => m.severity === 'error' && /^unres: cannot write import-\d+\.unres: /.test(m.text)), JSON.stringify(messages));
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

  it('prints the footnotes in the style of the .unresrc.json above the draft, which wins over the editor setting', async () => {
    const folder = await freshFolder('export-config');
    await writeText(vscode.Uri.joinPath(folder, '.unresrc.json'), '{ "footnoteStyle": "current" }\n');
    const draft = vscode.Uri.joinPath(folder, 'draft.unres');
    await writeText(draft, FOOTNOTED);
    assert.strictEqual(vscode.workspace.getConfiguration('unres', draft).get('footnoteStyle'), 'auto');
    const target = vscode.Uri.joinPath(folder, 'draft.html');
    assert.strictEqual((await run('unres.exportHtml', { source: draft, target }))?.toString(), target.toString());
    // current: the repeated citation prints a second footnote (auto, for this session: one, cited twice).
    assert.strictEqual(footnoteCount(await readText(target)), 2);
  });

  it('says what the export left out or changed (unreferenced and duplicate footnotes), as the CLI does', async () => {
    const folder = await freshFolder('export-warnings');
    const draft = vscode.Uri.joinPath(folder, 'draft.unres');
    await writeText(draft, FOOTNOTED);
    const target = vscode.Uri.joinPath(folder, 'draft.docx');
    const { result, messages } = await messagesDuring(() => run('unres.exportWord', { source: draft, target }));
    assert.strictEqual(result?.toString(), target.toString());
    const warning = messages.find((m) => m.severity === 'warning');
    assert.ok(warning, `no warning among ${JSON.stringify(messages)}`);
    assert.match(warning.text, /^unres: exported to draft\.docx, but not everything as written \(2 warnings; the first: Footnote \[\^1\] is defined more than once/);
    assert.ok(!messages.some((m) => /^unres: exported to draft\.docx\.$/.test(m.text)), 'a plain "exported" message besides the warning');
  });

  it('says when the language server is not running that the editor setting applied and no .unresrc.json was read', async () => {
    const api = await extensionApi();
    const folder = await freshFolder('export-stopped');
    await writeText(vscode.Uri.joinPath(folder, '.unresrc.json'), '{ "footnoteStyle": "current" }\n');
    const draft = vscode.Uri.joinPath(folder, 'draft.unres');
    // Without the footnote never cited and the second text of [^1]: the only warning is the server's.
    await writeText(draft, FOOTNOTED.replace('[^2]: Never cited.\n[^1]: Resolution 72/1 again.\n', ''));
    await api.client.stop();
    try {
      const target = vscode.Uri.joinPath(folder, 'draft.html');
      const { result, messages } = await messagesDuring(() => run('unres.exportHtml', { source: draft, target }));
      assert.strictEqual(result?.toString(), target.toString());
      const warning = messages.find((m) => m.severity === 'warning');
      assert.ok(warning, `no warning among ${JSON.stringify(messages)}`);
      assert.match(warning.text, /The language server is not running: the footnotes follow the editor setting unres\.footnoteStyle \("auto"\), and no \.unresrc\.json was read/);
    } finally {
      await vscode.commands.executeCommand('unres.restartServer');
    }
    assert.strictEqual(api.client.state, 2 /* State.Running */);
  });

  it('refuses a file that is not a resolution draft, as the CLI does', async () => {
    const folder = await freshFolder('export-letter');
    const draft = vscode.Uri.joinPath(folder, 'letter.unres');
    await writeText(draft, 'Dear colleagues,\n\nPlease find attached the minutes.\n');
    const { result, messages } = await messagesDuring(() => run('unres.exportHtml', { source: draft, target: vscode.Uri.joinPath(folder, 'letter.html') }));
    assert.strictEqual(result, undefined);
    assert.ok(messages.some((m) => /letter\.unres is not a resolution draft/.test(m.text)), JSON.stringify(messages));
    assert.deepStrictEqual(await folderNames(folder), ['letter.unres']);
  });

  it('refuses to write over the draft itself', async () => {
    const { folder, draft } = await folderWithDraft();
    const original = await readText(draft);
    const { result, messages } = await messagesDuring(() => run('unres.exportHtml', { source: draft, target: draft }));
    assert.strictEqual(result, undefined);
    assert.ok(messages.some((m) => /draft\.unres is the draft itself/.test(m.text)), JSON.stringify(messages));
    assert.strictEqual(await readText(draft), original);
    assert.deepStrictEqual(await folderNames(folder), ['draft.unres']);
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

  it('opens the save dialog beside a draft on a writable file system, else in the workspace folder under the draft\'s name', async () => {
    await extensionApi();
    const where = (uri, extension) => run('unres.test.exportDefault', uri, extension);
    const folder = vscode.workspace.workspaceFolders[0].uri;
    const { draft } = await folderWithDraft();
    assert.strictEqual(await where(draft, '.docx'), vscode.Uri.joinPath(draft, '..', 'draft.docx').toString());
    // Another writable file system (a remote or virtual workspace): beside the draft there too.
    memoryFileSystem('unres-mem');
    // The extension host learns of a new provider from the workbench, a moment after it is registered.
    await waitFor(() => vscode.workspace.fs.isWritableFileSystem('unres-mem') === true, 'unres-mem: to be known as writable');
    const virtual = vscode.Uri.from({ scheme: 'unres-mem', path: '/drafts/omnibus.v2.unres' });
    assert.strictEqual(await where(virtual, '.html'), 'unres-mem:/drafts/omnibus.v2.html');
    // A read-only provider (as git: of the Source Control view, or a tag): the workspace folder.
    memoryFileSystem('unres-readonly', { readonly: true });
    await waitFor(() => vscode.workspace.fs.isWritableFileSystem('unres-readonly') === false, 'unres-readonly: to be known as read-only');
    const adopted = vscode.Uri.from({ scheme: 'unres-readonly', path: '/drafts/adopted.unres', query: 'ref=HEAD' });
    assert.strictEqual(await where(adopted, '.docx'), vscode.Uri.joinPath(folder, 'adopted.docx').toString());
    // An untitled draft: its name in the workspace folder.
    const untitled = await vscode.workspace.openTextDocument({ language: 'unres', content: 'The General Assembly,\n\n1. _Decides_ to act.\n' });
    assert.strictEqual(untitled.uri.scheme, 'untitled');
    const name = untitled.uri.path.split('/').pop();
    assert.strictEqual(await where(untitled.uri, '.docx'), vscode.Uri.joinPath(folder, `${name}.docx`).toString());
    // A scheme no provider serves (isWritableFileSystem says undefined): not beside it either.
    const unknown = vscode.Uri.from({ scheme: 'unres-nowhere', path: '/x/b:c.unres' });
    assert.strictEqual(await where(unknown, '.html'), vscode.Uri.joinPath(folder, 'b_c.html').toString());
  });
});
