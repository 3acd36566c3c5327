/**
 * `unres export` writes only the file the user named (issue 8, security), driven as a user runs it:
 * `node dist/cli.js export --to docx|html FILE -o OUT` in a temporary folder (run `npm run build`
 * first). After each run the whole temporary tree is compared with a snapshot taken before: exactly
 * the named output appears (or, on a refusal, nothing changes), no other file of the folder is
 * created or modified, and nothing appears outside it (the child's TMPDIR and HOME point into the
 * tree, so a stray temporary file is seen too). A draft whose title, paragraphs and footnotes hold
 * `../` paths, absolute paths, NUL characters and option lookalikes writes where the command line
 * says, and nowhere else.
 */
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, realpathSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readShared } from './helpers';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** One entry of a tree snapshot: kind, size, content hash, modification time. */
type Entry = string;

/** Every file, folder and link below `root`, with what identifies its content and its mtime. */
function snapshot(root: string): Map<string, Entry> {
  const out = new Map<string, Entry>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      const rel = path.relative(root, full);
      const st = lstatSync(full);
      if (st.isSymbolicLink()) out.set(rel, `link → ${readlinkSync(full)}`);
      else if (st.isDirectory()) {
        out.set(rel, 'dir');
        walk(full);
      } else out.set(rel, `file ${st.size} ${createHash('sha256').update(readFileSync(full)).digest('hex').slice(0, 16)} ${st.mtimeMs}`);
    }
  };
  walk(root);
  return out;
}

/** What changed between two snapshots: paths added, removed, or changed. */
function diff(old: Map<string, Entry>, now: Map<string, Entry>): { added: string[]; removed: string[]; changed: string[] } {
  const added = [...now.keys()].filter((k) => !old.has(k));
  const removed = [...old.keys()].filter((k) => !now.has(k));
  const changed = [...now.keys()].filter((k) => old.has(k) && old.get(k) !== now.get(k));
  return { added, removed, changed };
}

/**
 * The hostile draft: every place a path or a control character could leak from into a file name.
 * With `nul`, real NUL characters too (the CLI refuses such a file as binary); without, their
 * spellings (`\0`, `&#0;`, `%00`, U+2400).
 */
function hostileDraft(root: string, nul: boolean): string {
  const NUL = nul ? '\u0000' : '\\0&#0;%00\u2400';
  const abs = path.join(root, 'outside', 'pwned.docx');
  const tricks = [
    '../outside/pwned.docx',
    '../../outside/pwned.html',
    '..\\..\\outside\\pwned.docx',
    abs,
    `${path.join(root, 'work')}/stray.html`,
    `file://${abs}`,
    '/etc/passwd',
    'C:\\Windows\\System32\\evil.docx',
    '\\\\server\\share\\evil.docx',
    '-o ../outside/pwned.docx --force',
    `nul${NUL}byte../../x.docx`,
    'CON',
    '.',
    '..',
  ];
  return [
    'United Nations\tA/73/L.1/../../outside/pwned',
    `Seventy-third session ${tricks[0]}`,
    'Agenda item 128 (t)',
    '',
    `73/331. ${tricks.join(' ')} ${NUL} title with NUL`,
    '',
    'The General Assembly,',
    '',
    `_Recalling_ ${tricks[3]} and ${tricks[1]},[^1]`,
    '',
    `_Noting_ ${NUL}${tricks[5]}${NUL},[^../outside/pwned]`,
    '',
    `1. _Decides_ to write ${tricks.join(', ')};[^2]`,
    '',
    `2. _Requests_ <!-- ${tricks[4]} --> the export of /${'../'.repeat(20)}outside/pwned.html.`,
    '',
    ...tricks.map((t, i) => `[^${i === 0 ? 1 : i === 1 ? 2 : `n${i}`}]: ${t}.`),
    '[^../outside/pwned]: A footnote whose label is a path.',
    '',
  ].join('\n');
}

describe('unres export writes only the file the user named (node dist/cli.js, a temporary folder)', function () {
  this.timeout(120_000);
  let root: string;
  let work: string;
  let baseline: Map<string, Entry>;
  const example = readShared('examples/A-RES-73-331.unres');

  before(function () {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  });

  beforeEach(() => {
    // realpath: the temporary folder may be behind a symbolic link.
    root = realpathSync(mkdtempSync(path.join(tmpdir(), 'unres-export-safety-')));
    work = path.join(root, 'work');
    for (const d of ['work', 'outside', 'tmp', 'home']) mkdirSync(path.join(root, d));
    writeFileSync(path.join(work, 'draft.unres'), example);
    writeFileSync(path.join(work, 'hostile.unres'), hostileDraft(root, false));
    writeFileSync(path.join(work, 'nul.unres'), hostileDraft(root, true));
    writeFileSync(path.join(work, 'neighbour.docx'), 'not to be touched');
    writeFileSync(path.join(root, 'outside', 'keep.html'), '<p>outside</p>');
    // Old mtimes, so that a rewrite with the same content still shows.
    for (const f of ['work/draft.unres', 'work/hostile.unres', 'work/nul.unres', 'work/neighbour.docx', 'outside/keep.html']) utimesSync(path.join(root, f), 1_000_000, 1_000_000);
    baseline = snapshot(root);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function cli(...args: string[]): SpawnSyncReturns<string> {
    return spawnSync(process.execPath, [CLI, ...args], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, TMPDIR: path.join(root, 'tmp'), TMP: path.join(root, 'tmp'), TEMP: path.join(root, 'tmp'), HOME: path.join(root, 'home') },
      timeout: 60_000,
    });
  }

  /** Asserts that the run changed exactly `expected` (paths relative to the root), created or modified. */
  function assertOnly(r: SpawnSyncReturns<string>, expected: { added?: string[]; changed?: string[] }): void {
    const d = diff(baseline, snapshot(root));
    const what = `exit ${r.status}, stderr ${JSON.stringify(r.stderr.slice(0, 300))}`;
    assert.deepEqual(d.removed, [], `removed: ${d.removed.join(', ')} (${what})`);
    assert.deepEqual(d.added, expected.added ?? [], `created: ${d.added.join(', ')} (${what})`);
    assert.deepEqual(d.changed, expected.changed ?? [], `modified: ${d.changed.join(', ')} (${what})`);
  }

  for (const to of ['docx', 'html'] as const) {
    const check = (file: string) => {
      const bytes = readFileSync(file);
      if (to === 'docx') assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'a .docx is a zip');
      else assert.match(bytes.toString('utf8'), /<html[\s>]/i);
    };

    it(`--to ${to} FILE -o OUT creates OUT and nothing else`, () => {
      const r = cli('export', '--to', to, 'draft.unres', '-o', `out.${to}`);
      assert.equal(r.status, 0, r.stderr);
      assertOnly(r, { added: [`work/out.${to}`] });
      check(path.join(work, `out.${to}`));
    });

    it(`--to ${to} FILE without -o creates the file beside FILE and nothing else`, () => {
      const r = cli('export', '--to', to, 'draft.unres');
      assert.equal(r.status, 0, r.stderr);
      assertOnly(r, { added: [`work/draft.${to}`] });
    });

    it(`--to ${to} -o OUT in another folder (relative with ../, and absolute) writes there only`, () => {
      let r = cli('export', '--to', to, 'draft.unres', '-o', `../outside/rel.${to}`);
      assert.equal(r.status, 0, r.stderr);
      assertOnly(r, { added: [`outside/rel.${to}`] });
      baseline = snapshot(root);
      r = cli('export', '--to', to, 'draft.unres', '-o', path.join(root, 'outside', `abs.${to}`));
      assert.equal(r.status, 0, r.stderr);
      assertOnly(r, { added: [`outside/abs.${to}`] });
    });

    it(`--to ${to} does not overwrite an existing OUT without --force, and replaces only it with --force`, () => {
      const out = path.join(work, `existing.${to}`);
      writeFileSync(out, 'the drafter’s own file');
      utimesSync(out, 1_000_000, 1_000_000);
      baseline = snapshot(root);
      const refused = cli('export', '--to', to, 'draft.unres', '-o', `existing.${to}`);
      assert.equal(refused.status, 2, `exit ${refused.status}: ${refused.stderr}`);
      assert.match(refused.stderr, /exists.*--force/);
      assertOnly(refused, {});
      assert.equal(readFileSync(out, 'utf8'), 'the drafter’s own file');
      // The default output beside FILE is protected the same way.
      writeFileSync(path.join(work, `draft.${to}`), 'mine too');
      baseline = snapshot(root);
      const beside = cli('export', '--to', to, 'draft.unres');
      assert.equal(beside.status, 2, beside.stderr);
      assertOnly(beside, {});
      const forced = cli('export', '--to', to, 'draft.unres', '-o', `existing.${to}`, '--force');
      assert.equal(forced.status, 0, forced.stderr);
      assertOnly(forced, { changed: [`work/existing.${to}`] });
      check(out);
    });

    it(`--to ${to}: a draft whose title, paragraphs and footnotes hold ../ paths, absolute paths and NUL writes only OUT`, () => {
      const r = cli('export', '--to', to, 'hostile.unres', '-o', `safe.${to}`);
      assert.equal(r.status, 0, r.stderr);
      assertOnly(r, { added: [`work/safe.${to}`] });
      check(path.join(work, `safe.${to}`));
      baseline = snapshot(root);
      const beside = cli('export', '--to', to, 'hostile.unres');
      assert.equal(beside.status, 0, beside.stderr);
      assertOnly(beside, { added: [`work/hostile.${to}`] });
      // With real NUL characters the file is refused as binary: nothing is written anywhere.
      baseline = snapshot(root);
      const nul = cli('export', '--to', to, 'nul.unres', '-o', `nul.${to}`);
      assert.equal(nul.status, 2, `exit ${nul.status}: ${nul.stderr}`);
      assert.match(nul.stderr, /NUL/);
      assertOnly(nul, {});
    });

    it(`--to ${to} -o OUT, where OUT is a link to a file outside, is refused without --force and creates nothing there`, () => {
      symlinkSync(path.join(root, 'outside', `target.${to}`), path.join(work, `link.${to}`));
      baseline = snapshot(root);
      const r = cli('export', '--to', to, 'draft.unres', '-o', `link.${to}`);
      assert.notEqual(r.status, 0, 'a dangling link named as OUT is an existing entry');
      assertOnly(r, {});
    });

    // A link named as the output is replaced by the file; what it points to is left alone.
    it(`--to ${to} -o OUT --force, where OUT is a link to outside, replaces the link and writes nothing outside`, () => {
      symlinkSync(path.join(root, 'outside', `target.${to}`), path.join(work, `link.${to}`));
      symlinkSync(path.join(root, 'outside', 'keep.html'), path.join(work, `link2.${to}`));
      baseline = snapshot(root);
      for (const link of [`link.${to}`, `link2.${to}`]) cli('export', '--to', to, 'draft.unres', '-o', link, '--force');
      const d = diff(baseline, snapshot(root));
      assert.deepEqual(d.added.filter((p) => p.startsWith('outside')), [], `created outside: ${d.added.join(', ')}`);
      assert.deepEqual(d.changed.filter((p) => p.startsWith('outside')), [], `modified outside: ${d.changed.join(', ')}`);
    });

    it(`--to ${to}: an OUT in a missing folder, an OUT that is a folder, and OUT equal to FILE are refused and change nothing`, () => {
      for (const out of [`missing/sub/out.${to}`, '../outside', '.', 'draft.unres', './draft.unres', path.join(work, 'draft.unres')]) {
        const r = cli('export', '--to', to, 'draft.unres', '-o', out);
        assert.equal(r.status, 2, `-o ${out}: exit ${r.status}: ${r.stderr}`);
        assertOnly(r, {});
      }
      const forced = cli('export', '--to', to, 'draft.unres', '-o', 'draft.unres', '--force');
      assert.equal(forced.status, 2, `-o FILE --force: exit ${forced.status}`);
      assertOnly(forced, {});
    });
  }

  it('--to html -o - writes to standard output and creates no file', () => {
    const r = cli('export', '--to', 'html', 'hostile.unres', '-o', '-');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /<html[\s>]/i);
    assertOnly(r, {});
  });

  it('--to docx -o - writes the document to standard output and creates no file', () => {
    const r = spawnSync(process.execPath, [CLI, 'export', '--to', 'docx', 'draft.unres', '-o', '-'], { cwd: work, env: { ...process.env, TMPDIR: path.join(root, 'tmp'), HOME: path.join(root, 'home') } });
    assert.equal(r.status, 0, String(r.stderr));
    assert.equal(r.stdout.subarray(0, 2).toString('latin1'), 'PK');
    assertOnly({ ...r, stdout: '', stderr: String(r.stderr) } as SpawnSyncReturns<string>, {});
  });

  it('a failed export (not a draft, unreadable, missing) creates nothing', () => {
    writeFileSync(path.join(work, 'empty.unres'), 'just some words\n');
    baseline = snapshot(root);
    for (const args of [['empty.unres', '-o', 'e.docx'], ['missing.unres', '-o', 'm.html'], ['.', '-o', 'd.html']]) {
      const r = cli('export', '--to', args[2].endsWith('docx') ? 'docx' : 'html', ...args);
      assert.equal(r.status, 2, `${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
      assertOnly(r, {});
    }
  });
});
