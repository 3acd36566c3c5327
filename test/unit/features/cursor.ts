/** Cursor markers and edit application for the feature tests (in-memory documents, no mocks). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createLanguageService, type Range, type RangeEdit } from '../../../server/src/core/languageService';
import { offsetAt, positionAt } from '../../../server/src/core/model/text';
import { parse } from '../../../server/src/core/parser/parse';

/** The adopted resolution A/RES/73/331 in the draft format. */
export const example = readFileSync(new URL('../../../../shared/examples/A-RES-73-331.unres', import.meta.url), 'utf8');
/** The faulty fixture: five known problems. */
export const faulty = readFileSync(new URL('../../fixtures/faulty.unres', import.meta.url), 'utf8');

let uris = 0;

/** A document as the core sees it. */
export function doc(text: string, uri = `file:///feature-${++uris}.unres`) {
  return { uri, version: 1, getText: () => text };
}

/**
 * Splits a text with one `|` cursor marker into the text and the cursor, as an offset and an
 * LSP position, with a document for the service.
 */
export function withCursor(marked: string) {
  const at = marked.indexOf('|');
  assert.ok(at >= 0, 'cursor marker | missing');
  assert.equal(marked.indexOf('|', at + 1), -1, 'one cursor marker only');
  const text = marked.slice(0, at) + marked.slice(at + 1);
  const model = parse(text);
  return { text, offset: at, position: positionAt(model, at), doc: doc(text) };
}

/** The text a range covers. */
export function textOf(text: string, range: Range): string {
  const model = parse(text);
  return text.slice(offsetAt(model, range.start), offsetAt(model, range.end));
}

/** Marks ranges in a text with `[[` and `]]`, to compare several ranges at a glance. */
export function markRanges(text: string, ranges: readonly Range[]): string {
  const model = parse(text);
  const spans = ranges.map((r) => ({ start: offsetAt(model, r.start), end: offsetAt(model, r.end) })).sort((a, b) => b.start - a.start);
  let out = text;
  for (const s of spans) out = `${out.slice(0, s.start)}[[${out.slice(s.start, s.end)}]]${out.slice(s.end)}`;
  return out;
}

/** Applies LSP-shaped edits (non-overlapping) to a text, as an editor would. */
export function applyEdits(text: string, edits: readonly RangeEdit[]): string {
  const model = parse(text);
  const spans = edits
    .map((e, i) => ({ start: offsetAt(model, e.range.start), end: offsetAt(model, e.range.end), newText: e.newText, i }))
    // Applied from the end; insertions at one point keep the order of the array, as LSP says.
    .sort((a, b) => b.start - a.start || b.end - a.end || b.i - a.i);
  let out = text;
  let limit = Infinity;
  for (const s of spans) {
    assert.ok(s.end <= limit, 'edits overlap');
    out = out.slice(0, s.start) + s.newText + out.slice(s.end);
    limit = s.start;
  }
  return out;
}

/** A fresh language service. */
export function service() {
  return createLanguageService();
}
