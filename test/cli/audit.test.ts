/**
 * Defects of `unres lint` found by an audit, each with the behaviour that replaced it: output paths
 * below /proc, empty arguments, --version and --help anywhere, FORCE_COLOR and TERM=dumb,
 * --max-warnings -1, --rule suggestions, --config and --stdin-filename values, control characters
 * in messages, UTF-16 drafts, one-line usage errors, a report over a linted draft, a folder as
 * standard input.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeControls } from '../../server/src/cli/report';
import { CLI, ROOT, onlyRules, tree, unres, unresInProcess } from './helpers';

const FAULTY_TEXT = readFileSync(join(ROOT, 'test/fixtures/faulty.unres'), 'utf8');
/** A draft with one warning (opener-italics) under ONLY. */
const WARN_ONLY = 'The General Assembly,\n\n_Recalling_ its resolution,\n\nNoting the report,\n\n_Welcoming_ the progress,\n\n1. _Decides_ to continue;\n\n2. _Requests_ a report.\n';
const ONLY = onlyRules(['agenda-item', 'opener-italics', 'preamble-punctuation', 'footnote-undefined', 'operative-numbering']);
const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;

/** One line on standard error, starting with `unres: `. */
function oneLine(stderr: string): string {
  assert.match(stderr, /^unres: [^\n]*\n$/, `not one line: ${JSON.stringify(stderr)}`);
  return stderr;
}

describe('unres lint: defects of the audit', () => {
  const root = tree({ '.unresrc.json': ONLY, 'faulty.unres': FAULTY_TEXT, 'warn.unres': WARN_ONLY, 'folder/x.txt': 'x' });
  const lint = (args: string[], options: { tty?: boolean; env?: Record<string, string>; stdin?: string | Buffer } = {}) => unresInProcess(['lint', ...args], { cwd: root, ...options });

  it('A: an --output path whose missing folder is below /proc fails in one line (exit 2) instead of hanging', function () {
    if (process.platform !== 'linux') this.skip();
    const r = spawnSync(process.execPath, [CLI, 'lint', '-o', '/proc/nope/deeper/x.txt', 'faulty.unres'], { cwd: root, encoding: 'utf8', timeout: 20_000 });
    assert.equal(r.error, undefined, 'the CLI hung');
    assert.equal(r.status, 2);
    assert.match(oneLine(r.stderr), /^unres: \/proc\/nope\/deeper\/x\.txt: cannot write the report: its folder does not exist and cannot be made there \(ENOENT\); choose another --output path\n$/);
  });

  it('A: --output still creates every missing folder', () => {
    const r = lint(['--format', 'json', '-o', 'made/one/two/r.json', 'warn.unres']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(readFileSync(join(root, 'made/one/two/r.json'), 'utf8')).length, 1);
  });

  it('B: an empty argument is a usage error, not the whole folder', () => {
    const r = lint(['--format', 'json', '']);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(oneLine(r.stderr), /empty file name.*pass the drafts to lint/);
    assert.equal(lint(['warn.unres', '']).code, 2);
    assert.equal(lint(['--', '']).code, 2, 'after -- too');
  });

  it('C: --version, -v, --help and -h work in any position; no option is suggested for itself', () => {
    for (const args of [['--version'], ['warn.unres', '-v'], ['-v', 'warn.unres'], ['--format', 'json', '--version']]) {
      const r = lint(args);
      assert.equal(r.code, 0, args.join(' '));
      assert.equal(r.stdout, `${VERSION}\n`, args.join(' '));
    }
    for (const args of [['warn.unres', '-h'], ['--help', 'warn.unres']]) {
      const r = lint(args);
      assert.equal(r.code, 0, args.join(' '));
      assert.match(r.stdout, /^Usage: unres lint/);
    }
    const withValue = lint(['--version=yes', 'warn.unres']);
    assert.equal(withValue.code, 2);
    assert.doesNotMatch(withValue.stderr, /did you mean "--version"/);
    const afterDashes = lint(['--', '-v']);
    assert.equal(afterDashes.code, 2, 'after -- it is a file name');
    assert.match(afterDashes.stderr, /^unres: -v: no such file/);
  });

  it('D: FORCE_COLOR forces colours on or off; TERM=dumb has none; NO_COLOR (non-empty) and --no-color win', () => {
    const ansi = (args: string[], tty: boolean, env: Record<string, string>) => lint([...args, 'faulty.unres'], { tty, env }).stdout.includes('\u001b[');
    for (const v of ['1', '2', '3', 'true', '']) assert.ok(ansi([], false, { FORCE_COLOR: v }), `FORCE_COLOR=${v} piped`);
    for (const v of ['0', 'false']) assert.ok(!ansi([], true, { FORCE_COLOR: v }), `FORCE_COLOR=${v} on a terminal`);
    assert.ok(!ansi([], false, { FORCE_COLOR: '1', NO_COLOR: '1' }), 'NO_COLOR wins over FORCE_COLOR');
    assert.ok(!ansi(['--no-color'], false, { FORCE_COLOR: '1' }), '--no-color wins over FORCE_COLOR');
    assert.ok(ansi(['--color'], false, { FORCE_COLOR: '0' }), '--color wins over FORCE_COLOR=0');
    assert.ok(!ansi([], true, { TERM: 'dumb' }), 'TERM=dumb');
    assert.ok(ansi(['--color'], true, { TERM: 'dumb' }), '--color on a dumb terminal');
    assert.ok(ansi([], true, { TERM: 'xterm-256color' }));
    assert.ok(ansi([], true, { NO_COLOR: '' }), 'an empty NO_COLOR is not set (no-color.org)');
  });

  it('E: --max-warnings -1 (any negative number) means no limit', () => {
    assert.equal(lint(['--max-warnings', '0', 'warn.unres']).code, 1);
    for (const args of [['--max-warnings', '-1'], ['--max-warnings=-1'], ['--max-warnings', '-7']]) {
      const r = lint([...args, 'warn.unres']);
      assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
    }
    assert.equal(lint(['--max-warnings', '-1', 'faulty.unres']).code, 1, 'errors still fail');
    assert.match(oneLine(lint(['--max-warnings', '-x', 'warn.unres']).stderr), /--max-warnings needs a number/);
  });

  it('messages that said the wrong thing (found by a review): "extends" naming a folder, --max-warnings past its limit', () => {
    const dir = tree({ 'x.unres': readFileSync(join(root, 'warn.unres'), 'utf8'), '.unresrc.json': '{ "extends": "." }\n' });
    const r = unresInProcess(['lint', 'x.unres'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, `unres: .unresrc.json:1:14: cannot read "${dir}": it is a folder, not a file; fix the path in "extends" (it is relative to this file)\n`);
    const big = lint(['--max-warnings', '1000000000', 'warn.unres']);
    assert.equal(big.code, 2);
    assert.equal(big.stderr, 'unres: --max-warnings takes at most 999999999 warnings, not 1000000000; use -1 for no limit; `unres --help` lists the options\n');
  });

  it('a file whose name is not UTF-8, found by a walk: the message says so, not "no such file" (found by a review)', () => {
    const dir = tree({});
    // The name's bytes: "bad", 0xFF (never UTF-8), "name.unres".
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/bad`), Buffer.from([0xff]), Buffer.from('name.unres')]), readFileSync(join(root, 'warn.unres')));
    const r = unresInProcess(['lint', '.'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'unres: bad\ufffdname.unres: cannot be opened: its name is not valid UTF-8 (shown with \ufffd); rename the file\n');
  });

  it('a value that starts with a dash: the message says to write it with = (found by a review)', () => {
    const r = lint(['--stdin-filename', '-x.unres', '-']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'unres: --stdin-filename needs a file name, e.g. --stdin-filename draft.unres; -x.unres is read as an option (for a value that starts with -, write --stdin-filename=-x.unres); `unres --help` lists the options\n');
    const named = lint(['--format', 'json', '--stdin-filename=-x.unres', '-'], { stdin: readFileSync(join(root, 'warn.unres')) });
    assert.notEqual(named.code, 2, named.stderr);
    assert.equal(JSON.parse(named.stdout)[0].file, '-x.unres');
  });

  it('F: --rule ID:SEVERITY suggests ID=SEVERITY; --rule =off says the rule id is missing', () => {
    assert.match(oneLine(lint(['--rule', 'agenda-item:off', 'warn.unres']).stderr), /e\.g\. --rule agenda-item=off, not "agenda-item:off"/);
    assert.match(lint(['--rule', 'agenda-item:warning', 'warn.unres']).stderr, /e\.g\. --rule agenda-item=warning,/);
    const missing = lint(['--rule', '=off', 'warn.unres']);
    assert.equal(missing.code, 2);
    assert.match(oneLine(missing.stderr), /the rule id is missing/);
    assert.doesNotMatch(missing.stderr, /unknown rule ""/);
  });

  it('G: --config "" and --config FOLDER ask for a JSON file; --stdin-filename "" is refused', () => {
    const empty = lint(['-c', '', 'warn.unres']);
    assert.equal(empty.code, 2);
    assert.match(oneLine(empty.stderr), /-c was given an empty value.*a JSON configuration file/);
    const folder = lint(['--config', 'folder', 'warn.unres']);
    assert.equal(folder.code, 2);
    assert.match(oneLine(folder.stderr), /folder.*--config takes a JSON file, e\.g\. --config folder\/\.unresrc\.json/);
    assert.doesNotMatch(folder.stderr, /rename or remove/);
    const stdin = lint(['--stdin-filename', '', '-'], { stdin: WARN_ONLY });
    assert.equal(stdin.code, 2);
    assert.equal(stdin.stdout, '');
    assert.match(oneLine(stdin.stderr), /--stdin-filename was given an empty value/);
  });

  it('H: control characters quoted from a file are escaped in messages', () => {
    const dir = tree({ '.unresrc.json': Buffer.from('{"rules":\u0000\u0001\u001b[31m}'), 'a.unres': WARN_ONLY });
    const r = unresInProcess(['lint', 'a.unres'], { cwd: dir });
    assert.equal(r.code, 2);
    oneLine(r.stderr);
    // eslint-disable-next-line no-control-regex -- what must not be printed
    assert.doesNotMatch(r.stderr, /[\u0000-\u0008\u000b-\u001f\u007f]/);
    assert.match(r.stderr, /\\u0000/);
    assert.equal(escapeControls('a\u0000b\u001b[31m\u009bc\td'), 'a\\u0000b\\u001b[31m\\u009bc\td');
    assert.equal(escapeControls('plain “text” é'), 'plain “text” é');
  });

  it('I: a UTF-16 draft is named as such, with what to do', () => {
    const text = 'The General Assembly,\n\n1. _Decides_ to act.\n';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    const dir = tree({
      'le-bom.unres': Buffer.concat([Buffer.from([0xff, 0xfe]), le]),
      'be-bom.unres': Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
      'le.unres': le,
      'be.unres': be,
      'binary.unres': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x03]),
      // A Word document given to lint (its zip header, then binary bytes).
      'draft.docx': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]),
    });
    const r = unresInProcess(['lint', 'le-bom.unres', 'be-bom.unres', 'le.unres', 'be.unres', 'binary.unres', 'draft.docx'], { cwd: dir });
    assert.equal(r.code, 2);
    const lines = r.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 6, r.stderr);
    for (const line of lines.slice(0, 4)) assert.match(line, /: the file is UTF-16; save it as UTF-8$/);
    assert.match(lines[4], /binary\.unres: .*binary/);
    assert.match(lines[5], /draft\.docx: the file is a zip archive \(a Word document\?\), not a text draft: turn it into one with `unres import`, then lint the \.unres draft$/);
  });

  it('J: a usage error is one line that says what to do and where the options are', () => {
    const r = lint(['--bogus', 'warn.unres']);
    assert.equal(r.code, 2);
    assert.match(oneLine(r.stderr), /^unres: unknown option "--bogus".*`unres --help`/);
  });

  it('K: --output naming a draft being linted is refused, and the draft is untouched', () => {
    const dir = tree({ '.unresrc.json': ONLY, 'b2.unres': WARN_ONLY, 'sub/c.unres': WARN_ONLY });
    symlinkSync(join(dir, 'b2.unres'), join(dir, 'link.unres'));
    for (const [out, ...files] of [['b2.unres', 'b2.unres'], ['./b2.unres', 'sub', 'b2.unres'], ['link.unres', 'b2.unres'], ['sub/c.unres', '.'], [join(dir, 'b2.unres'), '*.unres']]) {
      const r = unresInProcess(['lint', '-o', out, ...files], { cwd: dir });
      assert.equal(r.code, 2, `-o ${out} ${files.join(' ')}`);
      assert.match(oneLine(r.stderr), /--output .* is the draft .*, which the report would overwrite; write the report to another file/);
    }
    assert.equal(readFileSync(join(dir, 'b2.unres'), 'utf8'), WARN_ONLY);
    assert.equal(readFileSync(join(dir, 'sub/c.unres'), 'utf8'), WARN_ONLY);
    const ok = unresInProcess(['lint', '-o', 'report.txt', 'b2.unres'], { cwd: dir });
    assert.equal(ok.code, 0, ok.stderr);
    assert.ok(existsSync(join(dir, 'report.txt')));
  });

  it('L: a folder as standard input says so and what to do', function () {
    if (process.platform === 'win32') this.skip();
    const fd = openSync(join(root, 'folder'), 'r');
    try {
      const r = spawnSync(process.execPath, [CLI, 'lint', '-'], { cwd: root, stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8', timeout: 20_000 });
      assert.equal(r.status, 2);
      assert.match(oneLine(r.stderr), /^unres: <stdin>: standard input is a folder, not a draft; pass the folder as an argument/);
    } finally {
      closeSync(fd);
    }
  });

  it('usage errors of the child process are one line too', () => {
    const r = unres(['lint', '--format', 'xml', 'a.unres']);
    assert.equal(r.code, 2);
    oneLine(r.stderr);
  });
});
