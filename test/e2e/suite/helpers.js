// Helpers for the e2e suites: polling, workspace files and diagnostics in a comparable shape.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded by the extension host */
/* global TextDecoder */
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { setTimeout: delay } = require('node:timers/promises');

/** The extension's id (publisher.name in package.json). */
const EXTENSION_ID = 'unres.unres';

/** How long to wait for the language server by default. */
const DEFAULT_TIMEOUT = 20_000;

/**
 * Calls `probe` until it returns a truthy value (returned), or throws after
 * `timeout` ms with `message` and the last value or error seen.
 */
async function waitFor(probe, message, timeout = DEFAULT_TIMEOUT, interval = 100) {
  const deadline = Date.now() + timeout;
  let last;
  let lastError;
  for (;;) {
    try {
      last = await probe();
      lastError = undefined;
      if (last) return last;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      const seen = lastError ? `last error: ${lastError.stack || lastError}` : `last value: ${JSON.stringify(last)}`;
      throw new Error(`timed out after ${timeout} ms: ${message} (${seen})`);
    }
    await delay(interval);
  }
}

/** The URI of a file in the (temporary) workspace folder. */
function workspaceUri(name) {
  const folders = vscode.workspace.workspaceFolders;
  assert.ok(folders && folders.length > 0, 'no workspace folder is open');
  return vscode.Uri.joinPath(folders[0].uri, name);
}

let copies = 0;

/** Copies a workspace file to a fresh name, so each test sees a document no other test touched. */
async function freshCopy(name) {
  const target = workspaceUri(`${name.replace(/\.unres$/, '')}-${Date.now()}-${++copies}.unres`);
  await vscode.workspace.fs.copy(workspaceUri(name), target);
  return target;
}

/** Opens a document in an editor and returns both. */
async function openEditor(uri) {
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  return { document, editor };
}

/** The rule id of a diagnostic: `code` is a string or `{ value, target }`. */
function codeOf(diagnostic) {
  const { code } = diagnostic;
  return code !== null && typeof code === 'object' ? String(code.value) : String(code);
}

/** Diagnostics as sorted `line:code` strings with 1-based lines. */
function summarize(diagnostics) {
  return diagnostics.map((d) => `${d.range.start.line + 1}:${codeOf(d)}`).sort(byLineThenCode);
}

function byLineThenCode(a, b) {
  const [la, ca] = a.split(':');
  const [lb, cb] = b.split(':');
  return Number(la) - Number(lb) || ca.localeCompare(cb);
}

/** Resolves with the first onDidChangeDiagnostics event that mentions `uri`; call before causing it. */
function nextDiagnosticsChange(uri) {
  let subscription;
  const promise = new Promise((resolve) => {
    subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) {
        subscription.dispose();
        resolve(vscode.languages.getDiagnostics(uri));
      }
    });
  });
  return { promise, dispose: () => subscription.dispose() };
}

/** Races a promise against a timeout that rejects with `message`. */
async function within(promise, message, timeout = DEFAULT_TIMEOUT) {
  // The deadline side of the race: an abort signal (its timer never holds the process open).
  const expired = new Promise((_, reject) => {
    AbortSignal.timeout(timeout).addEventListener('abort', () => reject(new Error(`timed out after ${timeout} ms: ${message}`)), { once: true });
  });
  return Promise.race([promise, expired]);
}

/** The plain text of the contents of hovers returned by vscode.executeHoverProvider. */
function hoverText(hovers) {
  return (hovers || [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** The completion items of a CompletionList or array. */
function itemsOf(result) {
  return Array.isArray(result) ? result : (result && result.items) || [];
}

/** A completion item's label as a string. */
function labelOf(item) {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** The text a completion item inserts: insertText (string or SnippetString), textEdit, or the label. */
function insertTextOf(item) {
  const text = item.insertText ?? (item.textEdit && item.textEdit.newText) ?? labelOf(item);
  return typeof text === 'string' ? text : text.value;
}

/** The text with every run of white space (line breaks and no-break spaces included) as one space. */
function squash(text) {
  return text.replace(/\s+/g, ' ').trim();
}

/** A file's content as UTF-8 text. */
async function readText(uri) {
  return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
}

/** The names of the entries of a folder, sorted. */
async function folderNames(uri) {
  return (await vscode.workspace.fs.readDirectory(uri)).map(([name]) => name).sort();
}

/** The faulty fixture's expected diagnostics, as `line:code` with 1-based lines. */
const FAULTY_EXPECTED = [
  '2:agenda-item',
  '14:opener-italics',
  '16:preamble-punctuation',
  '20:footnote-undefined',
  '22:operative-numbering',
];

module.exports = {
  EXTENSION_ID,
  DEFAULT_TIMEOUT,
  FAULTY_EXPECTED,
  waitFor,
  within,
  workspaceUri,
  freshCopy,
  openEditor,
  codeOf,
  summarize,
  nextDiagnosticsChange,
  hoverText,
  itemsOf,
  labelOf,
  insertTextOf,
  squash,
  readText,
  folderNames,
};
