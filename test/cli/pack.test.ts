/**
 * The packed package works as `npx unres`: `npm pack`, install the tarball into a temporary
 * folder offline (the package has no runtime dependencies, so nothing is fetched: the registry is
 * pointed at a closed local port to prove it), then run the installed bin.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, ROOT } from './helpers';

/**
 * The bundle and every bundle it loads, as paths relative to the repository: dist/ bundles load
 * their siblings with `require("./x.js")` (the Word libraries, the shared LSP protocol).
 */
function bundlesLoadedBy(bundle: string): string[] {
  const found = new Set([bundle]);
  for (const file of found) {
    for (const m of readFileSync(join(ROOT, file), 'utf8').matchAll(/\brequire\("\.\/([\w.-]+\.js)"\)/g)) found.add(`dist/${m[1]}`);
  }
  return [...found];
}

describe('what the packages ship', () => {
  it('the VS Code package (.vscodeignore) ships every bundle the extension and the server load', () => {
    const shipped = readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n').filter((l) => l.startsWith('!')).map((l) => l.slice(1));
    const needed = [...bundlesLoadedBy('dist/extension.js'), ...bundlesLoadedBy('dist/server.js')];
    assert.ok(needed.includes('dist/lsp-protocol.js'), `the extension and the server share the LSP protocol bundle: ${needed.join(', ')}`);
    for (const f of needed) assert.ok(shipped.includes(f), `${f} is listed in .vscodeignore`);
  });

  it('vsce packs the VS Code package, offline, with what the extension needs and no sources, tests or development files', function () {
    // `npm run package` once failed: vsce 3 refuses a "files" property in package.json beside a
    // .vscodeignore ("VSCE does not support combining both strategies"). npm reads .npmignore.
    this.timeout(120_000);
    const vsce = join(ROOT, 'node_modules/@vscode/vsce/vsce');
    const out = join(mkdtempSync(join(tmpdir(), 'unres-vsix-')), 'unres.vsix');
    const flags = ['--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links'];
    const packed = sh(process.execPath, [vsce, 'package', ...flags, '--out', out], ROOT);
    assert.equal(packed.code, 0, `vsce package failed: ${packed.stderr}${packed.stdout}`);
    assert.equal(readFileSync(out).subarray(0, 2).toString('latin1'), 'PK', 'the .vsix is a zip file');
    const listed = sh(process.execPath, [vsce, 'ls', '--no-dependencies'], ROOT);
    assert.equal(listed.code, 0, listed.stderr);
    const files = listed.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const contributed = [...pkg.contributes.grammars.map((g: { path: string }) => g.path), ...pkg.contributes.snippets.map((g: { path: string }) => g.path), ...pkg.contributes.languages.flatMap((l: { configuration?: string }) => (l.configuration ? [l.configuration] : []))];
    for (const f of [...bundlesLoadedBy('dist/extension.js'), ...bundlesLoadedBy('dist/server.js'), ...contributed.map((c: string) => c.replace(/^\.\//, '')), 'README.md', 'LICENSE', 'CHANGELOG.md', 'server/docs/unresrc.schema.json', 'server/docs/rules/agenda-item.md']) {
      assert.ok(files.includes(f), `${f} is in the .vsix: ${files.slice(0, 12).join(', ')} …`);
    }
    for (const bad of ['server/src/', 'client/', 'test/', 'node_modules/', 'fuzz/', 'bench/', 'scripts/', '.vscode-test/']) assert.ok(!files.some((f) => f.startsWith(bad)), `nothing from ${bad} in the .vsix`);
    // The command line ships in the npm package; in the .vsix it was half a CLI (without the Word bundle it loads).
    assert.ok(!files.includes('dist/cli.js') && !files.includes('dist/cli-word.js'), 'no command line in the .vsix');
    assert.ok(!files.some((f) => f.endsWith('.map') || f.endsWith('.ts')), 'no source maps or sources in the .vsix');
  });
});

/** Runs a command with the registry pointed at a closed port, so that any network use fails. */
function sh(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, npm_config_registry: 'http://127.0.0.1:9/', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', NO_COLOR: '1' },
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm pack → npm install <tarball> → npx unres', function () {
  this.timeout(240_000);
  const tmp = mkdtempSync(join(tmpdir(), 'unres-pack-'));
  const app = join(tmp, 'app');
  let tarball = '';

  before(() => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(pkg.dependencies ?? {}, {}, 'the package has no runtime dependencies');
    const started = Date.now();
    const pack = sh('npm', ['pack', '--json', '--pack-destination', tmp], ROOT);
    assert.equal(pack.code, 0, pack.stderr);
    // `npm pack` builds the bundles first (`prepack`): a checkout that was never built packs a
    // working CLI (found by a review: the tarball of a fresh clone had no dist/ and no `unres`).
    assert.ok(statSync(join(ROOT, 'dist/cli.js')).mtimeMs >= started - 1000, 'npm pack rebuilt dist/cli.js');
    const [info] = JSON.parse(pack.stdout);
    const files: string[] = info.files.map((f: { path: string }) => f.path);
    for (const f of [...bundlesLoadedBy('dist/cli.js'), ...bundlesLoadedBy('dist/server.js'), 'server/docs/rules/agenda-item.md', 'server/docs/unresrc.schema.json', 'server/docs/cli.md', 'package.json']) assert.ok(files.includes(f), `${f} is packed`);
    assert.ok(!files.some((f) => f.startsWith('server/src/') || f.startsWith('test/') || f.endsWith('.map')), 'no sources, tests or source maps in the package');
    for (const f of ['dist/extension.js', 'dist/preview.js', 'node_modules/', '.vscode-test/', 'fuzz/', 'bench/', 'client/']) assert.ok(!files.some((x) => x.startsWith(f)), `${f} is not in the npm package (the VS Code extension and the development files are not)`);
    for (const f of ['README.md', 'LICENSE', 'CHANGELOG.md']) assert.ok(files.includes(f), `${f} is packed`);
    tarball = join(tmp, info.filename);
    sh('mkdir', ['-p', app], tmp);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'unres-pack-probe', version: '1.0.0', private: true }));
    const install = sh('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], app);
    assert.equal(install.code, 0, install.stderr);
    assert.ok(existsSync(join(app, 'node_modules/.bin/unres')));
  });

  it('`unres-language-server --stdio` from the package answers `initialize` (it loads dist/lsp-protocol.js)', async () => {
    const frame = (message: object) => {
      const json = JSON.stringify({ jsonrpc: '2.0', ...message });
      return `Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`;
    };
    // A client keeps the server's input open until it is done: the server stops when its input ends.
    const server = spawn(join(app, 'node_modules/.bin/unres-language-server'), ['--stdio'], { cwd: app });
    let stdout = '';
    let stderr = '';
    server.stderr.on('data', (d) => (stderr += d));
    const reply = await new Promise<{ id: number; result: { serverInfo: { name: string }; capabilities: Record<string, unknown> } }>((resolve, reject) => {
      server.on('error', reject);
      server.on('exit', (code) => reject(new Error(`the server exited (${code}) before answering: ${stdout}${stderr}`)));
      server.stdout.on('data', (d) => {
        stdout += d;
        const messages = stdout.split(/Content-Length: \d+\r\n\r\n/).filter(Boolean);
        for (const m of messages) {
          try {
            const message = JSON.parse(m);
            if (message.id === 1) resolve(message);
          } catch {
            // a message not yet whole
          }
        }
      });
      server.stdin.write(frame({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
    });
    server.removeAllListeners('exit');
    const exited = new Promise((resolve) => server.on('exit', resolve));
    server.stdin.write(frame({ id: 2, method: 'shutdown' }) + frame({ method: 'exit' }));
    assert.equal(await exited, 0, 'shutdown then exit ends the server with 0');
    assert.equal(reply.result.serverInfo.name, 'unres');
    assert.ok(reply.result.capabilities.textDocumentSync !== undefined, stdout);
  });

  it('`npx unres --version` prints the package version', () => {
    const r = sh('npx', ['--offline', 'unres', '--version'], app);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, `${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);
  });

  it('`npx unres lint` lints with the project configuration and exits 1 on errors', () => {
    writeFileSync(join(app, 'draft.unres'), readFileSync(join(FIXTURES, 'every-severity/draft.unres')));
    writeFileSync(join(app, '.unresrc.json'), '{ "rules": { "agenda-item": "off" } }');
    const r = sh('npx', ['--offline', 'unres', 'lint', '--format', 'text', 'draft.unres'], app);
    assert.equal(r.code, 1, r.stderr);
    assert.ok(!r.stdout.includes('agenda-item'));
    assert.match(r.stdout, /^draft\.unres:6:1 warning .*\(opener-italics\)$/m);
  });

  it('`npx unres export` and `npx unres import` work from the package (their Word libraries ship in dist/cli-word.js)', () => {
    writeFileSync(join(app, 'clean.unres'), readFileSync(join(FIXTURES, 'clean/A-RES-73-331.unres')));
    const out = sh('npx', ['--offline', 'unres', 'export', '--to', 'docx', 'clean.unres', '-o', 'clean.docx'], app);
    assert.equal(out.code, 0, out.stderr);
    assert.equal(readFileSync(join(app, 'clean.docx')).subarray(0, 2).toString('latin1'), 'PK', 'a .docx is a zip');
    const back = sh('npx', ['--offline', 'unres', 'import', 'clean.docx', '-o', 'back.unres'], app);
    assert.equal(back.code, 0, back.stderr);
    assert.match(readFileSync(join(app, 'back.unres'), 'utf8'), /^The General Assembly,$/m);
  });

  it('the installed CLI finds the rule pages it ships: SARIF help and --list-rules links', () => {
    const r = sh('npx', ['--offline', 'unres', 'lint', '--format', 'sarif', 'draft.unres'], app);
    const rule = JSON.parse(r.stdout).runs[0].tool.driver.rules.find((x: { id: string }) => x.id === 'opener-italics');
    assert.match(rule.help.markdown, /^# opener-italics\n/);
    assert.ok(rule.helpUri.includes('/node_modules/unres/server/docs/rules/'), rule.helpUri);
    const list = JSON.parse(sh('npx', ['--offline', 'unres', '--list-rules', '--format', 'json'], app).stdout);
    for (const item of list) assert.ok(typeof item.docs === 'string' && existsSync(new URL(item.docs)), `${item.id} ships its page server/docs/rules/${item.id}.md`);
  });

  describe('the recipes of server/docs/cli.md, run against the installed package', () => {
    const doc = readFileSync(join(ROOT, 'server/docs/cli.md'), 'utf8');
    const block = (start: string): string => {
      const at = doc.indexOf(start);
      assert.ok(at >= 0, `cli.md has a block starting with ${start}`);
      return doc.slice(at + start.length, doc.indexOf('\n```', at));
    };
    const bad = readFileSync(join(FIXTURES, 'every-severity/draft.unres'), 'utf8');
    const clean = readFileSync(join(FIXTURES, 'clean/A-RES-73-331.unres'), 'utf8');

    it('the GitHub Actions lint steps: annotations fail on errors, the SARIF step passes on exit 1 and writes the log', () => {
      const workflow = block('```yaml\n# .github/workflows/unres.yml\n');
      const runs = [...workflow.matchAll(/^ {8}run: (npx --no unres .*)$/gm)].map((m) => m[1]);
      assert.equal(runs.length, 2, workflow);
      mkdirSync(join(app, 'drafts'), { recursive: true });
      writeFileSync(join(app, 'drafts/bad.unres'), bad);
      const annotate = sh('bash', ['-c', runs[0]], app);
      assert.equal(annotate.code, 1, annotate.stderr);
      assert.match(annotate.stdout, /^::error file=drafts\/bad\.unres,line=8,col=\d+,endLine=8,endColumn=\d+,title=preamble-punctuation::/m);
      const sarif = sh('bash', ['-c', runs[1]], app);
      assert.equal(sarif.code, 0, sarif.stderr);
      const log = JSON.parse(readFileSync(join(app, 'unres.sarif'), 'utf8'));
      assert.equal(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'drafts/bad.unres');
      writeFileSync(join(app, 'drafts/.unresrc.json'), '{ "rules": { "nope": "off" } }');
      assert.equal(sh('bash', ['-c', runs[1]], app).code, 1, 'a broken configuration (exit 2) still fails the SARIF step');
      writeFileSync(join(app, 'drafts/.unresrc.json'), '{}');
    });

    it('the pre-commit hook lints the staged version and stops a commit with errors', () => {
      const hook = block('```bash\n');
      assert.match(hook, /^#!\/usr\/bin\/env bash\n/);
      const repo = join(tmp, 'repo');
      mkdirSync(repo, { recursive: true });
      const git = (...args: string[]) => sh('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], repo);
      assert.equal(git('init', '-q').code, 0);
      // The hook runs the repository's own node_modules/.bin/unres: the installed package of the probe folder.
      writeFileSync(join(repo, 'package.json'), JSON.stringify({ name: 'drafts', private: true }));
      sh('ln', ['-s', join(app, 'node_modules'), join(repo, 'node_modules')], repo);
      writeFileSync(join(repo, '.git/hooks/pre-commit'), hook);
      chmodSync(join(repo, '.git/hooks/pre-commit'), 0o755);
      writeFileSync(join(repo, 'a draft.unres'), bad);
      git('add', 'a draft.unres');
      writeFileSync(join(repo, 'a draft.unres'), clean);
      const refused = git('commit', '-q', '-m', 'bad draft staged');
      assert.notEqual(refused.code, 0, 'the staged draft has errors, whatever the working tree holds');
      assert.match(refused.stdout + refused.stderr, /agenda-item/);
      git('add', 'a draft.unres');
      const accepted = git('commit', '-q', '-m', 'clean draft');
      assert.equal(accepted.code, 0, accepted.stdout + accepted.stderr);
      // A clean draft whose name starts with a dash is a value of --stdin-filename, not an option
      // (found by a review: the hook stopped the commit with a usage error).
      writeFileSync(join(repo, '-dash.unres'), clean);
      git('add', '--', '-dash.unres');
      const dashed = git('commit', '-q', '-m', 'a draft named -dash');
      assert.equal(dashed.code, 0, dashed.stdout + dashed.stderr);
      // A draft named like a stage of another path (`2:clean.unres`): `git show ":$file"` read stage 2
      // of `clean.unres` and stopped the commit (found by a review); `:0:$file` is the staged file.
      writeFileSync(join(repo, '2:clean.unres'), clean);
      git('add', '--', '2:clean.unres');
      const staged = git('commit', '-q', '-m', 'a draft named 2:clean');
      assert.equal(staged.code, 0, staged.stdout + staged.stderr);
      writeFileSync(join(repo, '3:bad.unres'), bad);
      git('add', '--', '3:bad.unres');
      const stopped = git('commit', '-q', '-m', 'a bad draft named 3:bad');
      assert.notEqual(stopped.code, 0, 'the staged draft named 3:bad.unres has errors');
      assert.match(stopped.stdout + stopped.stderr, /3:bad\.unres/);
      git('rm', '-q', '--cached', '--', '3:bad.unres');
    });
  });
});
