import type { DocumentModel, Line, Position, Range, Span } from './types';

/** Splits text into lines at LF, CRLF and CR, in one pass. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  if (text.indexOf('\r') < 0) {
    // LF only (the common case): the engine's indexOf finds line ends much faster than a loop.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      lines.push({ index: lines.length, start, end: i });
      start = i + 1;
    }
    lines.push({ index: lines.length, start, end: n });
    return lines;
  }
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */ || c === 13 /* \r */) {
      lines.push({ index: lines.length, start, end: i });
      if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ index: lines.length, start, end: n });
  return lines;
}

/** The dominant line ending of a text (LF when there is none). */
export function detectEol(text: string): '\n' | '\r\n' | '\r' {
  if (text.indexOf('\r') < 0) return '\n';
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (i + 1 < n && text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
  }
  if (crlf > lf && crlf >= cr) return '\r\n';
  if (cr > lf && cr > crlf) return '\r';
  return '\n';
}

/** Whether a UTF-16 code unit is white space in the sense of FORMAT.md (tabs, NBSP, BOM …). */
export function isSpace(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0xfeff || c === 11 || c === 12 ||
    (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x1680 || c === 0x85
  );
}

/**
 * The text with each tab and no-break space made a plain space, one for one (offsets stay): they
 * are white space (FORMAT.md), as Word exports write them (`25\u00a0July\u00a02019`).
 */
export function plainSpaces(text: string): string {
  return text.replace(/[\t\u00a0]/g, ' ');
}

/** Offset of the first non-space character in `[start, end)`, or `end`. */
export function skipSpace(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Offset just after the last non-space character in `[start, end)`, or `start`. */
export function trimEnd(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** The span with surrounding white space removed. */
export function trimSpan(text: string, span: Span): Span {
  const start = skipSpace(text, span.start, span.end);
  return { start, end: trimEnd(text, start, span.end) };
}

/** Index of the line containing `offset` (binary search). */
export function lineAt(lines: readonly Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Converts an offset into an LSP position. */
export function positionAt(model: Pick<DocumentModel, 'lines' | 'text'>, offset: number): Position {
  const clamped = Math.max(0, Math.min(offset, model.text.length));
  const line = lineAt(model.lines, clamped);
  const l = model.lines[line];
  return { line, character: Math.min(clamped, l.end) - l.start };
}

/** Converts an LSP position into an offset, clamping to the document. */
export function offsetAt(model: Pick<DocumentModel, 'lines'>, position: Position): number {
  const lines = model.lines;
  if (position.line < 0) return 0;
  if (position.line >= lines.length) return lines[lines.length - 1].end;
  const l = lines[position.line];
  return Math.max(l.start, Math.min(l.start + Math.max(0, position.character), l.end));
}

/** Converts a span into an LSP range. */
export function rangeOf(model: Pick<DocumentModel, 'lines' | 'text'>, span: Span): Range {
  return { start: positionAt(model, span.start), end: positionAt(model, span.end) };
}

/** Collapses runs of white space (tabs, NBSP …) to single spaces and trims. */
export function normalizeSpace(s: string): string {
  return s.replace(/[\s\u00a0\ufeff]+/g, ' ').trim();
}

/** Whether `[from, to)` holds only spaces, tabs, no-break spaces and carriage returns (a blank line's content). */
export function isBlankLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 13) return false;
  }
  return true;
}

/** The start of the block holding `offset`: just after the last blank line before it. */
export function blockStart(text: string, offset: number): number {
  let lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  while (lineStart > 0) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    if (isBlankLine(text, prevStart, lineStart - 1)) return lineStart;
    lineStart = prevStart;
  }
  return 0;
}

/** The end of the block holding `offset`: the line feed that starts the next blank line (or the end). */
export function blockEnd(text: string, offset: number): number {
  let lineEnd = text.indexOf('\n', offset);
  while (lineEnd >= 0) {
    const next = text.indexOf('\n', lineEnd + 1);
    if (isBlankLine(text, lineEnd + 1, next < 0 ? text.length : next)) return lineEnd;
    lineEnd = next;
  }
  return text.length;
}

// Look-around windows. A rule that reads the text around a place (a word before, a few characters
// after) must not read past a blank line into another block: a block-scope rule is re-checked with
// its block alone (lintIncremental). A blank line is read as the parser reads one: a line (ended by
// LF, CRLF or a lone CR) that holds only white space (`isSpace`), no-break spaces and the like
// included. That is every blank line the incremental runner widens to (`isBlankLine`), and more.

function isBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/** Whether the text from `start` to the next line break (or the end) is only white space. */
function blankAfter(text: string, start: number): boolean {
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isBreak(c)) return true;
    if (!isSpace(c)) return false;
  }
  return true;
}

/** Whether the text from the line break before `end` (or the start) to `end` is only white space. */
function blankBefore(text: string, end: number): boolean {
  for (let i = end - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (isBreak(c)) return true;
    if (!isSpace(c)) return false;
  }
  return true;
}

/** Whether `offset` lies on a blank line (one inside a CRLF: on the line that CRLF ends). */
export function onBlankLine(text: string, offset: number): boolean {
  if (offset > 0 && text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10) return blankBefore(text, offset - 1);
  return blankBefore(text, offset) && blankAfter(text, offset);
}

/**
 * The end of a look-ahead window `[from, to)` kept inside the block of `from`: `to`, or the line
 * break that ends the block's last line when a blank line starts before `to` (`from` when `from`
 * itself is on a blank line). White space of the blank line is never part of the window.
 */
export function windowEnd(text: string, from: number, to: number): number {
  const end = Math.min(to, text.length);
  if (from >= end) return end;
  if (onBlankLine(text, from)) return from;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isBreak(c)) continue;
    const next = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    if (blankAfter(text, next)) return i;
    i = next - 1;
  }
  return end;
}

/**
 * The start of a look-behind window `[from, to)` kept inside the block of `to`: `from` (at least
 * 0), or the start of the block's first line when a blank line ends after `from` (`to` when `to`
 * itself is on a blank line).
 */
export function windowStart(text: string, from: number, to: number): number {
  const start = Math.max(0, from);
  if (start >= to) return to;
  if (onBlankLine(text, to)) return to;
  for (let i = to - 1; i >= start; i--) {
    const c = text.charCodeAt(i);
    if (!isBreak(c)) continue;
    // The line break at `i` (with the CR before it, for a CRLF) ends a line: is that line blank?
    const lineEnd = c === 10 && i > 0 && text.charCodeAt(i - 1) === 13 ? i - 1 : i;
    if (blankBefore(text, lineEnd)) return i + 1;
    i = lineEnd;
  }
  return start;
}

/**
 * A regular expression source for white space inside a block, where `\s+` would do but for blank
 * lines: one or more white space characters with at most one line break (LF, CRLF or CR) among them.
 */
export const BLOCK_SPACE = String.raw`(?:[^\S\r\n]+(?:(?:\r\n?|\n)[^\S\r\n]*)?|(?:\r\n?|\n)[^\S\r\n]*)`;

/** Whether a blank line lies between `from` and `to` (or `from` is on one): a window `[from, to)` would leave the block of `from`. */
export function blankLineBetween(text: string, from: number, to: number): boolean {
  return windowEnd(text, from, to) < Math.min(to, text.length);
}

/** Index of the first entry of an ascending list that is `>= value`. */
export function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first entry of a list ascending by `key` whose key is `>= value`. */
export function lowerBoundBy<T>(list: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Characters compared at once by `commonPrefix` and `commonSuffix`: string equality runs natively. */
const CHUNK = 2048;

/** The length of the longest common prefix of two texts. */
export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + CHUNK <= n && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) i += CHUNK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** The length of the longest common suffix of two texts, at most `limit`. */
export function commonSuffix(a: string, b: string, limit: number): number {
  let i = 0;
  while (i + CHUNK <= limit && a.slice(a.length - i - CHUNK, a.length - i) === b.slice(b.length - i - CHUNK, b.length - i)) i += CHUNK;
  while (i < limit && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/** Whether offset `i` falls between the high and the low surrogate of one character. */
export function insideSurrogatePair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const low = text.charCodeAt(i);
  const high = text.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
}

/**
 * The marks that open an item of a dashed list (`- All parties …,`, `— Calls for …;`, `• …`), as
 * a character class body: the importer keeps such items in the paragraph that leads into them, the
 * exports print each on a line of its own, and the Word import reads those lines back.
 */
export const LIST_DASHES = '\\-\\u2013\\u2014\\u2022';

const DASHED_ITEM = new RegExp(`^[${LIST_DASHES}] (?=\\S)`);

/** Whether `text` opens with an item of a dashed list: a dash or a bullet, then a space. */
export function opensDashedItem(text: string): boolean {
  return DASHED_ITEM.test(text);
}

/** Whether `text` (up to `end`) ends an item that the next one completes: `…, and`, `…; or`. */
export function endsWithListConjunction(text: string, end = text.length): boolean {
  return /[,;] (?:and|or)$/.test(text.slice(Math.max(0, end - 6), end));
}
