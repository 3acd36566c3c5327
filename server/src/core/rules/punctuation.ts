/** Shared terminal-punctuation check for operative paragraphs and sub-paragraphs. */
import { terminalOf } from '../model/derived';
import type { DocumentModel, Span } from '../model/types';
import type { Report } from './types';

const CLOSING_QUOTES = '”’"\'';
const MARKS = ';.,:';

const NAMES: Record<string, string> = { ';': 'a semicolon', '.': 'a full stop', ':': 'a colon', ',': 'a comma' };

/** Describes a punctuation mark for messages. */
export function markName(mark: string): string {
  return NAMES[mark] ?? `"${mark}"`;
}

/**
 * Checks that the block `span` ends with `expected`; returns the report to make, if any.
 * Accepts `; and` / `; or` after a semicolon, and moves marks out of closing quotes.
 */
export function checkTerminal(model: DocumentModel, span: Span, expected: string, why: string, ids: { wrong: string; missing: string; insideQuote: string }): Report | undefined {
  const t = terminalOf(model, span);
  if (!t) return undefined;
  const s = model.masked;
  const data = { expected: markName(expected), mark: expected, found: markName(t.char), why };
  const prev = s[t.offset - 1];
  // The right mark is wrong only after another one (`…question;.`, `…report,;`), which the doubled
  // mark below replaces whole (found by a review: only a pair whose last mark was wrong was
  // reported); not after a full stop, which may end an abbreviation (`etc.;`).
  if (t.char === expected && prev !== ',' && prev !== ';' && prev !== ':') return undefined;
  // `…; and` before the last item is accepted after a semicolon; where another mark is due,
  // `; and` goes as a whole (`…; and` ending the resolution becomes `….`).
  const conj = /[;,]([ \t\u00a0\r\n]+)(?:and|or)$/.exec(s.slice(Math.max(span.start, t.offset - 12), t.offset + 1));
  if (conj) {
    if (expected === ';' && conj[0][0] === ';') return undefined;
    const tail = { start: t.offset + 1 - conj[0].length, end: t.offset + 1 };
    return { span: tail, messageId: ids.wrong, data: { ...data, found: `"${conj[0].replace(/\s+/g, ' ')}"` }, fix: { title: `Replace with ${markName(expected)}`, edits: [{ span: tail, newText: expected }] } };
  }
  const at = { start: t.offset, end: t.offset + 1 };
  if (MARKS.includes(t.char)) {
    // `;.` or `.;`: a doubled mark is replaced whole.
    const doubled = !!prev && MARKS.includes(prev);
    const span2 = doubled ? { start: t.offset - 1, end: t.offset + 1 } : at;
    return { span: span2, messageId: ids.wrong, data: doubled ? { ...data, found: `"${prev}${t.char}"` } : data, fix: { title: `Replace with ${markName(expected)}`, edits: [{ span: span2, newText: expected }] } };
  }
  if (CLOSING_QUOTES.includes(t.char) && MARKS.includes(s[t.offset - 1] ?? '')) {
    const q = { start: t.offset - 1, end: t.offset + 1 };
    return { span: q, messageId: ids.insideQuote, data: { ...data, quote: t.char }, fix: { title: `Put ${markName(expected)} after the quotation mark`, edits: [{ span: q, newText: `${t.char}${expected}` }] } };
  }
  return { span: at, messageId: ids.missing, data, fix: { title: `Add ${markName(expected)}`, edits: [{ span: { start: at.end, end: at.end }, newText: expected }] } };
}
