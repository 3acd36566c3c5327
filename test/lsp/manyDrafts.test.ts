/**
 * Many large drafts open at once: the server keeps the drafts in use as strings and the others
 * deflated (server/src/lsp/compactDocuments.ts), and reuses the models of the last few only. A
 * draft edited after it was packed must read exactly as the editor's copy: its diagnostics equal
 * those of the same text opened fresh.
 */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generateDraft } from '../../bench/generate';
import { PULL_CLIENT, startServer, waitFor, type TestServer } from './client';

type Report = { items: { range: unknown; message: string; code?: unknown; severity?: number; data?: unknown }[] };

describe('many large drafts open at once', function () {
  this.timeout(120_000);
  let server: TestServer;
  before(async () => {
    server = await startServer(PULL_CLIENT);
  });
  after(async () => server.stop());

  const pull = async (uri: string) => ((await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as Report).items;

  it('edits a draft that was packed meanwhile, and lints it as the editor has it', async () => {
    const texts = Array.from({ length: 8 }, (_, i) => generateDraft({ operative: 150, seed: 500 + i }).text);
    assert.ok(texts.every((t) => t.length > 32 * 1024), 'every draft is large enough to be packed');
    const uris = texts.map((_, i) => `file:///many/draft-${i}.unres`);
    for (const [i, text] of texts.entries()) {
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uris[i], languageId: 'unres', version: 1, text } });
      await pull(uris[i]);
    }
    // The editor's copy of the first draft, edited as the server is told: the first operative
    // opener loses its italics, a line is inserted, and the last line's end changes.
    const editor = TextDocument.create(uris[0], 'unres', 1, texts[0]);
    const opener = texts[0].indexOf('1. _');
    const end = texts[0].indexOf('_', opener + 4);
    const changes = [
      { range: { start: editor.positionAt(opener + 3), end: editor.positionAt(end + 1) }, text: texts[0].slice(opener + 4, end) },
      { range: { start: editor.positionAt(10), end: editor.positionAt(10) }, text: '\ud83d\u0000 – “x”\r\n' },
    ];
    let version = 1;
    for (const change of changes) {
      version++;
      // Other drafts used in between: the first one is packed again before each edit.
      for (const uri of uris.slice(1, 6)) await pull(uri);
      TextDocument.update(editor, [change], version);
      await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uris[0], version }, contentChanges: [change] });
    }
    for (const uri of uris.slice(1, 6)) await pull(uri);
    const edited = await pull(uris[0]);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///many/fresh.unres', languageId: 'unres', version: 1, text: editor.getText() } });
    const fresh = await pull('file:///many/fresh.unres');
    // Each diagnostic's data names the opening and version it was made for: left out.
    const bare = (items: Report['items']) => items.map(({ data: _data, ...d }) => d);
    assert.deepEqual(bare(edited), bare(fresh), 'the edited draft lints as its text opened fresh');
    assert.ok(edited.some((d) => d.code === 'opener-italics'), 'the opener without italics is reported');
    // A draft packed and never edited reads back as it was sent.
    const stats = (uri: string) => server.connection.sendRequest('unres/documentStatistics', { textDocument: { uri } });
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///many/fresh-7.unres', languageId: 'unres', version: 1, text: texts[7] } });
    assert.deepEqual(await stats(uris[7]), { ...(await stats('file:///many/fresh-7.unres')) as object, uri: uris[7] });
  });
});

describe('an idle server lets go of the models of the drafts not in use', function () {
  this.timeout(120_000);
  it('and answers for every draft as before: diagnostics, edits, hovers', async () => {
    // A short idle delay for the test (10 s in use).
    process.env.UNRES_IDLE_TRIM_MS = '300';
    const server = await startServer(PULL_CLIENT);
    delete process.env.UNRES_IDLE_TRIM_MS;
    try {
      const logs: string[] = [];
      server.connection.onNotification('window/logMessage', (p: { message: string }) => void logs.push(p.message));
      const pull = async (uri: string) => ((await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as Report).items;
      const bare = (items: Report['items']) => items.map(({ data: _data, ...d }) => d);
      const texts = Array.from({ length: 3 }, (_, i) => generateDraft({ operative: 150, seed: 700 + i }).text.replace(/^1\. _([^_\n]+)_/m, '1. $1'));
      const uris = texts.map((_, i) => `file:///idle/draft-${i}.unres`);
      const before: Report['items'][] = [];
      for (const [i, text] of texts.entries()) {
        await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uris[i], languageId: 'unres', version: 1, text } });
        before.push(await pull(uris[i]));
      }
      assert.ok(before.every((items) => items.some((d) => d.code === 'opener-italics')), 'each draft has a problem to report');
      await waitFor(() => logs.find((m) => /^unres: idle: kept the model of the draft used last, let go of \d+ others?$/.test(m)), 20_000, 'the idle trim');
      for (const [i, uri] of uris.entries()) assert.deepEqual(bare(await pull(uri)), bare(before[i]), `draft ${i} after the trim`);
      // An edit of a draft whose model went: linted as its text opened fresh.
      const editor = TextDocument.create(uris[0], 'unres', 1, texts[0]);
      const first = texts[0].search(/^1\. /m) + 3;
      const change = { range: { start: editor.positionAt(first), end: editor.positionAt(first) }, text: '_' };
      TextDocument.update(editor, [change], 2);
      await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uris[0], version: 2 }, contentChanges: [change] });
      const edited = await pull(uris[0]);
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///idle/fresh.unres', languageId: 'unres', version: 1, text: editor.getText() } });
      assert.deepEqual(bare(edited), bare(await pull('file:///idle/fresh.unres')));
      const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: uris[1] }, position: TextDocument.create(uris[1], 'unres', 1, texts[1]).positionAt(texts[1].search(/^2\. _/m) + 4) })) as { contents: unknown } | null;
      assert.ok(hover && JSON.stringify(hover.contents).length > 10, 'a hover on a draft whose model went');
    } finally {
      await server.stop();
    }
  });
});

