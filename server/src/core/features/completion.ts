/** Completion of opening phrases: preambular phrases in the preamble, operative phrases after a number. */
import { operativePhrases, preambularPhrases, isJoke, type PhraseEntry } from '../data/lexicon';
import { offsetAt, rangeOf } from '../model/text';
import type { DocumentModel, Position, Range } from '../model/types';
import { operativeParagraphs } from '../rules/util';

/** A completion proposal. */
export interface CompletionResult {
  readonly label: string;
  readonly kind: 'preambular' | 'operative';
  /** The text that replaces `range`. */
  readonly newText: string;
  readonly range: Range;
  readonly filterText: string;
  readonly sortText: string;
  readonly detail: string;
  readonly documentation?: string;
}

const STATUS_RANK: Record<string, number> = { UN: 0, 'UN/SC': 1, SC: 2, 'UN/OLD': 3, 'UN-rare': 4, 'SC/UN-rare': 4, 'SC/OLD': 5, 'SC-rare': 5, OLD: 6, 'OLD/UN-rare': 6 };

function rank(entry: PhraseEntry): number | undefined {
  if (isJoke(entry) || /^MUN/.test(entry.status) || /MUN$/.test(entry.status)) return undefined;
  return STATUS_RANK[entry.status] ?? 7;
}

function items(kind: 'preambular' | 'operative', prefix: string, typedMarker: string, range: Range): CompletionResult[] {
  const entries = kind === 'preambular' ? preambularPhrases : operativePhrases;
  const out: CompletionResult[] = [];
  for (const e of entries) {
    const r = rank(e);
    if (r === undefined) continue;
    const counterpart = kind === 'preambular' ? e.operative?.[0] : undefined;
    out.push({
      label: e.phrase,
      kind,
      newText: `${prefix}_${e.phrase}_ `,
      range,
      filterText: `${typedMarker}${e.phrase}`,
      sortText: `${r}${e.phrase}`,
      detail: kind === 'preambular' ? `preambular phrase (${e.status})` : `operative phrase (${e.status})`,
      documentation: [
        e.continuations.length ? `Usually followed by: ${e.continuations.join(', ')}.` : '',
        counterpart ? `Operative form: ${counterpart}.` : '',
        e.note ? `Note: ${e.note}.` : '',
      ].filter(Boolean).join(' ') || undefined,
    });
  }
  return out;
}

/** The completions at a position: opening phrases at the start of a paragraph. */
export function complete(model: DocumentModel, position: Position): CompletionResult[] {
  const offset = offsetAt(model, position);
  const line = model.lines[Math.min(position.line, model.lines.length - 1)];
  const before = model.masked.slice(line.start, offset);
  if (before.length > 200) return [];
  // Only in the body: after the organ line (or after the header when there is none).
  if (model.organ ? offset <= model.organ.span.end : offset < model.header.span.end) return [];
  if (model.annex && offset >= model.annex.heading.start) return [];

  const numbered = /^([ \t\u00a0]*\d{1,4}\.[ \t\u00a0]+)(_|\*)?([\p{L}'’ -]{0,60})$/u.exec(before);
  if (numbered) {
    const start = line.start + numbered[1].length;
    return items('operative', '', numbered[2] ?? '', rangeOf(model, { start, end: offset }));
  }
  const bare = /^([ \t\u00a0]*)(_|\*)?([\p{L}'’-]{0,40})$/u.exec(before);
  if (!bare) return [];
  // At the start of a paragraph only: the line above is blank (or the organ line).
  if (position.line > 0) {
    const prev = model.lines[position.line - 1];
    const prevText = model.masked.slice(prev.start, prev.end);
    const organLine = model.organ && prev.start <= model.organ.span.start && model.organ.span.start <= prev.end;
    if (/\S/.test(prevText) && !organLine) return [];
  }
  const start = line.start + bare[1].length;
  const range = rangeOf(model, { start, end: offset });
  // After the first operative paragraph, a new paragraph is operative: propose it with its number.
  const operativeBefore = operativeParagraphs(model).filter((p) => p.span.start < line.start);
  if (operativeBefore.length > 0) {
    const next = operativeBefore.length + 1;
    return items('operative', `${next}. `, bare[2] ?? '', range);
  }
  return items('preambular', '', bare[2] ?? '', range);
}
