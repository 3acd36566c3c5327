import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../../shared/examples/', import.meta.url));

function unres(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('unres lint (the command line)', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'unres-cli-'));

  it('is silent and exits 0 on the example drafts', () => {
    const r = unres('lint', join(EXAMPLES, 'A-RES-73-331.unres'), join(EXAMPLES, 'A-73-L.103.unres'));
    assert.deepEqual(r, { code: 0, stdout: '', stderr: '' });
  });

  it('prints file:line:col severity message (rule-id) and exits 1 on error-level problems', () => {
    const file = join(FIXTURES, 'faulty.unres');
    const r = unres('lint', file);
    assert.equal(r.code, 1);
    const lines = r.stdout.trim().split('\n');
    assert.deepEqual(lines.map((l) => /^(.*):(\d+):(\d+) (\w+) .* \(([a-z-]+)\)$/.exec(l)!.slice(1).join(' ')), [
      `${file} 2 1 error agenda-item`,
      `${file} 14 1 warning opener-italics`,
      `${file} 16 93 error preamble-punctuation`,
      `${file} 20 189 error footnote-undefined`,
      `${file} 22 1 error operative-numbering`,
    ]);
  });

  it('exits 0 when only warnings are found', () => {
    const file = join(tmp, 'warn.unres');
    writeFileSync(file, 'The General Assembly,\n\n_Recalling_ its resolution,\n\nNoting the report,\n\n_Welcoming_ the progress,\n\n1. _Decides_ to continue.\n');
    const r = unres('lint', file);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /warning .*\(opener-italics\)/);
  });

  it('prints the JSON shape with 1-based lines and columns', () => {
    const file = join(FIXTURES, 'faulty.unres');
    const r = unres('lint', '--format', 'json', file);
    assert.equal(r.code, 1);
    const json = JSON.parse(r.stdout);
    assert.equal(json.length, 1);
    assert.equal(json[0].file, file);
    assert.deepEqual(Object.keys(json[0].diagnostics[0]), ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'fixable']);
    assert.deepEqual(json[0].diagnostics[0], {
      ruleId: 'agenda-item',
      severity: 'error',
      message: json[0].diagnostics[0].message,
      line: 2,
      column: 1,
      endLine: 2,
      endColumn: 19,
      fixable: true,
    });
    assert.equal(json[0].diagnostics.find((d: { ruleId: string }) => d.ruleId === 'footnote-undefined').fixable, false);
  });

  it('reports bad files in one line each, goes on with the others and exits 2', () => {
    const notUtf8 = join(tmp, 'latin1.unres');
    writeFileSync(notUtf8, Buffer.from([0x54, 0x68, 0x65, 0x20, 0xe9, 0x74, 0xe9, 0x0a]));
    const empty = join(tmp, 'empty.unres');
    writeFileSync(empty, '');
    const binary = join(tmp, 'binary.unres');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    const huge = join(tmp, 'huge.unres');
    writeFileSync(huge, 'x'.repeat(10_000_001));
    const folder = join(tmp, 'folder.unres');
    mkdirSync(folder);
    const good = join(EXAMPLES, 'A-RES-73-331.unres');
    const r = unres('lint', notUtf8, empty, binary, huge, folder, join(tmp, 'missing.unres'), good);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 6, r.stderr);
    assert.match(lines[0], /latin1\.unres: the file is not valid UTF-8/);
    assert.match(lines[1], /empty\.unres: the file is empty/);
    assert.match(lines[2], /binary\.unres: .*binary/);
    assert.match(lines[3], /huge\.unres: the file is 10\.0 MB/);
    assert.match(lines[4], /folder\.unres: is a directory/);
    assert.match(lines[5], /missing\.unres: no such file/);
    assert.ok(!/\bat .*:\d+:\d+\)?$/m.test(r.stderr), 'no stack trace');
  });

  it('reads CRLF files and a BOM with the same columns as LF', () => {
    const text = readFileSync(join(FIXTURES, 'faulty.unres'), 'utf8');
    const crlf = join(tmp, 'crlf.unres');
    writeFileSync(crlf, `\ufeff${text.replace(/\n/g, '\r\n')}`);
    const a = unres('lint', '--format', 'json', join(FIXTURES, 'faulty.unres'));
    const b = unres('lint', '--format', 'json', crlf);
    const strip = (s: string) => JSON.parse(s)[0].diagnostics;
    assert.deepEqual(strip(b.stdout), strip(a.stdout));
  });

  it('answers usage errors with exit 2 and a hint, never a stack trace', () => {
    for (const args of [[], ['frobnicate'], ['lint'], ['lint', '--format', 'xml', 'a.unres'], ['lint', '--bogus', 'a.unres']]) {
      const r = unres(...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^unres: .*\nRun `unres --help` for usage\.\n$/);
    }
  });

  it('prints help and version', () => {
    const help = unres('--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: unres lint/);
    const version = unres('--version');
    assert.equal(version.code, 0);
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
  });

  it('starts with a shebang, so that it runs as the `unres` bin', () => {
    assert.ok(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n'));
  });
});
