/**
 * The command line, cold, as CI runs it: `unres lint` (dist/cli.js) spawned on the converted corpus
 * written out as `.unres` files. And whether a second thread would make that faster: the same files
 * read and linted by a small harness on the bundled core, in one thread or split between the main
 * thread and one worker thread, each in a new process, so that both pay what a CLI run pays (the
 * bundle compiled, the engine warming up).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusText } from './corpus';

/** Writes each text as a draft file into `dir`; returns the paths. */
export function writeDrafts(texts: readonly CorpusText[], dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return texts.map((t) => {
    const file = join(dir, `${t.name.replace(/[/\\]/g, '_')}.unres`);
    writeFileSync(file, t.text);
    return file;
  });
}

/** One cold CLI run: its own timing of the lint (`--timing`) and the wall time from spawn to exit. */
export interface CliRun {
  readonly lintMs: number;
  readonly totalMs: number;
  readonly wallMs: number;
  readonly files: number;
}

/** Spawns `node cli lint --timing --format json --output …` on a folder and reads its timing line. */
export function coldCliLint(cli: string, folder: string, output: string): CliRun {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, 'lint', '--timing', '--format', 'json', '--output', output, folder], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const wallMs = performance.now() - t0;
  // 1: the converted corpus has error-level diagnostics (the documented limits of the importer).
  if (r.status !== 0 && r.status !== 1) throw new Error(`unres lint exited with ${r.status ?? r.signal}: ${r.stderr.split('\n')[0]}`);
  const m = /^unres: (\d+) files?; read \d+ ms, lint (\d+) ms \(cpu \d+ ms with reading\), report \d+ ms, total (\d+) ms$/m.exec(r.stderr);
  if (!m) throw new Error(`unres lint --timing printed no timing line: ${r.stderr.split('\n')[0]}`);
  return { files: Number(m[1]), lintMs: Number(m[2]), totalMs: Number(m[3]), wallMs };
}

/**
 * The harness: `node harness.cjs CORE LIST THREADS` loads the bundled core, reads and lints the
 * files of LIST (a JSON array), in the main thread alone (1) or split with one worker thread (2)
 * by size (the largest first, each to the lighter side), and prints the time from the process's
 * start to the last lint and the number of diagnostics (which must not depend on the threads).
 */
const HARNESS = `'use strict';
const { Worker, isMainThread, workerData, parentPort } = require('node:worker_threads');
const { readFileSync, statSync } = require('node:fs');
function lintFiles(core, files) {
  const { createLanguageService } = require(core);
  const service = createLanguageService({ incremental: false });
  let found = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const d = service.lint({ uri: file, version: 0, getText: () => text });
    if (!d) throw new Error('lint was cancelled');
    service.forget(file);
    found += d.length;
  }
  return found;
}
if (!isMainThread) parentPort.postMessage(lintFiles(workerData.core, workerData.files));
else {
  const [core, list, threads] = process.argv.slice(2);
  const files = JSON.parse(readFileSync(list, 'utf8'));
  const done = (found) => process.stdout.write(JSON.stringify({ ms: performance.now(), found }) + '\\n');
  if (threads === '1') done(lintFiles(core, files));
  else {
    const sides = [[], []];
    const weight = [0, 0];
    const sized = files.map((f) => [f, statSync(f).size]).sort((a, b) => b[1] - a[1]);
    for (const [f, size] of sized) {
      const k = weight[0] <= weight[1] ? 0 : 1;
      sides[k].push(f);
      weight[k] += size;
    }
    const worker = new Worker(__filename, { workerData: { core, files: sides[1] } });
    const theirs = new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    const mine = lintFiles(core, sides[0]);
    theirs.then((n) => {
      done(mine + n);
      return worker.terminate();
    });
  }
}
`;

/** Writes the harness and the list of files into `dir`; returns the harness's path and the list's. */
export function writeHarness(dir: string, files: readonly string[]): { harness: string; list: string } {
  const harness = join(dir, 'threads-harness.cjs');
  const list = join(dir, 'threads-files.json');
  writeFileSync(harness, HARNESS);
  writeFileSync(list, JSON.stringify(files));
  return { harness, list };
}

/** One cold harness run: ms from its process's start to its last lint, and the diagnostics found. */
export function threadedLint(harness: string, core: string, list: string, threads: 1 | 2): { ms: number; found: number } {
  const r = spawnSync(process.execPath, [harness, core, list, String(threads)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`the threads harness (${threads}) exited with ${r.status ?? r.signal}: ${r.stderr.trim().split('\n').slice(0, 3).join(' ')}`);
  return JSON.parse(r.stdout) as { ms: number; found: number };
}
