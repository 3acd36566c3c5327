/**
 * Faster scans with the same matches. A global regular expression that opens with a lookbehind or
 * an alternation of words (`(?<=\d)—`, `\b(one|two|…)`) is tried at every position of the text,
 * while one that opens with a literal lets the engine skip to the literal's occurrences. Where
 * every match contains such a literal (its anchor) and the positions where a match can start are
 * found from each occurrence of the anchor (overlapping ones included), `anchoredMatches` tries a
 * sticky copy of the expression at those positions only, in order, and returns exactly the
 * matches that `exec` in a loop would return. Most expressions of the date and number rules hold a
 * run of digits: `digitRunMatches` finds their starts from the runs of digits of the text, found
 * once per model (`digitRuns`) for all of them.
 */
import { memo } from '../../model/derived';
import { insideSurrogatePair } from '../../model/text';
import type { DocumentModel } from '../../model/types';

/** Where a match can start, given an occurrence of the anchor: the first and last possible start (inclusive), or undefined (none). */
export type StartWindow = (text: string, at: number, length: number) => readonly [number, number] | undefined;

const stickies = new WeakMap<RegExp, RegExp>();

function stickyOf(re: RegExp): RegExp {
  let sticky = stickies.get(re);
  if (!sticky) {
    sticky = new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}y`);
    stickies.set(re, sticky);
  }
  return sticky;
}

/**
 * A search for the global expression `re` in `text` from a given offset, as `re.exec` with that
 * `lastIndex` finds it (the leftmost match starting there or later), given a global `anchor` that
 * occurs in every match, and `window`, which must give for each occurrence of the anchor every
 * position where a match containing that occurrence can start. `first`, when given, must accept
 * the first code unit of every match (positions it rejects are not tried). Offsets must not
 * decrease from one call to the next.
 */
export function anchoredScanner(text: string, re: RegExp, anchor: RegExp, window: StartWindow, first?: (code: number) => boolean): (from: number) => RegExpExecArray | null {
  const windows = new Windows();
  anchor.lastIndex = 0;
  for (let m = anchor.exec(text); m; m = anchor.exec(text)) {
    // Every occurrence, overlapping ones included.
    anchor.lastIndex = m.index + 1;
    windows.add(window(text, m.index, m[0].length), text.length);
  }
  return windows.scanner(text, re, first);
}

/** Intervals of start positions, gathered in any order, then scanned in order. */
class Windows {
  private readonly found: [number, number][] = [];
  private sorted = true;

  add(w: readonly [number, number] | undefined, length: number): void {
    if (!w) return;
    const lo = Math.max(0, w[0]);
    const hi = Math.min(length, w[1]);
    if (hi < lo) return;
    const found = this.found;
    if (found.length > 0 && lo < found[found.length - 1][0]) this.sorted = false;
    found.push([lo, hi]);
  }

  /** A search of `re` from a given offset, trying the positions of the windows only (see `anchoredScanner`). */
  scanner(text: string, re: RegExp, first?: (code: number) => boolean): (from: number) => RegExpExecArray | null {
    const found = this.found;
    if (!this.sorted) found.sort((x, y) => x[0] - y[0]);
    // Disjoint intervals, in order.
    const los: number[] = [];
    const his: number[] = [];
    for (const [lo, hi] of found) {
      const last = his.length - 1;
      if (last >= 0 && lo <= his[last] + 1) his[last] = Math.max(his[last], hi);
      else {
        los.push(lo);
        his.push(hi);
      }
    }
    const sticky = stickyOf(re);
    const unicode = re.unicode || re.flags.includes('v');
    let k = 0;
    return (from) => {
      while (k < his.length && his[k] < from) k++;
      for (let j = k; j < his.length; j++) {
        for (let p = Math.max(los[j], from); p <= his[j]; p++) {
          if (first && !first(text.charCodeAt(p))) continue;
          // A unicode expression never starts inside a surrogate pair.
          if (unicode && insideSurrogatePair(text, p)) continue;
          sticky.lastIndex = p;
          const m = sticky.exec(text);
          if (m) return m;
        }
      }
      k = his.length;
      return null;
    };
  }
}

/**
 * The matches of the global expression `re` in `text`, as `re.exec` in a loop finds them (see
 * `anchoredScanner`); `re` never matches the empty string.
 */
export function anchoredMatches(text: string, re: RegExp, anchor: RegExp, window: StartWindow, first?: (code: number) => boolean): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const next = anchoredScanner(text, re, anchor, window, first);
  for (let m = next(0); m; m = next(m.index + Math.max(1, m[0].length))) out.push(m);
  return out;
}

/** The runs of ASCII digits of a text, in order: run `i` is `[start[i], end[i])`. */
export interface DigitRuns {
  readonly start: readonly number[];
  readonly end: readonly number[];
}

const DIGIT = /\d/g;

/** The runs of digits of a text (found by the engine, which skips to digits faster than a loop). */
export function findDigitRuns(text: string): DigitRuns {
  const start: number[] = [];
  const end: number[] = [];
  DIGIT.lastIndex = 0;
  while (DIGIT.test(text)) {
    const a = DIGIT.lastIndex - 1;
    let b = DIGIT.lastIndex;
    while (b < text.length && isDigit(text.charCodeAt(b))) b++;
    start.push(a);
    end.push(b);
    DIGIT.lastIndex = b;
  }
  return { start, end };
}

/** The runs of digits of the masked text, found once per model for every rule that asks. */
export function digitRuns(model: DocumentModel): DigitRuns {
  return memo(model, 'anchored:digitRuns', () => findDigitRuns(model.masked));
}

/** Where a match can start, given a run of digits `[start, end)`: one offset, or -1 (none). */
export type RunStart = (text: string, start: number, end: number) => number;

/**
 * The matches of the global expression `re` in `text`, as `re.exec` in a loop finds them, given
 * `runs`, the runs of digits of `text`, and `at`, which must give for the runs every position
 * where a match can start (every match being found from one run of digits near it: its own, or
 * the one before or after it), in increasing order. `re` never matches the empty string.
 */
export function digitRunMatches(text: string, runs: DigitRuns, re: RegExp, at: RunStart): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const sticky = stickyOf(re);
  const unicode = re.unicode || re.flags.includes('v');
  const { start, end } = runs;
  let from = 0;
  let last = -1;
  for (let i = 0; i < start.length; i++) {
    const p = at(text, start[i], end[i]);
    if (p < 0) continue;
    if (p <= last) throw new Error(`digitRunMatches: the starts of ${re} do not increase`);
    last = p;
    // A unicode expression never starts inside a surrogate pair.
    if (p < from || (unicode && insideSurrogatePair(text, p))) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m) {
      out.push(m);
      from = m.index + m[0].length;
    }
  }
  return out;
}

/** Where a match can start, given a run of digits `[start, end)`: the first and last possible start (inclusive), or undefined (none). */
export type RunWindow = (text: string, start: number, end: number) => readonly [number, number] | undefined;

/**
 * As `digitRunMatches`, where a run of digits gives a window of positions where a match can start
 * (the windows in any order); `first` as for `anchoredScanner`.
 */
export function digitRunWindowMatches(text: string, runs: DigitRuns, re: RegExp, window: RunWindow, first?: (code: number) => boolean): RegExpExecArray[] {
  const windows = new Windows();
  const { start, end } = runs;
  for (let i = 0; i < start.length; i++) windows.add(window(text, start[i], end[i]), text.length);
  const out: RegExpExecArray[] = [];
  const next = windows.scanner(text, re, first);
  for (let m = next(0); m; m = next(m.index + Math.max(1, m[0].length))) out.push(m);
  return out;
}

/** Whether the code unit is an ASCII digit. */
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Whether the code unit is a space, a tab or a no-break space (`[ \t\u00a0]`). */
export function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

/** The start of the run of `[ \t\u00a0]` that ends at `end` (`end` itself when there is none). */
export function blanksBefore(text: string, end: number): number {
  let i = end;
  while (i > 0 && isBlank(text.charCodeAt(i - 1))) i--;
  return i;
}
