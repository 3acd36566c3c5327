// Quick fixes: the preferred fix of a diagnostic, applied from the code action provider.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded by mocha in the extension host */
/* global describe, it, afterEach */
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { waitFor, freshCopy, openEditor, codeOf } = require('./helpers');
const { closeWithoutSaving } = require('./featureHelpers');

describe('quick fix', () => {
  afterEach(closeWithoutSaving);

  it('applies the preferred fix of opener-italics and the diagnostic goes away', async () => {
    const { document } = await openEditor(await freshCopy('faulty.unres'));
    const uri = document.uri;
    const diagnostic = await waitFor(
      () => vscode.languages.getDiagnostics(uri).find((d) => codeOf(d) === 'opener-italics'),
      'an opener-italics diagnostic on faulty.unres',
    );
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((a) => a.title);
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix, `no preferred quick fix among ${JSON.stringify(titles)}`);
    assert.ok(titles.includes('Disable opener-italics for this line'), JSON.stringify(titles));
    assert.ok(titles.includes('Show documentation for opener-italics'), JSON.stringify(titles));
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the quick fix edit was not applied');
    assert.match(document.lineAt(diagnostic.range.start.line).text, /^_Recalling_ its resolution 59\/50/);
    await waitFor(
      () => !vscode.languages.getDiagnostics(uri).some((d) => codeOf(d) === 'opener-italics'),
      'the opener-italics diagnostic to go away after the fix',
    );
  });
});
