/**
 * Glob patterns for `unres lint`: `*` and `?` within one path segment, `**` for any number of
 * folders, braces `{a,b}` and character classes `[ac]` within a segment.
 *
 * A pattern is split (by picomatch's scanner) into its literal base folder and segments; folders
 * are matched one segment at a time, with a set of pattern positions per folder (an NFA), so a walk
 * enters only the folders that can still match. A segment of `*`, `?` and plain characters is
 * matched by a two-pointer wildcard match (linear in practice, never explodes). A segment with
 * braces or a class is matched by the regular expression picomatch makes for that one segment: it
 * only ever sees one file or folder name (at most 255 characters on every file system the CLI runs
 * on), and `checkSegment` caps what such a segment may hold, which keeps its backtracking small
 * (see the tests in test/cli/units.test.ts).
 */
import fill from 'fill-range';
import picomatch from 'picomatch';

/** A pattern the CLI will not use, with the one-line reason. */
export class GlobError extends Error {}

/** Whether an argument is a glob pattern rather than a path. */
export function isGlob(arg: string): boolean {
  return arg.includes('*') || arg.includes('?') || arg.includes('[') || arg.includes('{');
}

/** Whether an argument is a negation: `!pattern` excludes what it matches. */
export function isNegation(arg: string): boolean {
  return arg.startsWith('!') && arg.length > 1;
}

/** The longest segment with braces or a class, and how many `*` and `{` it may hold together. */
export const MAX_CLASS_SEGMENT = 100;
export const MAX_CLASS_WILDCARDS = 3;

const SCAN = { noparen: true, nonegate: true } as const;

/** Splits a pattern into its literal base folder and the segments to match below it. */
export function splitPattern(pattern: string): { base: string; segments: string[] } {
  let normalized = pattern.replace(/\\/g, '/');
  // `drafts/*/` names folders: every draft below them.
  if (normalized.endsWith('/')) normalized += '**/*.unres';
  const scanned = picomatch.scan(normalized, SCAN);
  let base = scanned.base;
  if (/^[A-Za-z]:$/.test(base)) base += '/';
  const parts = scanned.glob === '' ? [] : picomatch.scan(scanned.glob, { ...SCAN, parts: true }).parts ?? [];
  return { base: base === '' ? '.' : base, segments: parts.filter((s) => s !== '' && s !== '.') };
}

/** Whether one path segment matches one pattern segment (`*` any run, `?` one character). */
export function matchSegment(pattern: string, name: string): boolean {
  // A wildcard does not match a leading dot, as in shells: `*.unres` skips `.hidden.unres`.
  if (name.startsWith('.') && !pattern.startsWith('.')) return false;
  // By characters, not UTF-16 code units: `?` is one character, an emoji too (found by a review).
  if (hasSurrogate(pattern) || hasSurrogate(name)) return matchChars(Array.from(pattern), Array.from(name));
  return matchChars(pattern, name);
}

function hasSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

/** `*` and `?` over the code units of a string or the characters of an array: the classic matching that goes back to the last star only (at most the product of the two lengths). */
function matchChars(pattern: string | readonly string[], name: string | readonly string[]): boolean {
  let p = 0;
  let n = 0;
  let star = -1;
  let mark = 0;
  while (n < name.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === name[n])) {
      p++;
      n++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      mark = n;
    } else if (star >= 0) {
      p = star + 1;
      n = ++mark;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

/** Why a segment with braces or a class is refused, or undefined when it may be used. */
export function checkSegment(segment: string): string | undefined {
  if (segment.includes('/')) return 'a brace or a class may not hold a `/` (in a pattern a `\\` separates folders too; there is no escape character); write one pattern for each folder, or name an existing file as it is';
  if (!segment.includes('{') && !segment.includes('[')) return undefined;
  if (segment.length > MAX_CLASS_SEGMENT) return `a name pattern with braces or a class may be at most ${MAX_CLASS_SEGMENT} characters long; split it into several patterns`;
  let wildcards = 0;
  for (const c of segment) if (c === '*' || c === '{') wildcards++;
  if (wildcards > MAX_CLASS_WILDCARDS) return `a name pattern with braces or a class may hold at most ${MAX_CLASS_WILDCARDS} of \`*\` and \`{\` together; split it into several patterns`;
  return undefined;
}

/** picomatch's options for one segment: no dot by wildcards, no extglobs (`+(a|aa)` and the like nest quantifiers), no negation or `**` inside a segment, the shell's ranges. */
const SEGMENT_OPTIONS = { dot: false, noextglob: true, nonegate: true, noglobstar: true, posix: true, expandRange };

/** The test of one name against one pattern segment (not `**`). */
export function compileSegment(segment: string): (name: string) => boolean {
  const problem = checkSegment(segment);
  if (problem) throw new GlobError(problem);
  if (!segment.includes('{') && !segment.includes('[')) return (name) => matchSegment(segment, name);
  // Braces and classes: picomatch's expression for this one segment (extglobs off: `+(a|aa)` and the like nest quantifiers).
  const plain = picomatch.makeRe(segment, SEGMENT_OPTIONS);
  const re = unicode(plain);
  // A name with a leading dot only as the shell matches it after expanding the braces: by an
  // alternative that starts with the dot (`{sub,.hidden}`, `{.h*,x}`), never by a wildcard or a class.
  const dotted = segment.startsWith('.') ? [re] : dotForms(segment).map((form) => unicode(picomatch.makeRe(form, SEGMENT_OPTIONS)));
  return (name) => (name.startsWith('.') ? dotted.some((d) => d.test(name)) : re.test(name));
}

/** With the `u` flag a class or `?` takes a whole character, an emoji too; picomatch's expression of an escaped character that needs no escape (`a\-b`) is not valid with it, and is used as it is. */
function unicode(plain: RegExp): RegExp {
  try {
    return new RegExp(plain.source, 'u');
  } catch {
    return plain;
  }
}

/**
 * The forms of a segment that open with a literal dot once a leading brace is expanded as the shell
 * expands it: `{sub,.hidden}` gives `.hidden`, `{.a,{.b,c}}x` gives `.ax` and `.bx`, `*{.a,b}` none
 * (the expansion opens with a wildcard). A brace of one alternative, or not closed, is no list.
 * Segments are at most MAX_CLASS_SEGMENT characters with at most MAX_CLASS_WILDCARDS braces, so the
 * forms are few.
 */
function dotForms(segment: string): string[] {
  if (segment.startsWith('.')) return [segment];
  if (!segment.startsWith('{')) return [];
  let depth = 0;
  let close = -1;
  const commas: number[] = [];
  for (let i = 0; i < segment.length && close < 0; i++) {
    const c = segment[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) close = i;
    else if (c === ',' && depth === 1) commas.push(i);
  }
  if (close < 0 || commas.length === 0) return [];
  const rest = segment.slice(close + 1);
  const bounds = [0, ...commas, close];
  const out: string[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) out.push(...dotForms(segment.slice(bounds[k] + 1, bounds[k + 1]) + rest));
  return out;
}

/** A range longer than this is matched by an expression of its digits, not by listing it. */
const MAX_LISTED_RANGE = 1000;

/**
 * What a brace with `..` stands for, as a regular expression group: `{1..10}` each number from 1
 * to 10 (picomatch alone would make it the class `[1-10]`), `{01..10}` with the zeros as written,
 * `{1..9..2}` every other one, `{a..e}` each letter, as the shell expands them. A range of more
 * than MAX_LISTED_RANGE values is matched by fill-range's expression of its digits (its zeros
 * padding, if any, not kept; with a step, it is refused). Anything else with `..` (`{1..a}`) is,
 * as in the shell, the literal text; a range inside a list (`{a..c,x}`) is refused, since picomatch
 * hands it over without the text between.
 */
function expandRange(...args: unknown[]): string {
  const parts = args.filter((a): a is string => typeof a === 'string');
  if (parts.includes(',')) throw new GlobError('a brace may hold a range (`{1..12}`) or a list (`{a,b}`), not both; write the range as a list, or one pattern for each');
  const literal = () => `(${escapeRegExp(parts.join('..'))})`;
  if (parts.length < 2 || parts.length > 3) return literal();
  const [from, to, step] = parts;
  const numeric = /^-?\d+$/.test(from) && /^-?\d+$/.test(to);
  const letters = /^[a-zA-Z]$/.test(from) && /^[a-zA-Z]$/.test(to);
  if ((!numeric && !letters) || (step !== undefined && !/^-?\d+$/.test(step))) return literal();
  const by = step === undefined ? 1 : Math.abs(Number(step)) || 1;
  const count = numeric ? Math.abs(Number(to) - Number(from)) / by + 1 : 1;
  if (count > MAX_LISTED_RANGE && step !== undefined) throw new GlobError(`a range with a step may stand for at most ${MAX_LISTED_RANGE} names; narrow it, or match more with *`);
  if (count > MAX_LISTED_RANGE) return `(${fill(from, to, { toRegex: true })})`;
  const values = fill(from, to, by) as (string | number)[];
  return values.length === 0 ? literal() : `(${values.map((v) => escapeRegExp(String(v))).join('|')})`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A compiled pattern: the states reached after walking folders, and whether a file name completes it. */
export class SegmentMatcher {
  private readonly tests: readonly ((name: string) => boolean)[];

  constructor(private readonly segments: readonly string[]) {
    this.tests = segments.map(compileSegment);
  }

  /** The starting states. */
  start(): number[] {
    return this.close([0]);
  }

  /**
   * The states after entering a folder named `name`; empty means nothing below can match. `**`
   * never walks into a dot-folder by itself, nor (when `globstarEnters` is false: the walker's
   * `node_modules`) into that folder; a segment that matches the name enters it.
   */
  enter(states: readonly number[], name: string, globstarEnters = true): number[] {
    const next: number[] = [];
    for (const s of states) {
      const seg = this.segments[s];
      if (seg === undefined) continue;
      if (seg === '**') {
        if (globstarEnters && !name.startsWith('.')) next.push(s);
      } else if (s < this.segments.length - 1 && this.tests[s](name)) next.push(s + 1);
    }
    return this.close(next);
  }

  /** Whether a file named `name` in a folder reached with `states` matches. */
  accepts(states: readonly number[], name: string): boolean {
    // After `close`, a `**` just before the last segment has already let the last one be reached.
    const last = this.segments.length - 1;
    return states.some((s) => s === last && this.tests[s](name));
  }

  /** Whether the states hold a final `**`: every file or folder below matches. */
  endsInAnything(states: readonly number[]): boolean {
    const last = this.segments.length - 1;
    return this.segments[last] === '**' && states.includes(last);
  }

  private close(states: readonly number[]): number[] {
    // `**` also matches zero folders: a state at `**` reaches the one after it.
    const out = new Set<number>();
    const stack = [...states];
    while (stack.length) {
      const s = stack.pop()!;
      if (out.has(s)) continue;
      out.add(s);
      if (this.segments[s] === '**' && s + 1 < this.segments.length) stack.push(s + 1);
    }
    return [...out].sort((a, b) => a - b);
  }
}

/** Whether a relative path (segments split by `/`) matches the pattern segments. */
export function matchPath(segments: readonly string[], path: string): boolean {
  const m = new SegmentMatcher(segments);
  const parts = path.split('/');
  let states = m.start();
  for (const dir of parts.slice(0, -1)) {
    states = m.enter(states, dir);
    if (states.length === 0) return false;
  }
  return m.accepts(states, parts[parts.length - 1]);
}
