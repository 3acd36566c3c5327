/**
 * The long-fuzz script itself (`npm run fuzz`, scripts/fuzz.ts), which `npm test` does not run at
 * length: a short run reports what it tried, a `--state` file records the batches done and a run
 * resumed from it does only the rest, a state file of other options is refused, and bad options
 * get one message and exit code 2. (The checks it runs are those of test/property, which
 * `npm run test:property` runs on a fixed seed.)
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Outcome {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function fuzz(args: readonly string[]): Outcome {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/fuzz.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface State {
  readonly seed: number;
  readonly runs: number;
  readonly code: string;
  done: number[];
  tried: number;
}

describe('the long-fuzz script (scripts/fuzz.ts)', function () {
  this.timeout(180_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'unres-fuzz-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('runs N documents in batches, records them in --state, and a resumed run does only the batches left', () => {
    const state = join(dir, 'state.json');
    const args = ['--runs', '24', '--batch', '8', '--workers', '1', '--seed', '4242', '--state', state];
    const first = fuzz(args);
    assert.equal(first.code, 0, first.stderr + first.stdout);
    assert.match(first.stdout, /fuzz: 24 documents, seed 4242, 3 batch\(es\) of 8, 1 worker\(s\)/);
    assert.match(first.stdout, /fuzz: 24 documents tried in .*seed 4242, 0 failure\(s\)/);
    const saved = JSON.parse(readFileSync(state, 'utf8')) as State;
    assert.deepEqual([...saved.done].sort(), [0, 1, 2]);
    assert.equal(saved.tried, 24);
    assert.equal(saved.seed, 4242);
    assert.match(saved.code, /^[0-9a-f]{12}(\+dirty)?$|^unknown$/);

    // As if the run had stopped after two batches: the next run does the third only.
    writeFileSync(state, JSON.stringify({ ...saved, done: [0, 1], tried: 16 }));
    const resumed = fuzz(args);
    assert.equal(resumed.code, 0, resumed.stderr + resumed.stdout);
    assert.match(resumed.stdout, /resuming .*: 2 batch\(es\), 16 documents done earlier/);
    assert.match(resumed.stdout, /fuzz: 24 documents tried .*\(this session 8 in /);
    assert.deepEqual([...(JSON.parse(readFileSync(state, 'utf8')) as State).done].sort(), [0, 1, 2]);

    // Finished: the same command only prints the total.
    const again = fuzz(args);
    assert.equal(again.code, 0);
    assert.match(again.stdout, /this session 0 in/);
  });

  it('refuses a state file of other options, and one that is not a state file, with exit code 2', () => {
    const state = join(dir, 'other.json');
    assert.equal(fuzz(['--runs', '8', '--batch', '8', '--workers', '1', '--seed', '1', '--state', state]).code, 0);
    const other = fuzz(['--runs', '8', '--batch', '8', '--workers', '1', '--seed', '2', '--state', state]);
    assert.equal(other.code, 2);
    assert.match(other.stderr, /^fuzz: .*other\.json is a run with other seed \(1, now 2\); resume with the same options/);
    const junk = join(dir, 'junk.json');
    writeFileSync(junk, '{ not json');
    const bad = fuzz(['--runs', '8', '--state', junk]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /junk\.json is not a fuzz state file/);
  });

  it('answers a bad option with one message, the usage and exit code 2, without a stack trace', () => {
    for (const args of [['--runs', 'many'], ['--frobnicate'], ['--replay', 'nonsense'], ['--seed']]) {
      const r = fuzz(args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, /^fuzz: .+\n\nUsage: npm run fuzz/, args.join(' '));
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    }
  });
});
