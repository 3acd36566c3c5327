/**
 * Glob patterns of `unres lint` beyond `*`, `?` and `**`: braces, character classes, `!pattern`
 * negations (in any order), literal paths that look like globs, the limits on patterns picomatch
 * matches, and folders the CLI may not read (really unreadable: as root, the CLI runs as nobody).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, EXAMPLES, tree, unresInProcess } from './helpers';

const CLEAN = readFileSync(join(EXAMPLES, 'A-RES-73-331.unres'), 'utf8');
const NO_MATCH = 'no files match this pattern; check it, and quote it so that the shell does not expand it';

/** Clean drafts at these paths below a new temporary folder. */
function drafts(files: readonly string[]): string {
  return tree(Object.fromEntries(files.map((f) => [f, CLEAN])), 'unres-glob-');
}

/** The files linted (the report's entries without an `error`: a file that could not be linted has one). */
function filesOf(stdout: string): string[] {
  return stdout === '' ? [] : JSON.parse(stdout).filter((r: { error?: string }) => r.error === undefined).map((r: { file: string }) => r.file);
}

describe('unres lint glob patterns', () => {
  const root = drafts([
    'drafts/a.unres',
    'drafts/b.txt',
    'drafts/c [final].unres',
    'drafts/sub/c.unres',
    'drafts/sib/h.unres',
    'drafts/sob/x.unres',
    'drafts/archive/old.unres',
    'drafts/archive/2019/older.unres',
    'drafts/.hidden/e.unres',
    'drafts/sub/.g.unres',
  ]);
  const lint = (...args: string[]) => unresInProcess(['lint', '--format', 'json', ...args], { cwd: root });
  const ok = (...args: string[]): string[] => {
    const r = lint(...args);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    return filesOf(r.stdout);
  };

  it('braces {a,b} and classes [ac] within a segment; wildcards still skip dot-names', () => {
    assert.deepEqual(ok('drafts/{sub,sib}/*.unres'), ['drafts/sib/h.unres', 'drafts/sub/c.unres']);
    assert.deepEqual(ok('drafts/s[iu]b/*.unres'), ['drafts/sib/h.unres', 'drafts/sub/c.unres']);
    assert.deepEqual(ok('drafts/s[!iu]b/*.unres'), ['drafts/sob/x.unres'], 'a negated class');
    assert.deepEqual(ok('drafts/*.{unres,txt}'), ['drafts/a.unres', 'drafts/b.txt', 'drafts/c [final].unres']);
    assert.deepEqual(ok('drafts/{a,b}.*'), ['drafts/a.unres', 'drafts/b.txt']);
    assert.deepEqual(ok('drafts/{sub,.hidden}/[a-z].unres'), ['drafts/.hidden/e.unres', 'drafts/sub/c.unres'], 'a brace alternative that names the dot enters the dot-folder, as the shell expands it; a class skips .g.unres');
    assert.deepEqual(ok('{drafts,nowhere}/*/{c,h}.unres'), ['drafts/sib/h.unres', 'drafts/sub/c.unres'], 'a brace in the first segment walks from the current folder');
    assert.deepEqual(ok('drafts\\s[iu]b\\*.unres'), ['drafts/sib/h.unres', 'drafts/sub/c.unres'], 'Windows separators');
  });

  it('dot-folders and node_modules: entered where a segment names the dot or matches the name, as the shell does (found by a review)', () => {
    const root2 = drafts(['d/.hid/h.unres', 'd/.other/o.unres', 'd/node_modules/p/n.unres', 'd/.dot.unres', 'd/x/x.unres']);
    const run = (...args: string[]) => {
      const r = unresInProcess(['lint', '--format', 'json', ...args], { cwd: root2 });
      return { code: r.code, files: r.code === 2 ? [] : filesOf(r.stdout) };
    };
    assert.deepEqual(run('d/.h*/h.unres').files, ['d/.hid/h.unres'], 'a segment that opens with the dot');
    assert.deepEqual(run('d/.*/*.unres').files, ['d/.hid/h.unres', 'd/.other/o.unres']);
    assert.deepEqual(run('d/{.hid,x}/*.unres').files, ['d/.hid/h.unres', 'd/x/x.unres'], 'a brace alternative');
    assert.deepEqual(run('d/{.hid,*}/*.unres').files, ['d/.hid/h.unres', 'd/x/x.unres'], 'the * of the other alternative does not match .other');
    assert.deepEqual(run('d/{x,{.o*,y}}/*.unres').files, ['d/.other/o.unres', 'd/x/x.unres'], 'a nested brace');
    assert.equal(run('d/*/h.unres').code, 2, '* does not match .hid');
    assert.equal(run('d/[.]hid/h.unres').code, 2, 'nor does a class');
    assert.equal(run('d/*{.hid,x}/h.unres').code, 2, 'nor a brace after a wildcard');
    assert.deepEqual(run('d/*/p/n.unres').files, ['d/node_modules/p/n.unres'], '* matches node_modules');
    assert.deepEqual(run('d/node_*/*/*.unres').files, ['d/node_modules/p/n.unres']);
    assert.deepEqual(run('d/**/*.unres').files, ['d/x/x.unres'], '** enters neither dot-folders nor node_modules, and * skips .dot.unres');
    assert.deepEqual(run('d/**/node_modules/**/*.unres').files, ['d/node_modules/p/n.unres'], 'named, node_modules is entered, and ** goes on below it');
    assert.deepEqual(run('d').files, ['d/x/x.unres'], 'a folder skips both');
  });

  it('ranges {1..12} as the shell expands them, with numbers of more than one digit', () => {
    const numbered = drafts(Array.from({ length: 25 }, (_, i) => `d${i + 1}.unres`));
    const run = (pattern: string) => {
      const r = unresInProcess(['lint', '--format', 'json', pattern], { cwd: numbered });
      assert.equal(r.code, 0, r.stderr);
      return filesOf(r.stdout).map((f) => Number(/d(\d+)\.unres$/.exec(f)![1])).sort((a, b) => a - b);
    };
    assert.deepEqual(run('d{1..10}.unres'), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    assert.deepEqual(run('d{5..15}.unres'), [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    assert.deepEqual(run('d{1..25..12}.unres'), [1, 13, 25]);
    const r = unresInProcess(['lint', 'd{a..c,x}.unres'], { cwd: numbered });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'unres: d{a..c,x}.unres: a brace may hold a range (`{1..12}`) or a list (`{a,b}`), not both; write the range as a list, or one pattern for each\n');
  });

  it('a path that exists is a path, even when its name holds [ or {', () => {
    assert.deepEqual(ok('drafts/c [final].unres'), ['drafts/c [final].unres']);
    const r = lint('drafts/c [nothing].unres');
    assert.equal(r.code, 2);
    assert.equal(r.stderr, `unres: drafts/c [nothing].unres: ${NO_MATCH}\n`);
  });

  it('!pattern excludes what it matches from what the other arguments find, in any order', () => {
    const all = ['drafts/a.unres', 'drafts/c [final].unres', 'drafts/sib/h.unres', 'drafts/sob/x.unres', 'drafts/sub/c.unres'];
    assert.deepEqual(ok('drafts/**/*.unres', '!drafts/archive/**'), all);
    assert.deepEqual(ok('!drafts/archive/**', 'drafts/**/*.unres'), all, 'a negation before the pattern');
    assert.deepEqual(ok('drafts', '!drafts/archive'), all, 'a folder named without wildcards: everything below it');
    assert.deepEqual(ok('drafts', '!drafts/archive/'), all);
    assert.deepEqual(ok('drafts', '!drafts/archive/*.unres'), [...all.slice(0, 2), 'drafts/archive/2019/older.unres', ...all.slice(2)], '* stays within one folder');
    assert.deepEqual(ok('drafts', '!**/s{i,u}b/**', '!drafts/*.unres'), ['drafts/archive/old.unres', 'drafts/archive/2019/older.unres', 'drafts/sob/x.unres'], 'several negations; braces in a negation');
    assert.deepEqual(ok('drafts/a.unres', 'drafts/sub/c.unres', '!drafts/sub/*'), ['drafts/a.unres'], 'a file named explicitly is excluded too');
    assert.deepEqual(ok(`${root}/drafts/s*/*.unres`, `!${root}/drafts/sub`), [`${root}/drafts/sib/h.unres`, `${root}/drafts/sob/x.unres`], 'absolute patterns');
    // `**` does not match a dot-folder: `!drafts/**` leaves a file below drafts/.hidden that a glob names.
    assert.deepEqual(ok('*/.hidden/*.unres', '!drafts/**'), ['drafts/.hidden/e.unres'], 'a dot-folder named by a glob, under a folder excluded with /**');
  });

  it('a negation that leaves nothing says so in one line (exit 2); the rest is linted', () => {
    const r = lint('drafts/archive', '!drafts/archive/**', 'drafts/a.unres');
    assert.equal(r.code, 2);
    assert.deepEqual(filesOf(r.stdout), ['drafts/a.unres']);
    assert.equal(r.stderr, 'unres: drafts/archive: every file it finds is excluded by !drafts/archive/**; nothing of it is left to lint\n');
    const files = lint('drafts/a.unres', 'drafts/sub/c.unres', '!drafts/**');
    assert.equal(files.code, 2);
    assert.equal(files.stderr, 'unres: !drafts/**: excludes every file the other arguments name; nothing is left to lint\n');
    const only = lint('!drafts/archive/**');
    assert.equal(only.code, 2);
    assert.equal(only.stderr, 'unres: !drafts/archive/**: a pattern starting with ! only excludes files that the other arguments name; name the files, folders or globs to lint too\n');
  });

  it('a pattern that matches nothing, a brace holding /, and a segment too costly to match are one line each (exit 2)', () => {
    const r = lint('drafts/{x,y}/*.unres', 'drafts/{sub/deep,sib}/*.unres', 'drafts/*{a,b}*{c,d}*.unres', '!*{a,b}*{c,d}*', 'drafts/a.unres');
    assert.equal(r.code, 2);
    assert.deepEqual(filesOf(r.stdout), ['drafts/a.unres']);
    assert.deepEqual(r.stderr.trim().split('\n'), [
      `unres: drafts/{x,y}/*.unres: ${NO_MATCH}`,
      'unres: drafts/{sub/deep,sib}/*.unres: a brace or a class may not hold a `/` (in a pattern a `\\` separates folders too; there is no escape character); write one pattern for each folder, or name an existing file as it is',
      'unres: drafts/*{a,b}*{c,d}*.unres: a name pattern with braces or a class may hold at most 3 of `*` and `{` together; split it into several patterns',
      'unres: !*{a,b}*{c,d}*: a name pattern with braces or a class may hold at most 3 of `*` and `{` together; split it into several patterns',
    ]);
  });

  describe('unreadable folders', () => {
    // chmod does not stop root: as root, the bundled CLI runs as nobody (runuser), so that the folder is really unreadable.
    const asRoot = process.getuid?.() === 0;
    // nobody may not reach the checkout (a clone in a folder of mode 700, as mktemp makes): it runs
    // a copy of the bundle from a folder it can read.
    let cli = CLI;
    const run = (cwd: string, args: string[]) => {
      const argv = [cli, 'lint', '--format', 'json', ...args];
      const r = asRoot ? spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, ...argv], { cwd, encoding: 'utf8' }) : spawnSync(process.execPath, argv, { cwd, encoding: 'utf8' });
      assert.equal(r.error, undefined);
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    let locked: string;
    before(function () {
      if (process.platform === 'win32') this.skip(); // no POSIX modes
      locked = drafts(['drafts/a.unres', 'drafts/locked/x.unres', 'drafts/open/y.unres']);
      chmodSync(locked, 0o755);
      if (asRoot) {
        const bin = tree({ 'cli.js': readFileSync(CLI) }, 'unres-glob-bin-');
        chmodSync(bin, 0o755);
        cli = join(bin, 'cli.js');
      }
      chmodSync(join(locked, 'drafts/locked'), 0o000);
      if (asRoot) assert.equal(spawnSync('runuser', ['-u', 'nobody', '--', 'ls', 'drafts/locked'], { cwd: locked }).status !== 0, true, 'the folder is unreadable to nobody');
    });
    after(() => {
      if (locked) chmodSync(join(locked, 'drafts/locked'), 0o755);
    });

    it('naming one, or meeting one in a walk or under a glob, is one line "permission denied" (exit 2); the rest is linted', () => {
      const named = run(locked, ['drafts/locked', 'drafts/a.unres']);
      assert.equal(named.code, 2, named.stderr);
      assert.deepEqual(filesOf(named.stdout), ['drafts/a.unres']);
      assert.equal(named.stderr, 'unres: drafts/locked: permission denied; make it readable\n');
      const walked = run(locked, ['drafts', 'drafts/**/*.unres', 'drafts/locked/*.unres']);
      assert.equal(walked.code, 2, walked.stderr);
      assert.deepEqual(filesOf(walked.stdout), ['drafts/a.unres', 'drafts/open/y.unres']);
      assert.equal(walked.stderr, 'unres: drafts/locked: permission denied; make it readable\n', 'once per folder');
      for (const negation of ['!drafts/locked', '!drafts/locked/', '!drafts/lock*/**', '!drafts/locked/**']) {
        const excluded = run(locked, ['drafts', negation]);
        assert.equal(excluded.code, 0, `${negation}: an excluded folder is not walked: ${excluded.stderr}`);
        assert.deepEqual(filesOf(excluded.stdout), ['drafts/a.unres', 'drafts/open/y.unres']);
      }
    });
  });
});
