/**
 * Compares the speed of the core of the working tree with the core at a Git revision, on a
 * machine too noisy for two benchmark runs to be compared: both cores are bundled as the server
 * is (esbuild, the options of esbuild.mjs that change the code), loaded into two worker threads of
 * one process, and asked in turn for the same whole lints (the corpus converted to drafts, the
 * generated drafts of 1,000 and 10,000 operative paragraphs), the order swapped every round, so
 * that both see the same moments of the machine. It prints the paired median ratio of each
 * workload (this tree ÷ the base: under 1 is faster), and the scaling ratio of each core.
 *
 *   npm run bench:compare                      # the working tree against HEAD
 *   npm run bench:compare -- --base f3c614b    # … against a commit
 *   npm run bench:compare -- --base HEAD --same  # a control: the base against itself
 *
 * The control shows what the harness itself gives on this machine (paired ratios within a few per
 * cent of 1); differences smaller than that are not there. Not part of `npm test`.
 *
 *   npm run bench:compare -- --instructions [--base REV] [--workload corpus|1000|10000]
 *
 * counts instructions instead of timing (valgrind's callgrind; Node with `--predictable`, so that
 * the engine compiles and collects on the one thread counted and when it collects does not depend
 * on the clock, and fixed hash and random seeds, so that its hash tables fill alike): two runs of
 * the same code then count the same to a millionth, whatever else the machine is doing (with
 * `--single-threaded` alone they were 1–2 % apart), where times a few per cent apart cannot be told
 * from the noise here. Per core, two runs:
 * one pass (the warm-up) and one plus `--passes` (3); their difference ÷ the passes is the count of
 * a warm pass. Some 3 minutes for the corpus (valgrind runs the engine some 50 times slower); two
 * valgrinds at a time. Instructions are not time (a cache miss costs more than an add), but a
 * change that does less work shows here at any size.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { bundleCore as bundle } from './bundleCore';
import { loadCorpus } from './corpus';
import { generateDraft } from './generate';
import { summarize } from './stats';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const USAGE = 'Usage: npm run bench:compare -- [--base REV] [--same] [--rounds N] | --instructions [--base REV] [--same] [--workload corpus|1000|10000] [--passes N]';

const WORKLOADS = ['corpus', '1000', '10000'] as const;
type Workload = (typeof WORKLOADS)[number];

interface Options {
  base: string;
  same: boolean;
  rounds: number;
  instructions: boolean;
  workload: Workload;
  passes: number;
}

function parseArgs(argv: readonly string[]): Options {
  const o: Options = { base: 'HEAD', same: false, rounds: 12, instructions: false, workload: 'corpus', passes: 3 };
  const count = (v: string | undefined) => /^\d+$/.test(v ?? '') && Number(v) > 0;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--base' && argv[i + 1]) o.base = argv[++i];
    else if (a === '--same') o.same = true;
    else if (a === '--rounds' && count(argv[i + 1])) o.rounds = Number(argv[++i]);
    else if (a === '--instructions') o.instructions = true;
    else if (a === '--workload' && (WORKLOADS as readonly string[]).includes(argv[i + 1] ?? '')) o.workload = argv[++i] as Workload;
    else if (a === '--passes' && count(argv[i + 1])) o.passes = Number(argv[++i]);
    else throw new Error(`unknown or incomplete option "${a}"`);
  }
  return o;
}

/** The sources of `server/src` at `rev`, extracted into `dir`. */
function checkout(rev: string, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const tar = execFileSync('git', ['archive', '--format=tar', rev, 'server/src'], { cwd: ROOT, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  return dir;
}

// What each worker runs: it loads one core and times the whole lint of a workload when asked.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const core = require(workerData.core);
const service = core.createLanguageService({ incremental: false });
let version = 0;
const lintAll = (texts) => { for (const t of texts) if (!service.lint({ uri: t.name, version: ++version, getText: () => t.text })) throw new Error('cancelled'); };
parentPort.on('message', (name) => {
  const texts = workerData.workloads[name];
  const t0 = performance.now();
  lintAll(texts);
  parentPort.postMessage(performance.now() - t0);
});
`;

type Text = { readonly name: string; readonly text: string };

// What each valgrind runs: one core, `passes` whole lints of the workload's texts.
const COUNTED = `
const [core, file, passes] = process.argv.slice(2);
const texts = JSON.parse(require('node:fs').readFileSync(file, 'utf8'));
const service = require(core).createLanguageService({ incremental: false });
let version = 0;
for (let p = 0; p < Number(passes); p++) for (const t of texts) if (!service.lint({ uri: t.name, version: ++version, getText: () => t.text })) throw new Error('cancelled');
`;

/** The instructions a run of COUNTED executes (one thread: --predictable), by callgrind. */
function instructions(scratch: string, core: string, file: string, passes: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const args = ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, '--predictable', '--hash-seed=1', '--random-seed=1', join(scratch, 'counted.cjs'), core, file, String(passes)];
    execFile('valgrind', args, { maxBuffer: 1 << 24 }, (error, _stdout, stderr) => {
      const m = /I\s+refs:\s+([\d,]+)/.exec(stderr);
      if (error || !m) reject(new Error(`valgrind ${error ? `failed (${error.message.split('\n')[0]})` : 'printed no instruction count'}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`));
      else resolve(Number(m[1].replaceAll(',', '')));
    });
  });
}

async function countInstructions(o: Options, scratch: string, baseCore: string, newCore: string, texts: Text[]): Promise<void> {
  try {
    execFileSync('valgrind', ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error('--instructions needs valgrind (apt-get install valgrind)');
  }
  writeFileSync(join(scratch, 'counted.cjs'), COUNTED);
  const file = join(scratch, 'texts.json');
  writeFileSync(file, JSON.stringify(texts));
  console.log(`bench:compare: instructions of a warm pass of ${o.workload === 'corpus' ? 'the corpus' : `the ${o.workload}-paragraph draft`} (${texts.length} text(s)), ${o.same ? `${o.base} against itself (a control)` : `the working tree against ${o.base}`}; callgrind, ${o.passes} pass(es) after one`);
  const cores = [baseCore, newCore];
  // Two valgrinds at a time: the base's two runs, then the tree's.
  const counts: number[][] = [];
  for (const core of cores) counts.push(await Promise.all([instructions(scratch, core, file, 1), instructions(scratch, core, file, 1 + o.passes)]));
  const perPass = counts.map(([one, more]) => (more - one) / o.passes);
  const g = (n: number) => `${(n / 1e9).toFixed(3)} G`;
  console.log(`  base: ${g(perPass[0])} per pass (one pass with the warm-up ${g(counts[0][0])})`);
  console.log(`  ${o.same ? 'base again' : 'tree'}: ${g(perPass[1])} per pass (one pass with the warm-up ${g(counts[1][0])})`);
  console.log(`  ${o.same ? 'base' : 'tree'} ÷ base: ${(perPass[1] / perPass[0]).toFixed(4)} per pass, ${(counts[1][0] / counts[0][0]).toFixed(4)} for the first`);
}

async function main(o: Options): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'unres-compare-'));
  try {
    const baseCore = await bundle(checkout(o.base, join(scratch, 'base')), join(scratch, 'base.cjs'));
    const newCore = o.same ? baseCore : await bundle(ROOT, join(scratch, 'tree.cjs'));
    const draft = (n: number): Text => ({ name: `gen-${n}`, text: generateDraft({ operative: n }).text });
    if (o.instructions) {
      const texts = o.workload === 'corpus' ? loadCorpus().map((t) => ({ name: t.name, text: t.text })) : [draft(Number(o.workload))];
      await countInstructions(o, scratch, baseCore, newCore, texts);
      return;
    }
    const d1 = draft(1000);
    const workloads: Record<string, Text[]> = {
      corpus: loadCorpus().map((t) => ({ name: t.name, text: t.text })),
      // Five lints of the smaller draft, one of the larger: samples of similar length.
      '1,000 paragraphs (x5)': [d1, d1, d1, d1, d1],
      '10,000 paragraphs': [draft(10_000)],
    };
    const names = Object.keys(workloads);
    const workers = [baseCore, newCore].map((core) => new Worker(WORKER, { eval: true, workerData: { core, workloads } }));
    const ask = (w: Worker, name: string) =>
      new Promise<number>((resolve, reject) => {
        const failed = (e: Error) => reject(e);
        w.once('error', failed);
        w.once('message', (ms: number) => {
          w.off('error', failed);
          resolve(ms);
        });
        w.postMessage(name);
      });
    console.log(`bench:compare: ${o.same ? `${o.base} against itself (a control)` : `the working tree against ${o.base}`}, ${o.rounds} rounds after 3 of warm-up`);
    for (let r = 0; r < 3; r++) for (const w of workers) for (const n of names) await ask(w, n);
    const times = workers.map(() => Object.fromEntries(names.map((n) => [n, [] as number[]])));
    for (let r = 0; r < o.rounds; r++) {
      for (const n of names) {
        for (const k of r % 2 === 0 ? [0, 1] : [1, 0]) times[k][n].push(await ask(workers[k], n));
      }
    }
    await Promise.all(workers.map((w) => w.terminate()));
    const fmt = (x: number, d = 3) => x.toFixed(d);
    for (const n of names) {
      const ratio = summarize(times[1][n].map((t, i) => t / times[0][n][i]));
      console.log(`  ${n}: ${o.same ? 'base' : 'tree'} ÷ base ${fmt(ratio.median)} (${fmt(ratio.min)}–${fmt(ratio.max)}); median ${fmt(summarize(times[0][n]).median, 1)} ms → ${fmt(summarize(times[1][n]).median, 1)} ms`);
    }
    const scaling = (k: number) => summarize(times[k]['10,000 paragraphs'].map((t, i) => t / (times[k]['1,000 paragraphs (x5)'][i] / 5))).median;
    console.log(`  1,000 → 10,000 paragraphs, time ratio in the same round: base ${fmt(scaling(0), 2)}, ${o.same ? 'base again' : 'tree'} ${fmt(scaling(1), 2)}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

let options: Options;
try {
  options = parseArgs(process.argv.slice(2));
} catch (e) {
  console.error(`bench:compare: ${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}
main(options).catch((e: unknown) => {
  console.error(`bench:compare: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
