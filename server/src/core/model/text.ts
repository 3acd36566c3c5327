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
