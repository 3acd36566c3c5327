/**
 * The CLI's standard streams closed early (`unres lint … | head -1`, a CI step whose log reader
 * went away): the exit code is still the lint's, with no uncaught exception turning it into 1.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, EXAMPLES, tree } from './helpers';

/** Runs the CLI with the chosen stream's reading end closed at once; resolves with its exit code. */
function withClosed(stream: 'stdout' | 'stderr', args: readonly string[], cwd: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child[stream].destroy();
    // The other stream is read to its end, so that the child never waits on it.
    child[stream === 'stdout' ? 'stderr' : 'stdout'].resume();
    child.once('error', reject);
    child.once('exit', (code) => resolve(code));
  });
}

describe('unres lint with a closed standard stream', function () {
  this.timeout(60_000);
  // 3,000 empty files: 3,000 lines on standard error, more than a pipe holds, and exit code 2.
  const empties: Record<string, string> = {};
  for (let i = 0; i < 3000; i++) empties[`e${i}.unres`] = '';
  const many = tree(empties);
  // A draft with an error, copied 400 times: a report longer than a pipe holds, and exit code 1.
  const faulty = readFileSync(join(EXAMPLES, 'A-73-L.103.unres'), 'utf8').replace('Agenda item 128 (t)', 'Agenda Item 128(t)');
  const drafts: Record<string, string> = {};
  for (let i = 0; i < 400; i++) drafts[`d${i}.unres`] = faulty;
  const reported = tree(drafts);

  it('standard error closed: exit code 2 for the unreadable files, as with it open (found by a review: 1)', async () => {
    assert.equal(await withClosed('stderr', ['lint', '.'], many), 2);
  });

  it('standard output closed: the exit code of the lint (1: errors found)', async () => {
    assert.equal(await withClosed('stdout', ['lint', '--format', 'json', '.'], reported), 1);
  });
});
