/**
 * Which files `unres lint` reads: files as named, every `*.unres` below a folder, the files a glob
 * matches, and `-` for standard input. Folders named `node_modules`, dot-folders and dot-files
 * are skipped unless named literally.
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import * as path from 'node:path';
import { SegmentMatcher, isGlob, splitPattern } from './glob';

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

/**
 * Expands the path, folder, glob and `-` arguments into files, each once, in argument order, with
 * the arguments that named nothing in their place.
 */
export function expandTargets(args: readonly string[], cwd: string): (Target | TargetProblem)[] {
  const targets: (Target | TargetProblem)[] = [];
  const problems = { push: (p: Omit<TargetProblem, 'kind'>) => targets.push({ kind: 'problem', ...p }) };
  const seen = new Set<string>();
  const add = (display: string): void => {
    const abs = path.resolve(cwd, display);
    if (seen.has(abs)) return;
    seen.add(abs);
    targets.push({ kind: 'file', display, path: abs });
  };
  for (const arg of args) {
    if (arg === '-') {
      if (!seen.has('\0stdin')) targets.push({ kind: 'stdin' });
      seen.add('\0stdin');
      continue;
    }
    if (isGlob(arg)) {
      const found = globFiles(arg, cwd);
      if (found.length === 0) problems.push({ arg, message: 'no files match this pattern; check it, and quote it so that the shell does not expand it' });
      found.forEach(add);
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(path.resolve(cwd, arg)).isDirectory();
    } catch {
      // Not there (or not reachable): reading it reports why, in the same words as for any file.
    }
    if (!isDir) {
      add(arg);
      continue;
    }
    const found = walk(arg, cwd, (name) => name.endsWith(DRAFT_EXTENSION), new SegmentMatcher([]), undefined);
    if (found.length === 0) problems.push({ arg, message: `is a folder with no ${DRAFT_EXTENSION} files below it; pass drafts, a folder that holds some, or a glob` });
    found.forEach(add);
  }
  return targets;
}

/** The files a glob pattern matches, sorted, as paths joined to the pattern's base. */
export function globFiles(pattern: string, cwd: string): string[] {
  const { base, segments } = splitPattern(pattern);
  const matcher = new SegmentMatcher(segments);
  return walk(base, cwd, () => true, matcher, matcher.start());
}

/**
 * Walks a folder depth first in name order. Without `states`, every file accepted by `keep` below
 * it; with them, the files the matcher accepts, entering only folders that can still match.
 */
function walk(root: string, cwd: string, keep: (name: string) => boolean, matcher: SegmentMatcher, states: number[] | undefined): string[] {
  const out: string[] = [];
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
    } catch {
      continue; // an unreadable folder holds nothing we can lint
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
      if (isDir) {
        const skipped = e.name.startsWith('.') || e.name === 'node_modules';
        if (here === undefined) {
          if (!skipped) subdirs.push({ dir: child, states: undefined });
        } else if (!skipped || matcher.namesLiterally(here, e.name)) {
          const next = matcher.enter(here, e.name);
          if (next.length) subdirs.push({ dir: child, states: next });
        }
      } else if (isFile && (here === undefined ? !e.name.startsWith('.') && keep(e.name) : matcher.accepts(here, e.name))) {
        out.push(child);
      }
    }
    // Files of a folder come before its sub-folders; sub-folders in name order.
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]);
  }
  return out;
}
