/** The first CLI's contract (issue 2), kept: the text and JSON shapes, exit codes, bad input, CRLF and BOM. */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, EXAMPLES, ROOT, unres } from './helpers';

const FAULTY = join(ROOT, 'test/fixtures/faulty.unres');

describe('unres lint (the command line)', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'unres-cli-'));

  it('is silent and exits 0 on the example drafts, in every format that prints nothing when clean', () => {
    for (const format of ['stylish', 'text', 'github']) {
      const r = unres(['lint', '--format', format, join(EXAMPLES, 'A-RES-73-331.unres'), join(EXAMPLES, 'A-73-L.103.unres')]);
      assert.deepEqual(r, { code: 0, stdout: '', stderr: '' }, format);
    }
  });

  it('--format text prints file:line:col severity message (rule-id) and exits 1 on error-level problems', () => {
    const r = unres(['lint', '--format', 'text', FAULTY]);
    assert.equal(r.code, 1);
    const lines = r.stdout.trim().split('\n');
    assert.deepEqual(lines.map((l) => /^(.*):(\d+):(\d+) (\w+) .* \(([a-z-]+)\)$/.exec(l)!.slice(1).join(' ')), [
      `${FAULTY} 2 1 error agenda-item`,
      `${FAULTY} 14 1 warning opener-italics`,
      `${FAULTY} 16 93 error preamble-punctuation`,
      `${FAULTY} 20 189 error footnote-undefined`,
      `${FAULTY} 22 1 error operative-numbering`,
    ]);
  });

  it('the default format (stylish) groups the same problems under the file name, with a summary', () => {
    const r = unres(['lint', FAULTY]);
    assert.equal(r.code, 1);
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], FAULTY);
    assert.deepEqual(
      lines.slice(1, 6).map((l) => /^ {2}(\d+:\d+) +(\w+) +.+ {2}([a-z-]+)$/.exec(l)!.slice(1).join(' ')),
      ['2:1 error agenda-item', '14:1 warning opener-italics', '16:93 error preamble-punctuation', '20:189 error footnote-undefined', '22:1 error operative-numbering'],
    );
    assert.match(r.stdout, /\n✖ 5 problems \(4 errors, 1 warning\)\n {2}4 problems can be fixed with `unres lint --fix`\.\n$/);
    assert.ok(!r.stdout.includes('\u001b['), 'no colours when standard output is not a terminal');
  });

  it('exits 0 when only warnings are found', () => {
    const file = join(tmp, 'warn.unres');
    writeFileSync(file, 'The General Assembly,\n\n_Recalling_ its resolution,\n\nNoting the report,\n\n_Welcoming_ the progress,\n\n1. _Decides_ to continue.\n');
    const r = unres(['lint', '--format', 'text', file]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /warning .*\(opener-italics\)/);
  });

  it('prints the JSON shape with 1-based lines and columns', () => {
    const r = unres(['lint', '--format', 'json', FAULTY]);
    assert.equal(r.code, 1);
    const json = JSON.parse(r.stdout);
    assert.equal(json.length, 1);
    assert.equal(json[0].file, FAULTY);
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

  it('reports bad files in one line each, in argument order, goes on with the others and exits 2', () => {
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
    const r = unres(['lint', notUtf8, empty, binary, huge, folder, join(tmp, 'missing.unres'), good]);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 6, r.stderr);
    assert.match(lines[0], /latin1\.unres: the file is not valid UTF-8/);
    assert.match(lines[1], /empty\.unres: the file is empty/);
    assert.match(lines[2], /binary\.unres: .*binary/);
    assert.match(lines[3], /huge\.unres: the file is 10\.0 MB/);
    assert.match(lines[4], /folder\.unres: is a folder with no \.unres files below it/);
    assert.match(lines[5], /missing\.unres: no such file/);
    assert.ok(!/\bat .*:\d+:\d+\)?$/m.test(r.stderr), 'no stack trace');
  });

  it('never hangs or crashes on a device, a named pipe or a link to one, as a draft or a configuration', () => {
    const dir = join(tmp, 'devices');
    mkdirSync(join(dir, 'walk'), { recursive: true });
    const mkfifo = (f: string) => assert.equal(spawnSync('mkfifo', [f]).status, 0, `mkfifo ${f}`);
    // Named as a draft: /dev/zero never ends; it is refused at the size limit.
    symlinkSync('/dev/zero', join(dir, 'zero.unres'));
    const zero = unres(['lint', join(dir, 'zero.unres')]);
    assert.equal(zero.code, 2, zero.stderr);
    assert.match(zero.stderr, /^.*zero\.unres: it gave more than 10 MB without ending \(a device or a stream\?\); drafts larger than 10 MB are not linted\n$/);
    // Found by a folder walk: only regular files are drafts (a pipe would wait for a writer).
    symlinkSync('/dev/zero', join(dir, 'walk/zero.unres'));
    mkfifo(join(dir, 'walk/pipe.unres'));
    writeFileSync(join(dir, 'walk/good.unres'), readFileSync(join(EXAMPLES, 'A-RES-73-331.unres')));
    const walk = unres(['lint', '--format', 'json', join(dir, 'walk')]);
    assert.equal(walk.code, 0, walk.stderr);
    assert.deepEqual(JSON.parse(walk.stdout).map((f: { file: string }) => f.file.replace(/.*\//, '')), ['good.unres']);
    // A pipe named on purpose (a shell's `<(…)`) is read like a file.
    const piped = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" lint --format json <(cat "${join(EXAMPLES, 'A-RES-73-331.unres')}")`], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(piped.status, 0, piped.stderr);
    assert.equal(JSON.parse(piped.stdout).length, 1);
    // A pipe whose writer comes after the reader opened it: read when the writer writes.
    mkfifo(join(dir, 'late.unres'));
    const writer = spawn('sh', ['-c', `sleep 0.5; cat "${join(EXAMPLES, 'A-RES-73-331.unres')}" > "${join(dir, 'late.unres')}"`]);
    const late = unres(['lint', '--format', 'json', join(dir, 'late.unres')]);
    writer.kill();
    assert.equal(late.code, 0, late.stderr);
    assert.deepEqual(JSON.parse(late.stdout).map((f: { diagnostics: unknown[] }) => f.diagnostics.length), [0]);
    // A configuration that is a link to a device, or extends a pipe: exit 2, one line, at once.
    mkdirSync(join(dir, 'config-zero'));
    symlinkSync('/dev/zero', join(dir, 'config-zero/.unresrc.json'));
    writeFileSync(join(dir, 'config-zero/a.unres'), readFileSync(join(EXAMPLES, 'A-RES-73-331.unres')));
    mkdirSync(join(dir, 'config-pipe'));
    mkfifo(join(dir, 'config-pipe/base.json'));
    writeFileSync(join(dir, 'config-pipe/.unresrc.json'), '{ "extends": "./base.json" }');
    writeFileSync(join(dir, 'config-pipe/b.unres'), readFileSync(join(EXAMPLES, 'A-RES-73-331.unres')));
    for (const [draft, pattern] of [
      ['config-zero/a.unres', /\.unresrc\.json\b.*not a regular file/],
      ['config-pipe/b.unres', /base\.json\b.*not a regular file/],
    ] as const) {
      const r = unres(['lint', join(dir, draft)]);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, pattern);
      assert.ok(!/\bat .*:\d+:\d+\)?$/m.test(r.stderr), 'no stack trace');
    }
  });

  it('reads CRLF files and a BOM with the same columns as LF', () => {
    const text = readFileSync(FAULTY, 'utf8');
    const crlf = join(tmp, 'crlf.unres');
    writeFileSync(crlf, `\ufeff${text.replace(/\n/g, '\r\n')}`);
    const a = unres(['lint', '--format', 'json', FAULTY]);
    const b = unres(['lint', '--format', 'json', crlf]);
    const strip = (s: string) => JSON.parse(s)[0].diagnostics;
    assert.deepEqual(strip(b.stdout), strip(a.stdout));
  });

  it('answers usage errors with exit 2 and one line that says what to do, never a stack trace', () => {
    const cases = [
      [],
      ['frobnicate'],
      ['lint'],
      ['lint', '--format', 'xml', 'a.unres'],
      ['lint', '--bogus', 'a.unres'],
      ['lint', '--format'],
      ['lint', '--profile', 'unsc', 'a.unres'],
      ['lint', '--rule', 'agenda-item', 'a.unres'],
      ['lint', '--rule', 'agenda-items=off', 'a.unres'],
      ['lint', '--rule', 'agenda-item=warn', 'a.unres'],
      ['lint', '--max-warnings', 'many', 'a.unres'],
      ['lint', '--fix', '--fix-dry-run', 'a.unres'],
      ['lint', '--fix', '-'],
      ['lint', '--config', 'x.json', '--no-config', 'a.unres'],
      ['lint', '--stdin-filename', 'x.unres', 'a.unres'],
      ['lint', '--fix-dry-run', '--format', 'json', 'a.unres'],
      ['lint', '--list-rules', '--format', 'sarif'],
      ['lint', '--print-config', 'a.unres', 'b.unres'],
      ['--quiet', 'a.unres'],
      ['lint', '--quiet=yes', 'a.unres'],
      ['lint', ''],
      ['lint', '--rule', '=off', 'a.unres'],
      ['lint', '--config', '', 'a.unres'],
      ['lint', '--stdin-filename', '', '-'],
      ['lint', '--max-warnings', '-x', 'a.unres'],
      ['-V'],
      ['--bogus', 'a.unres'],
      ['lint', '--print-config', 'a.unres', '--fix'],
      ['lint', '--list-rules', '--quiet'],
      // Found by a review: a second value of a one-value option took over silently, and --list-rules ignored the settings options.
      ['lint', '-o', 'a.txt', '--output', 'b.txt', 'a.unres'],
      ['lint', '--format', 'json', '-f=sarif', 'a.unres'],
      ['lint', '--profile', 'sc', '--profile', 'ga', 'a.unres'],
      ['lint', '--max-warnings', '0', '--max-warnings', '3', 'a.unres'],
      ['--list-rules', '--config', 'nope.json'],
      ['--list-rules', '--profile', 'sc'],
      ['--list-rules', '--rule', 'agenda-item=off'],
      ['--list-rules', '--no-config'],
    ];
    for (const args of cases) {
      const r = unres(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^unres: [^\n]+; `unres --help` lists the options\n$/, args.join(' '));
      assert.equal(r.stdout, '', args.join(' '));
    }
  });

  it('names both values of an option given twice, and what --list-rules would ignore', () => {
    assert.equal(unres(['lint', '-o', 'a.txt', '-o', 'b.txt', 'a.unres']).stderr, 'unres: --output is given twice ("a.txt", then "b.txt"); keep one; `unres --help` lists the options\n');
    assert.match(unres(['--list-rules', '--profile', 'sc']).stderr, /--list-rules lists every rule with its default severity, so --profile would change nothing; leave it out/);
    // --rule may be repeated, and --print-config takes the settings options.
    assert.equal(unres(['lint', '--rule', 'agenda-item=off', '--rule', 'opener-italics=off', '--format', 'json', join(EXAMPLES, 'A-RES-73-331.unres')]).code, 0);
    assert.equal(unres(['--print-config', join(EXAMPLES, 'A-RES-73-331.unres'), '--profile', 'sc', '--rule', 'agenda-item=off']).code, 0);
  });

  it('suggests the nearest name for a misspelt format, profile, rule or severity', () => {
    assert.match(unres(['lint', '--format', 'sarf', 'a.unres']).stderr, /did you mean "sarif"\?/);
    assert.match(unres(['lint', '--profile', 'ecosc', 'a.unres']).stderr, /did you mean "ecosoc"\?/);
    assert.match(unres(['lint', '--rule', 'agenda-items=off', 'a.unres']).stderr, /did you mean "agenda-item"\?/);
    assert.match(unres(['lint', '--rule', 'agenda-item=warn', 'a.unres']).stderr, /did you mean "warning"\?/);
    assert.match(unres(['lint', '--max-warning', '3', 'a.unres']).stderr, /did you mean "--max-warnings"\?/);
  });

  it('prints help and version', () => {
    const help = unres(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: unres lint/);
    for (const option of ['--format', '--output', '--config', '--no-config', '--profile', '--rule', '--fix', '--fix-dry-run', '--max-warnings', '--quiet', '--stdin-filename', '--print-config', '--list-rules']) {
      assert.ok(help.stdout.includes(option), option);
    }
    const version = unres(['--version']);
    assert.equal(version.code, 0);
    assert.equal(version.stdout, `${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);
  });

  it('starts with a shebang, so that it runs as the `unres` bin', () => {
    assert.ok(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n'));
  });
});
