/** The one fix engine: CLI `--fix`, fix-all, quick fixes and tests all apply edits through it. */
import type { Fix, TextEdit } from '../rules/types';

/** The result of applying fixes. */
export interface ApplyResult {
  readonly text: string;
  /** How many fixes were applied (a fix counts once, whatever its number of edits). */
  readonly applied: number;
  /** Fixes skipped because they overlapped an earlier one. */
  readonly skipped: number;
}

/**
 * Applies fixes to a text. Fixes are taken in order of their first edit; a fix any of whose edits
 * overlaps an edit already taken is skipped whole, and so is a fix that would delete a comment
 * (`deletesComment`). Text outside the edits is never changed.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): ApplyResult {
  const ordered = fixes
    .map((f, i) => ({ f, i, start: Math.min(...f.edits.map((e) => e.span.start)) }))
    .filter((x) => x.f.edits.length > 0)
    .sort((a, b) => a.start - b.start || a.i - b.i);
  // Taken edits, kept sorted by start, so each overlap test is a binary search.
  const taken: TextEdit[] = [];
  let applied = 0;
  let skipped = 0;
  for (const { f } of ordered) {
    const valid = f.edits.every((e) => e.span.start >= 0 && e.span.end >= e.span.start && e.span.end <= text.length);
    if (!valid || f.edits.some((e) => overlapsAny(taken, e)) || selfOverlaps(f.edits) || deletesComment(text, f)) {
      skipped++;
      continue;
    }
    for (const e of f.edits) taken.splice(insertionPoint(taken, e), 0, e);
    applied++;
  }
  taken.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const parts: string[] = [];
  let at = 0;
  for (const e of taken) {
    parts.push(text.slice(at, e.span.start), e.newText);
    at = e.span.end;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), applied, skipped };
}

/** Index of the first taken edit that starts at or after `e` (ties: after equal starts with smaller ends). */
function insertionPoint(taken: readonly TextEdit[], e: TextEdit): number {
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const t = taken[mid];
    if (t.span.start < e.span.start || (t.span.start === e.span.start && t.span.end <= e.span.end)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `e` overlaps any taken edit; taken edits never overlap each other, so neighbours suffice. */
function overlapsAny(taken: readonly TextEdit[], e: TextEdit): boolean {
  const at = insertionPoint(taken, e);
  for (let i = Math.max(0, at - 2); i < Math.min(taken.length, at + 2); i++) if (overlaps(taken[i], e)) return true;
  return false;
}

/** Two edits overlap when their spans intersect, or both insert at the same point. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.span.start === a.span.end && b.span.start === b.span.end) return a.span.start === b.span.start;
  return a.span.start < b.span.end && b.span.start < a.span.end;
}

function selfOverlaps(edits: readonly TextEdit[]): boolean {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  for (let i = 1; i < sorted.length; i++) if (overlaps(sorted[i - 1], sorted[i])) return true;
  return false;
}

/**
 * Whether a fix would delete or cut a comment (`<!-- … -->`, a drafter's note or a directive): an
 * edit whose replaced text holds a comment, or one end of one, that its new text does not give back
 * unchanged. An edit inside a comment (a directive's rule name corrected) is not one. The lint
 * runner and the code actions can use it to withhold such a fix; `applyFixes` skips it.
 */
export function deletesComment(text: string, fix: Fix): boolean {
  for (const e of fix.edits) {
    const replaced = text.slice(e.span.start, e.span.end);
    if (!replaced.includes('<!--') && !replaced.includes('-->')) continue;
    const before = commentMarks(replaced);
    const after = commentMarks(e.newText);
    if (before.length !== after.length || before.some((c, i) => c !== after[i])) return true;
  }
  return false;
}

/** The comments of a text and the comment delimiters without their partner, in order (one scan). */
function commentMarks(s: string): string[] {
  const out: string[] = [];
  let at = 0;
  let open = s.indexOf('<!--');
  let close = s.indexOf('-->');
  while (open >= 0 || close >= 0) {
    if (open >= 0 && (close < 0 || open < close)) {
      const end = s.indexOf('-->', open + 4);
      if (end < 0) {
        out.push(s.slice(open));
        break;
      }
      out.push(s.slice(open, end + 3));
      at = end + 3;
    } else {
      out.push('-->');
      at = close + 3;
    }
    if (open >= 0 && open < at) open = s.indexOf('<!--', at);
    if (close < at) close = s.indexOf('-->', at);
  }
  return out;
}
