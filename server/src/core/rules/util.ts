/** Helpers shared by several rules. */
import { allParagraphs, memo } from '../model/derived';
import { LIST_DASHES, lowerBound, lowerBoundBy } from '../model/text';
import type { DocumentModel, Paragraph, Span } from '../model/types';
import type { PhraseMatch, Word } from '../data/lexicon';
import type { TextEdit } from './types';

/** Numbered preambular paragraphs (`1. _Recalling_ …`, PRE-01): the parser keeps them in the preamble. */
export function numberedPreambular(model: DocumentModel): readonly Paragraph[] {
  return memo(model, 'numberedPreambular', () => model.preamble.filter((p) => p.number));
}

/** The operative paragraphs. */
export function operativeParagraphs(model: DocumentModel): readonly Paragraph[] {
  return model.operative;
}

/** Whether an emphasis marker (`_`, `*`) occurs in `[start, end)`. */
export function hasMarkers(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '_' || c === '*') return true;
  }
  return false;
}

/** A replacement of the words of a phrase match, or undefined when markers sit inside it. */
export function replacePhrase(model: DocumentModel, match: PhraseMatch, newText: string): TextEdit | undefined {
  if (hasMarkers(model.text, match.start, match.end)) return undefined;
  // Words separated by a comment: replacing them would delete the comment.
  if (model.masked.slice(match.start, match.end) !== model.text.slice(match.start, match.end)) return undefined;
  return { span: { start: match.start, end: match.end }, newText };
}

/**
 * Where an offset stands, in terms an edit elsewhere does not change: the number of paragraphs,
 * the index of the paragraph that holds it and the offset inside that paragraph (or the offset
 * itself outside paragraphs). For a rule's `facts`: an edit of another paragraph leaves it the
 * same, and while the number of paragraphs is the same, every paragraph outside the edited ones
 * keeps its index, so two places never share a key (without the number, a paragraph pasted at the
 * index of the old one, with the word at the same offset, would).
 */
export function placeKey(model: DocumentModel, offset: number): string {
  const paragraphs = allParagraphs(model);
  // The last paragraph that starts at or before the offset.
  const i = lowerBoundBy(paragraphs, offset + 1, (p) => p.fullSpan.start) - 1;
  const p = paragraphs[i];
  return `${paragraphs.length}/${p && offset < p.fullSpan.end ? `${i}:${offset - p.fullSpan.start}` : `@${offset}`}`;
}

/** The span of a paragraph's last block: its last sub-paragraph at any depth, or its own text. */
export function lastBlockOf(p: Paragraph): Span {
  let subs = p.subparagraphs;
  let last: Span = p.span;
  while (subs.length > 0) {
    const s = subs[subs.length - 1];
    last = s.span;
    subs = s.children;
  }
  return last;
}

/** The span and the words to quote when a paragraph opens with an unknown phrase. */
export function unknownOpener(model: DocumentModel, p: Paragraph, words: readonly Word[]): { span: Span; found: string } {
  const first = words[0];
  if (first) return { span: { start: first.start, end: words[Math.min(2, words.length - 1)].end }, found: words.slice(0, 3).map((w) => w.text).join(' ') };
  const start = p.opener.textStart;
  const end = Math.min(p.span.end, start + 20);
  return { span: { start, end }, found: model.masked.slice(start, end).trim() };
}

/**
 * The cache-key prefix of the literal offset lists: every key of a model's cache that starts with
 * it is taken for one (`literalOffsetsOf`), so no other memo may use it.
 */
const LITERAL_OFFSETS = 'literalOffsets:';
/** The cache key of the previous version's lists and the edit between them (`carryLiteralOffsets`). */
const LITERAL_CARRY = 'literalCarry';

/** The literal offsets of a previous version and where its masked text is the same as this one's. */
interface LiteralCarry {
  readonly previous: ReadonlyMap<string, readonly number[]>;
  readonly previousLength: number;
  readonly prefix: number;
  readonly suffix: number;
}

/**
 * The offsets where `literal` occurs in the masked text (overlapping ones included), memoised per
 * model: moved from the previous version when the runner handed its lists over
 * (`carryLiteralOffsets`), else searched for in the whole text.
 */
export function literalOffsets(model: DocumentModel, literal: string): readonly number[] {
  return memo(model, LITERAL_OFFSETS + literal, () => {
    const carry = model.cache.get(LITERAL_CARRY) as LiteralCarry | undefined;
    const old = carry?.previous.get(literal);
    return old ? moveOffsets(model.masked, literal, old, carry!) : offsetsIn(model.masked, literal, 0, model.masked.length, []);
  });
}

/** Appends to `out` the offsets in `[from, to)` where `literal` starts in `s`. */
function offsetsIn(s: string, literal: string, from: number, to: number, out: number[]): number[] {
  // Searched in the window alone: `indexOf` on the whole text would run on to its end when the
  // literal is rare.
  const window = from === 0 && to >= s.length ? s : s.slice(from, Math.min(s.length, to + literal.length - 1));
  for (let at = window.indexOf(literal); at >= 0; at = window.indexOf(literal, at + 1)) out.push(from + at);
  return out;
}

/**
 * The offsets of `literal` in `s`, from those in the previous version (`old`) and the edit between
 * them: the matches wholly inside the common prefix stay, those inside the common suffix move by
 * the change of length, the text between is searched again. Equal to searching the whole text
 * (matches overlap, so those across the edges are searched).
 */
function moveOffsets(s: string, literal: string, old: readonly number[], { previousLength, prefix, suffix }: LiteralCarry): readonly number[] {
  // The same text: the same list (lists are never written to once made).
  if (prefix === previousLength && prefix === s.length) return old;
  const k = literal.length;
  const delta = s.length - previousLength;
  // Old matches that end within the prefix, then those that start within the suffix.
  const before = lowerBound(old, prefix - k + 1);
  const after = lowerBound(old, previousLength - suffix);
  const out = old.slice(0, before);
  offsetsIn(s, literal, Math.max(0, prefix - k + 1), s.length - suffix, out);
  for (let i = after; i < old.length; i++) out.push(old[i] + delta);
  return out;
}

/** The literals whose offsets the rules asked for in a model so far, with those offsets. */
export function literalOffsetsOf(model: DocumentModel): Map<string, readonly number[]> {
  const out = new Map<string, readonly number[]>();
  for (const [key, value] of model.cache) if (key.startsWith(LITERAL_OFFSETS)) out.set(key.slice(LITERAL_OFFSETS.length), value as readonly number[]);
  return out;
}

/**
 * Hands a model the literal offsets of its previous version and the edit of the masked text
 * between them (`prefix` code units the same at the start, `suffix` at the end): each list a rule
 * asks for (`literalOffsets`) is then moved over the edit rather than searched for in the whole
 * text. Lists no rule asks for in this version are neither moved nor kept (`literalOffsetsOf`).
 */
export function carryLiteralOffsets(model: DocumentModel, previous: ReadonlyMap<string, readonly number[]>, previousLength: number, prefix: number, suffix: number): void {
  const carry: LiteralCarry = { previous, previousLength, prefix, suffix };
  model.cache.set(LITERAL_CARRY, carry);
}

/** Whether a sorted list of offsets has one in `[start, end]`. */
export function hasOffsetIn(offsets: readonly number[], start: number, end: number): boolean {
  const i = lowerBound(offsets, start);
  return i < offsets.length && offsets[i] <= end;
}

/**
 * The matches of a sticky (`y`) expression in `text` (the masked text), in order and without
 * overlaps, as its global form finds them, when every match starts with the code unit `first`
 * followed, `back` code units from its start, by a literal found at `offsets` (`literalOffsets`):
 * the expression is tried only there. It never matches the empty string.
 */
export function matchesAtOffsets(text: string, offsets: readonly number[], back: number, first: number, sticky: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const at of offsets) {
    const start = at - back;
    if (start < from || text.charCodeAt(start) !== first) continue;
    sticky.lastIndex = start;
    const m = sticky.exec(text);
    if (!m) continue;
    out.push(m);
    from = m.index + m[0].length;
  }
  return out;
}

/** A paragraph number written otherwise, at the start of a paragraph: `2)`, `2 ` (no full stop). */
const WRONG_NUMBER = /^(\d{1,3})(?:\)|(?=[ \t\u00a0]))/;

/**
 * A sub-paragraph label written otherwise, at the start of a paragraph: `(A)`, `(1)`, `A.`, a dash
 * or a bullet. The parser reads only `(a)`, `a.`, `a)` as labels, so such a line is a paragraph of
 * its own; it is no operative paragraph that lost its number (found by a review: the fix wrote
 * `2. (A) To strengthen …`).
 */
const WRONG_LABEL = new RegExp(`^(?:\\((?:[A-Z]{1,4}|\\d{1,2})\\)|[A-Z]\\.|[${LIST_DASHES}])(?=[ \\t\\u00a0])`);

/** The written number or label at the start of an unnumbered paragraph, if it is one of those. */
export function wrongStart(model: DocumentModel, p: Paragraph): { kind: 'number' | 'label'; text: string } | undefined {
  const head = model.text.slice(p.body.start, Math.min(p.body.end, p.body.start + 8));
  const label = WRONG_LABEL.exec(head);
  if (label) return { kind: 'label', text: label[0] };
  const number = WRONG_NUMBER.exec(head);
  return number ? { kind: 'number', text: number[0] } : undefined;
}

/** Words before a name that leave no room for `the` or `its`: `the UNDP`, `its UNICEF office`. */
export const DETERMINERS = new Set(['the', 'its', 'their', 'this', 'that', 'these', 'those', 'our', 'his', 'her', 'a', 'an', 'whose', 'each', 'every']);

/** The word of ASCII letters before `at`, past the spaces before it (a scan back, not a pattern). */
export function wordBefore(s: string, at: number): string {
  let end = at;
  while (end > 0 && (s[end - 1] === ' ' || s[end - 1] === '\t' || s[end - 1] === '\u00a0')) end--;
  if (end === at) return '';
  let start = end;
  while (start > 0 && start > end - 12 && /[A-Za-z]/.test(s[start - 1])) start--;
  return s.slice(start, end);
}
