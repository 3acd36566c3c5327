/**
 * The scanner that reads a message too long for the server on the way past
 * (server/src/lsp/droppedMessage.ts) and what the server does for such a message
 * (`droppedAnswer` in protocolGuard.ts): on JSON, it must find what `JSON.parse` finds, however
 * the body is cut into pieces, while holding a few kilobytes whatever the body.
 */
import assert from 'node:assert/strict';
import { DroppedMessageScanner, type DroppedMessage } from '../../../server/src/lsp/droppedMessage';
import { droppedAnswer } from '../../../server/src/lsp/protocolGuard';
import { seeded as random } from '../../support/random';

/** What the scanner makes of `body`, given in pieces of `cut` bytes (all at once by default). */
function scan(body: string | Buffer, cut = Infinity): DroppedMessage {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const scanner = new DroppedMessageScanner();
  const step = Number.isFinite(cut) ? cut : bytes.length || 1;
  for (let i = 0; i < bytes.length; i += step) scanner.push(bytes.subarray(i, i + step));
  return scanner.result();
}

/** What the scanner is to find in a JSON text, read by `JSON.parse`. */
function expected(json: string): DroppedMessage {
  const v = JSON.parse(json) as unknown;
  const o = v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  const params = o?.params;
  const td = params !== null && typeof params === 'object' && !Array.isArray(params) ? (params as Record<string, unknown>).textDocument : undefined;
  const uri = td !== null && typeof td === 'object' && !Array.isArray(td) ? (td as Record<string, unknown>).uri : undefined;
  const id = o?.id;
  return {
    ...(typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) ? { id } : {}),
    ...(typeof o?.method === 'string' ? { method: o.method } : {}),
    ...(typeof uri === 'string' ? { uri } : {}),
    response: o !== undefined && ('result' in o || 'error' in o),
  };
}

/** A random JSON value: the keys the scanner looks for turn up at every level, with every kind of value. */
function randomValue(rnd: () => number, depth: number): unknown {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const r = rnd();
  if (depth > 5 || r < 0.35) {
    return pick<unknown>([
      Math.floor(rnd() * 1e6),
      -rnd() * 1e-3,
      1.5e300,
      0,
      true,
      false,
      null,
      '',
      'textDocument/didChange',
      'file:///p/Côte d’Ivoire 𝒜.unres',
      '"id": 5, \\ "method" {[',
      'a\u0000b\u2028\ud800',
    ]);
  }
  if (r < 0.55) return Array.from({ length: Math.floor(rnd() * 4) }, () => randomValue(rnd, depth + 1));
  const keys = ['id', 'method', 'params', 'textDocument', 'uri', 'result', 'error', 'text', 'i\u0064', 'x"y', 'é'];
  const o: Record<string, unknown> = {};
  const n = Math.floor(rnd() * 6);
  for (let k = 0; k < n; k++) o[pick(keys)] = randomValue(rnd, depth + 1);
  return o;
}

describe('the scanner of a message too long to read (droppedMessage.ts)', () => {
  it('finds the id, method, draft and response keys a request, a notification and a response have', () => {
    const pad = 'x'.repeat(5000);
    assert.deepEqual(scan(JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///a.unres' }, pad } })), {
      id: 7,
      method: 'textDocument/hover',
      uri: 'file:///a.unres',
      response: false,
    });
    // The id after the long part, as a string with escapes.
    assert.deepEqual(scan(`{"method":"x/y","params":{"text":"${pad}"},"id":"a\\"b\\u00e9"}`), { id: 'a"bé', method: 'x/y', response: false });
    assert.deepEqual(scan(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { contentChanges: [{ text: pad }], textDocument: { version: 3, uri: 'file:///b' } } })), {
      method: 'textDocument/didChange',
      uri: 'file:///b',
      response: false,
    });
    assert.deepEqual(scan(JSON.stringify({ jsonrpc: '2.0', id: 4, result: [pad] })), { id: 4, response: true });
    assert.deepEqual(scan(JSON.stringify({ jsonrpc: '2.0', id: 'r', error: { code: 1, message: pad } })), { id: 'r', response: true });
  });

  it('takes only the top-level id and method, not keys inside strings, arrays or nested objects', () => {
    assert.deepEqual(scan('{"params":{"id":1,"method":"no","uri":"no"},"text":"\\"id\\": 5, \\"method\\": \\"no\\"","list":[{"id":2}]}'), { response: false });
    assert.deepEqual(scan('{"params":[{"textDocument":{"uri":"file:///no"}}]}'), { response: false });
    assert.deepEqual(scan('{"params":{"textDocument":[{"uri":"file:///no"}]}}'), { response: false });
    assert.deepEqual(scan('[{"id":1,"method":"x"}]'), { response: false });
    // A key written with escapes is the same key.
    assert.deepEqual(scan('{"\\u0069d":3,"m\\u0065thod":"a"}'), { id: 3, method: 'a', response: false });
  });

  it('keeps only ids that JSON-RPC allows: a string or a finite number', () => {
    for (const [id, kept] of [
      ['1e400', false],
      ['null', false],
      ['true', false],
      ['{"a":1}', false],
      ['[1]', false],
      ['-12.5e1', true],
      ['0x10', false],
    ] as const) {
      const r = scan(`{"id": ${id} ,"method":"m"}`);
      assert.equal('id' in r, kept, id);
      if (kept) assert.equal(r.id, Number(id), id);
    }
  });

  it('finds what JSON.parse finds in random JSON, however it is cut', () => {
    const rnd = random(41);
    for (let n = 0; n < 2000; n++) {
      const value = randomValue(rnd, 0);
      const json = JSON.stringify(value, null, rnd() < 0.3 ? 2 : undefined) ?? 'null';
      const want = expected(json);
      assert.deepEqual(scan(json), want, json);
      const cut = 1 + Math.floor(rnd() * 7);
      assert.deepEqual(scan(json, cut), want, `${json} in pieces of ${cut}`);
    }
  });

  it('reads the body cut at every byte the same as whole', () => {
    const json = JSON.stringify({ jsonrpc: '2.0', id: 'é𝒜"\\', method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///é 𝒜', text: '{"id":[' } } });
    const whole = scan(json);
    assert.deepEqual(whole, { id: 'é𝒜"\\', method: 'textDocument/didOpen', uri: 'file:///é 𝒜', response: false });
    assert.deepEqual(scan(json, 1), whole);
  });

  it('drops a value over its limit instead of holding it, and holds nothing for nesting deeper than it looks', () => {
    const longId = 'i'.repeat(20_000);
    assert.deepEqual(scan(JSON.stringify({ id: longId, method: 'm' })), { method: 'm', response: false });
    const longUri = 'file:///' + 'u'.repeat(20_000);
    assert.deepEqual(scan(JSON.stringify({ method: 'textDocument/didChange', params: { textDocument: { uri: longUri } } })), { method: 'textDocument/didChange', response: false });
    // A million levels of nesting, then the id at the top level: found, in a few kilobytes.
    const depth = 1_000_000;
    const body = Buffer.concat([Buffer.from('{"params":'), Buffer.alloc(depth, '['), Buffer.alloc(depth, ']'), Buffer.from(',"id":12,"method":"m"}')]);
    const scanner = new DroppedMessageScanner();
    scanner.push(body);
    assert.deepEqual(scanner.result(), { id: 12, method: 'm', response: false });
    const held = (scanner as unknown as { objectAt: unknown[]; keys: unknown[] }).objectAt.length + (scanner as unknown as { keys: unknown[] }).keys.length;
    assert.ok(held <= 10, `it stored ${held} levels`);
  });

  it('never throws on bytes that are not JSON', () => {
    const rnd = random(42);
    for (let n = 0; n < 300; n++) {
      const bytes = Buffer.from(Array.from({ length: Math.floor(rnd() * 400) }, () => (rnd() < 0.5 ? '{}[]":,\\ idmethod'.charCodeAt(Math.floor(rnd() * 17)) : Math.floor(rnd() * 256))));
      const r = scan(bytes, 1 + Math.floor(rnd() * 9));
      assert.equal(typeof r.response, 'boolean');
    }
    assert.deepEqual(scan('{"id":5'), { id: 5, response: false }, 'cut short, the id read so far');
    assert.deepEqual(scan(''), { response: false });
  });
});

describe('what the server does for a message it dropped unread (droppedAnswer)', () => {
  const bytes = 300 * 1024 * 1024;
  it('answers a request with InvalidRequest and its id', () => {
    const a = droppedAnswer({ id: 'q', method: 'textDocument/hover', response: false }, bytes);
    assert.deepEqual(a.send, { jsonrpc: '2.0', id: 'q', error: { code: -32600, message: `unres: the message of ${bytes} bytes is over the server's limit of 256 MiB and was not read` } });
    assert.equal(a.read, undefined);
    assert.equal(a.log, 'it was a textDocument/hover request (id "q"): answered with an error');
  });

  it('reads an answer to the server’s own request as an error for that request', () => {
    const a = droppedAnswer({ id: 3, response: true }, bytes);
    assert.deepEqual(a.read, [{ jsonrpc: '2.0', id: 3, error: { code: -32600, message: `unres: the message of ${bytes} bytes is over the server's limit of 256 MiB and was not read` } }]);
    assert.equal(a.send, undefined);
  });

  it('reads a didOpen or didChange of a draft as its didClose, and ignores other notifications', () => {
    for (const [method, sent] of [
      ['textDocument/didOpen', 'it'],
      ['textDocument/didChange', 'an edit of it'],
    ]) {
      const uri = 'file:///p/C%C3%B4te%20d%E2%80%99Ivoire.unres?x#y';
      const a = droppedAnswer({ method, uri, response: false }, bytes);
      assert.deepEqual(a.read, [
        { jsonrpc: '2.0', method: 'textDocument/didClose', params: { textDocument: { uri } } },
        { jsonrpc: '2.0', method: 'unres/draftForgotten', params: { uri } },
      ]);
      assert.match(a.log, /the server forgets that draft/);
      // The drafter is told, by name: the problems vanish, and silence would read as a clean draft.
      assert.deepEqual(a.send, {
        jsonrpc: '2.0',
        method: 'window/showMessage',
        params: { type: 2, message: `unres: Côte d’Ivoire.unres is no longer checked: the editor sent ${sent} as a message of more than 256 MiB, the most the language server reads. Close it and open it again once it is smaller.` },
      });
    }
    // A URI that does not decode is shown as it is.
    assert.match((droppedAnswer({ method: 'textDocument/didChange', uri: 'file:///%E0%A4%A.unres', response: false }, bytes).send as unknown as { params: { message: string } }).params.message, /^unres: %E0%A4%A\.unres is no longer checked/);
    for (const m of [
      { method: 'textDocument/didChange', response: false },
      { method: 'textDocument/didSave', uri: 'file:///d.unres', response: false },
      { response: false },
      { id: 3, response: false },
    ]) {
      const a = droppedAnswer(m, bytes);
      assert.deepEqual([a.send, a.read], [undefined, undefined], JSON.stringify(m));
      assert.match(a.log, /ignored$/);
    }
  });
});
