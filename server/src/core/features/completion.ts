/**
 * Completion: opening phrases (preambular in the preamble, operative after a number, with the
 * next paragraph number), only those of the draft's profile, ranked by how common they are
 * (CONVENTIONS.md status column), with the extra phrases of the settings; footnote labels after
 * `[^` with a preview of each footnote; the organ line after the header; `Agenda item` and
 * session-line templates in the header.
 */
import { resolveSettings, type ResolvedSettings } from '../config/settings';
import type { Profile } from '../config/profiles';
import { operativePhrases, preambularPhrases, isJoke, type PhraseEntry } from '../data/lexicon';
import { capitalizedOrdinal } from '../data/ordinals';
import { allParagraphs, paragraphAt, sessionNumber } from '../model/derived';
import { offsetAt, rangeOf } from '../model/text';
import type { DocumentModel, Position, Range } from '../model/types';
import { operativeParagraphs } from '../rules/util';

/** A completion proposal. */
export interface CompletionResult {
  readonly label: string;
  readonly kind: 'preambular' | 'operative' | 'footnote' | 'organ' | 'header';
  /** The text that replaces `range`. */
  readonly newText: string;
  readonly range: Range;
  readonly filterText: string;
  readonly sortText: string;
  readonly detail: string;
  readonly documentation?: string;
  /** Whether `newText` is a snippet with tab stops (`${1:number}`); plain text otherwise. */
  readonly snippet?: boolean;
}

/** Characters that open completion: italics marks, `[^` for footnotes, the space after a paragraph number. */
export const TRIGGER_CHARACTERS: readonly string[] = ['_', '^', ' '];

/**
 * How common a phrase of each status is in the texts of each profile, most common first (0);
 * a status missing from a profile's table is not offered under it. Statuses are CONVENTIONS.md's
 * (2.1, 3.2): `UN` current UN usage, `UN-rare`, `SC` Security Council usage, `SC-rare`, `OLD`
 * older texts, `MUN` Model UN lists. A combined status (`UN/SC`) takes its best part.
 */
const STATUS_RANKS: Readonly<Record<Profile, Readonly<Record<string, number>>>> = {
  ga: { UN: 0, 'UN-rare': 3, OLD: 6 },
  ecosoc: { UN: 0, 'UN-rare': 3, OLD: 6 },
  hrc: { UN: 0, 'UN-rare': 3, OLD: 6 },
  sc: { SC: 0, UN: 1, 'SC-rare': 4, 'UN-rare': 4, OLD: 6 },
  mun: { UN: 0, MUN: 2, 'UN-rare': 3, SC: 4, 'SC-rare': 5, OLD: 6 },
};

/** The rank of a phrase under a profile (lower is more common), undefined when the profile does not use it. */
export function phraseRank(entry: PhraseEntry, profile: Profile): number | undefined {
  if (isJoke(entry)) return undefined;
  const ranks = STATUS_RANKS[profile];
  // `MUN (UN form: Noting further)`, `UN-rare (usually "Decides to transmit")`: the words before the note.
  const parts = entry.status.split(/[ (]/)[0].split('/');
  let best: number | undefined;
  for (const part of parts) {
    const r = ranks[part];
    if (r !== undefined && (best === undefined || r < best)) best = r;
  }
  return best;
}

/** Rank of the extra phrases of the settings: the drafter asked for them. */
const EXTRA_RANK = 1;

/**
 * The phrases of a part. `range` is what they replace; `spaced`, the same range with the one space
 * after it, for the phrases whose text ends with their own space.
 */
function items(kind: 'preambular' | 'operative', prefix: string, typedMarker: string, range: Range, spaced: Range, settings: ResolvedSettings): CompletionResult[] {
  const entries = kind === 'preambular' ? preambularPhrases : operativePhrases;
  const mark = kind === 'operative' && settings.mun.openerStyle === 'underline' ? '__' : '_';
  const out: CompletionResult[] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    const r = phraseRank(e, settings.profile);
    if (r === undefined) continue;
    seen.add(e.phrase.toLowerCase());
    const counterpart = kind === 'preambular' ? e.operative?.[0] : undefined;
    out.push({
      label: e.phrase,
      kind,
      newText: `${prefix}${mark}${e.phrase}${mark} `,
      range: spaced,
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
  for (const phrase of settings.phrases[kind]) {
    if (seen.has(phrase.toLowerCase())) continue;
    seen.add(phrase.toLowerCase());
    out.push({ label: phrase, kind, newText: `${prefix}${mark}${phrase}${mark} `, range: spaced, filterText: `${typedMarker}${phrase}`, sortText: `${EXTRA_RANK}${phrase}`, detail: `${kind} phrase (from the settings)` });
  }
  // The profile's usual closing paragraph (SC: `Decides to remain seized of the matter.`), whole.
  const closing = settings.profileStyle.closingParagraph;
  if (kind === 'operative' && closing) {
    const [verb, ...rest] = closing.split(' ');
    out.push({ label: closing, kind, newText: `${prefix}${mark}${verb}${mark} ${rest.join(' ')}`, range, filterText: `${typedMarker}${closing}`, sortText: `00${closing}`, detail: `closing paragraph (${settings.profileStyle.name})`, documentation: 'The usual last operative paragraph of the profile.' });
  }
  return out;
}

/**
 * The completions at a position. `settings` choose the profile (its phrases, the underline style,
 * the extra phrases); without them the draft's own organ line chooses it.
 */
export function complete(model: DocumentModel, position: Position, settings?: ResolvedSettings): CompletionResult[] {
  // A position outside the document (a stale or hostile client) gets nothing, not a throw.
  if (position.line < 0 || position.line >= model.lines.length || position.character < 0) return [];
  const offset = offsetAt(model, position);
  // Nothing inside a comment: a note to colleagues is not a paragraph (and the space that opens
  // completion is typed there too).
  if (model.comments.some((c) => offset > c.span.start && (offset < c.span.end || !c.closed))) return [];
  const line = model.lines[Math.min(Math.max(0, position.line), model.lines.length - 1)];
  const footnotes = footnoteCompletions(model, offset, line.start);
  if (footnotes) return footnotes;
  const before = model.masked.slice(line.start, offset);
  if (before.length > 200) return [];
  const header = headerCompletions(model, offset, line.start, position.line, before);
  if (header) return header;
  return phraseCompletions(model, position, offset, line, before, settings ?? resolveSettings(undefined, model));
}

/** Footnote labels after `[^`: the defined labels with a preview, and a new number. */
function footnoteCompletions(model: DocumentModel, offset: number, lineStart: number): CompletionResult[] | undefined {
  const before = model.masked.slice(Math.max(lineStart, offset - 110), offset);
  const m = /\[\^([^\]\s[]{0,100})$/.exec(before);
  if (!m) return undefined;
  const open = offset - m[0].length;
  // After the organ line only: `[^` in the header is text.
  if (model.organ ? open < model.organ.span.end : open < model.header.span.end) return [];
  const atLineStart = model.masked.slice(lineStart, open).trim() === '';
  const after = /^[^\]\s[]{0,100}\]:?/.exec(model.masked.slice(offset, offset + 110));
  const defining = atLineStart;
  let end = offset;
  if (after) end += after[0].length;
  if (defining && after && model.masked[end] === ' ') end++;
  const range = rangeOf(model, { start: offset - m[1].length, end });
  const close = defining ? ']: ' : ']';
  const out: CompletionResult[] = [];
  const defined = new Map<string, string>();
  for (const d of model.footnoteDefinitions) if (!defined.has(d.label)) defined.set(d.label, model.text.slice(d.textSpan.start, d.textSpan.end));
  const cited = new Set(model.footnoteReferences.map((r) => r.label));
  let rank = 0;
  const add = (label: string, detail: string, documentation?: string) =>
    out.push({ label, kind: 'footnote', newText: `${label}${close}`, range, filterText: label, sortText: String(rank++).padStart(4, '0'), detail, documentation });
  if (defining) {
    // A definition: the labels cited and not yet defined come first.
    for (const label of cited) if (!defined.has(label)) add(label, 'cited, not yet defined');
  } else {
    for (const [label, text] of defined) add(label, preview(text), text.replace(/[\s\u00a0]+/g, ' ').trim());
  }
  let max = 0;
  for (const label of [...defined.keys(), ...cited]) if (/^\d{1,6}$/.test(label)) max = Math.max(max, Number(label));
  const next = String(max + 1);
  if (!defined.has(next) && !cited.has(next)) add(next, 'new footnote');
  return out;
}

function preview(text: string): string {
  const t = text.replace(/[\s\u00a0]+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 59)}…` : t;
}

const ORGANS = ['The General Assembly,', 'The Security Council,', 'The Economic and Social Council,', 'The Human Rights Council,'];

/** In the header: the organ line (at its end), `Agenda item` and the session line when missing. */
function headerCompletions(model: DocumentModel, offset: number, lineStart: number, lineIndex: number, before: string): CompletionResult[] | undefined {
  const firstBody = allParagraphs(model)[0]?.span.start ?? Infinity;
  const inHeader = model.organ ? offset < model.organ.span.start : offset < firstBody && !model.footnoteDefinitions.some((d) => d.span.start < offset);
  if (!inHeader) return undefined;
  const typed = /^([ \t\u00a0]*)([A-Za-z][A-Za-z -]{0,40})?$/.exec(before);
  if (!typed) return [];
  const prefix = (typed[2] ?? '').toLowerCase();
  const range = rangeOf(model, { start: lineStart + typed[1].length, end: offset });
  const out: CompletionResult[] = [];
  const kinds = new Set(model.header.lines.map((h) => h.kind));
  const offer = (item: Omit<CompletionResult, 'range' | 'filterText'>, text: string) => {
    if (text.toLowerCase().startsWith(prefix)) out.push({ ...item, range, filterText: text });
  };
  if (!kinds.has('agendaItem')) {
    offer({ label: 'Agenda item', kind: 'header', newText: 'Agenda item ${1:number}', snippet: true, sortText: '1', detail: 'agenda item line', documentation: 'The agenda item under which the text is considered: `Agenda item 128 (t)`, `Agenda items 19 (a) and 20`.' }, 'Agenda item');
  }
  const session = sessionNumber(model);
  if (!kinds.has('session') && session !== undefined && session >= 1 && session <= 999) {
    const text = `${capitalizedOrdinal(session)} session`;
    offer({ label: text, kind: 'header', newText: text, sortText: '2', detail: 'session line', documentation: 'The session, in words, from the document symbol or the resolution number.' }, text);
  }
  // The organ line closes the header: offered on a new line after the last header line.
  const previousBlank = lineIndex === 0 || model.masked.slice(model.lines[lineIndex - 1].start, model.lines[lineIndex - 1].end).trim() === '';
  const laterHeader = model.header.lines.some((h) => h.span.start > offset);
  if (!model.organ && previousBlank && !laterHeader) {
    const preferred = preferredOrgan(model);
    ORGANS.forEach((text, i) => {
      const name = text.slice(4, -1);
      offer({ label: text, kind: 'organ', newText: text, sortText: `3${name === preferred ? 0 : i + 1}`, detail: 'organ line', documentation: `The enacting formula: the organ that adopts the text (${name}), then a comma before the preamble.` }, text);
    });
  }
  return out;
}

/** The organ the header points to: the series of the document symbol (A/, S/, E/, A/HRC/). */
function preferredOrgan(model: DocumentModel): string {
  const symbol = model.header.lines.find((h) => h.kind === 'symbol')?.text ?? '';
  if (/^A\/HRC\//.test(symbol)) return 'Human Rights Council';
  if (/^S\//.test(symbol)) return 'Security Council';
  if (/^E\//.test(symbol)) return 'Economic and Social Council';
  return 'General Assembly';
}

/** Opening phrases at the start of a paragraph. */
function phraseCompletions(model: DocumentModel, position: Position, offset: number, line: { start: number }, before: string, settings: ResolvedSettings): CompletionResult[] {
  // Only in the body: after the organ line (or after the header when there is none).
  if (model.organ ? offset <= model.organ.span.end : offset < model.header.span.end) return [];
  if (model.annex && offset >= model.annex.heading.start) return [];

  const numbered = /^([ \t\u00a0]*\d{1,4}\.[ \t\u00a0]+)(?![ \t\u00a0])(_|\*)?([\p{L}'’ -]{0,60})$/u.exec(before);
  if (numbered) {
    const start = line.start + numbered[1].length;
    const end = phraseEnd(model, start, offset, numbered[2] ?? '');
    return items('operative', '', numbered[2] ?? '', rangeOf(model, { start, end }), rangeOf(model, { start, end: withSpace(model, end) }), settings);
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
  const end = phraseEnd(model, start, offset, bare[2] ?? '');
  const range = rangeOf(model, { start, end });
  const spaced = rangeOf(model, { start, end: withSpace(model, end) });
  // After the first operative paragraph, a new paragraph is operative: propose it with its number.
  const operativeBefore = operativeParagraphs(model).filter((p) => p.span.start < line.start);
  if (operativeBefore.length > 0) {
    const next = operativeBefore.length + 1;
    return items('operative', `${next}. `, bare[2] ?? '', range, spaced, settings);
  }
  return items('preambular', '', bare[2] ?? '', range, spaced, settings);
}

/** A letter, an apostrophe or a hyphen: what an opening phrase's words are made of. */
const PHRASE_CHAR = /[\p{L}'’-]/u;

/**
 * Where the phrase that a completion at `offset` replaces ends: a chosen phrase takes the place of
 * the one written there, not only of the part before the cursor (`_Req|uests_` becomes
 * `_Notes_`, not `_Notes_uests_`). The paragraph's opening emphasis when the phrase starts it and
 * holds the cursor (a phrase of several words); else the letters after the cursor and the closing
 * mark of the one typed before it (`_Req|uests_`, `_|_`); on the cursor's line.
 */
function phraseEnd(model: DocumentModel, start: number, offset: number, marker: string): number {
  const em = paragraphAt(model, start)?.opener.emphasis;
  if (em && em.span.start === start && offset < em.span.end && !/[\r\n]/.test(model.masked.slice(start, em.span.end))) return em.span.end;
  const t = model.masked;
  let end = offset;
  while (end < t.length && PHRASE_CHAR.test(t[end])) end++;
  if (marker && t.startsWith(marker, end) && !t.startsWith(marker, end + marker.length)) end += marker.length;
  return end;
}

/** `end` and the one space after it (the phrases offered end with their own). */
function withSpace(model: DocumentModel, end: number): number {
  return model.masked[end] === ' ' ? end + 1 : end;
}
