/**
 * Faster scans with the same matches. A global regular expression that opens with a lookbehind or
 * an alternation of words (`(?<=\d)—`, `\b(one|two|…)`) is tried at every position of the text,
 * while one that opens with a literal lets the engine skip to the literal's occurrences. Where
 * every match contains such a literal (its anchor) and the positions where a match can start are
 * found from each occurrence of the anchor (overlapping ones included), `anchoredMatches` tries a
 * sticky copy of the expression at those positions only, in order, and returns exactly the
 * matches that `exec` in a loop would return.
 */

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
  const found: [number, number][] = [];
  let sorted = true;
  anchor.lastIndex = 0;
  for (let m = anchor.exec(text); m; m = anchor.exec(text)) {
    // Every occurrence, overlapping ones included.
    anchor.lastIndex = m.index + 1;
    const w = window(text, m.index, m[0].length);
    if (!w) continue;
    const lo = Math.max(0, w[0]);
    const hi = Math.min(text.length, w[1]);
    if (hi < lo) continue;
    if (found.length > 0 && lo < found[found.length - 1][0]) sorted = false;
    found.push([lo, hi]);
  }
  if (!sorted) found.sort((x, y) => x[0] - y[0]);
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
        if (unicode && p > 0 && isLowSurrogate(text.charCodeAt(p)) && isHighSurrogate(text.charCodeAt(p - 1))) continue;
        sticky.lastIndex = p;
        const m = sticky.exec(text);
        if (m) return m;
      }
    }
    k = his.length;
    return null;
  };
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

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
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
