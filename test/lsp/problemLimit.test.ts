/**
 * `unres.maxNumberOfProblems` through the bundled server over stdio: a draft with more problems
 * than the limit gets the most severe of them, in document order, and one more diagnostic that
 * says how many there are; pulled and pushed alike.
 */
import assert from 'node:assert/strict';
import type { Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { PULL_CLIENT, PUSH_CLIENT, startServer, waitFor, type TestServer } from './client';

/** A header, then `n` operative paragraphs with three problems each (see the severities below). */
function draft(n: number): string {
  const paragraphs = Array.from({ length: n }, (_, i) => `${i + 1}. requests the secretary-general to report.`);
  return `Seventy-third session\nAgenda item 1\n\nThe General Assembly,\n\n${paragraphs.join('\n\n')}\n`;
}

/** Severities that mix the four levels: organ-line stays an error, opener-italics a warning. */
const RULES = { 'opener-capitalization': 'warning', 'operative-punctuation': 'info', 'secretary-general': 'hint' };
const RANK: Record<number, number> = { 1: 0, 2: 1, 3: 2, 4: 3 };

async function pull(server: TestServer, uri: string): Promise<Diagnostic[]> {
  const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as DocumentDiagnosticReport;
  assert.equal(report.kind, 'full');
  return report.items;
}

/** Sets the editor settings the client answers with and tells the server they changed (it caches them). */
async function configure(server: TestServer, settings: Record<string, unknown>): Promise<void> {
  server.settings = settings;
  await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
}

const key = (d: Diagnostic) => `${d.range.start.line}:${d.range.start.character} ${String(d.code)}`;

describe('the problem limit (unres.maxNumberOfProblems)', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer(PULL_CLIENT);
  });
  after(async () => {
    await server.stop();
  });

  it('over the limit sends the most severe first, in document order, and says how many there are', async () => {
    const uri = 'file:///limit/mixed.unres';
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'unres', version: 1, text: draft(40) } });
    await configure(server, { rules: RULES, maxNumberOfProblems: 1_000_000 });
    const all = await pull(server, uri);
    assert.equal(all.length, 121, 'organ line, opener italics, three per paragraph but the last (its full stop is right)');
    assert.ok(all.every((d) => d.code !== undefined), 'no limit diagnostic under the limit');
    for (const max of [1, 30, 45, 120]) {
      await configure(server, { rules: RULES, maxNumberOfProblems: max });
      const got = await pull(server, uri);
      assert.equal(got.length, max + 1, `max ${max}`);
      const note = got[got.length - 1];
      assert.equal(note.code, undefined);
      assert.equal(note.source, 'unres');
      assert.equal(note.severity, 3, 'information');
      assert.deepEqual(note.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
      assert.equal(note.message, `unres found 121 problems in this draft and shows ${max}, the most severe first. Raise the setting unres.maxNumberOfProblems to see more; \`unres lint\` lists them all.`);
      const shown = got.slice(0, -1);
      // The reference: every problem, the most severe first (stable), the first `max`, in document order.
      const order = new Map(all.map((d, i) => [key(d), i]));
      const want = [...all].sort((a, b) => RANK[a.severity!] - RANK[b.severity!] || order.get(key(a))! - order.get(key(b))!).slice(0, max).map(key).sort((a, b) => order.get(a)! - order.get(b)!);
      assert.deepEqual(shown.map(key), want, `max ${max}`);
      // The diagnostics sent are the same as without the limit (fix, data and all).
      for (const d of shown) assert.deepEqual(d, all[order.get(key(d))!]);
    }
    await configure(server, { rules: RULES, maxNumberOfProblems: 1 });
    assert.equal((await pull(server, uri))[0].code, 'organ-line', 'the only error comes first');
  });

  it('applies the default of 10,000 when the setting is missing or not a positive whole number', async () => {
    const uri = 'file:///limit/big.unres';
    // 3,400 paragraphs: 10,201 problems.
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'unres', version: 1, text: draft(3400) } });
    for (const settings of [{}, { maxNumberOfProblems: 0 }, { maxNumberOfProblems: 'lots' }, { maxNumberOfProblems: 2.5 }]) {
      await configure(server, settings);
      const got = await pull(server, uri);
      assert.equal(got.length, 10_001, JSON.stringify(settings));
      assert.match(String(got[got.length - 1].message), /^unres found 10,201 problems in this draft and shows 10,000,/);
    }
    await configure(server, { maxNumberOfProblems: 20_000 });
    assert.equal((await pull(server, uri)).length, 10_201);
  });

  it('limits pushed diagnostics too (clients without pull)', async () => {
    const push = await startServer(PUSH_CLIENT, { settings: { rules: RULES, maxNumberOfProblems: 3 } });
    try {
      const uri = 'file:///limit/pushed.unres';
      await push.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'unres', version: 1, text: draft(10) } });
      const sent = await waitFor(() => push.pushed.get(uri), 15_000, 'pushed diagnostics');
      assert.deepEqual(sent.diagnostics.map((d) => d.code), ['organ-line', 'opener-capitalization', 'opener-italics', undefined]);
      assert.match(String(sent.diagnostics[3].message), /^unres found 31 problems in this draft and shows 3,/);
    } finally {
      await push.stop();
    }
  });
});
