/**
 * `unres/documentStatistics` over stdio (issue 4 item 8): besides the counts, which configuration
 * file applies to a draft (the nearest `.unresrc.json` walking up, or none; broken or not) and which
 * profile, with its source (config file, editor setting, default). The status bar's click
 * (`unres.showProfile` in client/src/extension.ts) shows these.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PUSH_CLIENT, serverWithFolder, startServer, type TestServer } from './client';

const example = readFileSync(new URL('../../../shared/examples/A-RES-73-331.unres', import.meta.url), 'utf8');

interface Statistics {
  preambular: number;
  operative: number;
  profile: { name: string; id: string; source: string; reason: string; file?: string; line?: number };
  configFile: { path: string; state: string; extends: string[]; problems: { file: string; line: number; column: number; message: string }[]; problemCount: number } | null;
  configSearch: string;
  settingsSource: string;
}

let version = 0;
async function statisticsOf(server: TestServer, file: string, text = example, uri = pathToFileURL(file).href): Promise<Statistics> {
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'unres', version: ++version, text } });
  const s = (await server.connection.sendRequest('unres/documentStatistics', { textDocument: { uri } })) as Statistics | null;
  assert.ok(s, `statistics of ${uri}`);
  await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  return s;
}

describe('language server: which configuration file and profile apply (status bar)', () => {
  const ctx = serverWithFolder('unres-status-');
  const { root } = ctx;

  it('names the nearest .unresrc.json above the draft and the profile it sets, with its line', async () => {
    mkdirSync(join(root, 'sc/drafts/2025'), { recursive: true });
    const config = join(root, 'sc/.unresrc.json');
    writeFileSync(config, '{\n  // the Council\'s texts\n  "profile": "sc",\n  "rules": { "agenda-item": "off" }\n}\n');
    const s = await statisticsOf(ctx.server, join(root, 'sc/drafts/2025/draft.unres'));
    assert.equal(s.preambular, 15);
    assert.deepEqual(s.configFile, { path: config, state: 'applies', extends: [], problems: [], problemCount: 0 });
    assert.equal(s.profile.name, 'SC');
    assert.equal(s.profile.source, 'config file');
    assert.equal(s.profile.file, config);
    assert.equal(s.profile.line, 3);
    assert.match(s.profile.reason, /"profile": "sc" in .*\.unresrc\.json, line 3/);
    assert.match(s.configSearch, /applies/);
  });

  it('the file wins over the editor setting; the setting applies when the file sets no profile', async () => {
    ctx.server.settings = { profile: 'mun' };
    const s = await statisticsOf(ctx.server, join(root, 'sc/drafts/other.unres'));
    assert.equal(s.profile.name, 'SC');
    assert.equal(s.profile.source, 'config file');
    mkdirSync(join(root, 'rules-only'), { recursive: true });
    writeFileSync(join(root, 'rules-only/.unresrc.json'), '{ "rules": { "agenda-item": "hint" } }\n');
    const t = await statisticsOf(ctx.server, join(root, 'rules-only/a.unres'));
    assert.equal(t.configFile?.path, join(root, 'rules-only/.unresrc.json'));
    assert.equal(t.configFile?.state, 'applies');
    assert.equal(t.profile.name, 'MUN');
    assert.equal(t.profile.source, 'setting');
    assert.match(t.profile.reason, /unres\.profile is "mun"/);
  });

  it('lists the files a configuration extends', async () => {
    mkdirSync(join(root, 'family/member'), { recursive: true });
    writeFileSync(join(root, 'family/base.json'), '{ "profile": "hrc" }\n');
    writeFileSync(join(root, 'family/member/.unresrc.json'), '{ "extends": "../base.json" }\n');
    const s = await statisticsOf(ctx.server, join(root, 'family/member/x.unres'));
    assert.deepEqual(s.configFile?.extends, [join(root, 'family/base.json')]);
    assert.equal(s.profile.name, 'HRC');
    assert.equal(s.profile.source, 'config file');
    assert.equal(s.profile.file, join(root, 'family/base.json'));
  });

  it('reports a broken configuration file, with its located problems, and the defaults', async () => {
    mkdirSync(join(root, 'broken/deep'), { recursive: true });
    const config = join(root, 'broken/.unresrc.json');
    writeFileSync(config, '{\n  "profile": "sc",\n  "rules": { "opener-italics": "loud" }\n}\n');
    const s = await statisticsOf(ctx.server, join(root, 'broken/deep/b.unres'));
    assert.equal(s.configFile?.path, config);
    assert.equal(s.configFile?.state, 'broken');
    assert.equal(s.configFile?.problemCount, 1);
    assert.equal(s.configFile?.problems[0].file, config);
    assert.equal(s.configFile?.problems[0].line, 3);
    assert.match(s.configFile?.problems[0].message ?? '', /loud/);
    assert.match(s.configSearch, /has a problem: the defaults/);
    // The file's profile does not apply while it is broken.
    assert.equal(s.profile.name, 'GA');
    assert.equal(s.profile.source, 'organ line');
  });

  it('says none when no .unresrc.json is above the draft, and names the folder it started from', async () => {
    mkdirSync(join(root, 'plain/sub'), { recursive: true });
    const s = await statisticsOf(ctx.server, join(root, 'plain/sub/c.unres'));
    assert.equal(s.configFile, null);
    assert.ok(s.configSearch.includes(join(root, 'plain/sub')), s.configSearch);
    assert.match(s.configSearch, /No \.unresrc\.json in .* or any folder above it/);
    // Nothing set: the organ line chooses.
    assert.equal(s.profile.name, 'GA');
    assert.equal(s.profile.source, 'organ line');
    assert.match(s.profile.reason, /General Assembly/);
  });

  it('takes the profile from the organ line when nothing sets it, and the default without an organ line', async () => {
    const sc = example.replace('The General Assembly,', 'The Security Council,');
    const s = await statisticsOf(ctx.server, join(root, 'plain/sub/sc.unres'), sc);
    assert.equal(s.profile.name, 'SC');
    assert.equal(s.profile.source, 'organ line');
    assert.match(s.profile.reason, /Security Council/);
    const mun = await statisticsOf(ctx.server, join(root, 'plain/sub/mun.unres'), 'FORUM: General Assembly\nQUESTION OF: Water\n\nTHE GENERAL ASSEMBLY,\n\n1. _Urges_ all;\n');
    assert.equal(mun.profile.name, 'MUN');
    const none = await statisticsOf(ctx.server, join(root, 'plain/sub/none.unres'), 'Some words\n');
    assert.equal(none.profile.name, 'GA');
    assert.equal(none.profile.source, 'default');
    // A setting wins over the organ line.
    ctx.server.settings = { profile: 'ecosoc' };
    const set = await statisticsOf(ctx.server, join(root, 'plain/sub/sc-set.unres'), sc);
    assert.equal(set.profile.name, 'ECOSOC');
    assert.equal(set.profile.source, 'setting');
  });

  it('does not look for a configuration file for an untitled draft', async () => {
    const s = await statisticsOf(ctx.server, '', example, 'untitled:Untitled-1');
    assert.equal(s.configFile, null);
    assert.match(s.configSearch, /not a file on disk/);
    assert.equal(s.profile.source, 'organ line');
  });

  it('answers for a file URL that names no path on this machine (the host of a share), without looking for a file', async () => {
    const s = await statisticsOf(ctx.server, '', example, 'file://fileserver/share/drafts/x.unres');
    assert.equal(s.configFile, null);
    assert.match(s.configSearch, /names no path on the machine of the language server/);
    assert.equal(s.profile.source, 'organ line');
  });

  it('follows a fixed configuration file once the change is announced', async () => {
    const config = join(root, 'broken/.unresrc.json');
    writeFileSync(config, '{\n  "profile": "ecosoc"\n}\n');
    await ctx.server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    const s = await statisticsOf(ctx.server, join(root, 'broken/deep/b.unres'));
    assert.equal(s.configFile?.state, 'applies');
    assert.equal(s.profile.name, 'ECOSOC');
    assert.equal(s.profile.line, 2);
  });
});

describe('language server: configuration report for a client without workspace/configuration', () => {
  it('takes the profile from the settings sent at start-up', async () => {
    const server = await startServer(PUSH_CLIENT, { settings: { profile: 'hrc' } });
    const root = realpathSync(mkdtempSync(join(tmpdir(), 'unres-status-push-')));
    try {
      const s = await statisticsOf(server, join(root, 'd.unres'));
      assert.equal(s.profile.name, 'HRC');
      assert.equal(s.profile.source, 'setting');
      assert.match(s.settingsSource, /start-up/);
    } finally {
      await server.stop();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
