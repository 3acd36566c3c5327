/**
 * Which files `unres lint` reads: files as named, every `*.unres` below a folder, the files a glob
 * matches, and `-` for standard input; an argument starting with `!` excludes what it matches from
 * the files the others name (in any order). Folders named `node_modules`, dot-folders and
 * dot-files are skipped unless named literally.
 */
import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import * as path from 'node:path';
import { GlobError, SegmentMatcher, isGlob, isNegation, splitPattern } from './glob';

/** A file to lint: the path to show, and the path to read (absolute), or standard input. */
export type Target = { readonly kind: 'file'; readonly display: string; readonly path: string } | { readonly kind: 'stdin' };

/** A command-line argument that named nothing to lint, with a one-line reason. */
export interface TargetProblem {
  readonly kind: 'problem';
  readonly arg: string;
  readonly message: string;
}

/** The extension of drafts, used when walking folders. */
export const DRAFT_EXTENSION = '.unres';

/** What a walk found: files (paths joined to its root), and the folders it could not read. */
interface Walked {
  readonly files: string[];
  readonly unreadable: { readonly dir: string; readonly abs: string; readonly message: string }[];
}

/** A compiled `!pattern`: whether it excludes an absolute path. */
interface Negation {
  readonly arg: string;
  readonly excludes: (abs: string) => boolean;
  /** Whether it excludes everything below a folder (which a walk then does not enter). */
  readonly prunes: (absDir: string) => boolean;
  /**
   * Whether it excludes every file a walk could find below a folder, the folder itself included
   * (`!dir/**` for dir): such a folder that cannot be read is no error, though a walk still enters
   * it (a glob may name a dot-folder inside it, which `**` does not match).
   */
  readonly covers: (absDir: string) => boolean;
}

/** Where `abs` lies below `base`, as names, or undefined when it is not below it (`[]`: it is `base`). */
function below(base: string, abs: string): string[] | undefined {
  const rel = path.relative(base, abs);
  if (rel === '') return [];
  if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep);
}

/**
 * Compiles `!pattern`. A path without wildcards (or ending in `/`) excludes itself and everything
 * below it; a glob excludes the paths below its base that it matches.
 */
export function compileNegation(arg: string, cwd: string): Negation {
  const pattern = arg.slice(1).replace(/\\/g, '/');
  if (!isGlob(pattern) || pattern.endsWith('/')) {
    const base = path.resolve(cwd, pattern);
    const excludes = (abs: string): boolean => below(base, abs) !== undefined;
    return { arg, excludes, prunes: excludes, covers: excludes };
  }
  const { base, segments } = splitPattern(pattern);
  const root = path.resolve(cwd, base);
  const matcher = new SegmentMatcher(segments);
  /** The states after entering the folders `names`. */
  const states = (names: readonly string[]): number[] => {
    let here = matcher.start();
    for (const dir of names) {
      here = matcher.enter(here, dir);
      if (here.length === 0) break;
    }
    return here;
  };
  return {
    arg,
    excludes: (abs) => {
      const names = below(root, abs);
      if (!names || names.length === 0) return false;
      return matcher.accepts(states(names.slice(0, -1)), names[names.length - 1]);
    },
    // Below the folder, a final `**` is reached: every name there matches (dot-names aside, which a walk skips).
    prunes: (absDir) => {
      const names = below(root, absDir);
      return names !== undefined && names.length > 0 && matcher.endsInAnything(states(names));
    },
    covers: (absDir) => {
      const names = below(root, absDir);
      return names !== undefined && matcher.endsInAnything(names.length > 0 ? states(names) : matcher.start());
    },
  };
}

/**
 * Expands the path, folder, glob, `!pattern` and `-` arguments into files, each once, in argument
 * order, with the arguments that named nothing in their place.
 */
export function expandTargets(args: readonly string[], cwd: string): (Target | TargetProblem)[] {
  const targets: (Target | TargetProblem)[] = [];
  const problem = (arg: string, message: string): void => {
    targets.push({ kind: 'problem', arg, message });
  };
  // Negations apply whatever their place: compiled first, their problems reported in their place.
  const negations: Negation[] = [];
  const badNegations = new Map<string, string>();
  for (const arg of args) {
    if (!isNegation(arg)) continue;
    try {
      negations.push(compileNegation(arg, cwd));
    } catch (e) {
      if (!(e instanceof GlobError)) throw e;
      badNegations.set(arg, e.message);
    }
  }
  const seen = new Set<string>();
  const unreadableSeen = new Set<string>();
  /** The negations that excluded something, and whether an argument was reported for them. */
  const excluders = new Set<string>();
  let reportedExclusion = false;
  let positives = 0;
  const pruned = (absDir: string): boolean => negations.some((n) => n.prunes(absDir));
  const covered = (absDir: string): boolean => negations.some((n) => n.covers(absDir));
  const excludedBy = (abs: string): Negation | undefined => negations.find((n) => n.excludes(abs));
  const add = (display: string): boolean => {
    const abs = path.resolve(cwd, display);
    const negation = excludedBy(abs);
    if (negation) {
      excluders.add(negation.arg);
      return false;
    }
    // A file reached by two paths (a symbolic or hard link) is linted once, under the first: its
    // problems counted twice would double the annotations and the warnings --max-warnings counts.
    const key = fileIdentity(abs);
    if (!seen.has(key)) targets.push({ kind: 'file', display, path: abs });
    seen.add(key);
    return true;
  };
  /** Adds what a walk found; false when it found nothing (its unreadable folders are reported here). */
  const addWalked = (arg: string, walked: Walked): boolean => {
    for (const u of walked.unreadable) {
      if (unreadableSeen.has(u.abs)) continue;
      unreadableSeen.add(u.abs);
      problem(u.dir, u.message);
    }
    if (walked.files.length === 0) return walked.unreadable.length > 0;
    const kept = walked.files.filter(add).length;
    if (kept === 0) {
      const by = negations.filter((n) => walked.files.some((f) => n.excludes(path.resolve(cwd, f)))).map((n) => n.arg);
      problem(arg, `every file it finds is excluded by ${by.join(', ')}; nothing of it is left to lint`);
      reportedExclusion = true;
    }
    return true;
  };
  for (const arg of args) {
    if (arg === '-') {
      if (!seen.has('\0stdin')) targets.push({ kind: 'stdin' });
      seen.add('\0stdin');
      continue;
    }
    if (isNegation(arg)) {
      const message = badNegations.get(arg);
      if (message !== undefined) problem(arg, message);
      continue;
    }
    positives++;
    // A path that exists is a path, even when its name holds `[`, `{`, `*` or `?`.
    let stats: Stats | undefined;
    try {
      stats = statSync(path.resolve(cwd, arg));
    } catch {
      // Not there (or not reachable): a glob, or reading it reports why, in the same words as for any file.
    }
    if (!stats && isGlob(arg)) {
      let walked: Walked;
      try {
        walked = globFiles(arg, cwd, pruned, covered);
      } catch (e) {
        if (!(e instanceof GlobError)) throw e;
        problem(arg, e.message);
        continue;
      }
      if (!addWalked(arg, walked)) problem(arg, 'no files match this pattern; check it, and quote it so that the shell does not expand it');
      continue;
    }
    if (!stats?.isDirectory()) {
      add(arg);
      continue;
    }
    const walked = walk(arg, cwd, (name) => name.endsWith(DRAFT_EXTENSION), new SegmentMatcher([]), undefined, pruned, covered);
    if (!addWalked(arg, walked)) problem(arg, `is a folder with no ${DRAFT_EXTENSION} files below it; pass drafts, a folder that holds some, or a glob`);
  }
  const negationArgs = args.filter(isNegation);
  if (positives === 0 && !seen.has('\0stdin') && negationArgs.length) {
    problem(negationArgs[0], 'a pattern starting with ! only excludes files that the other arguments name; name the files, folders or globs to lint too');
  } else if (!reportedExclusion && excluders.size && !targets.some((t) => t.kind !== 'problem')) {
    problem([...excluders].join(', '), 'excludes every file the other arguments name; nothing is left to lint');
  }
  return targets;
}

/** The files a glob pattern matches, sorted, as paths joined to the pattern's base, and the folders it could not read. */
export function globFiles(pattern: string, cwd: string, pruned: (absDir: string) => boolean = () => false, covered: (absDir: string) => boolean = () => false): Walked {
  const { base, segments } = splitPattern(pattern);
  const matcher = new SegmentMatcher(segments);
  return walk(base, cwd, () => true, matcher, matcher.start(), pruned, covered);
}

/**
 * Walks a folder depth first in name order. Without `states`, every file accepted by `keep` below
 * it; with them, the files the matcher accepts, entering only folders that can still match.
 */
function walk(
  root: string,
  cwd: string,
  keep: (name: string) => boolean,
  matcher: SegmentMatcher,
  states: number[] | undefined,
  pruned: (absDir: string) => boolean,
  covered: (absDir: string) => boolean,
): Walked {
  const out: string[] = [];
  const unreadable: Walked['unreadable'][number][] = [];
  const stack: { dir: string; states: number[] | undefined }[] = [{ dir: root, states }];
  const visited = new Set<string>();
  while (stack.length) {
    const { dir, states: here } = stack.pop()!;
    const abs = path.resolve(cwd, dir);
    if (visited.has(abs)) continue;
    visited.add(abs);
    let entries: Dirent[];
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // Gone, or not a folder (a glob's base may be a file or missing): nothing to find there.
      if (code === 'ENOENT' || code === 'ENOTDIR') continue;
      // Excluded as a whole by a negation (`!dir/**`): nothing of it would have been linted.
      if (covered(abs)) continue;
      const message = code === 'EACCES' || code === 'EPERM' ? 'permission denied; make it readable' : `cannot be read (${code ?? String(e)}); check it`;
      unreadable.push({ dir, abs, message });
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: { dir: string; states: number[] | undefined }[] = [];
    for (const e of entries) {
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        // Linked files count; linked folders are not followed (they may loop).
        try {
          isFile = statSync(path.join(abs, e.name)).isFile();
        } catch {
          isFile = false;
        }
        isDir = false;
      }
      const child = dir === '.' ? e.name : path.join(dir, e.name);
      if (isDir && pruned(path.join(abs, e.name))) {
        // Excluded as a whole by a negation: not entered (so an unreadable one is not reported).
      } else if (isDir) {
        if (here === undefined) {
          // A folder's walk skips dot-folders and node_modules.
          if (!e.name.startsWith('.') && e.name !== 'node_modules') subdirs.push({ dir: child, states: undefined });
        } else {
          // A glob enters a dot-folder only where a segment names the dot (`.hidden`, `.h*`,
          // `{a,.hidden}`: wildcards and `**` never match it), and node_modules where a segment
          // matches it (`node_modules`, `*`), not through `**` alone.
          const next = matcher.enter(here, e.name, e.name !== 'node_modules');
          if (next.length) subdirs.push({ dir: child, states: next });
        }
      } else if (isFile && (here === undefined ? !e.name.startsWith('.') && keep(e.name) : matcher.accepts(here, e.name))) {
        out.push(child);
      }
    }
    // Files of a folder come before its sub-folders; sub-folders in name order.
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]);
  }
  return { files: out, unreadable };
}

/** What names a file whatever the path to it: its device and inode; its path when it cannot be read (the read reports why). */
function fileIdentity(abs: string): string {
  try {
    const st = statSync(abs, { bigint: true });
    // Some file systems give no inode numbers (0): there the path is all there is.
    return st.isFile() && st.ino !== 0n ? `\0${st.dev}:${st.ino}` : abs;
  } catch {
    return abs;
  }
}
