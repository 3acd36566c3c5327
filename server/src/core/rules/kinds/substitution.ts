/**
 * The generic data-driven rule kind (STYLE.md 6): a list of words or phrases to find, each with
 * what to write instead (a substitution, fixed by a quick fix) or without (an existence check,
 * reported only). Matching is by whole words, phrase by phrase through a trie over the document's
 * word tokens (linear in the text), case-insensitive unless an entry says otherwise, with the
 * case of the text kept in the fix (`Organisation` → `Organization`). Quotations, symbols, URLs,
 * titles of publications and the proper names listed with the data are skipped.
 */
import type { DocumentModel, Span } from '../../model/types';
import { memo } from '../../model/derived';
import { windowEnd, windowStart } from '../../model/text';
import type { ResolvedSettings } from '../../config/settings';
import type { Rule, RuleContext, RuleMeta } from '../types';
import { atSentenceStart, currentYear, documentWords, documentYear, grown, HYPHENATED, keySignature, onlySpaceBetween, skipped, SpanSet, tokenize, wordKey, type SkipOptions, type WordIndex } from './text';

/** One entry of a substitution list (a data file). */
export interface SubstitutionEntry {
  /** The word or phrase to find, as written (`this resolution`, `U.N.`, `Secretary General`). */
  readonly find: string;
  /** What to write instead; absent when there is nothing mechanical to write (the entry only reports). */
  readonly replace?: string;
  /** Why, or what else to consider; shown in the message. */
  readonly note?: string;
  /** Match the case of `find` exactly (acronyms, capitalization); otherwise any case matches. */
  readonly caseSensitive?: boolean;
  /**
   * Whether the fix takes the case pattern of the text (`Organisation` → `Organization`); default
   * true for case-insensitive entries. `false`: write `replace` as listed (capitalization entries),
   * and report nothing where the text already reads so.
   */
  readonly keepCase?: boolean;
  /** The entry does not apply when the text right after the match starts with one of these (any case, punctuation included: `(Islamic Republic of)`). */
  readonly notFollowedBy?: readonly string[];
  /** The entry does not apply when the text right before the match ends with one of these (any case). */
  readonly notPrecededBy?: readonly string[];
  /** The entry applies to documents of this year or later (names that changed: `Türkiye` since 2022). */
  readonly since?: number;
  /** The entry applies to documents up to this year. */
  readonly until?: number;
  /** `false`: the replacement is a suggestion, not offered as a quick fix (`program` may be a computer program). */
  readonly fix?: boolean;
}

/** A found entry. */
export interface SubstitutionMatch<E extends SubstitutionEntry> {
  readonly entry: E;
  readonly span: Span;
  /** The text as written. */
  readonly found: string;
}

/** What a rule's own test decides about a match: skip it, or replace with another text. */
export type Refinement = false | { readonly replace?: string; readonly note?: string } | undefined;

/** How to build a substitution rule. */
export interface SubstitutionOptions<E extends SubstitutionEntry> {
  /** Rule metadata; `messages` must have `replace` (with `{{found}}`, `{{replacement}}`, `{{note}}`) and `avoid` (`{{found}}`, `{{note}}`). */
  readonly meta: RuleMeta;
  /** The entries to look for; may depend on settings (the spelling variant). */
  readonly entries: (settings: ResolvedSettings) => readonly E[];
  /** Proper names inside which nothing is reported, matched case-sensitively (`World Health Organization`). */
  readonly names?: readonly string[];
  /** Zones to skip. */
  readonly skip: SkipOptions;
  /** A test the data cannot express (the rule's own context check). */
  readonly refine?: (match: SubstitutionMatch<E>, model: DocumentModel, settings: ResolvedSettings) => Refinement;
  /** Also look up one-word entries in the parts of hyphenated words (`people-centered` → `centered`). */
  readonly parts?: boolean;
  /** Extra message data (e.g. which spelling the draft follows). */
  readonly data?: (settings: ResolvedSettings) => Readonly<Record<string, string>>;
}

interface Candidate<E> {
  readonly entry: E;
  /** The case-sensitive form of each word of `find`, for case-sensitive entries. */
  readonly exact: readonly string[];
  /** `find` ends with a full stop (`U.N.`, `e.g.`): the text must have one after the last word. */
  readonly dot: boolean;
  readonly notFollowedBy: readonly string[];
  readonly notPrecededBy: readonly string[];
}

interface TrieNode<E> {
  readonly next: Map<string, TrieNode<E>>;
  readonly candidates: Candidate<E>[];
}

/** A phrase matcher compiled from entries. */
export interface Matcher<E> {
  readonly root: TrieNode<E>;
  /** The children of the root by first-word id (see `firstWordId`): a typed lookup per token, not a string hash. */
  readonly byFirstWord: readonly (TrieNode<E> | undefined)[];
  readonly maxWords: number;
}

/**
 * Every word that opens an entry of any compiled list, numbered from 1. The tokens of a document
 * are numbered against it once (`firstWordIds`), so that each word list looks up a number per
 * token, and most tokens (`the`, `of`, `States`), which open no entry, cost one array read.
 */
const firstWords = new Map<string, number>();
/** Grows with `firstWords`: the token numbering memoised on a model is keyed by it. */
let firstWordsGeneration = 0;
/**
 * The words of `firstWords` by their `keySignature` (most signatures have one word or none): a
 * token is compared with the few words of its signature in place (`WordIndex.hasKey`), without
 * making its key. One token in ten is `the`, which opens entries of several lists.
 */
const firstWordsBySignature: ({ readonly key: string; readonly id: number }[] | undefined)[] = Array.from({ length: 0x10000 }, () => undefined);

function firstWordId(key: string): number {
  let id = firstWords.get(key);
  if (id === undefined) {
    id = firstWords.size + 1;
    firstWords.set(key, id);
    (firstWordsBySignature[keySignature(key)] ??= []).push({ key, id });
    firstWordsGeneration++;
  }
  return id;
}

/** The tokens of a document that can open a match: their indices, and each one's first-word id. */
interface FirstWords {
  /** How many tokens open an entry of some list or are hyphenated: the length of the three lists. */
  readonly count: number;
  /** The indices of those tokens (see `parts`), in order. */
  readonly at: Int32Array;
  /** The first-word id of each of those tokens (0: the word opens no entry). */
  readonly ids: Int32Array;
  /** Whether each of those tokens is hyphenated, 1 or 0 (read in order, not from the word index at random). */
  readonly hyphenated: Uint8Array;
}

/**
 * The first-word id of every token of the document that opens an entry of some list (and of the
 * hyphenated ones, whose parts may), in order: most tokens (`the`, `of`, `States`) open none, so
 * that each list visits only these instead of every token. In typed arrays grown by doubling from
 * a quarter of the words (about a sixth open an entry in the corpus): plain arrays grown by push
 * cost their copies on the collected heap, which at a million words the young generation could
 * not hold.
 */
function firstWordIds(model: DocumentModel, words: WordIndex): FirstWords {
  return memo(model, `text:firstWordIds:${firstWordsGeneration}`, () => {
    let capacity = 16 + (words.count >> 2);
    let at = new Int32Array(capacity);
    let ids = new Int32Array(capacity);
    let hyphenated = new Uint8Array(capacity);
    let n = 0;
    const signatures = words.signatures;
    for (let i = 0; i < words.count; i++) {
      // The signature rules most words out without their key.
      const signature = signatures[i];
      const listed = firstWordsBySignature[signature & 0xffff];
      let id = 0;
      if (listed !== undefined) {
        for (const w of listed) {
          if (words.hasKey(i, w.key)) {
            id = w.id;
            break;
          }
        }
      }
      const hyphen = (signature & HYPHENATED) !== 0;
      if (id !== 0 || hyphen) {
        if (n === capacity) {
          capacity *= 2;
          at = grown(at, capacity);
          ids = grown(ids, capacity);
          hyphenated = grown(hyphenated, capacity);
        }
        at[n] = i;
        ids[n] = id;
        hyphenated[n] = hyphen ? 1 : 0;
        n++;
      }
    }
    return { count: n, at, ids, hyphenated };
  });
}

function caseForm(word: string): string {
  // Most words have no typographic apostrophe or hyphen: return them as they are.
  let plain = true;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 0x2019 || c === 0x2010 || c === 0x2011) {
      plain = false;
      break;
    }
  }
  if (plain) return word;
  return word.replace(/[\u2019]/g, "'").replace(/[\u2010\u2011]/g, '-');
}

/** Lower case, white space collapsed: how context phrases are compared. */
function contextForm(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').toLowerCase();
}

const compiled = new WeakMap<readonly object[], Matcher<never>>();

/** Compiles entries into a trie (once per entries array). */
export function compile<E extends SubstitutionEntry>(entries: readonly E[]): Matcher<E> {
  const hit = compiled.get(entries);
  if (hit) return hit as unknown as Matcher<E>;
  const root: TrieNode<E> = { next: new Map(), candidates: [] };
  let maxWords = 0;
  for (const entry of entries) {
    const words = tokenize(entry.find);
    if (words.length === 0) continue;
    let node = root;
    for (const w of words) {
      let child = node.next.get(w.key);
      if (!child) {
        child = { next: new Map(), candidates: [] };
        node.next.set(w.key, child);
      }
      node = child;
    }
    maxWords = Math.max(maxWords, words.length);
    node.candidates.push({
      entry,
      exact: words.map((w) => caseForm(w.text)),
      dot: entry.find.trimEnd().endsWith('.'),
      notFollowedBy: (entry.notFollowedBy ?? []).map(contextForm),
      notPrecededBy: (entry.notPrecededBy ?? []).map(contextForm),
    });
  }
  const ids = [...root.next.keys()].map(firstWordId);
  // Filled in order up to the largest id: a packed array (assigning sparse indices of an empty
  // array would leave V8 a dictionary to search on every lookup).
  const byFirstWord: (TrieNode<E> | undefined)[] = [];
  for (let id = 0; id <= Math.max(0, ...ids); id++) byFirstWord.push(undefined);
  let k = 0;
  for (const node of root.next.values()) byFirstWord[ids[k++]] = node;
  const matcher: Matcher<E> = { root, byFirstWord, maxWords };
  compiled.set(entries, matcher as unknown as Matcher<never>);
  return matcher;
}

function isLetterAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && /[\p{L}\p{N}]/u.test(s[i]);
}

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * Whether the first (step 1) or last (step -1) character of `text[from, to)` other than white
 * space can begin or end `phrase` (lower case): a quick test that rules most places out before
 * `contextForm` copies the text. Only an ASCII character rules out; anything else is left to the
 * full test.
 */
function mayTouch(text: string, from: number, to: number, step: 1 | -1, phrase: string): boolean {
  if (phrase.length === 0) return true;
  const want = step === 1 ? phrase.charCodeAt(0) : phrase.charCodeAt(phrase.length - 1);
  for (let i = step === 1 ? from : to - 1; i >= from && i < to; i += step) {
    const c = text.charCodeAt(i);
    if (isAsciiSpace(c)) continue;
    if (c >= 128) return true;
    return (c >= 65 && c <= 90 ? c + 32 : c) === want;
  }
  return true;
}

/** Whether the text after `end` (spaces skipped, in the same block) starts with `phrase` and the phrase ends there as a word. */
function followedBy(text: string, end: number, phrase: string): boolean {
  const to = windowEnd(text, end, end + phrase.length * 2 + 8);
  if (!mayTouch(text, end, to, 1, phrase)) return false;
  const after = contextForm(text.slice(end, to)).replace(/^ /, '');
  return after.startsWith(phrase) && !(isLetterAt(phrase, phrase.length - 1) && isLetterAt(after, phrase.length));
}

/** Whether the text before `start` (spaces skipped, in the same block) ends with `phrase` as whole words. */
function precededBy(text: string, start: number, phrase: string): boolean {
  const from = windowStart(text, start - phrase.length * 2 - 8, start);
  if (!mayTouch(text, from, start, -1, phrase)) return false;
  const before = contextForm(text.slice(from, start)).replace(/ $/, '');
  return before.endsWith(phrase) && !(isLetterAt(phrase, 0) && isLetterAt(before, before.length - phrase.length - 1));
}

/** Words of the text by their bounds: the document's, or the parts of a hyphenated word. */
interface Bounds {
  readonly starts: ArrayLike<number>;
  readonly ends: ArrayLike<number>;
}

/** Whether `text[start, end)` reads `form` once typographic apostrophes and hyphens are folded (`caseForm`, without a copy). */
function hasCaseForm(text: string, start: number, end: number, form: string): boolean {
  if (end - start !== form.length) return false;
  for (let k = 0; k < form.length; k++) {
    let c = text.charCodeAt(start + k);
    if (c === 0x2019) c = 39;
    else if (c === 0x2010 || c === 0x2011) c = 45;
    if (c !== form.charCodeAt(k)) return false;
  }
  return true;
}

function accepts<E extends SubstitutionEntry>(c: Candidate<E>, text: string, words: Bounds, first: number, last: number, year: number): boolean {
  const e = c.entry;
  if (e.since !== undefined && year < e.since) return false;
  if (e.until !== undefined && year > e.until) return false;
  if (e.caseSensitive) {
    for (let k = 0; k < c.exact.length; k++) if (!hasCaseForm(text, words.starts[first + k], words.ends[first + k], c.exact[k])) return false;
  }
  if (c.dot && text[words.ends[last]] !== '.') return false;
  const end = words.ends[last] + (c.dot ? 1 : 0);
  for (const p of c.notFollowedBy) if (followedBy(text, end, p)) return false;
  for (const p of c.notPrecededBy) if (precededBy(text, words.starts[first], p)) return false;
  return true;
}

/** Gives a replacement the case pattern of the text it replaces: `Organisation` → `Organization`, `UN` → `UN`. */
export function keepCase(found: string, replacement: string): string {
  const letters = found.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return replacement.toUpperCase();
  const first = found.match(/\p{L}/u)?.[0];
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

/** The parts of a hyphenated word `text[from, to)`, as words of their own. */
interface Parts extends Bounds {
  readonly starts: number[];
  readonly ends: number[];
  readonly keys: string[];
}

function partsOf(text: string, from: number, to: number): Parts {
  const out: Parts = { starts: [], ends: [], keys: [] };
  let start = from;
  for (let i = from; i <= to; i++) {
    const c = text.charCodeAt(i);
    if (i === to || c === 45 || c === 0x2010 || c === 0x2011) {
      if (i > start) {
        out.starts.push(start);
        out.ends.push(i);
        out.keys.push(wordKey(text.slice(start, i)));
      }
      start = i + 1;
    }
  }
  return out;
}

/** Finds the entries in a document: longest phrase first, left to right, never overlapping. */
export function findEntries<E extends SubstitutionEntry>(model: DocumentModel, matcher: Matcher<E>, skip: SkipOptions, names?: Pick<SpanSet, 'intersects'>, parts = false): SubstitutionMatch<E>[] {
  const text = model.masked;
  const words = documentWords(model);
  const { starts, ends } = words;
  const year = documentYear(model) ?? currentYear();
  const out: SubstitutionMatch<E>[] = [];
  const { count, at, ids, hyphenated } = firstWordIds(model, words);
  const byFirstWord = matcher.byFirstWord;
  // Only the words that open an entry of some list (or are hyphenated) can open a match.
  let next = 0;
  for (let j = 0; j < count; j++) {
    const i = at[j];
    if (i < next) continue;
    const id = ids[j];
    let node: TrieNode<E> | undefined = id === 0 ? undefined : byFirstWord[id];
    if (!node && !(parts && hyphenated[j] === 1)) continue;
    let best: Candidate<E> | undefined;
    let bestLast = i;
    for (let k = i; node && k < words.count && k - i < matcher.maxWords; k++) {
      if (k > i) {
        if (!onlySpaceBetween(text, ends[k - 1], starts[k])) break;
        node = node.next.get(words.key(k));
        if (!node) break;
      }
      for (const c of node.candidates) {
        if (accepts(c, text, words, i, k, year)) {
          best = c;
          bestLast = k;
          break;
        }
      }
    }
    if (!best) {
      if (parts && hyphenated[j] === 1) {
        const pieces = partsOf(text, starts[i], ends[i]);
        for (let p = 0; p < pieces.keys.length; p++) {
          const c = matcher.root.next.get(pieces.keys[p])?.candidates.find((x) => x.exact.length === 1 && accepts(x, text, pieces, p, p, year));
          if (!c) continue;
          const span = { start: pieces.starts[p], end: pieces.ends[p] };
          if (skipped(model, span.start, span.end, skip) || names?.intersects(span.start, span.end)) continue;
          out.push({ entry: c.entry, span, found: model.text.slice(span.start, span.end) });
        }
      }
      continue;
    }
    const start = starts[i];
    const end = ends[bestLast] + (best.dot ? 1 : 0);
    if (skipped(model, start, end, skip) || names?.intersects(start, end)) continue;
    out.push({ entry: best.entry, span: { start, end }, found: model.text.slice(start, end) });
    next = bestLast + 1;
  }
  return out;
}

const nameEntries = new WeakMap<readonly string[], readonly SubstitutionEntry[]>();

/** The spans of the listed proper names in a document (matched case-sensitively). */
export function nameSpans(model: DocumentModel, key: string, names: readonly string[]): SpanSet {
  return memo(model, `text:names:${key}`, () => {
    let entries = nameEntries.get(names);
    if (!entries) {
      entries = names.map((find) => ({ find, caseSensitive: true }));
      nameEntries.set(names, entries);
    }
    return new SpanSet(findEntries(model, compile(entries), {}).map((m) => m.span));
  });
}

/** A lower-case replacement (`least developed countries`) that opens a sentence takes a capital. */
export function sentenceCase(model: DocumentModel, start: number, found: string, replacement: string): string {
  if (/^\p{Ll}/u.test(replacement) && /^\p{Lu}/u.test(found) && atSentenceStart(model.masked, start)) return replacement[0].toUpperCase() + replacement.slice(1);
  return replacement;
}

function noteText(note: string | undefined): string {
  return note ? ` (${note})` : '';
}

/** Builds a rule from a substitution list. */
export function substitutionRule<E extends SubstitutionEntry>(options: SubstitutionOptions<E>): Rule {
  const { meta } = options;
  for (const id of ['replace', 'avoid']) {
    if (!meta.messages[id]) throw new Error(`substitution rule ${meta.id} needs a "${id}" message`);
  }
  return {
    meta,
    check({ model, settings, report }: RuleContext) {
      const entries = options.entries(settings);
      if (entries.length === 0) return;
      const listed = options.names && options.names.length > 0 ? options.names : undefined;
      // The names are looked for only when a match needs them (most drafts have few or no matches).
      let spans: SpanSet | undefined;
      const names = listed && { intersects: (start: number, end: number) => (spans ??= nameSpans(model, meta.id, listed)).intersects(start, end) };
      const extra = options.data?.(settings) ?? {};
      for (const m of findEntries(model, compile(entries), options.skip, names, options.parts)) {
        const refined = options.refine?.(m, model, settings);
        if (refined === false) continue;
        const replace = refined?.replace ?? m.entry.replace;
        const note = noteText(refined?.note ?? m.entry.note);
        if (replace === undefined) {
          report({ span: m.span, messageId: 'avoid', data: { ...extra, found: m.found, note } });
          continue;
        }
        const replacement0 = m.entry.caseSensitive || m.entry.keepCase === false || refined?.replace ? replace : keepCase(m.found, replace);
        const replacement = sentenceCase(model, m.span.start, m.found, replacement0);
        if (replacement === m.found.replace(/[\s\u00a0]+/g, ' ')) continue;
        report({
          span: m.span,
          messageId: 'replace',
          data: { ...extra, found: m.found, replacement, note },
          fix: m.entry.fix === false ? undefined : { title: `Write "${replacement}"`, edits: [{ span: m.span, newText: replacement }] },
        });
      }
    },
  };
}
