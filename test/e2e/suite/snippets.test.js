// The snippets of snippets/unres.code-snippets, expanded by VS Code's own snippet engine with their
// defaults: no snippet syntax is left in the text, the draft dates are today's in English whatever the
// display language (CURRENT_MONTH_NAME follows it; the snippets map CURRENT_MONTH to English names),
// and the whole-resolution snippets give drafts that `unres lint` passes (no error-level problem).
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded by mocha in the extension host */
/* global describe, it, afterEach */
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const vscode = require('vscode');
const { waitFor } = require('./helpers');

const repoRoot = path.resolve(__dirname, '../../..');
const SNIPPETS = JSON.parse(fs.readFileSync(path.join(repoRoot, 'snippets/unres.code-snippets'), 'utf8'));
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** The whole-resolution snippets, each a draft of its own. */
const WHOLE = ['GA resolution (adopted text)', 'GA draft resolution (L. document)', 'Security Council resolution'];
/**
 * Those dated today. The adopted text is not: its adoption date must fall in its session (the rule
 * adoption-date-session), and a snippet cannot work out today's session, so its defaults are one
 * consistent example (seventy-ninth session, 16 December 2024).
 */
const DATED_TODAY = ['GA draft resolution (L. document)', 'Security Council resolution'];

/** Today as the UN writes it: `5 July 2025`. */
function today() {
  const d = new Date();
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
}

/** Inserts the snippet named `name` into a new untitled unres draft; returns the text. */
async function expand(name) {
  const document = await vscode.workspace.openTextDocument({ language: 'unres', content: '' });
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'unres', name });
  await vscode.commands.executeCommand('leaveSnippet');
  return waitFor(() => document.getText(), `the snippet "${name}" inserted`);
}

/** Error-level problems `unres lint` finds in `text` (the bundled CLI, as CI runs it). */
function lintErrors(text) {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'dist/cli.js'), 'lint', '--no-config', '-f', 'json', '--stdin-filename', 'snippet.unres', '-'], { input: text, encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  assert.ok(r.status === 0 || r.status === 1, `unres lint exited ${r.status}: ${r.stderr}`);
  const report = JSON.parse(r.stdout);
  return report.flatMap((file) => file.diagnostics).filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`);
}

describe('snippets, expanded by VS Code', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  for (const name of Object.keys(SNIPPETS)) {
    it(`"${name}" leaves no snippet syntax in the text`, async () => {
      const text = await expand(name);
      assert.ok(text.trim().length > 0, 'nothing was inserted');
      assert.doesNotMatch(text, /\$\{|\$\d|\$[A-Z_]{4,}|CURRENT_/, `snippet syntax left in:\n${text}`);
    });
  }

  for (const name of WHOLE) {
    const dated = DATED_TODAY.includes(name);
    it(`"${name}" ${dated ? 'is dated today in English and ' : ''}lints without errors`, async () => {
      const before = today();
      const text = await expand(name);
      const dates = [before, today()];
      if (dated) assert.ok(dates.some((d) => text.includes(d)), `no "${before}" in:\n${text}`);
      assert.doesNotMatch(text, /\b\d{1,2} (?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{L}+ \d{4}\b/u, 'a date with a month name that is not English');
      assert.deepStrictEqual(lintErrors(text), [], `unres lint finds errors in:\n${text}`);
    });
  }
});
