/**
 * A rule that throws, over the protocol (issue 8): the bundled server started with
 * `UNRES_TEST_THROWING_RULE` (a test-only switch that makes one rule throw on every draft) logs
 * the failure once to the client's output (window/logMessage, type Error), whatever the number of
 * versions and drafts linted, and every other rule still reports.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { PULL_CLIENT, startServer, type TestServer } from './client';

const faulty = readFileSync(new URL('../fixtures/faulty.unres', import.meta.url), 'utf8');

describe('language server: a rule that throws', () => {
  let server: TestServer;
  const logged: { type: number; message: string }[] = [];
  before(async () => {
    process.env.UNRES_TEST_THROWING_RULE = 'opener-italics';
    try {
      server = await startServer(PULL_CLIENT);
    } finally {
      delete process.env.UNRES_TEST_THROWING_RULE;
    }
    server.connection.onNotification('window/logMessage', (m: { type: number; message: string }) => void logged.push(m));
  });
  after(async () => server.stop());

  const pull = async (uri: string) => ((await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] }).items;

  it('is logged once to the output, and the other rules still report, version after version', async () => {
    const uri = 'file:///w/faulty.unres';
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'unres', version: 1, text: faulty } });
    const first = await pull(uri);
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${faulty}\n` }] });
    const second = await pull(uri);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///w/other.unres', languageId: 'unres', version: 1, text: faulty } });
    const third = await pull('file:///w/other.unres');
    for (const items of [first, second, third]) {
      const codes = items.map((d) => d.code);
      assert.ok(!codes.includes('opener-italics'), 'the rule that throws reports nothing');
      for (const id of ['agenda-item', 'preamble-punctuation', 'footnote-undefined', 'operative-numbering']) assert.ok(codes.includes(id), `${id} still reports: ${codes.join(', ')}`);
    }
    // Let any late log message arrive (they are sent before the pull's answer, in order).
    await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    const failures = logged.filter((m) => m.message.includes('opener-italics'));
    assert.equal(failures.length, 1, JSON.stringify(logged));
    assert.equal(failures[0].type, 1, 'an error');
    assert.match(failures[0].message, /rule opener-italics failed and was skipped: Error: injected failure/);
  });
});
