// "Open Preview to the Side": a webview beside the editor renders the draft and follows its edits.
// The extension host cannot read a webview's DOM: the HTML the webview was given comes from the
// test-only command unres.test.previewSnapshot (registered when the extension runs its tests).
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded by mocha in the extension host */
/* global describe, it, afterEach, TextEncoder */
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { waitFor, within, freshCopy, openEditor, workspaceUri, readText } = require('./helpers');
const { closeWithoutSaving } = require('./featureHelpers');

const VIEW_TYPE = 'unres.preview';
const TITLE = 'Cooperation between the United Nations and the Collective Security Treaty Organization';

/** The tabs of unres previews (VS Code may prefix the view type, e.g. `mainThreadWebview-`). */
function previewTabs(label) {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(VIEW_TYPE) && (!label || tab.label === label));
}

function snapshot(uri) {
  return vscode.commands.executeCommand('unres.test.previewSnapshot', uri);
}

/** The snapshot of a draft's preview once the HTML it was given holds `text`. */
function shownWith(uri, text, what) {
  return waitFor(async () => {
    const s = await snapshot(uri);
    return s && s.html.includes(text) && s;
  }, what);
}

/** A draft of the seventy-third session (`auto`: legacy footnotes) citing footnote 1 twice. */
const CITED_TWICE = 'Seventy-third session\nAgenda item 12\n\nThe General Assembly,\n\n_Recalling_ its resolution 72/1,[^1]\n\n1. _Decides_ to act on resolution 72/1.[^1]\n\n[^1]: Resolution 72/1.\n';

/** How many footnotes a rendering prints. */
function footnoteCount(html) {
  return (html.match(/<li id="fn-/g) || []).length;
}

let folders = 0;

describe('preview', () => {
  afterEach(async () => {
    await vscode.window.tabGroups.close(previewTabs());
    // The draft stayed the active editor (the preview opens without taking the focus).
    await closeWithoutSaving();
  });

  it('opens a webview beside the editor that renders the draft, without scripts', async () => {
    const uri = await freshCopy('A-RES-73-331.unres');
    const { editor } = await openEditor(uri);
    const label = `Preview ${uri.path.split('/').pop()}`;
    await within(Promise.resolve(vscode.commands.executeCommand('unres.openPreview')), 'the unres.openPreview command');

    const tab = await waitFor(() => previewTabs(label)[0], `a webview tab "${label}" of view type ${VIEW_TYPE}`);
    assert.notStrictEqual(tab.group.viewColumn, editor.viewColumn, 'the preview opened over the editor, not beside it');
    // preserveFocus: the draft stays the active editor.
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());

    const shown = await shownWith(uri, TITLE, 'the preview HTML with the title of the draft');
    assert.strictEqual(shown.viewType, VIEW_TYPE);
    assert.strictEqual(shown.title, label);
    assert.strictEqual(shown.enableScripts, false);
    assert.match(shown.html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;[^"]*script-src &#39;none&#39;/);
    assert.doesNotMatch(shown.html, /<script/i);
    assert.match(shown.html, /<i>Having considered<\/i> the report of the Secretary-General/);

    // Running the command again reveals the same preview.
    await vscode.commands.executeCommand('unres.openPreview');
    assert.strictEqual(previewTabs(label).length, 1, 'a second preview opened for the same draft');
  });

  it('re-renders when the draft changes and shows markup from the draft as text', async () => {
    const uri = await freshCopy('A-RES-73-331.unres');
    const { document, editor } = await openEditor(uri);
    await vscode.commands.executeCommand('unres.openPreview');
    const first = await waitFor(() => snapshot(uri).then((s) => s && s.renders > 0 && s), 'the first rendering of the preview');
    assert.ok(!first.html.includes('Quokka'), 'the marker is in the preview before the edit');

    const offset = document.getText().indexOf('_Encouraging_ the efforts');
    assert.ok(offset >= 0, 'the example has no "_Encouraging_ the efforts"');
    const position = document.positionAt(offset + '_Encouraging_'.length);
    const inserted = ' in the Quokka spirit <script>alert(1)</script> <img src=x onerror=alert(2)> [a](javascript:alert(3))';
    assert.ok(await editor.edit((b) => b.insert(position, inserted)), 'the edit was not applied');

    const updated = await waitFor(async () => {
      const s = await snapshot(uri);
      return s && s.version === document.version && s.html.includes('Quokka') && s;
    }, 'the preview to show the edited paragraph');
    assert.ok(updated.renders > first.renders);
    assert.match(updated.html, /<i>Encouraging<\/i> in the Quokka spirit &#60;script&#62;alert\(1\)&#60;\/script&#62; &#60;img src=x onerror=alert\(2\)&#62;/);
    assert.doesNotMatch(updated.html, /<script|<img|href="javascript:/i);
    assert.ok(updated.html.includes(TITLE));
  });

  it('opens the preview of a draft no editor shows, named by its URI', async () => {
    const uri = await freshCopy('A-RES-73-331.unres');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'the draft is open before the test');
    await within(Promise.resolve(vscode.commands.executeCommand('unres.openPreview', uri)), 'the unres.openPreview command with a URI');
    const label = `Preview ${uri.path.split('/').pop()}`;
    await waitFor(() => previewTabs(label)[0], `a webview tab "${label}"`);
    const shown = await shownWith(uri, TITLE, 'the preview HTML of the draft');
    assert.strictEqual(shown.enableScripts, false);
    // The draft is shown too: a preview lives as long as its draft is open.
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
  });

  it('exports the draft of the preview that has the focus (no text editor is active then)', async () => {
    const uri = await freshCopy('A-RES-73-331.unres');
    await openEditor(uri);
    await vscode.commands.executeCommand('unres.openPreview');
    const label = `Preview ${uri.path.split('/').pop()}`;
    const tab = await waitFor(() => previewTabs(label)[0], `a webview tab "${label}"`);
    await vscode.commands.executeCommand(`workbench.action.focus${tab.group.viewColumn === 2 ? 'Second' : 'First'}EditorGroup`);
    await waitFor(async () => !vscode.window.activeTextEditor && (await snapshot(uri))?.active, 'the preview to have the focus');
    const target = workspaceUri(`focused-preview-${Date.now()}.html`);
    const written = await within(Promise.resolve(vscode.commands.executeCommand('unres.exportHtml', { target })), 'the export from the focused preview');
    assert.strictEqual(written?.toString(), target.toString(), 'nothing was exported from the focused preview');
    assert.ok((await readText(target)).includes(TITLE));
    // Back to the draft, which afterEach closes.
    await vscode.window.showTextDocument(uri);
  });

  it('prints footnotes in the style of the .unresrc.json above the draft, and follows it when it changes', async () => {
    const folder = workspaceUri(`preview-config-${Date.now()}-${++folders}`);
    const config = vscode.Uri.joinPath(folder, '.unresrc.json');
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode('{ "footnoteStyle": "current" }\n'));
    const uri = vscode.Uri.joinPath(folder, 'cited-twice.unres');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(CITED_TWICE));
    await openEditor(uri);
    await vscode.commands.executeCommand('unres.openPreview');
    // current: the second citation prints a second footnote (the editor setting, auto, would print one).
    const first = await waitFor(async () => {
      const s = await snapshot(uri);
      return s && s.renders > 0 && s;
    }, 'the first rendering of the preview');
    assert.deepStrictEqual(first.footnoteStyle, { setting: 'current', printed: 'current' });
    assert.strictEqual(footnoteCount(first.html), 2);

    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode('{ "footnoteStyle": "legacy" }\n'));
    const updated = await waitFor(async () => {
      const s = await snapshot(uri);
      return s && s.footnoteStyle.printed === 'legacy' && s;
    }, 'the preview to follow the changed .unresrc.json');
    assert.strictEqual(footnoteCount(updated.html), 1);
    assert.ok(updated.renders > first.renders);
  });
  it('comes back after a reload: the serializer is registered and revives a panel by the draft recorded under its title', async () => {
    // VS Code restores a preview by handing a panel with the saved title to the serializer that
    // `onWebviewPanel:unres.preview` activates. Only one serializer per view type may be registered
    // in an extension host, so a second registration fails while the extension's is in place.
    assert.throws(() => vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, { deserializeWebviewPanel: async () => undefined }));

    const uri = await freshCopy('A-RES-73-331.unres');
    await openEditor(uri);
    await vscode.commands.executeCommand('unres.openPreview');
    const label = `Preview ${uri.path.split('/').pop()}`;
    await waitFor(async () => (await snapshot(uri))?.renders > 0, 'the first rendering of the preview');
    // The window "reloads": the preview tab goes, and a panel with its title comes back.
    await vscode.window.tabGroups.close(previewTabs(label));
    await waitFor(async () => !(await snapshot(uri)), 'the preview to be closed');
    await within(Promise.resolve(vscode.commands.executeCommand('unres.test.revivePreview', label)), 'the revival of the preview');
    const revived = await shownWith(uri, TITLE, 'the revived preview to render the draft');
    assert.strictEqual(revived.title, label);
    assert.strictEqual(revived.enableScripts, false);
    assert.strictEqual(previewTabs(label).length, 1);

    // A panel whose title names no draft previewed (or one deleted since) is closed, not left empty.
    await vscode.commands.executeCommand('unres.test.revivePreview', 'Preview never-previewed.unres');
    await waitFor(() => previewTabs('Preview never-previewed.unres').length === 0, 'the unknown preview to be closed');
  });

  it('gives previews of drafts with the same file name different titles, and revives each with its own draft', async () => {
    const drafts = [];
    for (const side of ['left', 'right']) {
      const folder = workspaceUri(`preview-same-name-${Date.now()}-${++folders}-${side}`);
      const uri = vscode.Uri.joinPath(folder, 'same-name.unres');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(CITED_TWICE.replace('act on', `act on (${side})`)));
      drafts.push({ uri, side });
    }
    for (const { uri } of drafts) {
      // Not in preview mode: the second draft must not replace the first one's tab (which would close
      // the first draft, and so its preview).
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false, viewColumn: vscode.ViewColumn.One });
      await vscode.commands.executeCommand('unres.openPreview');
      await waitFor(async () => (await snapshot(uri))?.renders > 0, 'the first rendering of a preview');
    }
    const titles = await Promise.all(drafts.map(async ({ uri }) => (await snapshot(uri)).title));
    assert.strictEqual(titles[0], 'Preview same-name.unres');
    assert.notStrictEqual(titles[1], titles[0], 'two previews open at once have the same title');
    assert.ok(titles[1].endsWith('same-name.unres') && titles[1].includes('right'), `the second title does not say which draft: ${titles[1]}`);

    await vscode.window.tabGroups.close(previewTabs());
    for (const { uri } of drafts) await waitFor(async () => !(await snapshot(uri)), 'the previews to be closed');
    for (const [i, { uri, side }] of drafts.entries()) {
      await vscode.commands.executeCommand('unres.test.revivePreview', titles[i]);
      const revived = await waitFor(async () => {
        const s = await snapshot(uri);
        return s && s.renders > 0 && s;
      }, `the revived preview of the ${side} draft`);
      assert.ok(revived.html.includes(`act on (${side})`), `the preview titled ${titles[i]} shows another draft`);
    }
    await vscode.window.tabGroups.close(previewTabs());
    const draftTabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && drafts.some(({ uri }) => t.input.uri.toString() === uri.toString()));
    await vscode.window.tabGroups.close(draftTabs);
  });
  it('does not give a new preview the title of a preview tab not restored yet', async () => {
    // After a reload VS Code hands a preview's panel to the serializer only when its tab is first
    // shown; until then the tab holds the title, which names its draft in the records.
    const uri = await freshCopy('A-RES-73-331.unres');
    const name = uri.path.split('/').pop();
    const pending = vscode.window.createWebviewPanel(VIEW_TYPE, `Preview ${name}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {});
    try {
      await openEditor(uri);
      await vscode.commands.executeCommand('unres.openPreview');
      const shown = await shownWith(uri, TITLE, 'the preview of the draft');
      assert.notStrictEqual(shown.title, `Preview ${name}`, 'the new preview took the title of the tab not restored yet');
      assert.ok(shown.title.includes(name), shown.title);
    } finally {
      pending.dispose();
    }
  });
  it('keeps one preview of a draft when the drafter opens it while VS Code revives it', async () => {
    const uri = await freshCopy('A-RES-73-331.unres');
    const label = `Preview ${uri.path.split('/').pop()}`;
    await openEditor(uri);
    await vscode.commands.executeCommand('unres.openPreview');
    await waitFor(async () => (await snapshot(uri))?.renders > 0, 'the first rendering of the preview');
    await vscode.window.tabGroups.close(previewTabs(label));
    await waitFor(async () => !(await snapshot(uri)), 'the preview to be closed');
    // Neither the draft nor its preview shown, as after a reload: both commands wait for the editor
    // they open, and each finds the other's preview made meanwhile, in either order.
    for (const first of ['open', 'revive']) {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await waitFor(async () => previewTabs(label).length === 0 && !(await snapshot(uri)), 'every preview of the draft to be closed');
      const open = () => vscode.commands.executeCommand('unres.openPreview', uri);
      const revive = () => vscode.commands.executeCommand('unres.test.revivePreview', label);
      await within(Promise.all(first === 'open' ? [open(), revive()] : [revive(), open()]), `the ${first} command first, then the other`);
      const shown = await shownWith(uri, TITLE, `the preview, ${first} first`);
      // The preview that stays may carry another title: a new one never takes that of a panel not yet revived.
      await waitFor(() => previewTabs().length === 1, `one preview tab, ${first} first`);
      assert.deepStrictEqual(previewTabs().map((t) => t.label), [shown.title], `${first} first`);
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
