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
 * overlaps an edit already taken is skipped whole, and so is a fix that would delete a comment, a
 * Word-export footnote or a bookmark mark (`deletesHiddenText`). Text outside the edits is never
 * changed.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): ApplyResult {
  const ordered = fixes
    .map((f, i) => ({ f, i, start: firstStart(f.edits) }))
    .filter((x) => x.f.edits.length > 0)
    .sort((a, b) => a.start - b.start || a.i - b.i);
  const taken = new TakenEdits();
  let applied = 0;
  let skipped = 0;
  for (const { f } of ordered) {
    const valid = f.edits.every((e) => e.span.start >= 0 && e.span.end >= e.span.start && e.span.end <= text.length);
    if (!valid || f.edits.some((e) => taken.overlaps(e)) || selfOverlaps(f.edits) || deletesHiddenText(text, f)) {
      skipped++;
      continue;
    }
    for (const e of f.edits) taken.add(e);
    applied++;
  }
  const parts: string[] = [];
  let at = 0;
  for (const e of taken.sorted()) {
    parts.push(text.slice(at, e.span.start), e.newText);
    at = e.span.end;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), applied, skipped };
}

/**
 * The edits taken so far, which never overlap each other, in two arrays sorted by start: most in
 * a large one, the latest in a small one that is merged into the large one when it grows past
 * twice the square root of the whole. An overlap test is a binary search in each. Inserting each
 * edit at its place in one sorted array instead moved the array's tail every time: quadratic when
 * a fix with an edit in every paragraph (italics throughout) came before the fixes of those
 * paragraphs (150,000 fixes took seconds).
 */
class TakenEdits {
  private merged: TextEdit[] = [];
  private recent: TextEdit[] = [];

  overlaps(e: TextEdit): boolean {
    return overlapsAny(this.merged, e) || overlapsAny(this.recent, e);
  }

  add(e: TextEdit): void {
    this.recent.splice(insertionPoint(this.recent, e), 0, e);
    const r = this.recent.length;
    if (r * r > Math.max(4096, 4 * this.merged.length)) this.merge();
  }

  /** All taken edits, sorted by start (ties: by end). */
  sorted(): readonly TextEdit[] {
    this.merge();
    return this.merged;
  }

  private merge(): void {
    if (this.recent.length === 0) return;
    const a = this.merged;
    // Each recent edit's place by binary search; the runs of `a` between are copied as they are,
    // without reading their edits (a comparison per element read every edit of a large array).
    const out: TextEdit[] = new Array<TextEdit>(a.length + this.recent.length);
    let from = 0;
    let k = 0;
    for (const e of this.recent) {
      const at = insertionPoint(a, e, from);
      for (let i = from; i < at; i++) out[k++] = a[i];
      out[k++] = e;
      from = at;
    }
    for (let i = from; i < a.length; i++) out[k++] = a[i];
    this.merged = out;
    this.recent = [];
  }
}

/** Index of the first taken edit that starts at or after `e` (ties: after equal starts with smaller ends). */
function insertionPoint(taken: readonly TextEdit[], e: TextEdit, from = 0): number {
  let lo = from;
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
 * Whether a fix would delete or cut text the parser hides from the rules (`deletesHiddenText`):
 * a comment (`<!-- … -->`, a drafter's note or a directive), a Word-export footnote (`[1: …]`) or
 * a `[bookmark: …]` mark. The name is kept from when only comments were guarded.
 */
export function deletesComment(text: string, fix: Fix): boolean {
  return deletesHiddenText(text, fix);
}

/**
 * Whether a fix would delete or cut text that the parser hides from the rules, and that a rule
 * matching on the masked text may therefore span without seeing it: a comment (`<!-- … -->`), a
 * Word-export footnote (`[1: …]`, to its matching `]`) or a `[bookmark: …]` mark. An edit whose
 * replaced text holds one of these, or one end of a comment, that its new text does not give back
 * unchanged (in any order), is one. An edit inside a comment or a footnote's text (a directive's rule
 * name corrected, a full stop added) is not. The lint runner withholds such a fix; `applyFixes`
 * skips it.
 */
export function deletesHiddenText(text: string, fix: Fix): boolean {
  for (const e of fix.edits) {
    const replaced = text.slice(e.span.start, e.span.end);
    if (!replaced.includes('<!--') && !replaced.includes('-->') && !replaced.includes('[')) continue;
    const before = hiddenMarks(replaced);
    if (before.length === 0) continue;
    // Compared as sets: an edit may move them (formatting puts footnote definitions in order).
    const after = hiddenMarks(e.newText);
    before.sort();
    after.sort();
    if (before.length !== after.length || before.some((c, i) => c !== after[i])) return true;
  }
  return false;
}

/** A Word-export footnote opener (`[12:`) or a whole bookmark mark, as the parser finds them (tried where a `[` is). */
const BRACKET_MARK = /\[(?:bookmark:[^\]\r\n]{0,500}\]|\d{1,6}:)/y;

/**
 * The hidden parts of a text, in order, in one left-to-right scan: comments (or a comment
 * delimiter without its partner), bookmark marks, and Word-export footnotes from `[N:` to their
 * matching `]` (or to the end of the text when it is not there).
 */
function hiddenMarks(s: string): string[] {
  const out: string[] = [];
  let at = 0;
  let open = s.indexOf('<!--');
  let close = s.indexOf('-->');
  while (at < s.length) {
    // Each search is redone only once the scan has passed what it found (linear time).
    if (open >= 0 && open < at) open = s.indexOf('<!--', at);
    if (close >= 0 && close < at) close = s.indexOf('-->', at);
    let bracket = s.indexOf('[', at);
    // The next `[` that opens a mark, before the next comment delimiter.
    const limit = Math.min(open < 0 ? s.length : open, close < 0 ? s.length : close);
    let mark: RegExpExecArray | null = null;
    while (bracket >= 0 && bracket < limit) {
      BRACKET_MARK.lastIndex = bracket;
      mark = BRACKET_MARK.exec(s);
      if (mark) break;
      bracket = s.indexOf('[', bracket + 1);
    }
    if (mark && bracket < limit) {
      let end = bracket + mark[0].length;
      if (mark[0].endsWith(':')) {
        // A footnote's text runs to the matching `]`, nested brackets allowed.
        let depth = 1;
        while (end < s.length && depth > 0) {
          const c = s.charCodeAt(end++);
          if (c === 91) depth++;
          else if (c === 93) depth--;
        }
      }
      out.push(s.slice(bracket, end));
      at = end;
    } else if (open >= 0 && (close < 0 || open < close)) {
      const end = s.indexOf('-->', open + 4);
      if (end < 0) {
        out.push(s.slice(open));
        break;
      }
      out.push(s.slice(open, end + 3));
      at = end + 3;
    } else if (close >= 0) {
      out.push('-->');
      at = close + 3;
    } else break;
  }
  return out;
}

/** The smallest start of some edits, by a loop: a fix may have hundreds of thousands (a spread of them as arguments overflows the stack). */
function firstStart(edits: readonly TextEdit[]): number {
  let min = Infinity;
  for (const e of edits) if (e.span.start < min) min = e.span.start;
  return min;
}
