/** Helpers of the CLI tests: run the bundled CLI, run it in-process with a captured io, compare golden files. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, type CliIo } from '../../server/src/cli/run';
import { InputError, decodeDraft, type Draft } from '../../server/src/cli/input';
import { createLanguageService, type LanguageService } from '../../server/src/core/languageService';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url));
export const EXAMPLES = fileURLToPath(new URL('../../../shared/examples/', import.meta.url));

/** What a CLI run printed and returned. */
export interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs dist/cli.js (the bundle users get) in a child process. */
export function unres(args: readonly string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string | undefined> } = {}): Outcome {
  const env = { ...process.env, ...options.env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env,
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the CLI in this process with an in-memory io (and optionally another language service). */
export function unresInProcess(args: readonly string[], options: { cwd: string; stdin?: string | Buffer; tty?: boolean; env?: Record<string, string>; service?: LanguageService }): Outcome {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    cwd: options.cwd,
    env: options.env ?? {},
    stdoutIsTTY: options.tty ?? false,
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin(): Draft {
      if (options.stdin === undefined) throw new InputError('no standard input in this test');
      return decodeDraft(Buffer.from(options.stdin));
    },
  };
  const code = run(args, io, options.service);
  return { code, stdout, stderr };
}

/**
 * A `.unresrc.json` text that turns off every rule of the registry but `keep`, so that a test
 * about options does not change when a rule is added.
 */
export function onlyRules(keep: readonly string[], extra: Record<string, unknown> = {}): string {
  const rules = Object.fromEntries(createLanguageService().rules.filter((r) => !keep.includes(r.meta.id)).map((r) => [r.meta.id, 'off']));
  return JSON.stringify({ ...extra, rules }, null, 2);
}

/** Compares text with a golden file; `UPDATE_GOLDEN=1` rewrites the file instead. */
export function assertGolden(name: string, actual: string): void {
  const file = `${GOLDEN}${name}`;
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    if (process.env.UPDATE_GOLDEN !== '1' && process.env.CI) assert.fail(`golden file ${name} is missing: run UPDATE_GOLDEN=1 npm run test:cli`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  assert.equal(actual, readFileSync(file, 'utf8'), `${name} differs from its golden file (UPDATE_GOLDEN=1 npm run test:cli regenerates it; review the diff)`);
}

/** Polls until `check` returns a value (no fixed sleeps), failing after `timeoutMs`. */
export async function waitFor<T>(check: () => T | undefined, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = check();
    if (v !== undefined) return v;
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setImmediate(r));
  }
}

/**
 * Checks that a text is well-formed XML 1.0 (elements nest, attributes are quoted, `&` starts an
 * entity, no raw `<` in text or attributes); returns the element names in document order.
 */
export function assertWellFormedXml(xml: string): string[] {
  const names: string[] = [];
  const stack: string[] = [];
  let i = 0;
  const entity = /^&(?:amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});/;
  const checkText = (text: string, where: string): void => {
    for (let k = 0; k < text.length; k++) {
      if (text[k] === '<') assert.fail(`raw < in ${where}`);
      if (text[k] === '&') assert.ok(entity.test(text.slice(k, k + 12)), `bad entity in ${where}: ${text.slice(k, k + 12)}`);
      const c = text.charCodeAt(k);
      assert.ok(c === 9 || c === 10 || c === 13 || c >= 0x20, `control character ${c} in ${where}`);
    }
  };
  if (xml.startsWith('<?xml')) i = xml.indexOf('?>') + 2;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      checkText(xml.slice(i), 'trailing text');
      break;
    }
    checkText(xml.slice(i, lt), 'text');
    // Find the end of the tag, skipping quoted attribute values.
    let j = lt + 1;
    let quote = '';
    for (; j < xml.length; j++) {
      const ch = xml[j];
      if (quote) {
        if (ch === quote) quote = '';
        else if (ch === '<') assert.fail('raw < in an attribute value');
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '>') break;
    }
    assert.ok(j < xml.length, 'unclosed tag');
    const tag = xml.slice(lt + 1, j);
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      assert.equal(stack.pop(), name, `mismatched </${name}>`);
    } else {
      const selfClosing = tag.endsWith('/');
      const body = selfClosing ? tag.slice(0, -1) : tag;
      const m = /^([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"<]*")*)\s*$/.exec(body);
      assert.ok(m, `malformed tag <${tag}>`);
      for (const a of m[2].matchAll(/="([^"]*)"/g)) checkText(a[1], `an attribute of <${m[1]}>`);
      names.push(m[1]);
      if (!selfClosing) stack.push(m[1]);
    }
    i = j + 1;
  }
  assert.deepEqual(stack, [], 'unclosed elements');
  return names;
}

/** Writes files (path → text) below a new temporary folder (named after `prefix`) and returns the folder. */
export function tree(files: Record<string, string | Buffer>, prefix = 'unres-cli-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}
