/**
 * Measurements of the bundled language server (`dist/server.js --stdio`), driven by the same
 * JSON-RPC client as the protocol tests: start-up, editing latency and memory.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { SERVER_MALLOC_SETTINGS, serverEnvironment } from '../client/src/serverEnvironment';
import { PULL_CLIENT, startServer, type TestServer } from '../test/lsp/client';
import { rng } from './generate';

/**
 * What the extension adds to the environment of the server it starts (the allocator settings of
 * `client/src/serverEnvironment.ts`): the benchmark starts the server as the extension does.
 */
export const EXTENSION_ENV = serverEnvironment(process.env);

/** The environment without the extension's allocator settings, even where the shell sets them (Node leaves out a variable set to undefined). */
export const WITHOUT_ALLOCATOR_SETTINGS: Readonly<Record<string, undefined>> = Object.fromEntries(Object.keys(SERVER_MALLOC_SETTINGS).map((k) => [k, undefined]));

/** Milliseconds from spawning `node dist/server.js --stdio` to the `initialize` result. */
export async function serverStart(): Promise<number> {
  const t0 = performance.now();
  const server = await startServer(PULL_CLIENT, undefined, [], EXTENSION_ENV);
  const elapsed = performance.now() - t0;
  await stop(server);
  return elapsed;
}

/** Milliseconds from spawning `node -e 0` to its exit: the floor of any Node start-up. */
export function bareNodeStart(): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(performance.now() - t0) : reject(new Error(`node -e 0 exited with ${code}`))));
  });
}

/** Stops a server and waits for its process to exit. */
async function stop(server: TestServer): Promise<void> {
  const exited = server.process.exitCode !== null ? Promise.resolve() : new Promise<void>((resolve) => server.process.once('exit', () => resolve()));
  await server.stop();
  await exited;
}

/** Line start offsets of a text (LF, CRLF or CR). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue;
    if (c === 10 || c === 13) starts.push(i + 1);
  }
  return starts;
}

function positionOf(starts: readonly number[], offset: number): { line: number; character: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}

/** Latencies of one editing session, in milliseconds. */
export interface EditingResult {
  /** `didChange` to the pulled diagnostics (`textDocument/diagnostic`). */
  readonly diagnostics: number[];
  /** `didChange` to the completion list at the edit. */
  readonly completion: number[];
  /** A request the server answers without touching a document (hover on an unknown one). */
  readonly roundTrip: number[];
  /** Diagnostics of the opened draft (it should be clean). */
  readonly initialDiagnostics: number;
  /** For each timed diagnostics pull, `beside` (a bare scan of the draft) timed right before its edit. */
  readonly diagnosticsBeside: number[];
}

/**
 * Opens `text` in the server and makes up to `edits` one-character edits at random places: each
 * inserts a character and the next removes it again, so the draft stays the same draft. After
 * each edit the client asks for the diagnostics and for a completion at the edit, and times
 * `didChange` to the response of the first it asked for: the diagnostics for two edits (an
 * insertion and a deletion), then the completion for two. Right before each edit whose diagnostics
 * are timed, `beside` is timed on the client's copy of the text (the benchmark's bare scan), so
 * that the two can be divided edit by edit. `warmup` edits come first and are not timed; the
 * timed ones stop after `budgetMs` once 40 are done.
 */
export async function editingLatency(text: string, edits: number, warmup: number, budgetMs: number, beside: (text: string) => number, seed = 7): Promise<EditingResult> {
  const server = await startServer(PULL_CLIENT, undefined, [], EXTENSION_ENV);
  try {
    const { connection } = server;
    const uri = 'file:///bench/draft.unres';
    let version = 1;
    let current = text;
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'unres', version, text } });
    const first = (await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: unknown[] };
    const random = rng(seed);
    const result: EditingResult = { diagnostics: [], completion: [], roundTrip: [], initialDiagnostics: first.items.length, diagnosticsBeside: [] };
    let inserted: number | undefined;
    let timedFrom = 0;
    for (let k = 0; k < warmup + edits; k++) {
      if (k === warmup) timedFrom = performance.now();
      if (k >= warmup + 40 && performance.now() - timedFrom > budgetMs) break;
      const starts = lineStarts(current);
      let change: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string };
      let cursor: number;
      if (inserted === undefined) {
        const at = Math.floor(random() * (current.length + 1));
        const ch = 'etaoinsrhl ,'[Math.floor(random() * 12)];
        const p = positionOf(starts, at);
        change = { range: { start: p, end: p }, text: ch };
        current = current.slice(0, at) + ch + current.slice(at);
        inserted = at;
        cursor = at + 1;
      } else {
        const at = inserted;
        change = { range: { start: positionOf(starts, at), end: positionOf(starts, at + 1) }, text: '' };
        current = current.slice(0, at) + current.slice(at + 1);
        inserted = undefined;
        cursor = at;
      }
      version++;
      const position = positionOf(lineStarts(current), cursor);
      // Both requests follow every edit, as in an editor (which pulls the diagnostics of every
      // version and asks for completions as the drafter types); the first is timed: the
      // diagnostics for two edits, then the completion for two, so that each is timed after
      // insertions and deletions alike. (Timing one request per edit would lint every other
      // version only, each time two random edits apart: no editor does that.)
      const wantDiagnostics = (k >> 1) % 2 === 0;
      const besideMs = wantDiagnostics && k >= warmup ? beside(current) : 0;
      const diagnostics = () => connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
      const completion = () => connection.sendRequest('textDocument/completion', { textDocument: { uri }, position });
      const t0 = performance.now();
      void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      const timed = wantDiagnostics ? diagnostics() : completion();
      const other = wantDiagnostics ? completion() : diagnostics();
      await timed;
      const elapsed = performance.now() - t0;
      await other;
      const r0 = performance.now();
      await connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///bench/unknown.unres' }, position: { line: 0, character: 0 } });
      const roundTrip = performance.now() - r0;
      if (k < warmup) continue;
      (wantDiagnostics ? result.diagnostics : result.completion).push(elapsed);
      if (wantDiagnostics) result.diagnosticsBeside.push(besideMs);
      result.roundTrip.push(roundTrip);
    }
    return result;
  } finally {
    await stop(server);
  }
}

/** Resident memory of the server, in bytes. */
export interface MemoryResult {
  /** After `initialize`, before any document. */
  readonly idle: number;
  /** After opening every draft and pulling its diagnostics. */
  readonly loaded: number;
  /** The high-water mark (VmHWM). */
  readonly peak: number;
  /**
   * After the server has then been left idle for `settleMs`: what a drafter's machine carries while
   * the drafts stay open. V8 gives back the pages its collector freed only once the process has been
   * idle for a while (its memory reducer; some 25 s here), so right after the last pull `loaded`
   * still counts the garbage of a hundred lints.
   */
  readonly settled: number;
  /** Milliseconds after the last pull when the RSS last fell by more than 2 %, or 0. */
  readonly settledAfter: number;
  /** Milliseconds the server was left idle. */
  readonly settleMs: number;
  /** Total length of the drafts, in UTF-16 code units (what V8 holds, one or two bytes each). */
  readonly chars: number;
}

function status(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Number(m[1]) * 1024;
}

/**
 * Opens every draft in one server, pulls the diagnostics of each, reads the server's RSS, then
 * leaves the server idle for `settleMs` and reads it again (every half second, to say when it fell).
 * The server runs with `env` added to the environment: by default what the extension adds.
 */
export async function serverMemory(drafts: readonly string[], settleMs: number, env: Readonly<Record<string, string | undefined>> = EXTENSION_ENV): Promise<MemoryResult> {
  const server = await startServer(PULL_CLIENT, undefined, [], env);
  try {
    const pid = server.process.pid;
    if (pid === undefined) throw new Error('the server has no pid');
    const idle = status(pid, 'VmRSS');
    let chars = 0;
    for (const [i, text] of drafts.entries()) {
      const uri = `file:///bench/draft-${i}.unres`;
      chars += text.length;
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'unres', version: 1, text } });
      await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    }
    const loaded = status(pid, 'VmRSS');
    const peak = status(pid, 'VmHWM');
    const t0 = performance.now();
    let settled = loaded;
    let settledAfter = 0;
    while (performance.now() - t0 < settleMs) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const now = status(pid, 'VmRSS');
      if (now < settled * 0.98) settledAfter = performance.now() - t0;
      settled = now;
    }
    return { idle, loaded, peak, settled, settledAfter, settleMs, chars };
  } finally {
    await stop(server);
  }
}
