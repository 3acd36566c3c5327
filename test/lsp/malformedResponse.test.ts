/**
 * Responses to the server's own requests that are slightly malformed — both "result" and
 * "error": null (pygls once sent that), no "jsonrpc", an error without a message — are taken, not
 * refused: refusing one left the server's workspace/configuration request waiting for ever, and
 * the draft without diagnostics until it closed (review of the protocol guard). Raw frames over
 * stdio, since a JSON-RPC library would not write such responses.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { SERVER, waitFor } from './client';

interface Wire {
  readonly id?: number | string | null;
  readonly method?: string;
  readonly params?: { items?: unknown[]; message?: string };
  readonly result?: unknown;
  readonly error?: unknown;
}

describe('language server: malformed responses to its own requests', function () {
  this.timeout(60_000);
  it('are taken (mended, and logged), so the request they answer completes and the draft is linted', async () => {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const messages: Wire[] = [];
    let buffer = Buffer.alloc(0);
    child.stdout.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const end = buffer.indexOf('\r\n\r\n');
        if (end < 0) return;
        const length = Number(/content-length:\s*(\d+)/i.exec(buffer.subarray(0, end).toString('ascii'))?.[1]);
        if (buffer.length < end + 4 + length) return;
        messages.push(JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString('utf8')) as Wire);
        buffer = buffer.subarray(end + 4 + length);
      }
    });
    const send = (body: object) => {
      const content = Buffer.from(JSON.stringify(body), 'utf8');
      child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${content.length}\r\n\r\n`, 'ascii'), content]));
    };
    try {
      send({ jsonrpc: '2.0', id: 'init', method: 'initialize', params: { processId: null, rootUri: null, capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: {} } } } });
      await waitFor(() => messages.find((m) => m.id === 'init'), 20_000, 'initialize');
      send({ jsonrpc: '2.0', method: 'initialized', params: {} });
      const variants: [string, (id: Wire['id']) => object][] = [
        ['"result" and "error": null', (id) => ({ jsonrpc: '2.0', id, result: [null], error: null })],
        ['no "jsonrpc"', (id) => ({ id, result: [null] })],
        ['an error without a message', (id) => ({ jsonrpc: '2.0', id, error: { code: -32603 } })],
      ];
      for (const [k, [name, answer]] of variants.entries()) {
        const uri = `file:///w/malformed-${k}.unres`;
        const asked = messages.filter((m) => m.method === 'workspace/configuration').length;
        send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'unres', version: 1, text: 'The General Assembly,\n\nRecalling its resolution,\n\n1. _Decides_ to remain seized of the matter.\n' } } });
        send({ jsonrpc: '2.0', id: `pull-${k}`, method: 'textDocument/diagnostic', params: { textDocument: { uri } } });
        const request = await waitFor(() => messages.filter((m) => m.method === 'workspace/configuration')[asked], 20_000, `the configuration request (${name})`);
        send(answer(request.id));
        const pull = await waitFor(() => messages.find((m) => m.id === `pull-${k}` && !m.method), 20_000, `the pull after a response with ${name}`);
        const items = (pull.result as { items?: { code?: string }[] } | undefined)?.items;
        assert.ok(items?.some((d) => d.code === 'opener-italics'), `${name}: the draft is linted with the defaults: ${JSON.stringify(pull)}`);
      }
      const logged = messages.filter((m) => m.method === 'window/logMessage').map((m) => m.params?.message ?? '');
      assert.equal(logged.filter((m) => m.includes('took a malformed response')).length, 3, logged.join('\n'));
      assert.ok(!messages.some((m) => m.id === null && m.error), 'no error answer to a response (JSON-RPC answers none)');
    } finally {
      child.kill();
    }
  });
});
