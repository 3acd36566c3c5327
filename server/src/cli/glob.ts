/**
 * Glob patterns for `unres lint`: `*` and `?` within one path segment, `**` for any number of
 * folders. No regular expressions: matching is a two-pointer wildcard match per segment and a
 * set of pattern positions per folder (an NFA), so it is linear in practice and never explodes.
 */

/** Whether an argument is a glob pattern rather than a path. */
export function isGlob(arg: string): boolean {
  return arg.includes('*') || arg.includes('?');
}

/** Splits a pattern into its literal base folder and the segments to match below it. */
export function splitPattern(pattern: string): { base: string; segments: string[] } {
  let normalized = pattern.replace(/\\/g, '/');
  // `drafts/*/` names folders: every draft below them.
  if (normalized.endsWith('/')) normalized += '**/*.unres';
  const parts = normalized.split('/');
  let i = 0;
  while (i < parts.length - 1 && !isGlob(parts[i])) i++;
  const baseParts = parts.slice(0, i);
  let base = baseParts.join('/');
  if (baseParts.length === 1 && baseParts[0] === '') base = '/';
  return { base: base === '' ? '.' : base, segments: parts.slice(i).filter((s) => s !== '' && s !== '.') };
}

/** Whether one path segment matches one pattern segment (`*` any run, `?` one character). */
export function matchSegment(pattern: string, name: string): boolean {
  // A wildcard does not match a leading dot, as in shells: `*.unres` skips `.hidden.unres`.
  if (name.startsWith('.') && !pattern.startsWith('.')) return false;
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

/** A compiled pattern: the states reached after walking folders, and whether a file name completes it. */
export class SegmentMatcher {
  constructor(private readonly segments: readonly string[]) {}

  /** The starting states. */
  start(): number[] {
    return this.close([0]);
  }

  /** The states after entering a folder named `name`; empty means nothing below can match. */
  enter(states: readonly number[], name: string): number[] {
    const next: number[] = [];
    for (const s of states) {
      const seg = this.segments[s];
      if (seg === undefined) continue;
      if (seg === '**') {
        // `**` never walks into dot-folders (or node_modules: see the walker) by itself.
        if (!name.startsWith('.')) next.push(s);
      } else if (s < this.segments.length - 1 && matchSegment(seg, name)) next.push(s + 1);
    }
    return this.close(next);
  }

  /** Whether a file named `name` in a folder reached with `states` matches. */
  accepts(states: readonly number[], name: string): boolean {
    // After `close`, a `**` just before the last segment has already let the last one be reached.
    const last = this.segments.length - 1;
    return states.some((s) => s === last && matchSegment(this.segments[s], name));
  }

  /** Whether a state names this folder literally (so that a dot-folder or node_modules may be entered). */
  namesLiterally(states: readonly number[], name: string): boolean {
    return states.some((s) => this.segments[s] === name);
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
