/**
 * Defects of a demanding user's review of the command line (session 15), each with the behaviour
 * that replaced it: a named pipe whose writer was already waiting (the text was lost and the lint
 * waited for ever), a socket as a draft, a draft of nothing but a byte-order mark or white space
 * that passed, a configuration in UTF-16 or Latin-1 reported with an internal error code, a report
 * written over the configuration in use, and a read-only draft fixed anyway when run as root.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { CLI, EXAMPLES, ROOT, tree, unres } from './helpers';

const EXAMPLE = readFileSync(join(EXAMPLES, 'A-RES-73-331.unres'), 'utf8');
const FAULTY_TEXT = readFileSync(join(ROOT, 'test/fixtures/faulty.unres'), 'utf8');

describe('unres lint: the review of session 15', () => {
  it('reads a named pipe whose writer was waiting before the lint opened it, every time, without hanging', function () {
    if (process.platform === 'win32') this.skip(); // no named pipes in the file tree
    const root = tree({});
    // The writer opens the pipe first and waits for a reader; the lint must read what it writes
    // (the text was lost, and the lint waited for ever, when it opened the pipe twice). The shell's
    // own printf writes the moment the pipe opens, as fast as a writer can.
    for (let i = 0; i < 10; i++) {
      const fifo = join(root, `waiting-${i}.unres`);
      assert.equal(spawnSync('mkfifo', [fifo]).status, 0, 'mkfifo');
      const writer = spawn('sh', ['-c', `printf '%s' "$DRAFT" > "${fifo}"`], { env: { ...process.env, DRAFT: EXAMPLE } });
      const r = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', fifo], { encoding: 'utf8', timeout: 20_000 });
      writer.kill();
      assert.equal(r.error, undefined, `run ${i}: the lint did not end (${String(r.error)})`);
      assert.equal(r.status, 0, `run ${i}: ${r.stderr}`);
      assert.deepEqual(JSON.parse(r.stdout).map((f: { diagnostics: unknown[] }) => f.diagnostics.length), [0]);
    }
  });

  it('refuses a socket named as a draft in one line (exit 2), not with a system error code', async function () {
    if (process.platform === 'win32') this.skip();
    const root = tree({ 'good.unres': EXAMPLE });
    const server = createServer();
    const socket = join(root, 'sock.unres');
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      const r = unres(['lint', 'sock.unres', 'good.unres'], { cwd: root });
      assert.equal(r.code, 2, r.stderr);
      assert.equal(r.stderr, 'unres: sock.unres: is not a file (a socket or the like); pass .unres files\n');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('refuses a draft of nothing but a byte-order mark or white space as empty (exit 2); a draft of a comment is linted', () => {
    const root = tree({ 'bom.unres': Buffer.from([0xef, 0xbb, 0xbf]), 'blank.unres': '  \n\n\t\r\n', 'good.unres': EXAMPLE });
    const r = unres(['lint', 'bom.unres', 'blank.unres', 'good.unres'], { cwd: root });
    assert.equal(r.code, 2, r.stderr);
    assert.equal(r.stderr, ['bom', 'blank'].map((n) => `unres: ${n}.unres: the file is empty (nothing but white space); write a draft or leave the file out\n`).join(''));
    const stdin = unres(['lint', '-'], { cwd: root, input: '\ufeff\n' });
    assert.equal(stdin.code, 2, stdin.stderr);
    assert.match(stdin.stderr, /the file is empty \(nothing but white space\)/);
  });

  it('says that a configuration file is UTF-16 or not UTF-8, and to save it as UTF-8', () => {
    const json = '{ "profile": "ga" }\n';
    const root = tree({
      'u16/.unresrc.json': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]),
      'u16/d.unres': EXAMPLE,
      'latin1/.unresrc.json': Buffer.from('{ "profile": "ga" } // caf\xe9\n', 'latin1'),
      'latin1/d.unres': EXAMPLE,
    });
    const u16 = unres(['lint', 'u16/d.unres'], { cwd: root });
    assert.equal(u16.code, 2, u16.stderr);
    assert.equal(u16.stderr, 'unres: u16/.unresrc.json: cannot read the file: it is UTF-16; save it as UTF-8\n');
    const latin1 = unres(['lint', 'latin1/d.unres'], { cwd: root });
    assert.equal(latin1.code, 2, latin1.stderr);
    assert.equal(latin1.stderr, 'unres: latin1/.unresrc.json: cannot read the file: it is not valid UTF-8 (line 1; Latin-1 or another legacy encoding?); save it as UTF-8\n');
  });

  it('does not write the report over a configuration file in use: the one that applies, one it extends, or --config', () => {
    const root = tree({ 'p/.unresrc.json': '{ "extends": "../base.json" }\n', 'base.json': '{ "profile": "ga" }\n', 'p/d.unres': FAULTY_TEXT, 'own.json': '{}\n' });
    for (const [args, config, what] of [
      [['-o', 'p/.unresrc.json', 'p'], 'p/.unresrc.json', /--output p\/\.unresrc\.json is the configuration file .*p\/\.unresrc\.json, which the report would overwrite; write the report to another file/],
      [['-o', 'base.json', 'p/d.unres'], 'base.json', /--output base\.json is the configuration file .*base\.json, which the report would overwrite/],
      [['-c', 'own.json', '-o', 'own.json', 'p/d.unres'], 'own.json', /--output own\.json is the configuration file .*own\.json, which the report would overwrite/],
    ] as const) {
      const before = readFileSync(join(root, config), 'utf8');
      const r = unres(['lint', ...args], { cwd: root });
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, what);
      assert.equal(readFileSync(join(root, config), 'utf8'), before, `${config} unchanged`);
    }
  });

  it('--fix refuses a read-only draft, as root too (exit 2, the draft unchanged)', function () {
    if (process.platform === 'win32') this.skip();
    const root = tree({ 'd.unres': FAULTY_TEXT });
    chmodSync(join(root, 'd.unres'), 0o444);
    const r = unres(['lint', '--fix', 'd.unres'], { cwd: root });
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /^unres: d\.unres: cannot write the fixed file \((read-only|EACCES)\); it is unchanged: make it writable/m);
    assert.equal(readFileSync(join(root, 'd.unres'), 'utf8'), FAULTY_TEXT);
    assert.equal(statSync(join(root, 'd.unres')).mode & 0o777, 0o444);
  });

  it('keeps the report off the files --print-config describes, and says where `-` and `--` go without a command', () => {
    const root = tree({ 'p/.unresrc.json': '{ "profile": "sc" }\n', 'p/d.unres': EXAMPLE });
    const before = readFileSync(join(root, 'p/.unresrc.json'), 'utf8');
    const r = unres(['--print-config', 'p/d.unres', '-o', 'p/.unresrc.json'], { cwd: root });
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /^unres: --output p\/\.unresrc\.json is the configuration file .*p\/\.unresrc\.json, which the report would overwrite; write the report to another file\n$/);
    assert.equal(readFileSync(join(root, 'p/.unresrc.json'), 'utf8'), before);
    const written = unres(['--print-config', 'p/d.unres', '-o', 'report.txt'], { cwd: root });
    assert.equal(written.code, 0, written.stderr);
    assert.match(readFileSync(join(root, 'report.txt'), 'utf8'), /Configuration for p\/d\.unres/);
    for (const arg of ['-', '--']) assert.match(unres([arg, 'x.unres'], { cwd: root }).stderr, new RegExp(`^unres: missing command before "${arg}": write \`unres lint ${arg} \\.\\.\\.\``));
  });
});
