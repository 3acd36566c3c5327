/** Protocol tests of the editor features: the bundled server over stdio, driven by a real JSON-RPC client. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type {
  ClientCapabilities,
  CodeAction,
  CompletionItem,
  CompletionList,
  Diagnostic,
  DocumentHighlight,
  DocumentLink,
  DocumentSymbol,
  FoldingRange,
  InitializeResult,
  InlayHint,
  Location,
  SymbolInformation,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { PULL_CLIENT, PUSH_CLIENT, startServer, waitFor, type TestServer } from './client';

const faulty = readFileSync(new URL('../fixtures/faulty.unres', import.meta.url), 'utf8');
const example = readFileSync(new URL('../../../shared/examples/A-RES-73-331.unres', import.meta.url), 'utf8');

/** A VS Code-like client: pull diagnostics, hierarchical outline, prepared rename, snippets, showDocument, inlay hint refresh. */
const RICH_CLIENT: ClientCapabilities = {
  ...PULL_CLIENT,
  textDocument: {
    ...PULL_CLIENT.textDocument,
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    rename: { prepareSupport: true },
    completion: { completionItem: { snippetSupport: true } },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
  },
  workspace: { ...PULL_CLIENT.workspace, inlayHint: { refreshSupport: true } },
  window: { showDocument: { support: true } },
};

async function open(server: TestServer, uri: string, text: string) {
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'unres', version: 1, text } });
}

/** Applies text edits to a text (LSP positions, non-overlapping). */
function apply(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits]
    .map((e) => ({ start: offset(e.range.start), end: offset(e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start)
    .reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}

/** The position of the first `needle` in a text, moved by `shift` characters. */
function positionOf(text: string, needle: string, shift = 0) {
  const at = text.indexOf(needle) + shift;
  assert.ok(at >= shift, needle);
  const before = text.slice(0, at).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

const RENUMBER = `The General Assembly,

_Recalling_ its resolution 59/50 of 2 December 2004,[^2]

1. _Decides_ a;[^1]

3. _Requests_ b;

4. _Invites_ c;

5. _Urges_ d;

6. _Calls upon_ all to implement paragraph 5 above.

[^1]: One.
[^2]: Two.
`;

describe('editor features over stdio (VS Code-like client)', () => {
  let server: TestServer;
  const shown: string[] = [];
  const refreshes: number[] = [];
  before(async () => {
    server = await startServer(RICH_CLIENT);
    server.connection.onRequest('window/showDocument', (p: { uri: string }) => {
      shown.push(p.uri);
      return { success: true };
    });
    server.connection.onRequest('workspace/inlayHint/refresh', () => {
      refreshes.push(Date.now());
      return null;
    });
  });
  after(async () => server.stop());

  it('announces every feature', async () => {
    // startServer keeps the first answer to itself; the server answers a repeated initialize the same way.
    const s = await startServer(RICH_CLIENT);
    const result = (await s.connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: RICH_CLIENT })) as InitializeResult;
    await s.stop();
    const c = result.capabilities;
    assert.ok(c.documentFormattingProvider && c.documentRangeFormattingProvider && c.documentSymbolProvider && c.foldingRangeProvider);
    assert.ok(c.definitionProvider && c.referencesProvider && c.documentHighlightProvider && c.inlayHintProvider);
    assert.deepEqual(c.renameProvider, { prepareProvider: true });
    assert.deepEqual(c.completionProvider?.triggerCharacters, ['_', '^', ' ']);
    assert.deepEqual((c.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'source.fixAll.unres']);
    assert.deepEqual(c.executeCommandProvider?.commands, ['unres.openRuleDocs']);
    assert.deepEqual(c.documentLinkProvider, { resolveProvider: false });
  });

  it('offers the quick fix, disable-for-this-line and the documentation, and runs the documentation command', async () => {
    const uri = 'file:///f/faulty.unres';
    await open(server, uri, faulty);
    const r = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] };
    const italics = r.items.find((d) => d.code === 'opener-italics')!;
    const actions = (await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: italics.range, context: { diagnostics: [italics] } })) as CodeAction[];
    assert.deepEqual(actions.slice(1).map((a) => a.title), ['Disable opener-italics for this line', 'Show documentation for opener-italics']);
    assert.equal(actions[0].isPreferred, true);
    assert.equal(actions[0].kind, 'quickfix');
    assert.match(apply(faulty, actions[0].edit!.changes![uri]), /^_Recalling_ its resolution/m);
    assert.match(apply(faulty, actions[1].edit!.changes![uri]), /^<!-- unres-disable-next-line opener-italics -->\nRecalling its resolution/m);
    assert.deepEqual(actions[2].command, { title: 'Show documentation for opener-italics', command: 'unres.openRuleDocs', arguments: ['opener-italics'] });
    await server.connection.sendRequest('workspace/executeCommand', { command: 'unres.openRuleDocs', arguments: ['opener-italics'] });
    const url = await waitFor(() => shown.find((u) => u.endsWith('/opener-italics.md')), 10_000, 'window/showDocument');
    assert.match(url, /^file:\/\/.*server\/docs\/rules\/opener-italics\.md$/);
    await assert.rejects(server.connection.sendRequest('workspace/executeCommand', { command: 'unres.openRuleDocs', arguments: ['../../secret'] }));
  });

  it('answers source.fixAll.unres with the edits of fix-all', async () => {
    const uri = 'file:///f/faulty.unres';
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const actions = (await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only: ['source.fixAll'] } })) as CodeAction[];
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.unres');
    const fixed = apply(faulty, actions[0].edit!.changes![uri]);
    assert.match(fixed, /^Agenda item 128 \(t\)$/m);
    assert.match(fixed, /^3\. _Decides_/m);
  });

  it('formats: renumbers after OP2 was deleted, rewrites the cross-reference and the footnote order', async () => {
    const uri = 'file:///f/renumber.unres';
    await open(server, uri, RENUMBER);
    const edits = (await server.connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } })) as TextEdit[];
    const after = apply(RENUMBER, edits);
    assert.match(after, /^5\. _Calls upon_ all to implement paragraph 4 above\.$/m);
    assert.match(after, /^2\. _Requests_ b;$/m);
    assert.match(after, /2004,\[\^1\]\n\n1\. _Decides_ a;\[\^2\]/);
    assert.match(after, /\[\^1\]: Two\.\n\[\^2\]: One\.\n$/);
    const range = { start: { line: 6, character: 0 }, end: { line: 6, character: 16 } };
    const ranged = (await server.connection.sendRequest('textDocument/rangeFormatting', { textDocument: { uri }, range, options: { tabSize: 4, insertSpaces: true } })) as TextEdit[];
    assert.deepEqual(ranged, []);
  });

  it('gives a hierarchical outline, folding ranges and, once enabled, inlay hints', async () => {
    const uri = 'file:///f/example.unres';
    await open(server, uri, example);
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => s.name), ['Header', 'The General Assembly,', 'Preamble', 'Operative part', 'Footnotes']);
    assert.equal(symbols[3].children![4].name, 'OP5');
    assert.equal(symbols[2].children![2].detail, 'Referring also to its resolution 59/50 of 2…');
    const folds = (await server.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as FoldingRange[];
    assert.ok(folds.some((f) => f.startLine === 11 && f.endLine === 39 && f.kind === 'region'));
    const wholeDocument = { start: { line: 0, character: 0 }, end: { line: 70, character: 0 } };
    assert.deepEqual(await server.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range: wholeDocument }), []);
    server.settings = { inlayHints: { enabled: true } };
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await waitFor(() => (refreshes.length > 0 ? true : undefined), 10_000, 'workspace/inlayHint/refresh');
    const hints = (await server.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range: wholeDocument })) as InlayHint[];
    assert.equal(hints.length, 24);
    assert.deepEqual([hints[0].label, hints[15].label], ['PP1', 'OP1']);
    server.settings = {};
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  });

  it('navigates: definition, references, highlights, rename of a footnote label', async () => {
    const uri = 'file:///f/example.unres';
    const ref = positionOf(example, '[^5]', 2);
    const defs = (await server.connection.sendRequest('textDocument/definition', { textDocument: { uri }, position: ref })) as Location[];
    assert.deepEqual(defs.map((d) => d.range.start.line), [66]);
    const refs = (await server.connection.sendRequest('textDocument/references', { textDocument: { uri }, position: ref, context: { includeDeclaration: true } })) as Location[];
    assert.equal(refs.length, 3);
    const highlights = (await server.connection.sendRequest('textDocument/documentHighlight', { textDocument: { uri }, position: ref })) as DocumentHighlight[];
    assert.deepEqual(highlights.map((h) => h.kind), [2, 2, 3]);
    const prepared = (await server.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri }, position: ref })) as { placeholder: string };
    assert.equal(prepared.placeholder, '5');
    const edit = (await server.connection.sendRequest('textDocument/rename', { textDocument: { uri }, position: ref, newName: 'strategy' })) as WorkspaceEdit;
    const renamed = apply(example, edit.changes![uri]);
    assert.equal((renamed.match(/\[\^strategy\]/g) ?? []).length, 3);
    // RequestFailed (-32803, LSP 3.17): a well-formed rename that cannot be done; not InvalidRequest.
    await assert.rejects(server.connection.sendRequest('textDocument/rename', { textDocument: { uri }, position: ref, newName: '1' }), (e: { code?: number; message?: string }) => e.code === -32803 && /already exists/.test(e.message ?? ''));
    const nothing = await server.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri }, position: positionOf(example, '_Decides_', 3) });
    assert.equal(nothing, null);
  });

  it('links symbols and resolutions to undocs.org', async () => {
    const links = (await server.connection.sendRequest('textDocument/documentLink', { textDocument: { uri: 'file:///f/example.unres' } })) as DocumentLink[];
    assert.ok(links.some((l) => l.target === 'https://undocs.org/A/RES/59/50'));
    assert.ok(links.every((l) => l.target!.startsWith('https://')));
  });

  it('completes footnote labels after [^ and sends snippets to a client that takes them', async () => {
    const uri = 'file:///f/complete.unres';
    const text = 'A/73/L.1\n\n\n\nThe General Assembly,\n\n_Recalling_ a,[^1]\n\n1. _Decides_ b;[^\n\n[^1]: One.\n';
    await open(server, uri, text);
    const items = (await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 8, character: 17 }, context: { triggerKind: 2, triggerCharacter: '^' } })) as CompletionItem[];
    assert.deepEqual(items.map((i) => i.label), ['1', '2']);
    assert.equal(items[0].detail, 'One.');
    const header = (await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 0 } })) as CompletionItem[];
    const agenda = header.find((i) => i.label === 'Agenda item')!;
    assert.equal(agenda.insertTextFormat, 2);
    assert.equal((agenda.textEdit as TextEdit).newText, 'Agenda item ${1:number}');
  });

  it('sends a client that takes list defaults the footnote labels as a list with one edit range, each item without what only repeats', async () => {
    const client = await startServer({ ...PULL_CLIENT, textDocument: { ...PULL_CLIENT.textDocument, completion: { completionItem: { snippetSupport: true }, completionList: { itemDefaults: ['editRange', 'insertTextFormat'] } } } });
    try {
      const uri = 'file:///f/many.unres';
      // 300 footnotes, and a reference being typed at the end of an operative paragraph.
      const notes = Array.from({ length: 300 }, (_, i) => `[^${i + 1}]: Security Council resolution ${1000 + i} (2000).`).join('\n\n');
      const refs = Array.from({ length: 300 }, (_, i) => `[^${i + 1}]`).join('');
      const text = `A/73/L.1\n\n\n\nThe General Assembly,\n\n_Recalling_ a,${refs}\n\n1. _Decides_ b;[^\n\n${notes}\n`;
      await open(client, uri, text);
      const position = { line: 8, character: 17 };
      const list = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position, context: { triggerKind: 2, triggerCharacter: '^' } })) as CompletionList;
      assert.ok(!Array.isArray(list) && list.itemDefaults?.editRange, 'a list with a default edit range');
      assert.deepEqual(list.itemDefaults.editRange, { start: position, end: position });
      assert.equal(list.items.length, 301, 'the 300 labels and the next one');
      const first = list.items[0];
      assert.deepEqual(first, { label: '1', kind: 18, detail: 'Security Council resolution 1000 (2000).', sortText: '0000', textEditText: '1]' });
      assert.ok(list.items.every((i) => i.textEdit === undefined && typeof i.textEditText === 'string'));
      // The same labels, texts and range as the full items a client without list defaults gets.
      await open(server, uri, text);
      const items = (await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position })) as CompletionItem[];
      assert.ok(Array.isArray(items) && items.length === list.items.length);
      for (const [i, item] of items.entries()) {
        assert.equal(item.label, list.items[i].label);
        assert.deepEqual(item.textEdit, { range: list.itemDefaults.editRange, newText: list.items[i].textEditText });
      }
      const size = JSON.stringify(list).length;
      assert.ok(size < 0.75 * JSON.stringify(items).length, `the list with defaults (${size} bytes) against the items (${JSON.stringify(items).length})`);
      await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    } finally {
      await client.stop();
    }
  });

  it('starts for a client whose list defaults are not a list, and sends it items', async () => {
    // The protocol guard checks only that the capabilities are an object: a wrong shape inside must not stop `initialize`.
    const client = await startServer({ ...PULL_CLIENT, textDocument: { ...PULL_CLIENT.textDocument, completion: { completionList: { itemDefaults: true as unknown as string[] } } } });
    try {
      const uri = 'file:///f/odd.unres';
      await open(client, uri, 'A/73/L.1\n\n\n\nThe General Assembly,\n\n_Recalling_ a,[^1]\n\n1. _Decides_ b;[^\n\n[^1]: One.\n');
      const items = await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 8, character: 17 } });
      assert.ok(Array.isArray(items) && items.length === 2, JSON.stringify(items));
    } finally {
      await client.stop();
    }
  });

  it('answers unres/documentStatistics for the status bar', async () => {
    const s = (await server.connection.sendRequest('unres/documentStatistics', { textDocument: { uri: 'file:///f/example.unres' } })) as Record<string, unknown>;
    assert.equal(s.preambular, 15);
    assert.equal(s.operative, 9);
    assert.equal(s.footnotes, 7);
    assert.ok(typeof s.words === 'number' && s.words > 1000);
    assert.deepEqual((s.profile as { name: string; source: string }).name, 'GA');
    assert.equal(await server.connection.sendRequest('unres/documentStatistics', { textDocument: { uri: 'file:///f/unknown.unres' } }), null);
  });
});

describe('editor features over stdio (plain client, like Neovim 0.7)', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer(PUSH_CLIENT);
  });
  after(async () => server.stop());

  it('sends a flat outline, plain-text templates and the documentation as a message', async () => {
    const uri = 'file:///p/example.unres';
    await open(server, uri, example);
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as SymbolInformation[];
    const op5 = symbols.find((s) => s.name === 'OP5')!;
    assert.equal(op5.containerName, 'Operative part');
    assert.equal(op5.location.uri, uri);
    const text = 'A/73/L.1\n\n\n\nThe General Assembly,\n';
    await open(server, 'file:///p/header.unres', text);
    const items = (await server.connection.sendRequest('textDocument/completion', { textDocument: { uri: 'file:///p/header.unres' }, position: { line: 1, character: 0 } })) as CompletionItem[];
    const agenda = items.find((i) => i.label === 'Agenda item')!;
    assert.equal(agenda.insertTextFormat ?? 1, 1, 'plain text (the format a client assumes when none is given)');
    assert.equal((agenda.textEdit as TextEdit).newText, 'Agenda item number');
    const messages: string[] = [];
    server.connection.onNotification('window/showMessage', (p: { message: string }) => {
      messages.push(p.message);
    });
    await server.connection.sendRequest('workspace/executeCommand', { command: 'unres.openRuleDocs', arguments: ['agenda-item'] });
    await waitFor(() => messages.find((m) => /agenda-item\.md/.test(m)), 10_000, 'window/showMessage');
  });

  it('keeps inlay hints off without settings', async () => {
    const hints = await server.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri: 'file:///p/example.unres' }, range: { start: { line: 0, character: 0 }, end: { line: 70, character: 0 } } });
    assert.deepEqual(hints, []);
  });
});
