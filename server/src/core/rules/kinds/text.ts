/**
 * Shared views of the running text for the text-level rules (references, dates, numbers, language
 * and cross-references, CONVENTIONS.md sections 5–8): word tokens, the zones those rules skip
 * (quotations, URLs, footnote marks, document symbols, titles of publications), where a position
 * sits in the document, and the year the document belongs to. Every view is computed once per
 * model (memoised on it) in one linear pass.
 */
import { memo, paragraphAt } from '../../model/derived';
import { isSpace, windowEnd } from '../../model/text';
import type { DocumentModel, HeaderLineKind, Paragraph, Span } from '../../model/types';
import { symbolTokens } from './symbols';

// ---------------------------------------------------------------------------------------------
// Word tokens

/** A word of the text: letters and digits, with inner apostrophes, hyphens and `U.N`-style dots. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** The word as written. */
  readonly text: string;
  /** Lower case, typographic apostrophes and hyphens (U+2010, U+2011) folded to ASCII. */
  readonly key: string;
}

const NON_ASCII_WORD = /[\p{L}\p{M}\p{N}]/u;

/**
 * Whether each UTF-16 code unit is a word character: 1 yes, 2 no, 0 not known yet. ASCII is
 * filled here; other code units of the BMP are filled the first time they are met (one regex
 * test per distinct character instead of one per occurrence); surrogates are never cached.
 */
const WORD_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) WORD_CLASS[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 2;

/** Whether the code unit at `i` is a letter, a mark or a digit. */
export function isWordChar(text: string, i: number): boolean {
  const k = WORD_CLASS[text.charCodeAt(i)];
  return k === 1 || (k !== 2 && slowWordChar(text, i));
}

function slowWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // A surrogate pair is tested whole (letters outside the BMP are rare but exist).
  if (c >= 0xd800 && c <= 0xdbff) return NON_ASCII_WORD.test(text.slice(i, i + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return i > 0 && NON_ASCII_WORD.test(text.slice(i - 1, i + 1));
  const word = NON_ASCII_WORD.test(text[i]);
  // Out of range (`c` is NaN) the answer is not a property of a character: not cached.
  if (c === c) WORD_CLASS[c] = word ? 1 : 2;
  return word;
}

function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 127;
}

/** Apostrophes and hyphens that join the parts of one word (`States'` keeps its own). */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 0x2010 || c === 0x2011;
}

/** Folds a word to its comparison key. */
export function wordKey(word: string): string {
  // Most words are already keys (lower-case ASCII): return them without a copy.
  let plain = true;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      plain = false;
      break;
    }
    if (c > 127) {
      plain = false;
      break;
    }
  }
  if (plain) return word;
  const lower = word.toLowerCase();
  // Most words have no typographic apostrophe or hyphen: skip the two replacements for them.
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 0x2019 || c === 0x2010 || c === 0x2011) return lower.replace(/[\u2019]/g, "'").replace(/[\u2010\u2011]/g, '-');
  }
  return lower;
}

/** Splits a text into word tokens (used for the document and for the phrases of the data files). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const words = new WordIndex(text, from, to);
  const out: Token[] = [];
  for (let i = 0; i < words.count; i++) out.push({ start: words.starts[i], end: words.ends[i], text: words.wordText(i), key: words.key(i) });
  return out;
}

/**
 * A 16-bit digest of a word key (its length and three of its characters): a word list keeps the
 * set of digests of its words, so that most words of a text are ruled out without making their key.
 */
export function keySignature(key: string): number {
  const n = key.length;
  return signatureOf(n, key.charCodeAt(0), n > 1 ? key.charCodeAt(1) : 0, key.charCodeAt(n - 1));
}

function signatureOf(length: number, first: number, second: number, last: number): number {
  return ((length << 11) ^ (first << 6) ^ (second << 3) ^ last) & 0xffff;
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Set in `WordIndex.signatures` when the word has a hyphen (`-`, U+2010, U+2011) inside. */
export const HYPHENATED = 0x10000;

/**
 * The word tokens of a text (what `tokenize` returns) in compact form: their bounds in arrays of
 * numbers, and their text and key made only when asked for (most words of a document are only
 * ever looked at through their signature). One pass over the text, reading each character once.
 */
export class WordIndex {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** `keySignature` of each word's key, with `HYPHENATED` when it has a hyphen. */
  readonly signatures: Int32Array;
  private readonly text: string;
  private readonly keys: (string | undefined)[];

  constructor(text: string, from = 0, to = text.length) {
    this.text = text;
    // Typed arrays, grown by doubling from a guess of one word in six characters (6.5 in the corpus): a large draft
    // has a million words, and plain arrays grown by push allocated several times their final
    // size on the garbage-collected heap, which the collector then marked on every major pass
    // (most of what made the lint of a 10,000-paragraph draft more than ten times that of 1,000).
    let capacity = 16 + Math.ceil((to - from) / 6);
    let starts: Int32Array = new Int32Array(capacity);
    let ends: Int32Array = new Int32Array(capacity);
    let signatures: Int32Array = new Int32Array(capacity);
    let n = 0;
    // The keys of the words with non-ASCII characters, made while scanning (by index).
    const made = new Map<number, string>();
    let i = from;
    while (i < to) {
      let c = text.charCodeAt(i);
      if (c < 128 ? WORD_CLASS[c] !== 1 : !isWordChar(text, i)) {
        i++;
        continue;
      }
      const start = i;
      let ascii = c < 128;
      let hyphen = 0;
      i++;
      for (;;) {
        while (i < to) {
          c = text.charCodeAt(i);
          if (c < 128) {
            if (WORD_CLASS[c] !== 1) break;
          } else if (isWordChar(text, i)) ascii = false;
          else break;
          i++;
        }
        // `c` is the character at `i` from here on.
        if (i + 1 >= to) break;
        // A joiner stays inside the word only between two word characters: `co-operation`,
        // `Côte d’Ivoire`; a full stop only between two letters: `U.N`, `e.g`.
        if (isJoiner(c) && isWordChar(text, i + 1)) {
          if (c === 45 || c === 0x2010 || c === 0x2011) hyphen = HYPHENATED;
          if (c > 127) ascii = false;
          i++;
          continue;
        }
        if (c === 46 && isLetterCode(text.charCodeAt(i - 1)) && isLetterCode(text.charCodeAt(i + 1)) && isWordChar(text, i + 1) && isWordChar(text, i - 1)) {
          i++;
          continue;
        }
        break;
      }
      let signature: number;
      if (ascii) {
        // The key of an ASCII word is the word in lower case: its signature is read off the text.
        const length = i - start;
        signature = signatureOf(length, lowerAscii(text.charCodeAt(start)), length > 1 ? lowerAscii(text.charCodeAt(start + 1)) : 0, lowerAscii(text.charCodeAt(i - 1)));
      } else {
        const key = wordKey(text.slice(start, i));
        made.set(n, key);
        signature = keySignature(key);
      }
      if (n === capacity) {
        capacity *= 2;
        starts = grown(starts, capacity);
        ends = grown(ends, capacity);
        signatures = grown(signatures, capacity);
      }
      starts[n] = start;
      ends[n] = i;
      signatures[n] = signature | hyphen;
      n++;
    }
    this.count = n;
    this.starts = starts.subarray(0, n);
    this.ends = ends.subarray(0, n);
    this.signatures = signatures.subarray(0, n);
    // Filled on demand. `new Array(n)` is a holey array with fast elements in V8 (not a dictionary)
    // up to millions of words, and costs a fraction of pushing `undefined` n times, which took
    // some 40 % of this constructor (2.5 ms for the 78,000 words of a 1,000-paragraph draft).
    const keys = new Array<string | undefined>(n);
    for (const [k, key] of made) keys[k] = key;
    this.keys = keys;
  }

  /** The word as written. */
  wordText(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }

  /** The word's key (see `Token.key`), made once. */
  key(i: number): string {
    let key = this.keys[i];
    if (key === undefined) {
      key = wordKey(this.wordText(i));
      this.keys[i] = key;
    }
    return key;
  }

  /**
   * Whether the word's key is `key`, without making the key: an ASCII word (the only kind whose
   * key is not made while scanning) is compared in place, lower-cased character by character.
   */
  hasKey(i: number, key: string): boolean {
    const made = this.keys[i];
    if (made !== undefined) return made === key;
    const start = this.starts[i];
    const length = this.ends[i] - start;
    if (length !== key.length) return false;
    for (let j = 0; j < length; j++) if (lowerAscii(this.text.charCodeAt(start + j)) !== key.charCodeAt(j)) return false;
    return true;
  }

  /** Index of the first word that ends after `offset` (binary search). */
  indexAt(offset: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** A copy of `a` with room for `capacity` elements (a typed array of the same kind). */
export function grown<T extends Int32Array | Uint8Array>(a: T, capacity: number): T {
  const out = new (a.constructor as new (n: number) => T)(capacity);
  out.set(a);
  return out;
}

/** The words of the document (comments and Word-export footnote bodies blanked), compact. */
export function documentWords(model: DocumentModel): WordIndex {
  return memo(model, 'text:words', () => new WordIndex(model.masked));
}

/** The word tokens of the document as objects (comments and Word-export footnote bodies blanked); the rules read `documentWords`. */
export function documentTokens(model: DocumentModel): readonly Token[] {
  return memo(model, 'text:tokens', () => tokenize(model.masked));
}

/** Index of the first token that ends after `offset` (binary search). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether only white space (no blank line) separates `[a, b)`: two words of one phrase. */
export function onlySpaceBetween(text: string, a: number, b: number): boolean {
  if (b <= a) return b === a;
  let newlines = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (!isSpace(c)) return false;
    // A line ends at a line feed, or at a carriage return that no line feed follows (a CR-only draft).
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) newlines++;
    if (newlines > 1) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Span sets

/** A sorted list of spans that answers "does this range touch one of them" in O(log n). */
export class SpanSet {
  private readonly spans: readonly Span[];

  constructor(spans: readonly Span[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
    // Merge overlaps so that a binary search on starts finds the only candidate.
    const merged: Span[] = [];
    for (const s of this.spans) {
      const last = merged[merged.length - 1];
      if (last && s.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
      else merged.push(s);
    }
    this.spans = merged;
  }

  /** Whether `[start, end)` overlaps a span of the set (an empty range: whether it lies inside one). */
  intersects(start: number, end: number): boolean {
    const s = this.spans;
    let lo = 0;
    let hi = s.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid].start < Math.max(end, start + 1)) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && s[found].end > start;
  }

  /** The span of the set containing `offset`, if any. */
  at(offset: number): Span | undefined {
    const s = this.spans;
    let lo = 0;
    let hi = s.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid].start > offset) hi = mid - 1;
      else if (s[mid].end <= offset) lo = mid + 1;
      else return s[mid];
    }
    return undefined;
  }

  /** Every span, sorted. */
  get all(): readonly Span[] {
    return this.spans;
  }
}

// ---------------------------------------------------------------------------------------------
// Zones

/** What the text-level rules may skip. */
export interface Zones {
  /** `“…”` and `"…"` quotations (marks included); an unclosed curly quotation runs to the end of its block. */
  readonly quotes: SpanSet;
  /** `http://…`, `https://…`, `www.…`. */
  readonly urls: SpanSet;
  /** Footnote references `[^1]`, `[footnoteRef:1]`. */
  readonly footnoteRefs: SpanSet;
  /** Footnote definitions (label and text). */
  readonly footnotes: SpanSet;
  /** Document symbols (`A/73/L.103`, also malformed ones of a known series, and `HIV/AIDS`-like slash tokens). */
  readonly symbols: SpanSet;
  /** Italic spans that are titles of publications, not opening phrases. */
  readonly titles: SpanSet;
  /** The header (everything before the organ line), the closing block and the annex. */
  readonly header: Span;
  readonly closing?: Span;
  readonly annex?: Span;
}

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"“”]{1,2000}/g;

/** Whether the code unit is a line feed or a carriage return (CRLF, LF and a lone CR end lines). */
function isLineEnd(c: number): boolean {
  return c === 10 || c === 13;
}

function isBlankLineAt(text: string, i: number): boolean {
  // `i` is at a line end (LF, CR, or the CR of a CRLF): is the next line empty (only spaces)? A
  // CR-only draft has no line feed at all (found by a review: its quotations ran on to the end).
  let j = text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\u00a0')) j++;
  return j >= text.length || isLineEnd(text.charCodeAt(j));
}

/** What can open a quotation outside one (the scans jump from one to the next). */
const QUOTE_OPENS = /["\u201c]/g;
/** Every character that can change the state of the quotation scan. */
const QUOTE_MARKS = /[\n\r"\u201c\u201d]/g;
/** Every character that can change the state inside a curly quotation. */
const CURLY_MARKS = /[\n\r\u201c\u201d]/g;

/** The offset of the next match of a global pattern from `from`, or -1. */
function nextMatch(re: RegExp, text: string, from: number): number {
  re.lastIndex = from;
  return re.test(text) ? re.lastIndex - 1 : -1;
}

function quoteSpans(text: string): Span[] {
  const out: Span[] = [];
  let curlyStart = -1;
  let depth = 0;
  let straightStart = -1;
  // Only line ends, straight and curly double quotation marks change the state; outside any
  // quotation, only the marks that open one.
  for (let i = nextMatch(QUOTE_OPENS, text, 0); i >= 0; i = nextMatch(depth === 0 && straightStart < 0 ? QUOTE_OPENS : QUOTE_MARKS, text, i + 1)) {
    const c = text.charCodeAt(i);
    if (isLineEnd(c) && isBlankLineAt(text, i)) {
      // A quotation never runs past its block: an unclosed curly one ends there, an unclosed
      // straight mark (an inch sign, a typo) is no quotation at all.
      if (depth > 0) out.push({ start: curlyStart, end: i });
      depth = 0;
      curlyStart = -1;
      straightStart = -1;
      continue;
    }
    if (c === 0x201c) {
      if (depth === 0) curlyStart = i;
      depth++;
    } else if (c === 0x201d) {
      if (depth > 0 && --depth === 0) out.push({ start: curlyStart, end: i + 1 });
    } else if (c === 34 && depth === 0) {
      if (straightStart < 0) straightStart = i;
      else {
        out.push({ start: straightStart, end: i + 1 });
        straightStart = -1;
      }
    }
  }
  if (depth > 0) out.push({ start: curlyStart, end: text.length });
  return out;
}

/** A curly quotation `“…”`: where it opens, where it ends, and whether a `”` closes it in its block. */
export interface CurlyQuote {
  readonly start: number;
  readonly end: number;
  readonly closed: boolean;
}

/** The outermost curly quotations of a document, in order (nested ones belong to their outer quotation). */
export function curlyQuotes(model: DocumentModel): readonly CurlyQuote[] {
  return memo(model, 'text:curlyQuotes', () => {
    const s = model.masked;
    const out: CurlyQuote[] = [];
    let start = -1;
    let depth = 0;
    // Outside a quotation only `“` matters; inside, line ends and the curly marks.
    for (let i = s.indexOf('\u201c'); i >= 0; i = depth === 0 ? s.indexOf('\u201c', i + 1) : nextMatch(CURLY_MARKS, s, i + 1)) {
      const c = s.charCodeAt(i);
      if (isLineEnd(c) && depth > 0 && isBlankLineAt(s, i)) {
        out.push({ start, end: i, closed: false });
        depth = 0;
      } else if (c === 0x201c) {
        if (depth++ === 0) start = i;
      } else if (c === 0x201d && depth > 0 && --depth === 0) out.push({ start, end: i + 1, closed: true });
    }
    if (depth > 0) out.push({ start, end: s.length, closed: false });
    return out;
  });
}

/** The curly quotation that opens at `offset`, if any (binary search). */
export function curlyQuoteAt(model: DocumentModel, offset: number): CurlyQuote | undefined {
  const list = curlyQuotes(model);
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < offset) lo = mid + 1;
    else if (list[mid].start > offset) hi = mid - 1;
    else return list[mid];
  }
  return undefined;
}

/**
 * The zones found by scanning the text, the costly part of `zones`: quotations, URLs and symbols.
 * None runs past a blank line, so an incremental lint keeps those of the unchanged
 * blocks from the previous version (see `TEXT_ZONES` and `lintIncremental`).
 */
export interface TextZones {
  readonly quotes: readonly Span[];
  readonly urls: readonly Span[];
  readonly symbols: readonly Span[];
}

/** The memo key of `textZones`: an incremental run may put there what it carried over. */
export const TEXT_ZONES = 'text:textZones';

/** The quotations, URLs and symbols of a document. */
export function textZones(model: DocumentModel): TextZones {
  return memo(model, TEXT_ZONES, (): TextZones => {
    const s = model.masked;
    const urls: Span[] = [];
    URL_RE.lastIndex = 0;
    for (let m = URL_RE.exec(s); m; m = URL_RE.exec(s)) urls.push({ start: m.index, end: m.index + m[0].replace(/(?<![.,;:)])[.,;:)]+$/, '').length });
    return { quotes: quoteSpans(s), urls, symbols: symbolTokens(model).map((t) => t.span) };
  });
}

/** The zones of a document. */
export function zones(model: DocumentModel): Zones {
  return memo(model, 'text:zones', (): Zones => {
    const s = model.masked;
    const scanned = textZones(model);
    const footnotes = new SpanSet(model.footnoteDefinitions.map((d) => d.span));
    const openers = new Set<number>();
    for (const p of [...model.preamble, ...model.operative]) if (p.opener.emphasis) openers.add(p.opener.emphasis.span.start);
    const titles: Span[] = [];
    for (const e of model.emphases) {
      if (openers.has(e.span.start) || e.marker === '__' || e.marker === '**') continue;
      // In a footnote an italic span is a title (`_Official Records of the General Assembly_`);
      // in the body only when it reads like one (two capitalized words or more).
      const inner = s.slice(e.inner.start, e.inner.end);
      if (footnotes.intersects(e.span.start, e.span.end) || (inner.match(/(?:^|\s)\p{Lu}/gu)?.length ?? 0) >= 2) titles.push(e.span);
    }
    const organStart = model.organ?.span.start ?? model.header.span.end;
    return {
      quotes: new SpanSet(scanned.quotes),
      urls: new SpanSet(scanned.urls),
      footnoteRefs: new SpanSet(model.footnoteReferences.map((r) => r.span)),
      footnotes,
      symbols: new SpanSet(scanned.symbols),
      titles: new SpanSet(titles),
      header: { start: 0, end: Math.max(organStart, 0) },
      closing: model.closing?.span,
      annex: model.annex?.span,
    };
  });
}

/** Which zones a rule skips. */
export interface SkipOptions {
  readonly quotes?: boolean;
  readonly symbols?: boolean;
  readonly urls?: boolean;
  readonly footnoteRefs?: boolean;
  readonly footnotes?: boolean;
  readonly titles?: boolean;
  readonly header?: boolean;
  readonly closing?: boolean;
  readonly annex?: boolean;
  /** The organ line, which the organ-line rule reads (its capitals, a `UN` before the organ). */
  readonly organ?: boolean;
}

/** Skip what no text rule should read: quotations, URLs, symbols and footnote marks. */
export const SKIP_DEFAULT: SkipOptions = { quotes: true, symbols: true, urls: true, footnoteRefs: true, titles: true };

function inside(span: Span | undefined, start: number, end: number): boolean {
  return !!span && start < span.end && end > span.start;
}

/** Whether `[start, end)` touches a zone the options skip. */
export function skipped(model: DocumentModel, start: number, end: number, options: SkipOptions): boolean {
  const z = zones(model);
  if (options.header && start < z.header.end) return true;
  if (options.closing && inside(z.closing, start, end)) return true;
  if (options.annex && inside(z.annex, start, end)) return true;
  if (options.organ && inside(model.organ?.span, start, end)) return true;
  if (options.quotes && z.quotes.intersects(start, end)) return true;
  if (options.urls && z.urls.intersects(start, end)) return true;
  if (options.footnoteRefs && z.footnoteRefs.intersects(start, end)) return true;
  if (options.symbols && z.symbols.intersects(start, end)) return true;
  if (options.footnotes && z.footnotes.intersects(start, end)) return true;
  if (options.titles && z.titles.intersects(start, end)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Position

/** Where an offset sits: in a paragraph of the body (preamble or operative, outside the annex). */
export function bodyParagraphAt(model: DocumentModel, offset: number): Paragraph | undefined {
  if (model.annex && offset >= model.annex.span.start) return undefined;
  return paragraphAt(model, offset);
}

/** Whether an offset starts a sentence: the start of its line's block, or after `.`, `:`, `?`, `!`, a paragraph number or a sub-paragraph label. */
export function atSentenceStart(text: string, offset: number): boolean {
  let i = offset - 1;
  // White space as the parser reads it (zero-width and other Unicode spaces too), but line ends.
  while (i >= 0 && (text[i] === '_' || text[i] === '*' || text[i] === '“' || text[i] === '"' || text[i] === '(' || (isSpace(text.charCodeAt(i)) && text[i] !== '\n' && text[i] !== '\r'))) i--;
  if (i < 0) return true;
  const c = text[i];
  if (c === '\n' || c === '\r') return true;
  if (c === '.' || c === ':' || c === '?' || c === '!') return true;
  // `(a) The …`: after a sub-paragraph label.
  if (c === ')' && closesLabel(text, i)) return true;
  return false;
}

/**
 * Whether `text[i]` closes a sub-paragraph label (`(a)`, `(iv)`) at the start of the text or after
 * white space as the parser reads it: a zero-width space before the label too, which the parser
 * skips (a `\s` test did not, and a fix capitalizing `Resolutions` after `\u200b(i)` and one
 * lowering it undid each other: fuzz replay 26000000080:650).
 */
function closesLabel(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && i - 1 - j < 4 && text.charCodeAt(j) >= 97 && text.charCodeAt(j) <= 122) j--;
  if (j === i - 1 || j < 0 || text[j] !== '(') return false;
  if (j === 0) return true;
  const before = text.charCodeAt(j - 1);
  return isSpace(before) || before === 0x2028 || before === 0x2029;
}

// ---------------------------------------------------------------------------------------------
// The year of the document

const MONTH_YEAR = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+((?:19|20)\d\d)\b/;

/**
 * The year the document was adopted (or is drafted in), for data that changed over time (country
 * names): the adoption line, the closing date, an SC `1631 (2005)` number, the session line or
 * resolution number (GA session N opens in 1945 + N); undefined for a draft without any of them,
 * which the rules read as "now".
 */
export function documentYear(model: DocumentModel): number | undefined {
  return memo(model, 'text:documentYear', () => {
    const lines = model.header.lines;
    for (const h of lines) {
      if (h.kind === 'adoption') {
        const m = MONTH_YEAR.exec(h.text);
        if (m) return Number(m[1]);
      }
    }
    if (model.closing) {
      // `25 July 2019` on its own line, or the SC form `Adopted at the 1189th meeting on 30 December 1964.`
      const m = MONTH_YEAR.exec(model.text.slice(model.closing.span.start, model.closing.span.end));
      if (m) return Number(m[1]);
    }
    for (const h of lines) {
      // SC: `Resolution 1631 (2005)`, `S/RES/1631 (2005)`, `199 (1964). Resolution of 30 December 1964`.
      const m = /(?:^|\s|\/)\d{1,4}\s?\(((?:19|20)\d\d)\)/.exec(h.text);
      if (m) return Number(m[1]);
    }
    for (const h of lines) {
      if (h.kind === 'session' || h.kind === 'title' || h.kind === 'symbol') {
        const m = MONTH_YEAR.exec(h.text);
        if (m) return Number(m[1]);
      }
    }
    const n = model.header.title?.number;
    const session = n && /^\d+$/.test(n.session) ? Number(n.session) : undefined;
    if (session !== undefined && session < 200) return 1945 + session;
    for (const h of lines) {
      if (h.kind !== 'session') continue;
      const y = /^((?:19|20)\d\d)\s+session$/i.exec(h.text);
      if (y) return Number(y[1]);
    }
    return undefined;
  });
}

/** The current calendar year (upper bound for years in symbols). */
export function currentYear(): number {
  return new Date().getUTCFullYear();
}

// ---------------------------------------------------------------------------------------------
// Names of other bodies

const UN_NAMES = new Set([
  'united nations',
  'organization',
  'general assembly',
  'security council',
  'economic and social council',
  'trusteeship council',
  'human rights council',
  'secretariat',
  'assembly',
  'council',
]);
const NAME_SMALL_WORDS = new Set(['of', 'and', 'for', 'the', 'on', 'de', 'in', 'to']);

/**
 * Whether `of (the) <Name>` after `offset` names a body other than the United Nations
 * (`of the Collective Security Treaty Organization`, `of NATO`, `of the European Union`), the
 * mechanical test of CONVENTIONS.md LANG-03. `of the United Nations`, `of the Organization`,
 * `of the region` are not other bodies.
 */
export function otherBodyFollows(text: string, offset: number): boolean {
  // Read in the block of `offset` only: `of` after a blank line starts another paragraph.
  const tail = text.slice(offset, windowEnd(text, offset, offset + 200));
  const m = /^[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?of[ \t\u00a0\r\n]+(?:the[ \t\u00a0\r\n]+)?/.exec(tail);
  if (!m) return false;
  const words = tokenize(tail, m[0].length);
  const first = words[0];
  if (!first || first.start !== m[0].length) return false;
  if (/^[A-Z]{2,}$/.test(first.text)) return first.text !== 'UN';
  if (!/^\p{Lu}/u.test(first.text)) return false;
  const name: string[] = [];
  for (let k = 0; k < words.length && k < 14; k++) {
    const w = words[k];
    if (k > 0 && !onlySpaceBetween(tail, words[k - 1].end, w.start)) break;
    if (/^\p{Lu}/u.test(w.text)) name.push(w.key);
    else if (NAME_SMALL_WORDS.has(w.key) && words[k + 1] && /^\p{Lu}/u.test(words[k + 1].text)) name.push(w.key);
    else break;
  }
  const joined = name.join(' ');
  if (joined.startsWith('united nations')) return false;
  return !UN_NAMES.has(joined);
}

/** Whether a span lies on a header line of one of the given kinds (masthead, symbol line …); O(log n). */
export function onHeaderLine(model: DocumentModel, span: Span, kinds: readonly HeaderLineKind[]): boolean {
  if (span.start >= model.header.span.end) return false;
  const key = `text:headerLines:${[...kinds].sort().join(',')}`;
  const set = memo(model, key, () => new SpanSet(model.header.lines.filter((h) => kinds.includes(h.kind)).map((h) => h.span)));
  const line = set.at(span.start);
  return !!line && span.end <= line.end;
}

/** Whether the document is a Security Council text (its organ line), whose practice differs on acronyms, dashes and lists. */
export function isSecurityCouncilText(model: DocumentModel): boolean {
  return model.organ?.name.replace(/\s+/g, ' ').toLowerCase() === 'security council';
}
