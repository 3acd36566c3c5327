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
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { bundleCore as bundle } from './bundleCore';
import { loadCorpus } from './corpus';
import { generateDraft } from './generate';
import { summarize } from './stats';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const USAGE = 'Usage: npm run bench:compare -- [--base REV] [--same] [--rounds N]';

interface Options {
  base: string;
  same: boolean;
  rounds: number;
}

function parseArgs(argv: readonly string[]): Options {
  const o: Options = { base: 'HEAD', same: false, rounds: 12 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--base' && argv[i + 1]) o.base = argv[++i];
    else if (a === '--same') o.same = true;
    else if (a === '--rounds' && /^\d+$/.test(argv[i + 1] ?? '') && Number(argv[i + 1]) > 0) o.rounds = Number(argv[++i]);
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

async function main(o: Options): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'unres-compare-'));
  try {
    const baseCore = await bundle(checkout(o.base, join(scratch, 'base')), join(scratch, 'base.cjs'));
    const newCore = o.same ? baseCore : await bundle(ROOT, join(scratch, 'tree.cjs'));
    const draft = (n: number): Text => ({ name: `gen-${n}`, text: generateDraft({ operative: n }).text });
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
