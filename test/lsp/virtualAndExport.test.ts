/**
 * Drafts that are not files on disk, and the settings of the preview and the exporters, over stdio:
 * - a draft opened from a virtual file system (`vscode-vfs:`, `git:`, another provider's scheme) gets
 *   the same features as a file (diagnostics, renumbering, statistics); no `.unresrc.json` is looked
 *   for above it (the VS Code client selects every `unres` draft, whatever its scheme);
 * - `unres/exportSettings` answers the footnote style the preview and the Word and HTML exports take,
 *   resolved as the linter resolves it (the nearest `.unresrc.json` wins over the editor setting);
 * - `unres/didChangeSettings` tells a client that asked for it that a setting or a `.unresrc.json`
 *   changed, so that it asks again.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PULL_CLIENT, PUSH_CLIENT, serverWithFolder, startServer, waitFor, type TestServer } from './client';

/** Operative paragraphs numbered 1, 3: the renumbering has work to do, and the linter a problem to report. */
const DRAFT = 'The General Assembly,\n\n_Recalling_ its resolution 59/50,\n\n1. _Decides_ to act;\n\n3. _Requests_ a report.\n';

interface ExportSettings {
  uri: string;
  footnoteStyle: string;
  configFile: string | null;
}

let version = 0;
async function open(server: TestServer, uri: string, text = DRAFT): Promise<void> {
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'unres', version: ++version, text } });
}

async function close(server: TestServer, uri: string): Promise<void> {
  await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
}

function exportSettings(server: TestServer, uri: string): Promise<ExportSettings> {
  return server.connection.sendRequest('unres/exportSettings', { textDocument: { uri } }) as Promise<ExportSettings>;
}

describe('language server: drafts on virtual file systems', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer(PULL_CLIENT);
  });
  after(async () => {
    await server.stop();
  });

  for (const uri of [
    'vscode-vfs://github/un-drafts/resolutions/drafts/water.unres',
    'git:/home/drafter/drafts/water.unres?%7B%22path%22%3A%22%2Fhome%2Fdrafter%2Fdrafts%2Fwater.unres%22%2C%22ref%22%3A%22HEAD%22%7D',
    'memfs:/drafts/water.unres',
  ]) {
    const scheme = uri.slice(0, uri.indexOf(':'));
    it(`lints, renumbers and counts a ${scheme}: draft, and looks for no .unresrc.json above it`, async () => {
      await open(server, uri);
      try {
        const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: { code: string }[] };
        assert.ok(report.items.some((d) => d.code === 'operative-numbering'), JSON.stringify(report.items.map((d) => d.code)));
        const edits = (await server.connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } })) as { newText: string }[];
        assert.ok(edits.some((e) => e.newText === '2'), JSON.stringify(edits));
        const stats = (await server.connection.sendRequest('unres/documentStatistics', { textDocument: { uri } })) as { operative: number; configFile: unknown; configSearch: string } | null;
        assert.ok(stats, 'no statistics for the draft');
        assert.equal(stats.operative, 2);
        assert.equal(stats.configFile, null);
        assert.match(stats.configSearch, /not a file on disk/);
        assert.deepEqual(await exportSettings(server, uri), { uri, footnoteStyle: 'auto', configFile: null });
        assert.doesNotMatch(server.stderr(), /could not read the configuration/);
      } finally {
        await close(server, uri);
      }
    });
  }
});

describe('language server: unres/exportSettings (the footnote style of the preview and the exports)', () => {
  const ctx = serverWithFolder('unres-export-settings-');
  const { root } = ctx;

  it('takes the editor setting when no .unresrc.json applies', async () => {
    mkdirSync(join(root, 'plain'), { recursive: true });
    ctx.server.settings = { footnoteStyle: 'legacy' };
    const uri = pathToFileURL(join(root, 'plain/a.unres')).href;
    await open(ctx.server, uri);
    try {
      assert.deepEqual(await exportSettings(ctx.server, uri), { uri, footnoteStyle: 'legacy', configFile: null });
    } finally {
      await close(ctx.server, uri);
    }
  });

  it('lets the nearest .unresrc.json win over the editor setting, for a draft that is not open too', async () => {
    mkdirSync(join(root, 'project/drafts'), { recursive: true });
    const config = join(root, 'project/.unresrc.json');
    writeFileSync(config, '{\n  // Since 2020\n  "footnoteStyle": "current"\n}\n');
    ctx.server.settings = { footnoteStyle: 'legacy' };
    const uri = pathToFileURL(join(root, 'project/drafts/b.unres')).href;
    // Not open: an export from the explorer names a file.
    assert.deepEqual(await exportSettings(ctx.server, uri), { uri, footnoteStyle: 'current', configFile: config });
    await open(ctx.server, uri);
    try {
      assert.deepEqual(await exportSettings(ctx.server, uri), { uri, footnoteStyle: 'current', configFile: config });
    } finally {
      await close(ctx.server, uri);
    }
  });

  it('takes the editor setting while the .unresrc.json is broken, and names no file', async () => {
    mkdirSync(join(root, 'broken'), { recursive: true });
    writeFileSync(join(root, 'broken/.unresrc.json'), '{ "footnoteStyle": "sometimes" }\n');
    ctx.server.settings = { footnoteStyle: 'legacy' };
    const uri = pathToFileURL(join(root, 'broken/c.unres')).href;
    assert.deepEqual(await exportSettings(ctx.server, uri), { uri, footnoteStyle: 'legacy', configFile: null });
  });

  it('follows a .unresrc.json changed on disk once the change is announced', async () => {
    const config = join(root, 'project/.unresrc.json');
    const uri = pathToFileURL(join(root, 'project/drafts/b.unres')).href;
    await open(ctx.server, uri);
    try {
      assert.equal((await exportSettings(ctx.server, uri)).footnoteStyle, 'current');
      writeFileSync(config, '{ "footnoteStyle": "legacy" }\n');
      await ctx.server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
      assert.equal((await exportSettings(ctx.server, uri)).footnoteStyle, 'legacy');
    } finally {
      await close(ctx.server, uri);
    }
  });

  it('refuses a request without a document', async () => {
    await assert.rejects(ctx.server.connection.sendRequest('unres/exportSettings', {}), /invalid params of unres\/exportSettings/);
  });
});

describe('language server: unres/didChangeSettings', () => {
  /** Starts a server and counts the `unres/didChangeSettings` notifications it sends. */
  async function counting(options: unknown): Promise<{ server: TestServer; count: () => number }> {
    const server = await startServer(PULL_CLIENT, options);
    let n = 0;
    server.connection.onNotification('unres/didChangeSettings', () => {
      n++;
    });
    return { server, count: () => n };
  }

  it('tells a client that asked for it when a .unresrc.json or the settings changed', async () => {
    const { server, count } = await counting({ settings: {}, didChangeSettings: true });
    try {
      await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: 'file:///p/.unresrc.json', type: 2 }] });
      await waitFor(() => (count() === 1 ? true : undefined), 5000, 'the notification after a .unresrc.json changed');
      await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await waitFor(() => (count() === 2 ? true : undefined), 5000, 'the notification after the settings changed');
    } finally {
      await server.stop();
    }
  });

  it('sends nothing to a client that did not ask for it', async () => {
    const { server, count } = await counting({ settings: {} });
    try {
      await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: 'file:///p/.unresrc.json', type: 2 }] });
      await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      // Answered after both notifications were handled: a notification sent meanwhile came first.
      await server.connection.sendRequest('unres/exportSettings', { textDocument: { uri: 'untitled:Untitled-1' } });
      assert.equal(count(), 0);
    } finally {
      await server.stop();
    }
  });

  it('sends nothing to a client without workspace/configuration either, unless asked', async () => {
    const server = await startServer(PUSH_CLIENT, { settings: { footnoteStyle: 'current' } });
    try {
      let n = 0;
      server.connection.onNotification('unres/didChangeSettings', () => {
        n++;
      });
      await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { unres: { footnoteStyle: 'legacy' } } });
      const s = (await server.connection.sendRequest('unres/exportSettings', { textDocument: { uri: 'untitled:Untitled-2' } })) as ExportSettings;
      assert.equal(s.footnoteStyle, 'legacy');
      assert.equal(n, 0);
    } finally {
      await server.stop();
    }
  });
});
