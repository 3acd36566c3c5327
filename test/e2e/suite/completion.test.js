// Completion offers the opening phrases, italicised, where a paragraph starts.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded by mocha in the extension host */
/* global describe, it, afterEach */
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { waitFor, freshCopy, openEditor, itemsOf, labelOf, insertTextOf } = require('./helpers');

/** Inserts `insert` at the end of the first line matching `pattern`; returns that line's index. */
async function insertAfterLine(document, pattern, insert) {
  const line = [...Array(document.lineCount).keys()].find((i) => pattern.test(document.lineAt(i).text));
  assert.ok(line !== undefined, `no line matching ${pattern}`);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, document.lineAt(line).range.end, insert);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was not applied');
  return line;
}

/**
 * Items from snippet files (kind Snippet with a snippet body) are not the
 * server's: leave them out, so a snippet cannot stand in for the server.
 */
function fromServer(item) {
  return !(item.kind === vscode.CompletionItemKind.Snippet && item.insertText instanceof vscode.SnippetString);
}

/** Polls completion at `position` until items labelled with every phrase appear; returns the items. */
async function completeUntil(uri, position, phrases) {
  let items = [];
  try {
    return await waitFor(async () => {
      items = itemsOf(await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, position)).filter(fromServer);
      return phrases.every((p) => items.some((item) => labelOf(item).includes(p))) && items;
    }, `completion items labelled ${phrases.join(', ')} at ${position.line + 1}:${position.character + 1}`);
  } catch (e) {
    throw new Error(`${e.message}; labels: ${JSON.stringify(items.map(labelOf).slice(0, 40))}`);
  }
}

/** Asserts that some item labelled with `phrase` inserts it in italics. */
function assertItalic(items, phrase) {
  const candidates = items.filter((item) => labelOf(item).includes(phrase));
  assert.ok(
    candidates.some((item) => insertTextOf(item).includes(`_${phrase}_`)),
    `no item labelled ${phrase} inserts _${phrase}_; got: ${JSON.stringify(candidates.map((i) => [labelOf(i), insertTextOf(i)]))}`,
  );
}

async function closeWithoutSaving() {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

describe('completion', () => {
  afterEach(closeWithoutSaving);

  it('offers preambular phrases on a new paragraph in the preamble', async () => {
    const { document } = await openEditor(await freshCopy('A-RES-73-331.unres'));
    const line = await insertAfterLine(document, /^_Having considered_/, '\n\n');
    const position = new vscode.Position(line + 2, 0);
    assert.strictEqual(document.lineAt(position.line).text, '', 'the new line should be empty');
    const items = await completeUntil(document.uri, position, ['Recalling', 'Noting']);
    assertItalic(items, 'Recalling');
    assertItalic(items, 'Noting');
  });

  it('offers operative phrases after "5. " in the operative part', async () => {
    const { document } = await openEditor(await freshCopy('A-RES-73-331.unres'));
    const line = await insertAfterLine(document, /^4\. /, '\n\n5. ');
    const position = new vscode.Position(line + 2, 3);
    assert.strictEqual(document.lineAt(position.line).text, '5. ');
    const items = await completeUntil(document.uri, position, ['Decides', 'Requests']);
    assertItalic(items, 'Decides');
    assertItalic(items, 'Requests');
  });

  it('offers the footnote labels after "[^", each inserting its label and the closing bracket at the cursor', async () => {
    const { document } = await openEditor(await freshCopy('A-RES-73-331.unres'));
    const line = await insertAfterLine(document, /^4\. /, ' see[^');
    const position = document.lineAt(line).range.end;
    const items = await completeUntil(document.uri, position, ['1', '7']);
    const labels = items.map(labelOf);
    assert.deepStrictEqual(labels.slice().sort((a, b) => Number(a) - Number(b)), ['1', '2', '3', '4', '5', '6', '7', '8'], 'the seven labels and the next one');
    for (const item of items) {
      assert.strictEqual(insertTextOf(item), `${labelOf(item)}]`);
      // An empty range at the cursor (VS Code takes list defaults: the server gives it once for the list).
      const range = item.range && 'inserting' in item.range ? item.range.inserting : item.range;
      assert.ok(range && range.start.isEqual(position) && range.end.isEqual(position), `${labelOf(item)}: ${JSON.stringify(range)}`);
    }
    assert.ok(items.find((i) => labelOf(i) === '1').detail.length > 0, 'the footnote text as the detail');
  });
});
