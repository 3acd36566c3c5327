/**
 * The framing check of the language server (server/src/lsp/framing.ts): it reads the editor's byte
 * stream ahead of vscode-jsonrpc's reader, must read the same frames as that reader does, whatever
 * the input, and stops what would make the server buffer without limit.
 */
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { StreamMessageReader, type Message } from 'vscode-languageserver/node';
import { waitFor } from '../../lsp/client';
import { FramingCheck, MAX_BODY_BYTES, MAX_HEADER_BYTES, type FramingSink } from '../../../server/src/lsp/framing';
import { seeded as random } from '../../support/random';

/** What the check did with a stream given in these chunks. */
function run(chunks: readonly Buffer[], maxHeader?: number, maxBody?: number): { passed: Buffer; pieces: number; logs: string[]; fatal?: string } {
  const passed: Buffer[] = [];
  const logs: string[] = [];
  let fatal: string | undefined;
  const sink: FramingSink = {
    pass: (b) => passed.push(Buffer.from(b)),
    log: (l) => logs.push(l),
    fatal: (w) => {
      assert.equal(fatal, undefined, 'fatal once');
      fatal = w;
    },
  };
  const check = new FramingCheck(sink, maxHeader, maxBody);
  for (const c of chunks) check.push(c);
  return { passed: Buffer.concat(passed), pieces: passed.length, logs, fatal };
}

const frame = (body: string, header = `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n`) => Buffer.from(header + body, 'utf8');

/** `bytes` cut at random places. */
function chunked(bytes: Buffer, rnd: () => number, max = 40): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < bytes.length; ) {
    const n = 1 + Math.floor(rnd() * max);
    out.push(bytes.subarray(i, i + n));
    i += n;
  }
  return out;
}

describe('the framing check of the language server', () => {
  it('passes well-formed frames on byte for byte, however the stream is cut', () => {
    const stream = Buffer.concat([
      frame(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { text: 'Côte d’Ivoire 𝒜 \r\n\r\n' } })),
      frame('{}', 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: 2\r\n\r\n'),
      frame('', 'Content-Length: 0\r\n\r\n'),
      frame(JSON.stringify({ jsonrpc: '2.0', method: 'exit' })),
    ]);
    for (let cut = 1; cut <= stream.length; cut++) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < stream.length; i += cut) chunks.push(stream.subarray(i, i + cut));
      const r = run(chunks);
      assert.deepEqual(r.passed, stream, `chunks of ${cut}`);
      assert.deepEqual([r.logs, r.fatal], [[], undefined], `chunks of ${cut}`);
    }
  });

  it('ends a stream that does not open with a header name, at once', () => {
    for (const input of ['{"jsonrpc":"2.0"}\n', '\u0000\u0001garbage', ' Content-Length: 2\r\n\r\n{}']) {
      const r = run([Buffer.from(input)]);
      assert.match(r.fatal ?? '', /^it opens with ".*", not a header such as Content-Length$/, input);
      assert.equal(r.passed.length, 0, input);
    }
  });

  it('ends a stream whose header has not ended after 64 KiB, holding no more than that', () => {
    const head = frame('{}');
    const chunks = [head, Buffer.from('Content-Length: 5'), ...Array.from({ length: 100 }, () => Buffer.alloc(1024, 'a'))];
    const r = run(chunks);
    assert.equal(r.fatal, 'a message header has not ended after 64 KiB; a header is a few lines such as Content-Length: 123, then an empty line');
    assert.deepEqual(r.passed, head, 'the frame before it was passed on');
    // Just under the limit, the header still ends.
    const long = `X-Long: ${'a'.repeat(MAX_HEADER_BYTES - 40)}\r\nContent-Length: 2\r\n\r\n{}`;
    assert.ok(long.length < MAX_HEADER_BYTES);
    assert.equal(run(chunked(Buffer.from(long), random(1), 5000)).fatal, undefined);
  });

  it('drops a message longer than it reads as it comes, and reads on from the next one', () => {
    const big = frame('x'.repeat(300));
    const next = frame('{"jsonrpc":"2.0","id":2}');
    const r = run(chunked(Buffer.concat([frame('{}'), big, next]), random(2)), undefined, 100);
    assert.deepEqual(r.passed, Buffer.concat([frame('{}'), next]));
    assert.deepEqual(r.logs, ['a message of 300 bytes is dropped unread: the server reads messages of up to 0 KiB']);
    assert.equal(r.fatal, undefined);
    assert.equal(MAX_BODY_BYTES, 256 * 1024 * 1024);
  });

  it('says what a dropped message was once its body has gone by, before the next message is passed on', () => {
    const bigBody = JSON.stringify({ jsonrpc: '2.0', id: 5, method: 'textDocument/didChange', params: { textDocument: { uri: 'file:///d.unres' }, pad: 'x'.repeat(300) } });
    const next = frame('{"jsonrpc":"2.0","id":2}');
    const stream = Buffer.concat([frame('{"jsonrpc":"2.0","id":1,"method":"m"}'), frame(bigBody), next]);
    for (const cut of [1, 7, stream.length]) {
      const events: string[] = [];
      const check = new FramingCheck(
        {
          pass: (b) => events.push(`pass ${b.length}`),
          log: () => undefined,
          fatal: (w) => assert.fail(w),
          dropped: (message, bytes) => events.push(`dropped ${JSON.stringify(message)} ${bytes}`),
        },
        undefined,
        100,
      );
      for (let i = 0; i < stream.length; i += cut) check.push(stream.subarray(i, i + cut));
      const dropped = events.filter((e) => e.startsWith('dropped'));
      assert.deepEqual(dropped, [`dropped {"id":5,"method":"textDocument/didChange","uri":"file:///d.unres","response":false} ${Buffer.byteLength(bigBody)}`], `pieces of ${cut}`);
      // Everything passed before it is the first message; everything after, the next one.
      const at = events.indexOf(dropped[0]);
      const passed = (list: string[]) => list.filter((e) => e.startsWith('pass')).reduce((n, e) => n + Number(e.slice(5)), 0);
      assert.equal(passed(events.slice(0, at)), frame('{"jsonrpc":"2.0","id":1,"method":"m"}').length, `pieces of ${cut}`);
      assert.equal(passed(events.slice(at + 1)), next.length, `pieces of ${cut}`);
    }
  });

  it('drops a header with a negative Content-Length, and reads the next header', () => {
    const next = frame('{}');
    const r = run([Buffer.from('Content-Length: -5\r\n\r\n'), next]);
    assert.deepEqual(r.passed, next);
    assert.deepEqual(r.logs, ['a message header with Content-Length -5, not a number of bytes, was dropped']);
  });

  it('passes a header on whole and on its own, a body in the pieces it came in', () => {
    const r = run([Buffer.from('Content-Le'), Buffer.from('ngth: 4\r\n\r\n{'), Buffer.from('}{}')], undefined, undefined);
    assert.deepEqual(r.passed, Buffer.from('Content-Length: 4\r\n\r\n{}{}'));
    assert.equal(r.pieces, 3, 'the header, then "{" and "}{}"');
  });

  it('reads the same frames as vscode-jsonrpc’s reader on its own, malformed headers included (random streams)', async () => {
    // Each piece: a header as written and the body that goes with it, as the library reads it.
    const pieces = (rnd: () => number): { bytes: Buffer; malformed: boolean } => {
      const body = Buffer.from(JSON.stringify({ n: Math.floor(rnd() * 1e6), s: ['é', '\r\n\r\n', '𝒜', 'Content-Length: 9'][Math.floor(rnd() * 4)] }), 'utf8');
      const n = body.length;
      const high = Buffer.from(`Content-Length: ${n}\r\n\r\n`, 'latin1');
      high[0] |= 0x80; // read as "C" by the library's ASCII decoding
      const kinds: [Buffer, boolean][] = [
        [Buffer.concat([Buffer.from(`Content-Length: ${n}\r\n\r\n`), body]), false],
        [Buffer.concat([Buffer.from(`content-length:${n}  \r\nContent-Type: x\r\n\r\n`), body]), false],
        [Buffer.concat([Buffer.from(`Content-Length: 0x${n.toString(16)}\r\n\r\n`), body]), false],
        [Buffer.concat([Buffer.from(`Content-Length: ${n}abc\r\n\r\n`), body]), false],
        [Buffer.concat([Buffer.from(`Content-Length: 1\r\nContent-Length: ${n}\r\n\r\n`), body]), false],
        [Buffer.concat([high, body]), false],
        [Buffer.from('Content-Type: x\r\n\r\n'), true],
        [Buffer.from('Content-Length: many\r\n\r\n'), true],
        [Buffer.from(`No colon here\r\nContent-Length: ${n}\r\n\r\n`), true],
        [Buffer.from(`Content-Length: ${n}\r\r\n\r\n`), true],
      ];
      const [bytes, malformed] = kinds[Math.floor(rnd() * kinds.length)];
      // The last kind: "\r\r\n\r\n" is no header end for the library until the next "\r\n\r\n",
      // so what follows it runs into this header; it is kept malformed by ending it here.
      return { bytes: malformed && bytes.includes('\r\r\n') ? Buffer.concat([bytes, Buffer.from('X: y\r\n\r\n')]) : bytes, malformed };
    };
    const read = async (chunks: readonly Buffer[], malformed: number, checked: boolean): Promise<{ bodies: string[]; errors: number }> => {
      const input = new PassThrough();
      const bodies: string[] = [];
      let errors = 0;
      let stream = input as PassThrough;
      if (checked) {
        stream = new PassThrough();
        const out = stream;
        const check = new FramingCheck({ pass: (b) => out.write(b), log: (l) => assert.fail(l), fatal: (w) => assert.fail(w) });
        input.on('data', (c: Buffer) => check.push(c));
      }
      const decoder = { name: 'application/json', decode: (b: Uint8Array) => Promise.resolve({ body: Buffer.from(b).toString('latin1') } as unknown as Message) };
      const reader = new StreamMessageReader(stream, { charset: 'utf-8', contentTypeDecoder: decoder });
      reader.onError(() => errors++);
      reader.listen((m) => bodies.push((m as unknown as { body: string }).body));
      for (const c of chunks) input.write(c);
      // The library's reader stops at a malformed header until the next chunk comes: one more
      // chunk than there are malformed headers reads everything, the last one included.
      for (let k = 0; k <= malformed; k++) input.write(frame(`{"sentinel":${k}}`));
      await waitFor(() => (bodies.includes(`{"sentinel":${malformed}}`) ? true : undefined), 10_000, 'the last sentinel');
      reader.dispose();
      return { bodies: bodies.filter((b) => !b.startsWith('{"sentinel"')), errors };
    };
    for (let seed = 1; seed <= 60; seed++) {
      const rnd = random(seed);
      const parts = Array.from({ length: 1 + Math.floor(rnd() * 12) }, () => pieces(rnd));
      // Opened by a plain frame: the check ends a stream whose first byte is no letter (0xC3 is not).
      const stream = Buffer.concat([frame('{"first":1}'), ...parts.map((p) => p.bytes)]);
      const malformed = parts.filter((p) => p.malformed).length;
      const chunks = chunked(stream, rnd, 1 + Math.floor(rnd() * 80));
      const alone = await read(chunks, malformed, false);
      const behind = await read(chunks, malformed, true);
      assert.deepEqual(behind, alone, `seed ${seed}`);
      assert.equal(alone.errors, malformed, `seed ${seed}: every malformed header is an error`);
    }
  });
});
