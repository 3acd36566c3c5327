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

const PREAMBULAR_ADVERBS = ['deeply', 'gravely', 'seriously', 'fully', 'firmly', 'strongly', 'profoundly', 'ever', 'being', 'further', 'also'];
const OPERATIVE_ADVERBS = ['also', 'further', 'strongly', 'again', 'once again', 'firmly', 'solemnly', 'urgently', 'warmly', 'unequivocally', 'emphatically', 'deeply', 'fully', 'once more', 'hereby'];
const PARTICLES = ['also', 'further', 'once again', 'again', 'once more'];
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

function cleanCounterpart(s: string): string {
  return s.replace(/\s*\.\.\.$/, '').replace(/\s*\(.*\)$/, '').trim();
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
    if (!WORD_CHAR.test(ch)) break;
    const start = i;
    while (i < limit && WORD_CHAR.test(text[i])) i++;
    words.push({ text: text.slice(start, i), start, end: i });
  }
  return words;
}

function walk(trie: TrieNode, words: readonly Word[], from: number): { entry: PhraseEntry; length: number } | undefined {
  let node: TrieNode | undefined = trie;
  let best: { entry: PhraseEntry; length: number } | undefined;
  for (let i = from; i < words.length && node; i++) {
    node = node.next.get(words[i].text.toLowerCase());
    if (node?.entry) best = { entry: node.entry, length: i - from + 1 };
  }
  return best;
}

function matchMulti(words: readonly Word[], at: number, options: readonly string[]): number {
  for (const o of options) {
    const parts = o.split(' ');
    let ok = at + parts.length <= words.length;
    for (let k = 0; ok && k < parts.length; k++) ok = words[at + k].text.toLowerCase() === parts[k];
    if (ok) return parts.length;
  }
  return 0;
}

/** Matches the opening words against one lexicon; undefined when the head is not listed. */
export function matchPhrase(words: readonly Word[], part: Part): PhraseMatch | undefined {
  if (words.length === 0) return undefined;
  const trie = part === 'preamble' ? preambularTrie : operativeTrie;
  const adverbs = part === 'preamble' ? PREAMBULAR_ADVERBS : OPERATIVE_ADVERBS;
  let best: { entry: PhraseEntry; from: number; length: number } | undefined;
  const direct = walk(trie, words, 0);
  if (direct) best = { entry: direct.entry, from: 0, length: direct.length };
  const adv = matchMulti(words, 0, adverbs);
  if (adv > 0) {
    const after = walk(trie, words, adv);
    if (after && (!best || adv + after.length > best.length)) best = { entry: after.entry, from: adv, length: after.length };
  }
  if (!best) {
    // `Noting also with concern`: a particle right after the first word.
    const p = words.length > 2 ? matchMulti(words, 1, PARTICLES) : 0;
    if (p > 0) {
      const rest = [words[0], ...words.slice(1 + p)];
      const m = walk(trie, rest, 0);
      if (m && m.length > 1) best = { entry: m.entry, from: 0, length: m.length + p };
    }
    if (!best) return undefined;
  }
  let count = best.from + best.length;
  const particles: string[] = [];
  for (;;) {
    const p = matchMulti(words, count, PARTICLES);
    if (p === 0) break;
    particles.push(words.slice(count, count + p).map((w) => w.text).join(' '));
    count += p;
  }
  let maxCount = count;
  while (maxCount < words.length && maxCount < count + 4 && TAIL_WORDS.has(words[maxCount].text.toLowerCase())) maxCount++;
  return {
    entry: best.entry,
    part,
    wordCount: count,
    start: words[0].start,
    end: words[count - 1].end,
    text: words.slice(0, count).map((w) => w.text).join(' '),
    adverb: best.from > 0 ? words.slice(0, best.from).map((w) => w.text).join(' ') : undefined,
    particles,
    maxEnd: words[maxCount - 1].end,
  };
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
    const listed = walk(preambularTrie, candidate.split(' ').map((text) => ({ text, start: 0, end: 0 })), 0);
    base = listed && listed.length === candidate.split(' ').length ? listed.entry.phrase : candidate;
  }
  return particle ? `${base} ${particle}` : base;
}

/** Finds a lexicon entry by its exact phrase (case-insensitive). */
export function findEntry(phrase: string, part: Part): PhraseEntry | undefined {
  const words = phrase.split(/\s+/).map((text) => ({ text, start: 0, end: 0 }));
  const m = walk(part === 'preamble' ? preambularTrie : operativeTrie, words, 0);
  return m && m.length === words.length ? m.entry : undefined;
}

/** Whether a lexicon status marks a phrase that UN texts do not use (Model UN only, or a joke). */
export function isJoke(entry: PhraseEntry): boolean {
  return /joke/i.test(entry.status);
}
