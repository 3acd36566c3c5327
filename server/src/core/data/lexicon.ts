/**
 * Opening-phrase lexicons (CONVENTIONS.md 2.1, 3.2, 3.3) and the matcher that finds the opening
 * phrase of a paragraph: longest listed phrase, with an optional preposed adverb and postposed
 * particles (`Deeply concerned`, `Recalling also`, `Also decides`).
 */
import preambularData from './preambularPhrases.json';
import operativeData from './operativePhrases.json';

/** One entry of a phrase lexicon. */
export interface PhraseEntry {
  readonly phrase: string;
  readonly continuations: readonly string[];
  readonly status: string;
  /** Preambular entries: the operative counterpart(s). */
  readonly operative?: readonly string[];
  readonly kind?: string;
  readonly note?: string;
}

/** Which part a phrase belongs to. */
export type Part = 'preamble' | 'operative';

/** A word of the text with its offsets. */
export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The result of matching the opening words of a paragraph against a lexicon. */
export interface PhraseMatch {
  readonly entry: PhraseEntry;
  readonly part: Part;
  /** Number of words of the head, particles and adverbs included. */
  readonly wordCount: number;
  /** Offsets of the head as written. */
  readonly start: number;
  readonly end: number;
  /** The head as written, single-spaced. */
  readonly text: string;
  /** A preposed adverb as written (`Deeply`, `Also`), when it is not part of the listed phrase. */
  readonly adverb?: string;
  /** Postposed particles as written (`also`, `further`, `once again`). */
  readonly particles: readonly string[];
  /** Offset up to which italics may extend (head plus an optional preposition/conjunction tail). */
  readonly maxEnd: number;
}

// Multi-word options are split once here, not on every match (the matcher runs for every paragraph).
const PREAMBULAR_ADVERBS = splitOptions(['deeply', 'gravely', 'seriously', 'fully', 'firmly', 'strongly', 'profoundly', 'ever', 'being', 'further', 'also', 'equally', 'solemnly', 'highly']);
const OPERATIVE_ADVERBS = splitOptions(['also', 'further', 'strongly', 'again', 'once again', 'firmly', 'solemnly', 'urgently', 'warmly', 'unequivocally', 'emphatically', 'deeply', 'fully', 'once more', 'hereby', 'highly', 'equally']);
/** How many adverbs may stand before an opening phrase (`Further strongly condemns`). */
const MAX_ADVERBS = 2;

/**
 * Where an opening phrase may start: at the first word, and after each of up to two adverbs
 * (`Strongly condemns`, `Further strongly condemns`, `Deeply concerned`), in order.
 */
function phraseStarts(lower: LowerWords, part: Part): number[] {
  const adverbs = part === 'preamble' ? PREAMBULAR_ADVERBS : OPERATIVE_ADVERBS;
  const starts = [0];
  for (let k = 0; k < MAX_ADVERBS; k++) {
    const at = starts[starts.length - 1];
    const adv = matchMulti(lower, at, adverbs);
    if (adv === 0) break;
    starts.push(at + adv);
  }
  return starts;
}

/**
 * Whether the opener, past its adverbs, looks like a phrase of its part that no list has: a verb
 * in the third person singular (`Deprecates`, `Strongly deprecates`) or a participle or adjective
 * (`Honouring`, `Gravely disturbed`).
 */
export function looksLikeOpener(words: readonly Word[], part: Part): boolean {
  const looks = part === 'preamble' ? looksPreambular : looksOperative;
  if (words.length > 0 && looks(words[0].text)) return true;
  const starts = phraseStarts(lowerWords(words), part);
  const k = starts[starts.length - 1];
  return k > 0 && k < words.length && /^\p{Ll}/u.test(words[k].text) && looks(capitalize(words[k].text));
}
const PARTICLES = splitOptions(['also', 'further', 'once again', 'again', 'once more']);

/** Options split into words and grouped by their first word, in their listed order. */
type Options = ReadonlyMap<string, readonly (readonly string[])[]>;

function splitOptions(options: readonly string[]): Options {
  const byFirst = new Map<string, string[][]>();
  for (const o of options) {
    const parts = o.split(' ');
    const group = byFirst.get(parts[0]);
    if (group) group.push(parts);
    else byFirst.set(parts[0], [parts]);
  }
  return byFirst;
}
/** Words that may follow a head inside the italics (CONVENTIONS.md 2.1, "optional tail"). */
const TAIL_WORDS = new Set(['of', 'by', 'to', 'that', 'at', 'about', 'with', 'upon', 'on', 'for', 'over', 'in', 'its', 'deep', 'grave', 'serious', 'profound', 'full', 'appreciation', 'concern', 'gratitude', 'support', 'satisfaction', 'condolences', 'determination', 'regret', 'readiness', 'intention', 'hope', 'interest', 'alarm', 'mind', 'account', 'consideration', 'strongest', 'terms', 'unequivocally', 'particular', 'once', 'again', 'also', 'further', 'note', 'attention', 'tribute', 'forward', 'sincere', 'appreciation']);

interface TrieNode {
  entry?: PhraseEntry;
  next: Map<string, TrieNode>;
}

function buildTrie(entries: readonly PhraseEntry[]): TrieNode {
  const root: TrieNode = { next: new Map() };
  for (const e of entries) {
    let node = root;
    for (const w of e.phrase.toLowerCase().split(/\s+/)) {
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map() };
        node.next.set(w, child);
      }
      node = child;
    }
    node.entry ??= e;
  }
  return root;
}

/**
 * A counterpart of the lexicon without its trailing `...` and parenthesised note (`Takes note of
 * (the report) ...` → `Takes note of`), as `s.replace(/\s*\.\.\.$/, '').replace(/\s*\(.*\)$/, '')`
 * did before the final trim (those patterns are quadratic on long runs of white space or `(`).
 */
export function cleanCounterpart(s: string): string {
  const t = s.replace(/(?<!\s)\s*\.\.\.$/, '');
  return withoutFinalParenthesis(t).trim();
}

/**
 * Cuts a final `(…)` and the white space before it: from the first `(` after the last line end
 * (`.` does not cross one) when the text ends with a `)` after it.
 */
function withoutFinalParenthesis(s: string): string {
  if (!s.endsWith(')')) return s;
  const lineStart = Math.max(s.lastIndexOf('\n'), s.lastIndexOf('\r'), s.lastIndexOf('\u2028'), s.lastIndexOf('\u2029')) + 1;
  const open = s.indexOf('(', lineStart);
  return open >= 0 && open < s.length - 1 ? s.slice(0, open).trimEnd() : s;
}

/** The preambular lexicon (CONVENTIONS.md 2.1), sorted by phrase. */
export const preambularPhrases: readonly PhraseEntry[] = preambularData.phrases.map((p) => ({
  ...p,
  operative: p.operative.map(cleanCounterpart).filter(Boolean),
}));
/** The operative lexicon (CONVENTIONS.md 3.2), sorted by phrase. */
export const operativePhrases: readonly PhraseEntry[] = operativeData.phrases;

const preambularTrie = buildTrie(preambularPhrases);
const operativeTrie = buildTrie(operativePhrases);

/** Operative phrase (lower case) → preambular phrase, from the counterpart column (CONVENTIONS.md 3.3). */
const operativeToPreambular = new Map<string, string>();
for (const e of preambularPhrases) {
  for (const op of e.operative ?? []) {
    const key = op.toLowerCase();
    const prev = operativeToPreambular.get(key);
    // Prefer the participle of the same verb (`Takes note of` ← `Taking note`, not `Having considered`).
    if (!prev || (e.phrase.slice(0, 3).toLowerCase() === key.slice(0, 3) && prev.slice(0, 3).toLowerCase() !== key.slice(0, 3))) {
      operativeToPreambular.set(key, e.phrase);
    }
  }
}

const WORD_CHAR = /[\p{L}\p{M}'’-]/u;

/** Whether a UTF-16 code unit is part of a word (`WORD_CHAR`), with an ASCII fast path. */
function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45;
  return WORD_CHAR.test(text[i]);
}
const PREPOSITIONS = ['of', 'to', 'upon', 'on', 'for', 'at', 'by', 'with', 'in'];

/**
 * Reads up to `max` words from `offset`, skipping emphasis markers; stops at other punctuation.
 * Runs in O(length read).
 */
export function readWords(text: string, offset: number, limit: number, max = 8): Word[] {
  const words: Word[] = [];
  let i = offset;
  while (i < limit && words.length < max) {
    const ch = text[i];
    if (ch === '_' || ch === '*' || ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\n' || ch === '\r') {
      i++;
      continue;
    }
    if (!isWordCode(text, i)) break;
    const start = i;
    while (i < limit && isWordCode(text, i)) i++;
    words.push({ text: text.slice(start, i), start, end: i });
  }
  return words;
}

/** Words in lower case, computed on first use (the matcher rarely looks past the third word). */
interface LowerWords {
  readonly length: number;
  at(i: number): string;
}

/** Stands for every word that occurs in no lexicon phrase, adverb, particle or tail: it equals none of them. */
const UNLISTED = '\u0000';

/**
 * Every word the matcher compares with, lower case, mapped to itself, and its capitalized form
 * mapped to it: one lookup gives the canonical (interned) string, so the trie lookups and option
 * comparisons that follow compare interned strings, and `Recalling` needs no `toLowerCase`.
 */
const VOCABULARY = new Map<string, string>();
{
  const add = (w: string) => {
    VOCABULARY.set(w, w);
    const capital = w.charAt(0).toUpperCase() + w.slice(1);
    if (capital !== w && capital.toLowerCase() === w && !VOCABULARY.has(capital)) VOCABULARY.set(capital, w);
  };
  const addTrie = (node: TrieNode) => {
    for (const [w, child] of node.next) {
      add(w);
      addTrie(child);
    }
  };
  addTrie(preambularTrie);
  addTrie(operativeTrie);
  for (const options of [PREAMBULAR_ADVERBS, OPERATIVE_ADVERBS, PARTICLES]) for (const group of options.values()) for (const parts of group) parts.forEach(add);
  TAIL_WORDS.forEach(add);
}

/** The lower-case form of a word as the matcher compares it: a vocabulary word, or `UNLISTED`. */
function lowerWord(w: string): string {
  const hit = VOCABULARY.get(w);
  if (hit !== undefined) return hit;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return VOCABULARY.get(w.toLowerCase()) ?? UNLISTED;
  }
  return UNLISTED;
}

function lowerWords(words: readonly Word[]): LowerWords {
  const cache: string[] = [];
  return { length: words.length, at: (i) => (cache[i] ??= lowerWord(words[i].text)) };
}

function lowerList(list: readonly string[]): LowerWords {
  return { length: list.length, at: (i) => list[i] };
}

/** Longest lexicon phrase at `from`. */
function walk(trie: TrieNode, lower: LowerWords, from: number): { entry: PhraseEntry; length: number } | undefined {
  let node: TrieNode | undefined = trie;
  let best: { entry: PhraseEntry; length: number } | undefined;
  for (let i = from; i < lower.length && node; i++) {
    node = node.next.get(lower.at(i));
    if (node?.entry) best = { entry: node.entry, length: i - from + 1 };
  }
  return best;
}

/** Number of words of the first option found at `at` (0 when none). */
function matchMulti(lower: LowerWords, at: number, options: Options): number {
  if (at >= lower.length) return 0;
  const group = options.get(lower.at(at));
  if (!group) return 0;
  for (const parts of group) {
    let ok = at + parts.length <= lower.length;
    for (let k = 1; ok && k < parts.length; k++) ok = lower.at(at + k) === parts[k];
    if (ok) return parts.length;
  }
  return 0;
}

/** The words `[from, to)` joined by single spaces. */
function joinWords(words: readonly Word[], from: number, to: number): string {
  let out = words[from].text;
  for (let i = from + 1; i < to; i++) out += ` ${words[i].text}`;
  return out;
}

/** Matches the opening words against one lexicon; undefined when the head is not listed. */
export function matchPhrase(words: readonly Word[], part: Part): PhraseMatch | undefined {
  return matchLowered(words, lowerWords(words), part);
}

/** Matches the opening words against both lexicons, lower-casing them once. */
export function matchPhrases(words: readonly Word[]): { preambular?: PhraseMatch; operative?: PhraseMatch } {
  const lower = lowerWords(words);
  return { preambular: matchLowered(words, lower, 'preamble'), operative: matchLowered(words, lower, 'operative') };
}

function matchLowered(words: readonly Word[], lower: LowerWords, part: Part): PhraseMatch | undefined {
  if (words.length === 0) return undefined;
  const trie = part === 'preamble' ? preambularTrie : operativeTrie;
  let best: { entry: PhraseEntry; from: number; length: number } | undefined;
  // The longest match wins, and of two as long the one with fewer adverbs before it.
  const starts = phraseStarts(lower, part);
  for (const from of starts) {
    const m = walk(trie, lower, from);
    if (m && (!best || from + m.length > best.from + best.length)) best = { entry: m.entry, from, length: m.length };
  }
  if (!best) {
    // `Noting also with concern`, `Urgently calls once more upon`: a particle right after the
    // phrase's first word.
    for (const from of starts) {
      const p = lower.length > from + 2 ? matchMulti(lower, from + 1, PARTICLES) : 0;
      if (p === 0) continue;
      const rest = [words[from], ...words.slice(from + 1 + p)].map((w) => lowerWord(w.text));
      const m = walk(trie, lowerList(rest), 0);
      if (m && m.length > 1) {
        best = { entry: m.entry, from, length: m.length + p };
        break;
      }
    }
    if (!best) return undefined;
  }
  let count = best.from + best.length;
  const particles: string[] = [];
  for (;;) {
    const p = matchMulti(lower, count, PARTICLES);
    if (p === 0 || adjectivalFurther(words, lower, count, p)) break;
    particles.push(joinWords(words, count, count + p));
    count += p;
  }
  let maxCount = count;
  while (maxCount < words.length && maxCount < count + 4 && TAIL_WORDS.has(lower.at(maxCount))) maxCount++;
  return {
    entry: best.entry,
    part,
    wordCount: count,
    start: words[0].start,
    end: words[count - 1].end,
    text: joinWords(words, 0, count),
    adverb: best.from > 0 ? joinWords(words, 0, best.from) : undefined,
    particles,
    maxEnd: words[maxCount - 1].end,
  };
}

/** Words before which a postposed `further` is the adverb (`Requests further that`, `Stresses further the need`). */
const AFTER_ADVERB = new Set(['the', 'a', 'an', 'that', 'to', 'upon', 'on', 'in', 'with', 'for', 'by', 'at', 'as', 'of', 'all', 'any', 'each', 'every', 'its', 'their', 'his', 'her', 'those', 'these', 'this', 'both', 'whether', 'how', 'and', 'or', 'also', 'once', 'again']);

/**
 * Whether the particle at `count` is an adjectival `further` (`Encourages further steps`,
 * `Requests further information`): followed by a lower-case word that is neither an article, a
 * preposition nor a conjunction (CONVENTIONS OP-06). Then it is no part of the opening phrase.
 */
function adjectivalFurther(words: readonly Word[], lower: LowerWords, count: number, length: number): boolean {
  if (length !== 1 || lower.at(count) !== 'further' || count + 1 >= words.length) return false;
  const next = words[count + 1].text;
  return /^\p{Ll}/u.test(next) && !AFTER_ADVERB.has(lower.at(count + 1));
}

/** Whether a word looks like a participle or adjective (`Honouring`, `Disappointed`). */
export function looksPreambular(word: string): boolean {
  return /^[A-Z][a-z'’-]*(?:ing|ed|en|ful|ive|ous|ant|ent|ble|ware)$/.test(word);
}

/** Whether a word looks like a verb in the third person singular (`Introduces`). */
export function looksOperative(word: string): boolean {
  return /^[A-Z][a-z'’-]*[a-z]s$/.test(word) && !/(?:ss|ous|ics)$/.test(word);
}

function capitalize(s: string): string {
  return s.length ? s[0].toUpperCase() + s.slice(1) : s;
}

/** Lower-cases the first letter unless the word is an acronym or proper noun marker. */
function lowerFirst(s: string): string {
  return s.length ? s[0].toLowerCase() + s.slice(1) : s;
}

/**
 * The operative form of a preambular opening phrase (`Welcoming` → `Welcomes`,
 * `Recalling also` → `Also recalls`); undefined when there is none (`Mindful`).
 */
export function toOperative(match: PhraseMatch): string | undefined {
  const counterpart = match.entry.operative?.[0];
  if (!counterpart) return undefined;
  let result = counterpart;
  if (match.adverb && !/^(also|further)$/i.test(match.adverb)) result = `${capitalize(match.adverb.toLowerCase())} ${lowerFirst(result)}`;
  const particle = match.particles[0] ?? (match.adverb && /^(also|further)$/i.test(match.adverb) ? match.adverb : undefined);
  if (particle) result = `${capitalize(particle.toLowerCase())} ${lowerFirst(result)}`;
  return result;
}

/**
 * The preambular form of an operative opening phrase (`Welcomes` → `Welcoming`,
 * `Also recalls` → `Recalling also`); undefined when the lexicon has none (`Decides`).
 */
export function toPreambular(match: PhraseMatch): string | undefined {
  const phrase = match.entry.phrase;
  const key = phrase.toLowerCase();
  // The counterpart column may carry the preposition (`Takes note of`) that the lexicon entry leaves
  // to the text (`Takes note`): accept a key that extends the phrase by one preposition.
  let base = operativeToPreambular.get(key) ?? PREPOSITIONS.map((p) => operativeToPreambular.get(`${key} ${p}`)).find(Boolean);
  if (!base) {
    const [head, ...rest] = phrase.split(' ');
    const headForm = operativeToPreambular.get(head.toLowerCase());
    if (!headForm) return undefined;
    base = [headForm, ...rest].join(' ');
  }
  // `Calls upon` → `Calling upon`, `Looks forward` → `Looking forward`: when the preambular form
  // is the same verb (same stem) but shorter, it keeps the rest of the operative phrase.
  const opWords = phrase.split(' ');
  const baseWords = base.split(' ');
  if (baseWords.length < opWords.length && baseWords[0].slice(0, 3).toLowerCase() === opWords[0].slice(0, 3).toLowerCase()) {
    base = [baseWords[0], ...opWords.slice(1)].join(' ');
  }
  const adverb = match.adverb?.toLowerCase();
  const particle = adverb === 'also' || adverb === 'further' ? adverb : match.particles[0]?.toLowerCase();
  if (adverb && adverb !== 'also' && adverb !== 'further') {
    // `Strongly condemns` → `Strongly condemning`, when the lexicon lists that form.
    const candidate = `${capitalize(adverb)} ${lowerFirst(base)}`;
    const listed = walk(preambularTrie, lowerList(candidate.toLowerCase().split(' ')), 0);
    base = listed && listed.length === candidate.split(' ').length ? listed.entry.phrase : candidate;
  }
  return particle ? `${base} ${particle}` : base;
}

/** Finds a lexicon entry by its exact phrase (case-insensitive). */
export function findEntry(phrase: string, part: Part): PhraseEntry | undefined {
  const words = phrase.split(/\s+/).map((w) => w.toLowerCase());
  const m = walk(part === 'preamble' ? preambularTrie : operativeTrie, lowerList(words), 0);
  return m && m.length === words.length ? m.entry : undefined;
}

/**
 * Whether a lexicon status marks a phrase of Model UN drafts that UN texts do not use (`Having
 * devoted attention`, `Fully alarmed`, `Has resolved`; CONVENTIONS.md MUN-04: accepted in Model UN
 * profiles only). `MUN (rare in UN)` is not one: UN texts have it.
 */
export function isMunOnly(entry: PhraseEntry): boolean {
  return entry.status === 'MUN';
}

/** Whether a lexicon status marks a phrase that UN texts do not use (Model UN only, or a joke). */
export function isJoke(entry: PhraseEntry): boolean {
  return /joke/i.test(entry.status);
}
