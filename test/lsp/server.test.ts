import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import type { CodeAction, CompletionItem, Diagnostic, Hover, InitializeResult } from 'vscode-languageserver-protocol';
import { PULL_CLIENT, PUSH_CLIENT, SERVER, startServer, waitFor, type TestServer } from './client';

const faulty = readFileSync(new URL('../fixtures/faulty.unres', import.meta.url), 'utf8');
const example = readFileSync(new URL('../../../shared/examples/A-RES-73-331.unres', import.meta.url), 'utf8');
const FAULTY_EXPECTED = ['2:agenda-item', '14:opener-italics', '16:preamble-punctuation', '20:footnote-undefined', '22:operative-numbering'];

const summary = (items: Diagnostic[]) => items.map((d) => `${d.range.start.line + 1}:${String(d.code)}`);

async function open(server: TestServer, uri: string, text: string, version = 1) {
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'unres', version, text } });
}

async function pull(server: TestServer, uri: string): Promise<Diagnostic[]> {
  const r = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { kind: string; items: Diagnostic[] };
  assert.equal(r.kind, 'full');
  return r.items;
}

describe('language server over stdio (pull client)', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer(PULL_CLIENT);
  });
  after(async () => server.stop());

  it('announces its capabilities', async () => {
    const s2 = await startServer(PULL_CLIENT);
    const r = (await s2.connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: PULL_CLIENT }).catch(() => undefined)) as InitializeResult | undefined;
    // A second initialize is a protocol error; the server must answer and stay up either way.
    assert.ok(r === undefined || r.capabilities);
    await s2.stop();
  });

  it('pulls the expected diagnostics for the faulty draft, with code, link and source', async () => {
    await open(server, 'file:///w/faulty.unres', faulty);
    const items = await pull(server, 'file:///w/faulty.unres');
    assert.deepEqual(summary(items), FAULTY_EXPECTED);
    const d = items[0];
    assert.equal(d.source, 'unres');
    assert.match(d.codeDescription!.href, /^file:\/\/.*server\/docs\/rules\/agenda-item\.md$/);
    assert.equal(d.severity, 1);
    assert.equal(items[1].severity, 2);
  });

  it('re-lints after an incremental change', async () => {
    const uri = 'file:///w/faulty.unres';
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 18 } }, text: 'Agenda item 128 (t)' }],
    });
    assert.deepEqual(summary(await pull(server, uri)), FAULTY_EXPECTED.slice(1));
  });

  it('offers the rule fix as a quick fix', async () => {
    const uri = 'file:///w/faulty.unres';
    const items = await pull(server, uri);
    const italics = items.find((d) => d.code === 'opener-italics')!;
    const actions = (await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: italics.range, context: { diagnostics: [italics] } })) as CodeAction[];
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1);
    assert.equal(preferred[0].kind, 'quickfix');
    const edits = preferred[0].edit!.changes![uri];
    assert.deepEqual(edits.map((e) => e.newText), ['_', '_']);
    assert.deepEqual(edits.map((e) => e.range.start), [{ line: 13, character: 0 }, { line: 13, character: 9 }]);
  });

  it('never applies the fix of an earlier version to the current text (a stale diagnostic sent back)', async () => {
    const uri = 'file:///w/stale.unres';
    await open(server, uri, 'The General Assembly,\n\nRecalling its resolution 59/50 of 2 December 2004,\n\n1. _Decides_ to remain seized of the matter.\n');
    const italics = (await pull(server, uri)).find((d) => d.code === 'opener-italics')!;
    assert.ok(italics, 'the unmarked opener is found');
    const preferred = async (diagnostic: Diagnostic) => {
      const actions = (await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as CodeAction[];
      return actions.filter((a) => a.isPreferred);
    };
    assert.equal((await preferred(italics)).length, 1, 'fresh: the fix is offered');
    // The drafter types before the opener; the editor asks for actions with the old diagnostic.
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'Deeply ' }],
    });
    assert.deepEqual(await preferred(italics), [], 'its edits would cut "Deeply re" out of the text');
    // Where the current version has the same diagnostic at the same place (the words typed are
    // deleted again), its own fix is offered.
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 7 } }, text: '' }],
    });
    const again = await preferred(italics);
    assert.equal(again.length, 1);
    assert.equal(again[0].edit!.changes![uri].length, 2);
    const fresh = (await pull(server, uri)).find((d) => d.code === 'opener-italics')!;
    assert.deepEqual(again[0].edit!.changes![uri].map((e) => e.range.start.character), [0, fresh.range.end.character]);
  });

  it('offers no action at all (not even "disable for this line") for a diagnostic of text that has changed, or of a draft closed and opened again', async () => {
    const text = 'The General Assembly,\n\nRecalling its resolution 59/50 of 2 December 2004,\n\n1. _Decides_ to remain seized of the matter.\n';
    const actionsFor = async (uri: string, diagnostic: Diagnostic) =>
      (await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as CodeAction[];
    // A paragraph inserted above: the old diagnostic's line is now that paragraph's, which has no such problem.
    const a = 'file:///w/stale-disable.unres';
    await open(server, a, text);
    const italics = (await pull(server, a)).find((d) => d.code === 'opener-italics')!;
    assert.ok((await actionsFor(a, italics)).some((x) => /Disable/.test(x.title)), 'fresh: a disable action is offered');
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: a, version: 2 },
      contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '_Noting_ the report,\n\n' }],
    });
    assert.deepEqual((await actionsFor(a, italics)).filter((x) => x.diagnostics?.length), [], 'no action for the stale diagnostic');
    // Closed and opened again at version 1 with other text: versions start again, the old fix must not pass.
    const b = 'file:///w/stale-reopen.unres';
    await open(server, b, text);
    const old = (await pull(server, b)).find((d) => d.code === 'opener-italics')!;
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: b } });
    await open(server, b, text.replace('Recalling', 'Noting'));
    const actions = await actionsFor(b, old);
    assert.deepEqual(actions.filter((x) => x.isPreferred || x.diagnostics?.length), [], 'its edits would cut "it" out of "its"');
    // The same place with the same problem in the new text: its own fix is offered.
    const fresh = (await pull(server, b)).find((d) => d.code === 'opener-italics')!;
    assert.equal((await actionsFor(b, fresh)).filter((x) => x.isPreferred).length, 1);
  });

  describe('a draft that changes while a request about its positions waits for the settings', () => {
    const text = 'The General Assembly,\n\nRecalling its resolution 59/50 of 2 December 2004,[^1]\n\n1. _Decides_ to remain seized of the matter.\n\n[^1]: A/RES/59/50.\n';

    /**
     * Sends a request while the client holds back the settings, inserts a word before its position
     * meanwhile, then lets the settings through: the request's positions are of the old text, so the
     * answer must be ContentModified (-32801), never a result computed for shifted positions.
     */
    async function answerAfterEdit(name: string, method: string, params: (uri: string) => object): Promise<{ code?: number; result?: unknown }> {
      const uri = `file:///w/stale-race-${name}.unres`;
      await open(server, uri, text);
      // The server forgets the settings it asked for; the client is slow to answer again.
      await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      server.settings = { inlayHints: { enabled: true } };
      let release!: () => void;
      server.configurationGate = new Promise<void>((resolve) => (release = resolve));
      try {
        const request = server.connection.sendRequest(method, params(uri)).then(
          (r) => ({ result: r }),
          (e: { code?: number }) => ({ code: e.code }),
        );
        await server.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri, version: 2 },
          contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'Deeply ' }],
        });
        // A round trip that does not need the settings, so that the change has reached the server.
        await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
        release();
        return await request;
      } finally {
        server.configurationGate = undefined;
        server.settings = {};
        release();
      }
    }

    it('code actions: ContentModified, never a mix of edits of two versions', async () => {
      const uri = 'file:///w/stale-race-diagnostics.unres';
      await open(server, uri, text);
      const italics = (await pull(server, uri)).find((d) => d.code === 'opener-italics')!;
      const answer = await answerAfterEdit('actions', 'textDocument/codeAction', (u) => ({ textDocument: { uri: u }, range: italics.range, context: { diagnostics: [italics] } }));
      assert.equal(answer.code, -32801, `expected ContentModified, got ${JSON.stringify(answer)}`);
    });

    it('hover: ContentModified, not the hover of what has moved under the position', async () => {
      // Line 2, character 50 is the footnote reference [^1]; after the edit it is 7 characters on.
      const answer = await answerAfterEdit('hover', 'textDocument/hover', (u) => ({ textDocument: { uri: u }, position: { line: 2, character: 50 } }));
      assert.equal(answer.code, -32801, `expected ContentModified, got ${JSON.stringify(answer)}`);
    });

    it('inlay hints: ContentModified, not labels at the old positions', async () => {
      const answer = await answerAfterEdit('hints', 'textDocument/inlayHint', (u) => ({ textDocument: { uri: u }, range: { start: { line: 0, character: 0 }, end: { line: 8, character: 0 } } }));
      assert.equal(answer.code, -32801, `expected ContentModified, got ${JSON.stringify(answer)}`);
    });

    it('without an edit, the same requests are answered (the settings let through)', async () => {
      const uri = 'file:///w/stale-race-none.unres';
      await open(server, uri, text);
      server.settings = { inlayHints: { enabled: true } };
      try {
        const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 50 } })) as { contents: { value: string } } | null;
        assert.match(hover?.contents.value ?? '', /A\/RES\/59\/50/);
        const hints = (await server.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 8, character: 0 } } })) as unknown[];
        assert.ok(hints.length >= 2, `${hints.length} inlay hints`);
      } finally {
        server.settings = {};
      }
    });
  });

  it('has no diagnostics on the example resolution', async () => {
    await open(server, 'file:///w/A-RES-73-331.unres', example);
    assert.deepEqual(await pull(server, 'file:///w/A-RES-73-331.unres'), []);
  });

  it('shows the footnote text on hover over [^1]', async () => {
    const line = example.split('\n').findIndex((l) => l.includes('[^1]'));
    const character = example.split('\n')[line].indexOf('[^1]') + 2;
    const h = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///w/A-RES-73-331.unres' }, position: { line, character } })) as Hover;
    const value = (h.contents as { kind: string; value: string }).value;
    assert.equal((h.contents as { kind: string }).kind, 'markdown');
    assert.ok(value.includes('A/73/328–S/2018/592.'), value);
  });

  it('completes preambular phrases at the start of a preambular paragraph', async () => {
    const uri = 'file:///w/new.unres';
    await open(server, uri, 'The General Assembly,\n\n_Recalling_ its resolution,\n\n\n');
    const items = (await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 4, character: 0 } })) as CompletionItem[];
    const recalling = items.find((i) => i.label === 'Recalling');
    assert.ok(recalling);
    assert.equal((recalling.textEdit as { newText: string }).newText, '_Recalling_ ');
  });

  it('applies per-rule severities from workspace/configuration', async () => {
    server.settings = { rules: { 'opener-italics': 'off', 'agenda-item': 'info' } };
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const uri = 'file:///w/faulty2.unres';
    await open(server, uri, faulty);
    const items = await pull(server, uri);
    assert.deepEqual(summary(items), FAULTY_EXPECTED.filter((x) => !x.includes('opener-italics')));
    assert.equal(items[0].severity, 3);
    server.settings = {};
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    assert.deepEqual(summary(await pull(server, uri)), FAULTY_EXPECTED);
  });

  it('answers for documents it does not know, positions past the end and bad input, and stays up', async () => {
    assert.deepEqual(await pull(server, 'file:///w/never-opened.unres'), []);
    const h = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///w/A-RES-73-331.unres' }, position: { line: 99999, character: 99999 } });
    assert.equal(h, null);
    await open(server, 'file:///w/binary.unres', '\u0000\u0001\u0002\uFFFD\uD800garbage');
    const bin = await pull(server, 'file:///w/binary.unres');
    assert.ok(bin.some((d) => d.code === 'syntax'));
    const big = example.repeat(Math.ceil(10_000_000 / example.length));
    await open(server, 'file:///w/big.unres', big);
    const bigItems = await pull(server, 'file:///w/big.unres');
    assert.ok(Array.isArray(bigItems));
    await open(server, 'file:///w/empty.unres', '');
    assert.deepEqual(await pull(server, 'file:///w/empty.unres'), []);
    await assert.rejects(server.connection.sendRequest('unres/noSuchMethod', {}));
    assert.deepEqual(summary(await pull(server, 'file:///w/faulty2.unres')), FAULTY_EXPECTED);
  });
});

describe('language server over stdio (push client, like Neovim 0.7)', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer(PUSH_CLIENT);
  });
  after(async () => server.stop());

  it('does not announce pull diagnostics and pushes them on open and change', async () => {
    const uri = 'file:///p/faulty.unres';
    await open(server, uri, faulty);
    const p = await waitFor(() => server.pushed.get(uri), 10_000, 'pushed diagnostics');
    assert.deepEqual(summary(p.diagnostics), FAULTY_EXPECTED);
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: example }] });
    await waitFor(() => (server.pushed.get(uri)?.version === 2 ? true : undefined), 10_000, 'diagnostics for version 2');
    assert.deepEqual(server.pushed.get(uri)!.diagnostics, []);
  });

  it('coalesces a burst of edits and answers for the last version', async () => {
    const uri = 'file:///p/burst.unres';
    await open(server, uri, example);
    for (let v = 2; v <= 200; v++) {
      await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: v % 2 ? 'x' : '' }] });
    }
    const final = await waitFor(() => (server.pushed.get(uri)?.version === 200 ? server.pushed.get(uri) : undefined), 10_000, 'diagnostics for the last version');
    assert.ok(Array.isArray(final.diagnostics));
  });

  it('clears diagnostics when the document closes', async () => {
    const uri = 'file:///p/faulty.unres';
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: faulty }] });
    await waitFor(() => (server.pushed.get(uri)?.version === 3 ? true : undefined), 10_000, 'version 3');
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await waitFor(() => (server.pushed.get(uri)?.diagnostics.length === 0 ? true : undefined), 10_000, 'cleared diagnostics');
  });
});

/** The exit code of a spawned server, polled until it exits; fails after 15 s (and kills it then). */
async function exitCodeOf(child: ChildProcess, what: string): Promise<number | null> {
  try {
    const exited = await waitFor(() => (child.exitCode !== null || child.signalCode !== null ? { code: child.exitCode } : undefined), 15_000, `${what}: the server to exit`);
    return exited.code;
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill();
  }
}

/** The server over stdio with nothing between: what it writes, as it comes, and a way to send a message. */
function rawServer(): { child: ChildProcess & { stdin: NonNullable<ChildProcess['stdin']> }; out: { stdout: string; stderr: string }; send: (m: object) => void } {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const out = { stdout: '', stderr: '' };
  child.stderr.on('data', (d: Buffer) => (out.stderr += d.toString('utf8')));
  child.stdout.on('data', (d: Buffer) => (out.stdout += d.toString('utf8')));
  const send = (m: object) => {
    const body = JSON.stringify(m);
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  return { child, out, send };
}

/** The messages a server wrote to its standard output, read as they come (one still coming is left out). */
function messagesOf(stdout: string): { id?: number | string; method?: string; params?: unknown }[] {
  return [...stdout.matchAll(/Content-Length: \d+\r\n\r\n/g)]
    .map((m, k, all) => stdout.slice(m.index + m[0].length, k + 1 < all.length ? all[k + 1].index : undefined))
    .flatMap((body) => {
      try {
        return [JSON.parse(body) as { id?: number | string; method?: string; params?: unknown }];
      } catch {
        return [];
      }
    });
}

/** The diagnostics published for `uri`, in order. */
function publishedTo(stdout: string, uri: string): { uri: string; diagnostics: unknown[] }[] {
  return messagesOf(stdout)
    .filter((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri?: string }).uri === uri)
    .map((m) => m.params as { uri: string; diagnostics: unknown[] });
}

const LONG_MESSAGE_BYTES = 256 * 1024 * 1024 + 1;

/** A message of just over 256 MiB to a raw server: `head`, padding inside a string, `tail`. */
async function writeLongMessage(child: ReturnType<typeof rawServer>['child'], head: string, tail: string): Promise<void> {
  child.stdin.write(`Content-Length: ${LONG_MESSAGE_BYTES}\r\n\r\n${head}`);
  const mib = Buffer.alloc(1024 * 1024, 'x');
  for (let left = LONG_MESSAGE_BYTES - Buffer.byteLength(head) - Buffer.byteLength(tail); left > 0; left -= mib.length) {
    const piece = left >= mib.length ? mib : mib.subarray(0, left);
    if (!child.stdin.write(piece)) await new Promise((resolve) => child.stdin.once('drain', resolve));
  }
  child.stdin.write(tail);
}

/** A raw server, initialized. */
async function initializedRawServer(): Promise<ReturnType<typeof rawServer>> {
  const server = rawServer();
  server.send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, capabilities: {} } });
  await waitFor(() => (server.out.stdout.includes('"id":1') ? true : undefined), 15_000, 'the initialize result');
  return server;
}

describe('language server command line', () => {
  it('exits 2 with a one-line message when no transport is given', () => {
    const r = spawnSync(process.execPath, [SERVER], { encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /choose a transport, e\.g\. `unres-language-server --stdio`/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  });

  it('a bad port or pipe, or --node-ipc without a channel, is one line and exit 2, never a stack', () => {
    const cases: [string[], RegExp][] = [
      [['--socket'], /--socket needs the port the editor listens on, a whole number from 1 to 65535 \(e\.g\. --socket=6009\), not ""\./],
      [['--socket=abc'], /not "abc"\./],
      [['--socket=0'], /not "0"\./],
      [['--socket=99999'], /not "99999"\./],
      [['--pipe'], /--pipe needs the name of the pipe the editor listens on, e\.g\. --pipe=\/tmp\/unres\.sock\./],
      [['--pipe='], /--pipe needs the name/],
      [['--node-ipc'], /--node-ipc needs the IPC channel of the process that starts the server .*; from a terminal or another editor use --stdio\./],
      // Found by a review: these went on to a stack trace.
      [['--stdio=x'], /--stdio takes no value: write `--stdio`, not `--stdio=x`\./],
      [['--stdio='], /--stdio takes no value/],
      [['--node-ipc=1'], /--node-ipc takes no value/],
    ];
    for (const [args, message] of cases) {
      const r = spawnSync(process.execPath, [SERVER, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, message, args.join(' '));
      assert.equal(r.stderr.trim().split('\n').length, 1, `${args.join(' ')}: one line`);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack');
    }
  });

  it('a port or pipe nobody listens on is one line and exit 1, not a silent exit 0', async () => {
    // A port that was free a moment ago: listened on, then closed.
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: p } = probe.address() as AddressInfo;
        probe.close(() => resolve(p));
      });
    });
    for (const [args, where] of [[[`--socket=${port}`], `127.0.0.1:${port}`], [['--socket', String(port)], `127.0.0.1:${port}`], [['--pipe=/nonexistent/unres.sock'], '/nonexistent/unres.sock']] as const) {
      const r = spawnSync(process.execPath, [SERVER, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 20_000 });
      assert.equal(r.status, 1, `${args.join(' ')}: ${r.stderr}`);
      assert.equal(r.stderr, `unres-language-server: cannot connect to ${where} (${where.startsWith('/') ? 'ENOENT' : 'ECONNREFUSED'}); start the server after the editor listens there, or use --stdio.\n`);
    }
  });

  it('input that is not LSP framing ends the server with one line and exit 1, instead of a silent wait (found by a review)', async () => {
    const init = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, capabilities: {} } });
    const cases: [string, string, RegExp][] = [
      ['JSON written straight, one message per line', `${init}\n`, /it opens with "\{\\"jsonrpc\\":\\"", not a header such as Content-Length/],
      ['bytes that are no header', '\u0000\u0001garbage', /it opens with "\\u0000\\u0001garbage", not a header such as Content-Length/],
    ];
    for (const [what, input, why] of cases) {
      const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
      child.stdout.resume();
      // The input, and stdin kept open: the server must not wait for more.
      child.stdin.write(input);
      const code = await exitCodeOf(child, what);
      child.stdin.destroy();
      assert.equal(code, 1, `${what}: ${stderr}`);
      assert.match(stderr, /^unres-language-server: standard input is not the Language Server Protocol \(/, what);
      assert.match(stderr, why, what);
      assert.equal(stderr.trim().split('\n').length, 1, `${what}: one line`);
    }
  });

  it('a malformed header later on: the server stays up (abuse.test.ts) and says so in one line on standard error (found by a review: silent)', async () => {
    const { child, out, send } = await initializedRawServer();
    child.stdin.write('Content-Type: x\r\n\r\n');
    // The next frame once the bad one is read (in the same chunk, the reader would only read it
    // with the chunk after: what "messages around it may be lost" warns of).
    await waitFor(() => (out.stderr.includes('\n') ? true : undefined), 15_000, 'the line on standard error');
    send({ jsonrpc: '2.0', id: 2, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///p/none.unres' }, position: { line: 0, character: 0 } } });
    await waitFor(() => (out.stdout.includes('"id":2') ? true : undefined), 15_000, 'the hover answer after the bad header');
    child.kill();
    assert.equal(out.stderr, 'unres-language-server: a malformed message header (Header must provide a Content-Length property.); messages around it may be lost\n');
  });

  it('a header that never ends ends the server with one line and exit 1, instead of buffering without limit (server/src/lsp/framing.ts)', async () => {
    const { child, out } = await initializedRawServer();
    // A stream that lost its framing mid-way: a header, then a megabyte with no empty line. The
    // server may exit while it is written (EPIPE).
    child.stdin.on('error', () => undefined);
    child.stdin.write('Content-Length: 10\r\n');
    for (let i = 0; i < 16 && child.exitCode === null; i++) child.stdin.write('a'.repeat(64 * 1024));
    const code = await exitCodeOf(child, 'a header that never ends');
    child.stdin.destroy();
    assert.equal(code, 1, out.stderr);
    assert.equal(out.stderr, 'unres-language-server: standard input is not the Language Server Protocol (a message header has not ended after 64 KiB; a header is a few lines such as Content-Length: 123, then an empty line); the server is started by an editor, which sends each message after a Content-Length header (--help)\n');
  });

  it('a message of more than 256 MiB is dropped as it comes, never held, answered for, and the server reads on (server/src/lsp/framing.ts, droppedMessage.ts)', async () => {
    const { child, out, send } = await initializedRawServer();
    try {
      send({ jsonrpc: '2.0', method: 'initialized', params: {} });
      const uri = 'file:///p/long.unres';
      send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'unres', version: 1, text: 'The General Assembly,\n\n1. decides to remain seized of the matter\n' } } });
      const published = () => publishedTo(out.stdout, uri);
      await waitFor(() => (published().some((p) => p.diagnostics.length > 0) ? true : undefined), 30_000, 'the draft’s problems');
      const writeLong = (head: string, tail: string) => writeLongMessage(child, head, tail);
      // A request: the editor gets an error answer instead of waiting for ever.
      await writeLong(`{"jsonrpc":"2.0","id":9,"method":"textDocument/hover","params":{"textDocument":{"uri":"${uri}"},"position":{"line":0,"character":0},"pad":"`, '"}}');
      const answer = await waitFor(() => /\{"jsonrpc":"2\.0","id":9,"error":\{[^}]*\}\}/.exec(out.stdout)?.[0], 30_000, 'the error answer to the long request');
      assert.deepEqual(JSON.parse(answer), { jsonrpc: '2.0', id: 9, error: { code: -32600, message: `unres: the message of ${LONG_MESSAGE_BYTES} bytes is over the server's limit of 256 MiB and was not read` } });
      // A change of the open draft that the server cannot read: it forgets the draft (its problems
      // are cleared) rather than lint, and offer fixes for, a text the drafter no longer has.
      const before = published().length;
      await writeLong(`{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"${uri}","version":2},"contentChanges":[{"text":"`, '"}]}}');
      await waitFor(() => (published().length > before && published().at(-1)!.diagnostics.length === 0 ? true : undefined), 30_000, 'the draft’s problems cleared');
      assert.deepEqual(
        messagesOf(out.stdout).filter((m) => m.method === 'window/showMessage').map((m) => m.params),
        [{ type: 2, message: "unres: long.unres is no longer checked: the editor sent an edit of it as a message of more than 256 MiB, the most the language server reads. Close it and open it again once it is smaller." }],
      );
      // The editor's later edits of the forgotten draft change nothing; opened again, it is checked again.
      send({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version: 3 }, contentChanges: [{ text: 'The General Assembly,\n\n1. decides to act\n' }] } });
      const forgotten = published().length;
      send({ jsonrpc: '2.0', method: 'textDocument/didClose', params: { textDocument: { uri } } });
      send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'unres', version: 4, text: 'The General Assembly,\n\n1. decides to act\n' } } });
      await waitFor(() => (published().slice(forgotten).some((p) => p.diagnostics.length > 0) ? true : undefined), 30_000, 'the draft’s problems once it is opened again');
      send({ jsonrpc: '2.0', id: 2, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///p/none.unres' }, position: { line: 0, character: 0 } } });
      await waitFor(() => (out.stdout.includes('"id":2') ? true : undefined), 30_000, 'the hover answer after the long messages');
      const peak = Number(/^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]) * 1024;
      child.kill();
      const dropped = `unres-language-server: a message of ${LONG_MESSAGE_BYTES} bytes is dropped unread: the server reads messages of up to 256 MiB\n`;
      assert.equal(
        out.stderr,
        `${dropped}unres-language-server: it was a textDocument/hover request (id 9): answered with an error\n` +
          `${dropped}unres-language-server: it was a textDocument/didChange of ${uri}: the server forgets that draft (and its problems) until the editor opens it again\n`,
      );
      assert.ok(peak < 200e6, `the server's peak RSS ${Math.round(peak / 1e6)} MB: a message was held`);
    } finally {
      child.kill();
    }
  });

  it('a draft forgotten after an edit of more than 256 MiB: a client that pulls diagnostics is asked to pull again, and gets none for it', async () => {
    const { child, out, send } = rawServer();
    try {
      send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, capabilities: { textDocument: { diagnostic: {} }, workspace: { diagnostics: { refreshSupport: true } } } } });
      await waitFor(() => (out.stdout.includes('"id":1') ? true : undefined), 15_000, 'the initialize result');
      send({ jsonrpc: '2.0', method: 'initialized', params: {} });
      const uri = 'file:///p/pulled.unres';
      send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'unres', version: 1, text: 'The General Assembly,\n\n1. decides to remain seized of the matter\n' } } });
      const pull = async (id: number) => {
        send({ jsonrpc: '2.0', id, method: 'textDocument/diagnostic', params: { textDocument: { uri } } });
        const answer = await waitFor(() => messagesOf(out.stdout).find((m) => m.id === id && !('method' in m)), 30_000, `the answer to pull ${id}`);
        return (answer as { result: { items: unknown[] } }).result.items;
      };
      assert.ok((await pull(101)).length > 0, 'the draft has problems');
      const refreshes = () => messagesOf(out.stdout).filter((m) => m.method === 'workspace/diagnostic/refresh');
      const before = refreshes().length;
      await writeLongMessage(child, `{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"${uri}","version":2},"contentChanges":[{"text":"`, '"}]}}');
      const refresh = await waitFor(() => refreshes()[before], 30_000, 'the request to pull again');
      send({ jsonrpc: '2.0', id: refresh.id, result: null });
      assert.deepEqual(await pull(102), []);
    } finally {
      child.kill();
    }
  });

  it('an answer of more than 256 MiB to the server’s workspace/configuration request fails that request: the server lints with the settings it has instead of waiting for ever', async () => {
    const { child, out, send } = rawServer();
    try {
      send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, capabilities: { workspace: { configuration: true } } } });
      await waitFor(() => (out.stdout.includes('"id":1') ? true : undefined), 15_000, 'the initialize result');
      send({ jsonrpc: '2.0', method: 'initialized', params: {} });
      const uri = 'file:///p/configured.unres';
      send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'unres', version: 1, text: 'The General Assembly,\n\n1. decides to remain seized of the matter\n' } } });
      const asked = await waitFor(() => messagesOf(out.stdout).find((m) => m.method === 'workspace/configuration' && JSON.stringify(m.params).includes(uri)), 30_000, 'the configuration request for the draft');
      await writeLongMessage(child, `{"jsonrpc":"2.0","id":${JSON.stringify(asked.id)},"result":[{"pad":"`, '"}]}');
      // Every other configuration request is answered at once with nothing: the defaults.
      const answered = new Set([asked.id]);
      await waitFor(
        () => {
          for (const m of messagesOf(out.stdout)) {
            if (m.method === 'workspace/configuration' && m.id !== undefined && !answered.has(m.id)) {
              answered.add(m.id);
              send({ jsonrpc: '2.0', id: m.id, result: [null] });
            }
          }
          return publishedTo(out.stdout, uri).some((p) => p.diagnostics.length > 0) ? true : undefined;
        },
        30_000,
        'the draft’s problems, linted with the settings the server has',
      );
      assert.match(out.stderr, new RegExp(`it was the editor's answer to the server's request ${JSON.stringify(asked.id)}: that request fails\n$`));
    } finally {
      child.kill();
    }
  });

  it('its standard output closed while standard input stays open: one line and exit 1, not a stack trace (found by a review)', async () => {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const send = (m: object) => {
      const body = JSON.stringify(m);
      child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    };
    send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, capabilities: {} } });
    send({ jsonrpc: '2.0', method: 'initialized', params: {} });
    await new Promise((resolve) => child.stdout.once('data', resolve));
    child.stdout.destroy();
    for (let i = 0; i < 5; i++) send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: `file:///p/x${i}.unres`, languageId: 'unres', version: 1, text: 'The General Assembly,\n\n1. _Decides_ x\n' } } });
    send({ jsonrpc: '2.0', id: 2, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///p/x0.unres' }, position: { line: 0, character: 1 } } });
    const code = await exitCodeOf(child, 'standard output closed');
    assert.equal(code, 1, stderr);
    assert.doesNotMatch(stderr, /\n\s+at /, 'no stack');
    assert.equal(stderr, 'unres-language-server: the connection to the editor is closed (Connection is closed.), so the server stops\n');
  });

  for (const kind of ['--socket', '--pipe'] as const) {
    it(`${kind}: the editor closing the connection without shutdown ends the server with exit 1, as over stdio (found by a review: 0)`, async () => {
      const pipePath = `/tmp/unres-close-${process.pid}-${Date.now()}.sock`;
      const listener = createServer((socket) => socket.destroy());
      await new Promise<void>((resolve) => (kind === '--pipe' ? listener.listen(pipePath, resolve) : listener.listen(0, '127.0.0.1', resolve)));
      try {
        const where = kind === '--pipe' ? pipePath : String((listener.address() as AddressInfo).port);
        // Spawned, not spawnSync: the listener must accept (and close) while the server runs.
        const child = spawn(process.execPath, [SERVER, `${kind}=${where}`], { stdio: ['ignore', 'pipe', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
        child.stdout.resume();
        const code = await exitCodeOf(child, kind);
        assert.equal(code, 1, `${kind}: ${stderr}`);
      } finally {
        listener.close();
      }
    });
  }

  it('prints its help and its version, exit 0', () => {
    for (const flag of ['--help', '-h']) {
      const r = spawnSync(process.execPath, [SERVER, flag], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^Usage: unres-language-server --stdio/);
    }
    const version = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
    for (const flag of ['--version', '-v']) {
      const r = spawnSync(process.execPath, [SERVER, flag], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, `${version}\n`);
    }
  });
});
