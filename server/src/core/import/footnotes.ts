/**
 * Finds footnote references in plain text by following the footnote sequence (CONVENTIONS.md
 * PARSE-03): the bodies say which numbers exist; a number in the text becomes a reference only if
 * it is the next new number (or, in the legacy style, one already cited) and it sits where an
 * indicator sits: glued to a word or to punctuation (`organizations,1`, `Strategy;5`), glued to a
 * year (`20103` = 2010 + note 3), or after a space at the end of a title or clause (`Security, 2`,
 * `Development 5`). A bare digit regex would turn `paragraph 1` or `25 years` into references.
 */
import { REF_CLOSE, REF_OPEN, refMarker } from './text';

/** How a candidate indicator sits in the text. */
type Shape = 'word' | 'punct' | 'year' | 'year-space' | 'day-space' | 'punct-space' | 'word-space';

/** Nouns that take a number (`Article 51`, `Goal 5`): a number after them is not an indicator. */
const NUMBER_NOUNS = new Set([
  'action', 'amendment', 'annex', 'appendix', 'area', 'article', 'articles', 'box', 'category', 'chapter', 'chapters', 'class',
  'cluster', 'component', 'committee', 'day', 'decision', 'decisions', 'figure', 'goal', 'goals', 'group', 'item', 'items', 'level',
  'module', 'no', 'nos', 'objective', 'option', 'paragraph', 'paragraphs', 'part', 'phase', 'pillar', 'principle', 'principles',
  'protocol', 'recommendation', 'recommendations', 'region', 'resolution', 'resolutions', 'round', 'rule', 'rules', 'schedule',
  'section', 'sections', 'sector', 'session', 'stage', 'step', 'table', 'target', 'targets', 'tier', 'track', 'vol', 'volume',
  'week', 'year', 'zone', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'para', 'paras', 'page', 'pages', 'meeting', 'unit', 'units',
]);

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** What follows the indicator after a day: ` and 23 July`, `, 5 August`. */
const DAY_THEN_DATE = /^(?: and|,) (?:[1-9]|[12]\d|3[01]) (?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** Words that show a number counts something (`2 million`, `9 votes`, `1 January`). */
const COUNTED_WORDS = new Set([
  'per', 'percent', 'million', 'millions', 'billion', 'billions', 'thousand', 'hundred', 'trillion', 'years', 'year', 'months',
  'month', 'days', 'day', 'weeks', 'hours', 'minutes', 'states', 'countries', 'members', 'persons', 'people', 'times', 'votes',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** Words before which a number after a lower-case word may be an indicator (`the agenda 7 and`). */
const PHRASE_ENDERS = new Set([
  'and', 'or', 'which', 'that', 'as', 'in', 'on', 'to', 'for', 'the', 'with', 'by', 'at', 'adopted', 'entitled', 'contained', 'including',
  // `the report 6 of the Chief of Staff`, `the report 37 submitted by`, `letter … 1979 95 stating` (Security Council texts)
  'of', 'submitted', 'dated', 'concerning', 'addressed', 'stating', 'from',
]);

/** Words after which a number is a quantity or a position, never an indicator (`the 2`, `of 3`). */
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'to', 'for', 'from', 'by', 'with', 'at', 'between', 'than', 'and', 'or', 'some', 'all', 'about', 'over', 'under', 'least', 'most', 'per', 'each', 'every', 'first', 'last', 'only', 'its', 'their', 'his', 'her', 'our', 'these', 'those', 'nearly', 'almost', 'approximately', 'around', 'some', 'to', 'until', 'since', 'before', 'after', 'during', 'within', 'up', 'down', 'minus', 'plus', 'times', 'number', 'numbers']);

/** Small words an extractor glues to a preceding indicator (`2and`). */
const GLUED_WORDS = new Set(['and', 'which', 'as', 'in', 'the', 'of', 'to', 'for', 'that', 'including']);

const CLOSERS = ',;:.)”’"]\u2019';

/** Options of one resolution pass. */
export interface FootnoteSequenceOptions {
  /** The numbers that have a footnote body. */
  readonly numbers: ReadonlySet<number>;
  /** Legacy style (up to the seventy-fourth session): a re-citation repeats an earlier number. */
  readonly recitation: boolean;
}

/** What the pass found. */
export interface FootnoteSequenceResult {
  /** The texts, with found indicators replaced by reference markers. */
  readonly texts: string[];
  /** Labels in the order of first reference (explicit and found). */
  readonly order: string[];
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /\p{L}/u.test(c);
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** The word that ends at `end` (exclusive), letters only. */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && isLetter(text[i - 1])) i--;
  return text.slice(i, end);
}

/** The word that starts at or after `start`, skipping spaces. */
function wordAfter(text: string, start: number): string {
  let i = start;
  while (i < text.length && text[i] === ' ') i++;
  let j = i;
  while (j < text.length && isLetter(text[j])) j++;
  return text.slice(i, j);
}

/** Classifies the digit run `[s, e)`; undefined when it cannot be an indicator. */
function shapeOf(text: string, s: number, e: number): { shape: Shape; valueStart: number; glued?: boolean } | undefined {
  const right = text[e];
  // The run must end a token: followed by white space, punctuation that can follow an indicator, or
  // the end; or glued to a small word after a comma (`Secretary-General, 2and expressing`).
  if (right !== undefined && !/[\s,;:.)\]\u201d\u2019]/u.test(right) && right !== REF_OPEN) {
    if (text[s - 1] === ' ' && GLUED_WORDS.has(wordAfter(text, e))) {
      if (CLOSERS.includes(text[s - 2] ?? '')) return { shape: 'punct-space', valueStart: s, glued: true };
      if (isLetter(text[s - 2])) return { shape: 'word-space', valueStart: s, glued: true };
    }
    return undefined;
  }
  if ((right === '.' || right === ',') && isDigit(text[e + 1])) return undefined;
  const left = text[s - 1];
  const len = e - s;
  if (len >= 5 && len <= 6 && (left === undefined || left === ' ' || left === '\u2013' || left === '-')) {
    const year = Number(text.slice(s, s + 4));
    if (year >= 1900 && year <= 2099 && text[s + 4] !== '0') return { shape: 'year', valueStart: s + 4 };
    return undefined;
  }
  if (len > 3) return undefined;
  if (isLetter(left)) return { shape: 'word', valueStart: s };
  if (left === REF_CLOSE) return { shape: 'punct', valueStart: s };
  if (left !== undefined && CLOSERS.includes(left)) {
    const before = text[s - 2];
    // `23,400` and `1.5` are numbers, not `2010,3`.
    if ((left === ',' || left === '.') && isDigit(before) && (left === '.' || len === 3)) return undefined;
    // After a full stop an indicator ends the paragraph or a sentence; `A.2` and `XIV.A` number sections.
    if (left === '.') {
      if (/^[A-Z]{1,3}$/.test(wordBefore(text, s - 1))) return undefined;
      if (right !== undefined && !/^\s+\p{Lu}/u.test(text.slice(e, e + 3))) return undefined;
    }
    return { shape: 'punct', valueStart: s };
  }
  if (left === ' ') {
    const b = text[s - 2];
    if (b !== undefined && (CLOSERS.includes(b) || b === REF_CLOSE)) return { shape: 'punct-space', valueStart: s };
    if (isLetter(b)) return { shape: 'word-space', valueStart: s };
    // `the reports of 1990 3 and 1995, 4`: after a year.
    if (isDigit(b) && /(?:^|[^\d/.,-])(?:19|20)\d\d$/.test(text.slice(Math.max(0, s - 6), s - 1))) return { shape: 'year-space', valueStart: s };
    // `the letters of 20 127 and 23 July 128 1993` (S/RES/855 (1993)): after the day of a date whose
    // month and year follow the next day.
    if (isDigit(b) && /(?:^|[^\d/.,-])(?:[1-9]|[12]\d|3[01])$/.test(text.slice(Math.max(0, s - 4), s - 1)) && DAY_THEN_DATE.test(text.slice(e, e + 24))) {
      return { shape: 'day-space', valueStart: s };
    }
  }
  return undefined;
}

/** Whether the words around a spaced candidate show an ordinary number rather than an indicator. */
function spacedLooksLikeNumber(text: string, s: number, e: number, shape: Shape): boolean {
  const next = wordAfter(text, e).toLowerCase();
  if (COUNTED_WORDS.has(next)) return true;
  // `paragraph 1 (a)`: a reference to a sub-paragraph.
  if (/^ ?\([a-z]{1,4}\)/.test(text.slice(e, e + 7))) return true;
  if (shape === 'word-space') {
    const w = wordBefore(text, s - 1);
    // `of 2 August, 11 5 August 12 and 10 August 1965` (S/RES/207 (1965)), `on 26 October 41
    // following`: a number of one to three digits after a month that already has its day is not
    // part of the date (a year has four).
    if (MONTHS.has(w.toLowerCase()) && /(?:^|[^\d])(?:[1-9]|[12]\d|3[01]) $/.test(text.slice(Math.max(0, s - 1 - w.length - 4), s - 1 - w.length))) {
      return false;
    }
    if (NUMBER_NOUNS.has(w.toLowerCase())) return true;
    if (/^\p{Lu}/u.test(w)) return false;
    // After a lower-case word (`the agenda 7 and …`) only before a word or mark that ends a phrase.
    if (FUNCTION_WORDS.has(w)) return true;
    const after = text.slice(e, e + 2);
    return !(next === '' ? /^(?:[,;:.]|$)/.test(after) || after.startsWith(REF_OPEN) : PHRASE_ENDERS.has(next));
  }
  // `paragraphs 3, 4 and 5`: a number continuing a list of numbers (`items 5, 6 and 7, 5 for` is an indicator).
  let p = s - 2;
  while (p >= 0 && !isDigit(text[p]) && !isLetter(text[p]) && text[p] !== REF_CLOSE && text[p] !== ' ') p--;
  if (p >= 0 && isDigit(text[p])) {
    let q = p;
    while (q >= 0 && isDigit(text[q])) q--;
    if (p - q <= 3) {
      const previous = Number(text.slice(q + 1, p + 1));
      if (Number(text.slice(s, e)) === previous + 1 || /^(?:,| and| or) \d/.test(text.slice(e, e + 6))) return true;
    }
  }
  return false;
}

/**
 * Replaces the footnote indicators of plain text by reference markers, following the sequence of
 * footnote numbers through all texts in order. Explicit markers already in the texts count.
 */
export function resolveFootnoteSequence(texts: readonly string[], options: FootnoteSequenceOptions): FootnoteSequenceResult {
  const strict = resolvePass(texts, options, false);
  const found = (r: FootnoteSequenceResult) => r.order.filter((l) => options.numbers.has(Number(l))).length;
  if (found(strict) === options.numbers.size) return strict;
  // An indicator lost in the source (OCR, a cut page) must not stop the sequence: a second pass lets
  // an indicator glued to punctuation skip up to two missing numbers, and wins if it finds more.
  const tolerant = resolvePass(texts, options, true);
  return found(tolerant) > found(strict) ? tolerant : strict;
}

function resolvePass(texts: readonly string[], options: FootnoteSequenceOptions, skips: boolean): FootnoteSequenceResult {
  const numbers = options.numbers;
  // The smallest number, by a loop: a long text has too many footnotes to spread them as arguments.
  let least = Infinity;
  for (const n of numbers) if (n < least) least = n;
  let max = numbers.size > 0 ? least - 1 : 0;
  const used = new Set<number>();
  const order: string[] = [];
  const note = (label: string) => {
    if (!order.includes(label)) order.push(label);
  };
  const out: string[] = [];
  for (const text of texts) {
    let result = '';
    let at = 0;
    const re = /\uE000([^\uE000\uE001]*)\uE001|\d+/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (m[1] !== undefined) {
        const n = Number(m[1]);
        if (Number.isInteger(n) && n > 0) {
          used.add(n);
          if (n > max) max = n;
        }
        note(m[1]);
        continue;
      }
      const s = m.index;
      const e = s + m[0].length;
      const shape = shapeOf(text, s, e);
      if (!shape) continue;
      const digits = text.slice(shape.valueStart, e);
      if (digits[0] === '0') continue;
      const n = Number(digits);
      if (!numbers.has(n)) continue;
      // In the tolerant pass, an indicator after a title (`in Palestine 5 which`) may skip too.
      const titleEnd = shape.shape === 'word-space' && /^\p{Lu}/u.test(wordBefore(text, s - 1));
      const isNew = n === max + 1 || (skips && n > max + 1 && n <= max + 3 && (shape.shape === 'punct' || shape.shape === 'punct-space' || titleEnd));
      const isRecitation = options.recitation && used.has(n);
      let accept = false;
      switch (shape.shape) {
        case 'word':
        case 'punct':
          accept = isNew || isRecitation;
          break;
        case 'year':
          accept = isNew;
          break;
        case 'year-space':
          accept = isNew && !spacedLooksLikeNumber(text, s, e, 'year-space');
          break;
        case 'day-space':
          accept = isNew;
          break;
        case 'punct-space':
          accept = (isNew || isRecitation) && !spacedLooksLikeNumber(text, s, e, 'punct-space');
          break;
        case 'word-space':
          accept = isNew && !spacedLooksLikeNumber(text, s, e, 'word-space');
          break;
      }
      if (!accept) continue;
      // A spaced indicator loses its space: `Security, 2` → `Security,[^2]`.
      const cut = shape.shape === 'punct-space' || shape.shape === 'word-space' || shape.shape === 'year-space' || shape.shape === 'day-space' ? s - 1 : shape.valueStart;
      result += text.slice(at, cut) + refMarker(String(n)) + (shape.glued ? ' ' : '');
      at = e;
      used.add(n);
      if (n > max) max = n;
      note(String(n));
    }
    out.push(result + text.slice(at));
  }
  return { texts: out, order };
}
