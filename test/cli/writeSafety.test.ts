/**
 * Defects of a review of what `unres lint` and `unres export` write, each with the behaviour that
 * replaced it: --fix on a named pipe or a shell's `<(…)`, --fix-dry-run diffs of files with a
 * byte-order mark and of names Git quotes, --output through a hard link or over standard input's
 * file, and export onto a folder.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, linkSync, mkdirSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffPath } from '../../server/src/cli/diff';
import { CLI, EXAMPLES, assertGolden, onlyRules, tree, unres, unresInProcess } from './helpers';

/** The draft of the review's reproductions: three fixes (the agenda line, two openers in italics). */
const FIXME = 'Seventy-third session\nAgenda Item 128(t)\n\nThe General Assembly,\n\nRecalling its resolution 59/50 of 2 December 2004,\n\n1. Decides to remain seized of the matter.\n';
const BOM = '\ufeff';
const ONLY = onlyRules(['agenda-item', 'opener-italics', 'preamble-punctuation', 'footnote-undefined', 'operative-numbering']);
const GOOD = readFileSync(join(EXAMPLES, 'A-RES-73-331.unres'), 'utf8');

/** One line on standard error, starting with `unres: `. */
function oneLine(stderr: string): string {
  assert.match(stderr, /^unres: [^\n]*\n$/, `not one line: ${JSON.stringify(stderr)}`);
  return stderr;
}

/** Runs a command and fails the test with its standard error unless it exits 0. */
function ok(command: string, args: readonly string[], cwd: string): string {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 30_000 });
  assert.equal(r.status, 0, `${command} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** A git repository holding `files`, committed. */
function repo(files: Record<string, string>): string {
  const dir = tree({ '.unresrc.json': ONLY, ...files }, 'unres-git-');
  ok('git', ['init', '-q', '.'], dir);
  ok('git', ['add', '-A'], dir);
  ok('git', ['-c', 'user.name=unres', '-c', 'user.email=unres@example.org', '-c', 'commit.gpgsign=false', 'commit', '-qm', 'drafts'], dir);
  return dir;
}

describe('unres lint and export: what they write (review)', () => {
  describe('1: --fix refuses what is not a regular file, before reading it', () => {
    it('a named pipe: one line, exit 2, at once (it used to hang writing back into the pipe)', function () {
      if (process.platform === 'win32') this.skip();
      const dir = tree({ '.unresrc.json': ONLY, 'fixme.unres': FIXME });
      assert.equal(spawnSync('mkfifo', [join(dir, 'ff')]).status, 0, 'mkfifo');
      const writer = spawn('sh', ['-c', 'cat fixme.unres > ff'], { cwd: dir });
      try {
        const r = spawnSync(process.execPath, [CLI, 'lint', '--fix', 'ff'], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
        assert.equal(r.error, undefined, 'the CLI hung');
        assert.equal(r.status, 2, r.stderr);
        assert.equal(r.stdout, '');
        assert.equal(oneLine(r.stderr), "unres: --fix cannot write the fixes back to ff, which is a named pipe (or a shell's <(…)); use --fix-dry-run to see the changes as a diff\n");
      } finally {
        writer.kill();
      }
    });

    it("a shell's <(…): exit 2 instead of reporting fixes that were thrown away; without --fix it is linted", function () {
      if (process.platform === 'win32') this.skip();
      const dir = tree({ '.unresrc.json': ONLY, 'fixme.unres': FIXME });
      const bash = (args: string) => spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" lint --config .unresrc.json ${args} <(cat fixme.unres)`], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
      const fix = bash('--fix --format json');
      assert.equal(fix.status, 2, fix.stderr);
      assert.equal(fix.stdout, '');
      assert.match(oneLine(fix.stderr), /^unres: --fix cannot write the fixes back to \/dev\/fd\/\d+, which is a named pipe .*; use --fix-dry-run/);
      const lint = bash('--format json');
      assert.equal(lint.status, 1, lint.stderr);
      assert.deepEqual(JSON.parse(lint.stdout)[0].diagnostics.map((d: { ruleId: string }) => d.ruleId), ['agenda-item', 'opener-italics', 'opener-italics']);
      const dry = bash('--fix-dry-run');
      assert.equal(dry.status, 0, dry.stderr);
      assert.match(dry.stdout, /^-Agenda Item 128\(t\)\n\+Agenda item 128 \(t\)\n/m);
    });

    it('a device, even beside regular files: nothing is fixed, exit 2', function () {
      if (process.platform === 'win32') this.skip();
      const dir = tree({ '.unresrc.json': ONLY, 'fixme.unres': FIXME });
      symlinkSync('/dev/zero', join(dir, 'zero.unres'));
      const r = unresInProcess(['lint', '--fix', 'fixme.unres', 'zero.unres'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.equal(oneLine(r.stderr), 'unres: --fix cannot write the fixes back to zero.unres, which is a device; use --fix-dry-run to see the changes as a diff\n');
      assert.equal(readFileSync(join(dir, 'fixme.unres'), 'utf8'), FIXME, 'the regular file is not fixed either');
    });
  });

  describe('2 and 3: --fix-dry-run diffs apply with `git apply` and `patch`', () => {
    const files = {
      'bom.unres': `${BOM}${FIXME}`,
      'bomcrlf.unres': `${BOM}${FIXME.replace(/\n/g, '\r\n')}`,
      'tab\tx.unres': FIXME,
      'quote"back\\slash.unres': FIXME,
      'with space.unres': FIXME,
    };

    it('the golden diff: the byte-order mark on line 1 of both sides, names quoted as Git quotes them', () => {
      const dir = tree({ '.unresrc.json': ONLY, ...files });
      const r = unres(['lint', '--fix-dry-run', '.'], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stderr, '');
      assertGolden('fix-dry-run-bom-names.txt', `$ unres lint --fix-dry-run . (bom.unres, bomcrlf.unres, tab\\tx.unres, quote"back\\slash.unres, with space.unres)\nexit ${r.code}\n--- stdout\n${r.stdout}`);
    });

    it('git apply --check accepts the diff of BOM, BOM+CRLF, a stray CR, CR-only line ends and oddly named files; applying it gives the --fix result', () => {
      const crlf = FIXME.replace(/\n/g, '\r\n');
      const all = { ...files, 'straycr.unres': crlf.replace('The General Assembly,\r\n', 'The General Assembly,\r\r\n'), 'cronly.unres': FIXME.replace(/\n/g, '\r') };
      const dir = repo(all);
      const dry = unres(['lint', '--fix-dry-run', '.'], { cwd: dir });
      assert.equal(dry.code, 0, dry.stderr);
      assert.match(dry.stdout, /^--- a\/bom\.unres\n\+\+\+ b\/bom\.unres\n@@ -1,8 \+1,8 @@\n \ufeffSeventy-third session\n/);
      assert.match(dry.stdout, /\n--- "a\/tab\\tx\.unres"\n\+\+\+ "b\/tab\\tx\.unres"\n/);
      // The patch lies outside the repository; a copy is fixed with --fix to compare.
      const patch = join(tree({}), 'fixes.patch');
      writeFileSync(patch, dry.stdout);
      cpSync(dir, `${dir}-fixed`, { recursive: true });
      ok('git', ['apply', '--check', patch], dir);
      ok('patch', ['-p1', '--dry-run', '-i', patch], dir);
      ok('git', ['apply', patch], dir);
      const fixed = unres(['lint', '--fix', '.'], { cwd: `${dir}-fixed` });
      assert.equal(fixed.code, 0, fixed.stderr);
      for (const name of Object.keys(all)) assert.equal(readFileSync(join(dir, name), 'utf8'), readFileSync(join(`${dir}-fixed`, name), 'utf8'), name);
      assert.notEqual(readFileSync(join(dir, 'straycr.unres'), 'utf8'), all['straycr.unres'], 'the stray-CR draft was fixed');
      assert.notEqual(readFileSync(join(dir, 'cronly.unres'), 'utf8'), all['cronly.unres'], 'the CR-only draft was fixed');
      assert.ok(readFileSync(join(dir, 'bomcrlf.unres'), 'utf8').startsWith(`${BOM}Seventy-third session\r\nAgenda item 128 (t)\r\n`));
    });

    it('diffPath quotes as git quote_c_style does, and only when needed', () => {
      assert.equal(diffPath('a/', 'plain/x.unres'), 'a/plain/x.unres');
      assert.equal(diffPath('a/', 'résolution.unres'), 'a/résolution.unres', 'non-ASCII as with core.quotePath=false');
      assert.equal(diffPath('a/', 'my draft.unres'), 'a/my draft.unres\t', 'a tab ends a name with spaces, as Git writes it');
      assert.equal(diffPath('b/', 'tab\tx.unres'), '"b/tab\\tx.unres"');
      assert.equal(diffPath('a/', 'q"b\\s\n\r\u0007\b\v\f\u0001\u007f.unres'), '"a/q\\"b\\\\s\\n\\r\\a\\b\\v\\f\\001\\177.unres"');
    });
  });

  describe('4: --output never overwrites an input file, by any name', () => {
    it('a hard link to a draft is refused, the draft untouched', () => {
      const dir = tree({ '.unresrc.json': ONLY, 'o.unres': FIXME, 'sub/p.unres': FIXME });
      linkSync(join(dir, 'o.unres'), join(dir, 'hl.txt'));
      linkSync(join(dir, 'sub/p.unres'), join(dir, 'hl2.txt'));
      for (const [out, ...targets] of [['hl.txt', 'o.unres'], ['hl2.txt', 'sub'], ['hl.txt', '*.unres']]) {
        const r = unresInProcess(['lint', '-o', out, ...targets], { cwd: dir });
        assert.equal(r.code, 2, `-o ${out} ${targets.join(' ')}`);
        assert.match(oneLine(r.stderr), /^unres: --output hl2?\.txt is the draft (o\.unres|sub\/p\.unres), which the report would overwrite; write the report to another file\n$/);
      }
      assert.equal(readFileSync(join(dir, 'o.unres'), 'utf8'), FIXME);
      assert.equal(readFileSync(join(dir, 'sub/p.unres'), 'utf8'), FIXME);
    });

    it("--stdin-filename's file is an input: refused as --output; another --output is written", () => {
      const dir = tree({ '.unresrc.json': ONLY, 'o.unres': FIXME });
      const r = unresInProcess(['lint', '-', '--stdin-filename', 'o.unres', '-o', 'o.unres'], { cwd: dir, stdin: FIXME });
      assert.equal(r.code, 2);
      assert.equal(oneLine(r.stderr), 'unres: --output o.unres is the draft o.unres, which the report would overwrite; write the report to another file\n');
      assert.equal(readFileSync(join(dir, 'o.unres'), 'utf8'), FIXME);
      const other = unresInProcess(['lint', '-', '--stdin-filename', 'o.unres', '-o', 'report.txt'], { cwd: dir, stdin: FIXME });
      assert.equal(other.code, 1, other.stderr);
      assert.match(readFileSync(join(dir, 'report.txt'), 'utf8'), /^o\.unres\n/);
    });

    it('the file standard input is redirected from is refused as --output', function () {
      if (process.platform === 'win32') this.skip();
      const dir = tree({ '.unresrc.json': ONLY, 'o.unres': FIXME });
      const fd = openSync(join(dir, 'o.unres'), 'r');
      try {
        const r = spawnSync(process.execPath, [CLI, 'lint', '-', '-o', 'o.unres'], { cwd: dir, stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8', timeout: 20_000 });
        assert.equal(r.status, 2);
        assert.equal(oneLine(r.stderr), 'unres: --output o.unres is the draft standard input is read from, which the report would overwrite; write the report to another file\n');
      } finally {
        closeSync(fd);
      }
      assert.equal(readFileSync(join(dir, 'o.unres'), 'utf8'), FIXME);
    });
  });

  describe('5: export onto a folder', () => {
    it('says at once that it is a folder (--force would not help); a link to a folder still asks for --force', () => {
      const dir = tree({ 'good.unres': GOOD });
      mkdirSync(join(dir, 'existing-dir'));
      symlinkSync(join(dir, 'existing-dir'), join(dir, 'link-dir'));
      for (const force of [[], ['--force']]) {
        const r = unres(['export', '--to', 'html', 'good.unres', '-o', 'existing-dir', ...force], { cwd: dir });
        assert.equal(r.code, 2, force.join(' '));
        assert.equal(oneLine(r.stderr), 'unres: existing-dir: is a directory; name a file\n');
      }
      const link = unres(['export', '--to', 'html', 'good.unres', '-o', 'link-dir'], { cwd: dir });
      assert.equal(link.code, 2);
      assert.equal(oneLine(link.stderr), 'unres: link-dir: the file exists; use --force to overwrite it\n');
      assert.ok(existsSync(join(dir, 'existing-dir')));
    });
  });
});
