/**
 * A draft closed while a request about it waits for the editor's settings: the server must not
 * parse it again afterwards, which would put its model back into the cache of the language
 * service, where nothing removes it (a closed draft leaves the list of recently used ones only
 * when more than 4 are held). Measured on the server's resident memory: two servers, the same
 * session but for the requests racing the close, compared in one run.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PULL_CLIENT, startServer, waitFor, type TestServer } from './client';

const example = readFileSync(new URL('../../../shared/examples/A-RES-73-331.unres', import.meta.url), 'utf8');
const big = example.repeat(Math.ceil(5_000_000 / example.length));

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

/**
 * Opens a 5 MB draft, closes it (with requests racing the close or not), then uses small drafts;
 * the RSS after, once `settled` accepts it (polled until a deadline, then the last reading).
 */
async function session(race: boolean, settled: (mb: number) => boolean): Promise<number> {
  const server: TestServer = await startServer(PULL_CLIENT);
  try {
    // The client holds its answers to workspace/configuration until the close is sent: the
    // requests then wait for their settings while the draft closes, deterministically.
    let release = () => {};
    server.configurationGate = new Promise<void>((resolve) => (release = resolve));
    const uri = 'file:///w/big.unres';
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'unres', version: 1, text: big } });
    const waiting: Promise<unknown>[] = [];
    if (race) {
      const at = { textDocument: { uri }, position: { line: 3, character: 2 } };
      const range = { start: { line: 3, character: 0 }, end: { line: 3, character: 5 } };
      waiting.push(server.connection.sendRequest('textDocument/hover', at));
      waiting.push(server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } }));
      waiting.push(server.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range }));
      waiting.push(server.connection.sendRequest('unres/documentStatistics', { textDocument: { uri } }));
    }
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    release();
    server.configurationGate = undefined;
    const answers = await Promise.all(waiting);
    assert.deepEqual(answers, race ? [null, [], [], null] : [], 'requests about a draft closed meanwhile get an empty answer');
    for (let i = 0; i < 12; i++) {
      const small = `file:///w/s${i}.unres`;
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: small, languageId: 'unres', version: 1, text: example } });
      await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: small } });
      await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: small } });
    }
    let last = rssMb(server.process.pid!);
    return await waitFor(() => (settled((last = rssMb(server.process.pid!))) ? last : undefined), 5000, 'the RSS to settle').catch(() => last);
  } finally {
    await server.stop();
  }
}

describe('language server: a draft closed while a request waits for the settings', function () {
  this.timeout(120_000);
  it('is not parsed again: its model does not stay in memory', async () => {
    const calm = await session(false, () => true);
    const raced = await session(true, (mb) => mb <= calm + 25);
    // A 5 MB draft's model held on costs some 50 MB; the noise between two servers is a few MB.
    assert.ok(raced <= calm + 25, `RSS ${raced.toFixed(0)} MB with requests racing the close, ${calm.toFixed(0)} MB without`);
  });
});

describe('language server: the settings of a draft closed while a request waits for them', () => {
  for (const [what, ask] of [
    ['the status bar statistics', (server: TestServer, uri: string) => server.connection.sendRequest('unres/documentStatistics', { textDocument: { uri } })],
    [
      'a code action for a diagnostic of an earlier version',
      (server: TestServer, uri: string) =>
        server.connection.sendRequest('textDocument/codeAction', {
          textDocument: { uri },
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
          context: { diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'old', source: 'unres', code: 'organ-line', data: { version: 0, opening: 1 } }] },
        }),
    ],
  ] as const) {
    it(`are asked once, not again after the close (${what})`, async () => {
      const server = await startServer(PULL_CLIENT);
      try {
        const asked: string[] = [];
        let release = () => {};
        const gate = new Promise<void>((resolve) => (release = resolve));
        server.connection.onRequest('workspace/configuration', async (params: { items: { scopeUri?: string }[] }) => {
          asked.push(...params.items.map((i) => i.scopeUri ?? ''));
          await gate;
          return params.items.map(() => ({}));
        });
        const uri = 'file:///w/closing.unres';
        await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'unres', version: 1, text: example } });
        const answer = ask(server, uri);
        await waitFor(() => asked.includes(uri) || undefined, 10_000, 'the server to ask for the settings');
        await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        // A request on another draft after the close: its answer says the close has been handled.
        await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///w/other.unres' }, position: { line: 0, character: 0 } });
        release();
        const result = await answer;
        assert.ok(result === null || (Array.isArray(result) && result.length === 0), `an answer about a closed draft: ${JSON.stringify(result)}`);
        // Everything queued is handled by now: one more round trip.
        await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///w/other.unres' }, position: { line: 0, character: 0 } });
        assert.deepEqual(asked.filter((u) => u === uri), [uri], 'the settings of the closed draft were asked again');
      } finally {
        await server.stop();
      }
    });
  }
});

