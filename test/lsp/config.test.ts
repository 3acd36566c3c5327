import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { PULL_CLIENT, PUSH_CLIENT, startServer, waitFor, type TestServer } from './client';

const faulty = readFileSync(new URL('../fixtures/faulty.unres', import.meta.url), 'utf8');

describe('language server: the project configuration file (.unresrc.json)', () => {
  let server: TestServer;
  const root = mkdtempSync(join(tmpdir(), 'unres-config-'));
  before(async () => {
    server = await startServer(PULL_CLIENT);
  });
  after(async () => server.stop());

  async function diagnostics(file: string): Promise<Diagnostic[]> {
    const uri = pathToFileURL(file).href;
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'unres', version: 1, text: faulty } });
    const r = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] };
    return r.items;
  }

  it('applies the nearest .unresrc.json above the draft, over the editor settings', async () => {
    mkdirSync(join(root, 'project/drafts'), { recursive: true });
    writeFileSync(join(root, 'project/.unresrc.json'), '{\n  // house style\n  "rules": { "opener-italics": "off", "agenda-item": "hint" }\n}\n');
    server.settings = { rules: { 'agenda-item': 'error' } };
    const items = await diagnostics(join(root, 'project/drafts/a.unres'));
    assert.ok(!items.some((d) => d.code === 'opener-italics'));
    assert.equal(items.find((d) => d.code === 'agenda-item')?.severity, 4);
  });

  it('reports a broken configuration file on the file itself and lints with the defaults', async () => {
    mkdirSync(join(root, 'broken'), { recursive: true });
    const config = join(root, 'broken/.unresrc.json');
    writeFileSync(config, '{ "rules": { "opener-italics": "loud" } }\n');
    server.settings = {};
    const items = await diagnostics(join(root, 'broken/b.unres'));
    assert.ok(items.some((d) => d.code === 'opener-italics'), 'defaults apply');
    const pushed = await waitFor(() => server.pushed.get(pathToFileURL(config).href), 10_000, 'a diagnostic on the config file');
    assert.equal(pushed.diagnostics.length, 1);
    assert.match(String(pushed.diagnostics[0].message), /loud/);
    // Published once: the requests that follow, each of which reads the configuration again (another
    // draft under it too), do not send the same diagnostic again.
    server.pushed.delete(pathToFileURL(config).href);
    await diagnostics(join(root, 'broken/b.unres'));
    await diagnostics(join(root, 'broken/b2.unres'));
    await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: pathToFileURL(join(root, 'broken/b.unres')).href }, position: { line: 0, character: 0 } });
    assert.equal(server.pushed.get(pathToFileURL(config).href), undefined, 'the same problem was published again');
    // Fixed and announced: the problem goes away.
    writeFileSync(config, '{ "rules": { "opener-italics": "off" } }\n');
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    const after = await diagnostics(join(root, 'broken/c.unres'));
    assert.ok(!after.some((d) => d.code === 'opener-italics'));
    await waitFor(() => (server.pushed.get(pathToFileURL(config).href)?.diagnostics.length === 0 ? true : undefined), 10_000, 'cleared config diagnostic');
  });

  it('clears a config file\'s problem once no open draft\'s configuration has it: the extended file fixed, the extends removed, the file deleted, the drafts closed', async () => {
    server.settings = {};
    const cleared = (file: string, what: string) => waitFor(() => (server.pushed.get(pathToFileURL(file).href)?.diagnostics.length === 0 ? true : undefined), 10_000, what);
    const problem = (file: string, what: string) => waitFor(() => (server.pushed.get(pathToFileURL(file).href)?.diagnostics.length === 1 ? true : undefined), 10_000, what);
    const changed = (file: string, type: number) => server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).href, type }] });

    // A broken file that the draft's configuration extends, then fixed.
    mkdirSync(join(root, 'ext/a'), { recursive: true });
    const base = join(root, 'ext/base.json');
    const config = join(root, 'ext/a/.unresrc.json');
    writeFileSync(base, '{ "profile": "xx" }\n');
    writeFileSync(config, '{ "extends": "../base.json" }\n');
    await diagnostics(join(root, 'ext/a/d.unres'));
    await problem(base, 'the problem on the extended file');
    writeFileSync(base, '{ "profile": "sc" }\n');
    await changed(base, 2);
    await cleared(base, 'the extended file fixed');

    // Broken again, then the extends removed from the draft's configuration.
    writeFileSync(base, '{ "profile": "xx" }\n');
    await changed(base, 2);
    await problem(base, 'the extended file broken again');
    writeFileSync(config, '{}\n');
    await changed(config, 2);
    await cleared(base, 'the extends removed');

    // A broken configuration file deleted.
    writeFileSync(config, '{ "rules": { "opener-italics": "loud" } }\n');
    await changed(config, 2);
    await problem(config, 'the configuration broken');
    rmSync(config);
    await changed(config, 3);
    await cleared(config, 'the configuration deleted');

    // Two drafts under one broken configuration: the problem stays until the last is closed.
    writeFileSync(config, '{ "rules": { "opener-italics": "loud" } }\n');
    await changed(config, 1);
    await diagnostics(join(root, 'ext/a/e.unres'));
    await problem(config, 'the configuration broken again');
    const close = (name: string) => server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: pathToFileURL(join(root, 'ext/a', name)).href } });
    await close('d.unres');
    // A round trip, so that the close has been handled before looking.
    await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: pathToFileURL(join(root, 'ext/a/e.unres')).href } });
    assert.equal(server.pushed.get(pathToFileURL(config).href)?.diagnostics.length, 1, 'kept while e.unres is open');
    await close('e.unres');
    await cleared(config, 'the last draft under it closed');
  });

  it('a configuration that is a device or a named pipe (a link to /dev/zero, an extends of a FIFO) is a problem on the file, not a crash or a hang', async () => {
    server.settings = {};
    mkdirSync(join(root, 'zero'), { recursive: true });
    const zero = join(root, 'zero/.unresrc.json');
    symlinkSync('/dev/zero', zero);
    const items = await diagnostics(join(root, 'zero/d.unres'));
    assert.ok(items.some((d) => d.code === 'opener-italics'), 'defaults apply');
    const pushed = await waitFor(() => server.pushed.get(pathToFileURL(zero).href), 10_000, 'a diagnostic on the linked config');
    assert.match(String(pushed.diagnostics[0]?.message), /not a regular file/);

    mkdirSync(join(root, 'fifo'), { recursive: true });
    const made = spawnSync('mkfifo', [join(root, 'fifo/base.json')]);
    assert.equal(made.status, 0, `mkfifo: ${made.stderr}`);
    const config = join(root, 'fifo/.unresrc.json');
    writeFileSync(config, '{ "extends": "./base.json" }\n');
    const more = await diagnostics(join(root, 'fifo/e.unres'));
    assert.ok(more.some((d) => d.code === 'opener-italics'), 'defaults apply');
    const problem = await waitFor(() => server.pushed.get(pathToFileURL(config).href), 10_000, 'a diagnostic on the config that extends a pipe');
    assert.match(String(problem.diagnostics[0]?.message), /not a regular file/);
  });
});

describe('language server: configuration changes seen by every client', () => {
  const root = mkdtempSync(join(tmpdir(), 'unres-config-watch-'));
  const open = async (server: TestServer, file: string, version = 1) =>
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: pathToFileURL(file).href, languageId: 'unres', version, text: faulty } });
  const close = async (server: TestServer, file: string) => server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: pathToFileURL(file).href } });
  /** The rule ids of the next push for `file` after `since` pushes were seen for it. */
  const pushedCodes = async (server: TestServer, file: string, what: string) => {
    const uri = pathToFileURL(file).href;
    const p = await waitFor(() => server.pushed.get(uri), 10_000, what);
    server.pushed.delete(uri);
    return p.diagnostics.map((d) => String(d.code));
  };

  it('asks a client that can watch files to watch the .unresrc.json files (Neovim, eglot, VS Code)', async () => {
    const server = await startServer({ ...PULL_CLIENT, workspace: { ...PULL_CLIENT.workspace, didChangeWatchedFiles: { dynamicRegistration: true } } });
    try {
      const r = await waitFor(() => server.registrations.find((x) => x.method === 'workspace/didChangeWatchedFiles'), 10_000, 'a watch registration');
      assert.deepEqual(r.registerOptions, { watchers: [{ globPattern: '**/.unresrc.json' }] });
    } finally {
      await server.stop();
    }
    // A client that cannot is not asked.
    const plain = await startServer(PUSH_CLIENT);
    try {
      await plain.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///none.unres' }, position: { line: 0, character: 0 } });
      assert.deepEqual(plain.registrations, []);
    } finally {
      await plain.stop();
    }
  });

  it('reads a changed .unresrc.json when a draft is opened again, for a client that watches no files', async () => {
    const server = await startServer(PUSH_CLIENT);
    try {
      mkdirSync(join(root, 'p'), { recursive: true });
      const draft = join(root, 'p/a.unres');
      await open(server, draft);
      assert.ok((await pushedCodes(server, draft, 'the first push')).includes('opener-italics'));
      writeFileSync(join(root, 'p/.unresrc.json'), '{ "rules": { "opener-italics": "off" } }\n');
      await close(server, draft);
      await waitFor(() => (server.pushed.get(pathToFileURL(draft).href)?.diagnostics.length === 0 ? true : undefined), 10_000, 'the close');
      server.pushed.delete(pathToFileURL(draft).href);
      await open(server, draft);
      assert.ok(!(await pushedCodes(server, draft, 'the push after reopening')).includes('opener-italics'));
    } finally {
      await server.stop();
    }
  });

  it('goes back to the defaults when a client without workspace/configuration sends settings without an unres section', async () => {
    const server = await startServer(PUSH_CLIENT);
    try {
      const draft = join(root, 'no-config.unres');
      await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { unres: { rules: { 'opener-italics': 'off' } } } });
      await open(server, draft);
      assert.ok(!(await pushedCodes(server, draft, 'the push with the rule off')).includes('opener-italics'));
      // `null` only says that something changed: the settings stay.
      await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      assert.ok(!(await pushedCodes(server, draft, 'the push after null')).includes('opener-italics'));
      await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      assert.ok((await pushedCodes(server, draft, 'the push after {}')).includes('opener-italics'));
    } finally {
      await server.stop();
    }
  });

  it('completes with the draft\'s settings: the profile, the underline style and the extra phrases', async () => {
    const server = await startServer(PULL_CLIENT);
    try {
      const uri = pathToFileURL(join(root, 'mun.unres')).href;
      const text = 'The Disarmament and International Security Committee,\n\n_Recalling_ its work,\n\n1. _Decides_ a;\n\n2. \n';
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'unres', version: 1, text } });
      const at = { textDocument: { uri }, position: { line: 6, character: 3 } };
      type Item = { label: string; textEdit: { newText: string } };
      const plain = (await server.connection.sendRequest('textDocument/completion', at)) as Item[];
      assert.equal(plain.find((i) => i.label === 'Requests')?.textEdit.newText, '_Requests_ ');
      server.settings = { profile: 'mun', mun: { openerStyle: 'underline' }, phrases: { operative: ['Decrees solemnly'] } };
      await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const set = (await server.connection.sendRequest('textDocument/completion', at)) as Item[];
      assert.equal(set.find((i) => i.label === 'Requests')?.textEdit.newText, '__Requests__ ');
      assert.ok(set.some((i) => i.label === 'Decrees solemnly'));
    } finally {
      await server.stop();
    }
  });
});
