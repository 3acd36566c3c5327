/**
 * The look-around windows of the rules stop at blank lines (model/text.ts `windowEnd`,
 * `windowStart`, `blankLineBetween`, `BLOCK_SPACE`): checked against the parser's lines
 * (`splitLines`: LF, CRLF, lone CR) and its blank line (a line of white space only, `isSpace`).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BLOCK_SPACE, blankLineBetween, isSpace, lineAt, onBlankLine, splitLines, windowEnd, windowStart } from '../../server/src/core/model/text';
import type { Line } from '../../server/src/core/model/types';

function blank(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** Whether `offset` is between the CR and the LF of a CRLF. */
function insideCrlf(text: string, offset: number): boolean {
  return offset > 0 && text[offset - 1] === '\r' && text[offset] === '\n';
}

/** The end of the window `[from, to)` in the block of `from`, from the parser's lines. */
function expectedEnd(text: string, from: number, to: number): number {
  const end = Math.min(to, text.length);
  if (from >= end) return end;
  const lines = splitLines(text);
  const j = lineAt(lines, from);
  if (blank(text, lines[j])) return from;
  for (let k = j + 1; k < lines.length; k++) {
    if (lines[k - 1].end >= end) return end;
    if (blank(text, lines[k])) return lines[k - 1].end;
  }
  return end;
}

/** The start of the window `[from, to)` in the block of `to`, from the parser's lines. */
function expectedStart(text: string, from: number, to: number): number {
  const start = Math.max(0, from);
  if (start >= to) return to;
  const lines = splitLines(text);
  const j = lineAt(lines, to);
  if (blank(text, lines[j])) return to;
  for (let k = j - 1; k >= 0; k--) {
    if (lines[k + 1].start <= start) return start;
    if (blank(text, lines[k])) return lines[k + 1].start;
  }
  return start;
}

const TOKENS = ['a', 'b.', ' ', '\t', '\u00a0', '\u2003', '\u200b', '\n', '\r', '\r\n', '\n\n', '\r\n\r\n'];
const texts = fc.array(fc.constantFrom(...TOKENS), { maxLength: 24 }).map((a) => a.join(''));
const cases = texts.chain((text) => fc.tuple(fc.constant(text), fc.integer({ min: -3, max: text.length + 3 }), fc.integer({ min: 0, max: text.length + 3 })));

describe('look-around windows stop at blank lines', () => {
  it('windowEnd and windowStart agree with the parser\'s blank lines, on random texts', () => {
    fc.assert(
      fc.property(cases, ([text, a, b]) => {
        const from = Math.max(0, a);
        if (!insideCrlf(text, from)) assert.equal(windowEnd(text, from, b), expectedEnd(text, from, b), JSON.stringify([text, from, b]));
        // A look-behind window ends at an offset of the text.
        if (b <= text.length && !insideCrlf(text, b)) assert.equal(windowStart(text, a, b), expectedStart(text, a, b), JSON.stringify([text, a, b]));
      }),
      { numRuns: 20_000, seed: 20261201 },
    );
  });

  it('reads a line of no-break spaces, tabs or other white space as blank, and a CRLF as one line break', () => {
    for (const sep of ['\n\n', '\n\u00a0\n', '\n \t\u00a0\n', '\n\u2003\n', '\r\n\r\n', '\r\n \r\n', '\r\r', '\n\r']) {
      const text = `first${sep}second`;
      assert.equal(blankLineBetween(text, 0, text.length), true, JSON.stringify(sep));
      assert.equal(windowEnd(text, 2, text.length), 5, JSON.stringify(sep));
      assert.equal(windowStart(text, 0, text.length - 2), text.length - 6, JSON.stringify(sep));
      assert.equal(onBlankLine(text, 4 + sep.length), true, JSON.stringify(sep));
      assert.equal(onBlankLine(text, 5), false, JSON.stringify(sep));
    }
    for (const sep of [' ', '\n', '\r\n', '\r', ' \n ', '\n\u2028\n', '\nx\n']) {
      const text = `first${sep}second`;
      assert.equal(blankLineBetween(text, 0, text.length), false, JSON.stringify(sep));
      assert.equal(windowEnd(text, 2, text.length), text.length, JSON.stringify(sep));
      assert.equal(windowStart(text, 0, text.length), 0, JSON.stringify(sep));
    }
  });

  it('BLOCK_SPACE is white space with at most one line break', () => {
    const re = new RegExp(`^a${BLOCK_SPACE}b$`);
    for (const s of [' ', '  ', '\t', '\u00a0', '\n', ' \n ', '\r\n', '\r', '\u00a0\r\n\t']) assert.ok(re.test(`a${s}b`), JSON.stringify(s));
    for (const s of ['', '\n\n', '\n \n', '\r\n\r\n', '\r\r', '\n\r', ' \n\u00a0\n ']) assert.ok(!re.test(`a${s}b`), JSON.stringify(s));
  });
});
