/** Text edits in the shape features return them (LSP ranges), and how fixes become such edits. */
import { applyFixes } from '../fixes/applyFixes';
import { rangeOf } from '../model/text';
import type { DocumentModel, Range, Span } from '../model/types';
import type { Fix, TextEdit } from '../rules/types';

/** A replacement of a range of the document, as LSP's TextEdit. */
export interface RangeEdit {
  readonly range: Range;
  readonly newText: string;
}

/** Converts offset edits into range edits, sorted by position. */
export function toRangeEdits(model: Pick<DocumentModel, 'lines' | 'text'>, edits: readonly TextEdit[]): RangeEdit[] {
  return [...edits]
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)
    .map((e) => ({ range: rangeOf(model, e.span), newText: e.newText }));
}

/** Whether two spans intersect (an empty span intersects a span that strictly contains its point). */
export function intersects(a: Span, b: Span): boolean {
  if (a.start === a.end) return b.start < a.start && a.start < b.end;
  if (b.start === b.end) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/** Whether span `inner` lies within span `outer`. */
export function within(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/**
 * The fixes that `applyFixes` takes from `fixes` (it skips overlapping ones), found by running the
 * one engine with a marker in place of each replacement: which fix applies depends only on spans.
 */
export function takenFixes(text: string, fixes: readonly Fix[]): Fix[] {
  const open = '\uE000';
  const close = '\uE001';
  if (text.includes(open)) return fallbackTaken(text, fixes);
  const marked = fixes.map((f, i) => ({ title: f.title, edits: f.edits.map((e) => ({ span: e.span, newText: `${open}${i}${close}` })) }));
  const result = applyFixes(text, marked).text;
  const taken = new Set<number>();
  const re = /\uE000(\d+)\uE001/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(result))) taken.add(Number(m[1]));
  // A fix whose edits all insert nothing still leaves markers, so every taken fix is seen.
  return fixes.filter((_, i) => taken.has(i));
}

/** Without markers: takes fixes greedily one by one, through the engine. */
function fallbackTaken(text: string, fixes: readonly Fix[]): Fix[] {
  const out: Fix[] = [];
  for (const f of fixes) {
    if (applyFixes(text, [...out, f]).applied === out.length + 1) out.push(f);
  }
  return out;
}

/** The edits of the fixes `applyFixes` would apply together, flattened. */
export function editsOfFixes(text: string, fixes: readonly Fix[]): TextEdit[] {
  return takenFixes(text, fixes).flatMap((f) => f.edits);
}

/** One edit that turns `before` into `after` (common prefix and suffix left alone), or none. */
export function differenceEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  // Never split a surrogate pair, nor a CRLF line end (an editor has no position between CR and LF).
  if (start > 0 && (isHighSurrogate(before.charCodeAt(start - 1)) || isCrlfAt(before, start - 1))) start--;
  if (endBefore < before.length && (isLowSurrogate(before.charCodeAt(endBefore)) || isCrlfAt(before, endBefore - 1))) {
    endBefore++;
    endAfter++;
  }
  return { span: { start, end: endBefore }, newText: after.slice(start, endAfter) };
}

function isCrlfAt(s: string, i: number): boolean {
  return s.charCodeAt(i) === 13 && s.charCodeAt(i + 1) === 10;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * The text with non-overlapping offset edits spliced in, as they are (no fix engine: no guard on
 * comments, no conflict handling), and the edits in text order.
 */
export function spliceEdits(text: string, edits: readonly TextEdit[]): { text: string; sorted: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.span.start) + e.newText;
    at = e.span.end;
  }
  return { text: out + text.slice(at), sorted };
}

/** Applies offset edits (non-overlapping) to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return applyFixes(text, [{ title: '', edits }]).text;
}
