/**
 * The `.unres` parser (FORMAT.md). It takes any string, never throws on it, runs in time linear
 * in its length, and records structural problems instead of failing.
 */
import { looksOperative, looksPreambular, matchPhrase, readWords } from '../data/lexicon';
import { detectEol, isSpace, lineAt, lowerBound, skipSpace, splitLines, trimEnd } from '../model/text';
import type {
  Closing,
  Comment,
  Directive,
  DocumentModel,
  Emphasis,
  FootnoteDefinition,
  FootnoteReference,
  Heading,
  HeaderLine,
  HeaderLineKind,
  LabelKind,
  LabelStyle,
  Line,
  OrganLine,
  Paragraph,
  ParseProblem,
  Span,
  Subparagraph,
  Title,
} from '../model/types';

type StartKind = 'number' | 'sub' | 'emphasis' | 'footnote' | 'plain';

interface Block {
  readonly first: number;
  last: number;
  readonly kind: StartKind;
  /** Offset of the first non-space character. */
  readonly start: number;
  end: number;
}

const NUMBER_START = /^(\d{1,6})\.(?=[\s\u00a0]|$)/;
const SUB_START = /^\(([a-z]{1,4})\)(?=[\s\u00a0]|$)/;
/**
 * The third and fourth degrees `a.`, `i.` (CONVENTIONS OP-05) and Model UN sub-clauses `a)`, `i)`
 * (MUN-03): a letter, a doubled letter or a roman numeral up to 40, then `.` or `)` and a space
 * or the end of the line, as for `1.` and `(a)`: the formatter trims the space after a label with
 * no text yet (`v. `), and the label must stay one (long fuzz 17000000020:170).
 */
const LOOSE_SUB_START = /^([a-z]{1,6})([.)])(?=[\s\u00a0]|$)/;

/** Whether a word can be a label written `a.` or `a)`: a letter, a doubled letter or a roman numeral up to 40. */
export function isLooseLabel(label: string): boolean {
  return (label.length <= 2 && letterValue(label) > 0) || (romanValue(label) > 0 && romanValue(label) <= 40);
}

/** The label of a line that opens with `a.`, `ii.` or `b)`, with its style, or undefined. */
function looseLabel(head: string): { label: string; style: 'dot' | 'close'; length: number } | undefined {
  const m = LOOSE_SUB_START.exec(head);
  return m && isLooseLabel(m[1]) ? { label: m[1], style: m[2] === '.' ? 'dot' : 'close', length: m[0].length } : undefined;
}
const EMPHASIS_START = /^(?:__|\*\*|_|\*)(?=[^\s_*])/;
const CARET_DEF_START = /^\[\^([^\]\s[]{1,100})\]:/;
// The suffix group carries its own optional space, so no two space runs meet (linear time).
const MEETING_LINE = /^\d{1,5}(?:\s*(?:st|nd|rd|th|d))?\s+(?:plenary\s+)?meeting\b/i;
// The closing line of the Security Council compilations: `Adopted unanimously at the 1382nd meeting.`,
// `Approved unanimously at the 2936th meeting.` (an admission), `at its 3033rd meeting`, `at the
// resumed 2396th meeting`, `at the 2714th (closed) meeting`. The meeting number keeps the scans'
// damage: an `I` or `l` for a `1` (`298Ist`, `I364th`), a space inside it (`283 3rd`, `331 5th`),
// `1h` for `th` (`27491h`: the `1` is read as a digit, the suffix as `h`); `meetings`, `meting`.
// Every part is bounded or a fixed word, and no two unbounded runs meet (linear time).
const SC_ADOPTED_LINE = /^(?:Adopted|Approved)\b[^\n]{0,80}\bat\s+(?:the|its)\s+(?:resumed\s+)?[\dIl]?\d[\dIl]{0,5}(?: \d{1,2})?\s*(?:st|nd|rd|th|d|h)\s+(?:\(closed\)\s+)?mee?tings?\b/i;
/** The line that opens an annex: `Annex`, `Annexes`, `Annex II` (format.md, 16). */
export const ANNEX_LINE = /^Annex(?:es)?(?:\s+[IVXLC]{1,6})?\s*$/i;
const DATE_ONLY = /^(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\.?$/;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** A full date inside a line: `25 July 2019`. */
const DATE_IN_LINE = /\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b/;
/** A year in parentheses after a resolution number: `1631 (2005)`. */
const YEAR_IN_NUMBER = /\b\d{1,5}\s*\((\d{4})\)/;
/**
 * A part label on a line of its own (server/docs/format.md, "Headings"): `A`, `B.`, `II`, `Part A`,
 * `PART II`, `Section 3`, or a label and a full stop followed by a title (`I. Global context`).
 * One branch per shape, each with its own literal start, so no two quantifiers compete.
 */
const PART_LABEL = /^(?:(?:Part|PART|Section|SECTION|Chapter|CHAPTER)\s+([A-Z]|[IVXL]{1,7}|\d{1,3})\.?|([A-Z]|[IVXL]{1,7})\.?)(?:$|(?<=\.)\s+(?=\S))/;
/** The adoption line: `Resolution adopted by the General Assembly …`, `Adopted by the Security Council at its …`. */
const ADOPTION_LINE = /^(?:(?:Resolution|RESOLUTION)\s+(?:adopted|Adopted|ADOPTED)|Adopted|ADOPTED)\s+(?:(?:unanimously|UNANIMOUSLY)\s+)?(?:(?:by|BY)\s+(?:the|THE)\s+[A-Za-z]|(?:at|AT)\s+(?:the|its|THE|ITS)\s+\d)/;
const ORGAN_NOUNS = new Set(['Assembly', 'Council', 'Committee', 'Commission', 'Conference', 'Board', 'Forum', 'Parliament', 'Summit', 'Court', 'Group', 'Body', 'Organization', 'Meeting', 'Congress', 'Plenary', 'Session', 'Convention', 'Programme', 'Fund', 'Agency', 'Authority']);
/** The words that may follow an organ noun in its name: `The Commission on Narcotic Drugs`, `The Conference of the Parties`. */
const ORGAN_QUALIFIERS = new Set(['on', 'of', 'for']);
const ORGAN_SMALL_WORDS = new Set(['and', 'of', 'for', 'on', 'the', 'in', 'to', 'de']);

/** Longest section heading, in characters and words. */
const HEADING_MAX_LENGTH = 150;
const HEADING_MAX_WORDS = 15;

const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** The value of a lower-case roman numeral written in canonical form, or 0. */
export function romanValue(s: string): number {
  if (!/^[ivxlcdm]{1,12}$/.test(s)) return 0;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]];
    const next = i + 1 < s.length ? ROMAN_VALUES[s[i + 1]] : 0;
    total += v < next ? -v : v;
  }
  return toRoman(total) === s ? total : 0;
}

/** A positive integer as a lower-case roman numeral. */
export function toRoman(n: number): string {
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/** The value of a letter label: `a` → 1, `z` → 26, `aa` → 27, `bb` → 28 (doubled letters), or 0. */
export function letterValue(s: string): number {
  if (/^[a-z]$/.test(s)) return s.charCodeAt(0) - 96;
  if (/^([a-z])\1{1,3}$/.test(s)) return (s.length - 1) * 26 + s.charCodeAt(0) - 96;
  return 0;
}

/** The letter label for a value: 1 → `a`, 27 → `aa`. */
export function toLetter(n: number): string {
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** Replaces every character of `[start, end)` except line breaks with a space. */
function blankRanges(text: string, ranges: readonly Span[]): string {
  if (ranges.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start < at) continue;
    parts.push(text.slice(at, r.start));
    parts.push(text.slice(r.start, r.end).replace(/[^\r\n]/g, ' '));
    at = r.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Offset of the end of the block that contains `from` (the next blank line), for unclosed constructs. */
function endOfBlock(text: string, from: number): number {
  // A line end (CRLF, LF or a lone CR), white space, and another line end or the end: a blank
  // line, as the line model reads one (LF + CR and CRLF + CR included), white space being what
  // `isSpace` calls so (a line of a lone U+FEFF or U+3000 is blank there too: read otherwise here, a
  // Word-export footnote ran on over it, and formatting, which empties blank lines, changed what the
  // footnote held, so that a second pass renumbered again; fuzz 10000000042:600).
  const re = /(?:\r\n|\r(?!\n)|\n)[ \t\u00a0\ufeff\v\f\u2000-\u200b\u202f\u205f\u3000\u1680\u0085]*(?:[\r\n]|$)/g;
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index : text.length;
}

function parseDirectives(text: string, comment: Comment, line: number, out: Directive[]): void {
  const inner = text.slice(comment.inner.start, comment.inner.end);
  const m = /^\s*unres-(disable-next-line|disable|enable)(?=\s|$)/.exec(inner);
  if (!m) return;
  const ids: { id: string; span: Span }[] = [];
  const re = /[A-Za-z0-9][\w.-]{0,80}/g;
  re.lastIndex = m[0].length;
  let r: RegExpExecArray | null;
  const base = comment.inner.start;
  while ((r = re.exec(inner))) {
    // A directive may end with a free-text reason after `--`.
    if (inner.slice(m[0].length, r.index).includes('--')) break;
    ids.push({ id: r[0], span: { start: base + r.index, end: base + r.index + r[0].length } });
  }
  out.push({ kind: m[1] as Directive['kind'], ruleIds: ids, span: comment.span, line });
}

interface Masking {
  masked: string;
  comments: Comment[];
  wordDefinitions: FootnoteDefinition[];
  problems: ParseProblem[];
  /**
   * With Word-export footnotes: the text with comments and bookmarks blanked but those footnotes'
   * texts kept, where their italics are read (read in the text, a bookmark's `_Ref1` paired with
   * the footnote's italics; found by a review).
   */
  notesSource?: string;
}

/** A `[bookmark: …]` mark, as the scan below reads one (sticky); the export skips them with it too. */
export const BOOKMARK_AT = /\[bookmark:[^\]\r\n]{0,500}\]/y;

/** Finds comments, `[bookmark: …]` marks and Word-export `[N: …]` footnotes, and blanks them. */
function mask(text: string): Masking {
  const problems: ParseProblem[] = [];
  const comments: Comment[] = [];
  const commentRanges: Span[] = [];
  let at = 0;
  let noClose = false;
  for (;;) {
    const open = text.indexOf('<!--', at);
    if (open < 0) break;
    // Once no `-->` is left after one `<!--`, none is left after a later one: do not search again.
    const close = noClose ? -1 : text.indexOf('-->', open + 4);
    if (close < 0) noClose = true;
    if (close < 0) {
      // An unclosed comment hides only the rest of its block, so a half-typed `<!--` does not swallow the draft.
      const end = endOfBlock(text, open);
      comments.push({ span: { start: open, end }, inner: { start: open + 4, end }, closed: false });
      commentRanges.push({ start: open, end });
      problems.push({ code: 'unclosed-comment', span: { start: open, end: open + 4 }, message: 'This comment is not closed: end it with `-->` (until then it runs to the next blank line).' });
      at = end;
      continue;
    }
    comments.push({ span: { start: open, end: close + 3 }, inner: { start: open + 4, end: close }, closed: true });
    commentRanges.push({ start: open, end: close + 3 });
    at = close + 3;
  }
  let masked = blankRanges(text, commentRanges);
  if (masked.charCodeAt(0) === 0xfeff) masked = ' ' + masked.slice(1);

  const ranges: Span[] = [];
  const bookmarks: Span[] = [];
  const wordDefinitions: FootnoteDefinition[] = [];
  // `[N: text]` is a definition only in a Word export (a text that cites `[footnoteRef:N]`
  // somewhere), and only with white space (or the end of the text) after the colon, as the export
  // writes it: the formatter trims `[5: ` at the end of a text to `[5:`, which stays one. Elsewhere
  // `[3:1]`, `[10:30]` or `[2030: target]` would vanish from the text the rules read and the exports
  // print. Not "N is cited": the formatter renumbers references, which would turn text into
  // footnotes from one pass to the next.
  const wordExport = masked.includes('[footnoteRef:');
  // Every match starts with `[`: find those natively, then try the pattern there (sticky).
  const re = /\[(?:bookmark:[^\]\r\n]{0,500}\]|(\d{1,6}):(?=\s|$))/y;
  let blockLimit = -1;
  let m: RegExpExecArray | null;
  for (let at = masked.indexOf('['); at >= 0; at = masked.indexOf('[', re.lastIndex)) {
    re.lastIndex = at;
    m = re.exec(masked);
    if (!m) {
      re.lastIndex = at + 1;
      continue;
    }
    if (m[1] === undefined) {
      ranges.push({ start: m.index, end: m.index + m[0].length });
      bookmarks.push({ start: m.index, end: m.index + m[0].length });
      continue;
    }
    if (!wordExport) {
      re.lastIndex = at + 1;
      continue;
    }
    // `[N: text]`: find the matching bracket, allowing nested brackets, within the block.
    // Definitions in the same block share its end: scan for it once per block (linear time).
    if (m.index >= blockLimit) blockLimit = endOfBlock(masked, m.index);
    const limit = blockLimit;
    let depth = 1;
    let i = m.index + m[0].length;
    for (; i < limit && depth > 0; i++) {
      const c = masked.charCodeAt(i);
      if (c === 91) depth++;
      else if (c === 93) depth--;
    }
    const closed = depth === 0;
    const end = closed ? i : limit;
    const labelSpan = { start: m.index + 1, end: m.index + 1 + m[1].length };
    const textStart = skipSpace(masked, m.index + m[0].length, closed ? end - 1 : end);
    const textEnd = trimEnd(masked, textStart, closed ? end - 1 : end);
    wordDefinitions.push({ label: m[1], span: { start: m.index, end }, labelSpan, textSpan: { start: textStart, end: textEnd }, syntax: 'word' });
    if (!closed) problems.push({ code: 'unclosed-footnote', span: { start: m.index, end: m.index + m[0].length }, message: `Footnote [${m[1]}: …] is not closed: end it with \`]\`.` });
    ranges.push({ start: m.index, end });
    re.lastIndex = end;
  }
  // The bookmarks inside those texts too (the scan above steps over a whole `[N: …]`), each text searched alone: linear.
  for (const d of wordDefinitions) {
    const inner = masked.slice(d.textSpan.start, d.textSpan.end);
    for (let at = inner.indexOf('[bookmark:'); at >= 0; at = inner.indexOf('[bookmark:', at + 1)) {
      BOOKMARK_AT.lastIndex = at;
      if (BOOKMARK_AT.test(inner)) bookmarks.push({ start: d.textSpan.start + at, end: d.textSpan.start + BOOKMARK_AT.lastIndex });
    }
  }
  bookmarks.sort((a, b) => a.start - b.start);
  const notesSource = wordDefinitions.length > 0 ? blankRanges(masked, bookmarks) : undefined;
  masked = blankRanges(masked, ranges);
  return { masked, comments, wordDefinitions, problems, notesSource };
}

/** Whether a NUL character occurs in the first `limit` characters (a native search, not a loop). */
function hasNul(text: string, limit: number): boolean {
  return (text.length > limit ? text.slice(0, limit) : text).indexOf('\u0000') >= 0;
}

function isBlankLine(s: string, line: Line): boolean {
  return skipSpace(s, line.start, line.end) === line.end;
}

/**
 * The kind of block a line starts. `loose`: whether a label `a.`, `i.` or `a)` may start a
 * sub-paragraph here (see `looseAllowed`); elsewhere such a line is text (`Nicaragua` / `v. United
 * States` in a hard-wrapped paragraph).
 */
function startKind(s: string, line: Line, loose = false): { kind: StartKind; at: number } {
  const at = skipSpace(s, line.start, line.end);
  // Every start but plain text opens with a digit, `(`, `[`, `_` or `*` (or, where allowed, a
  // lower-case letter): most lines are spared the patterns.
  const c = s.charCodeAt(at);
  if (loose && c >= 97 && c <= 122) return { kind: looseLabel(s.slice(at, Math.min(line.end, at + 10))) ? 'sub' : 'plain', at };
  if (!((c >= 48 && c <= 57) || c === 40 || c === 91 || c === 95 || c === 42)) return { kind: 'plain', at };
  const head = s.slice(at, Math.min(line.end, at + 110));
  if (NUMBER_START.test(head)) return { kind: 'number', at };
  const sub = SUB_START.exec(head);
  // `(plem)`, `(bob)`: a word in parentheses at a line start is text, not a label (format.md, 20);
  // a short or roman-looking wrong label (`(ab)`, `(iiv)`) is still one, for the rules to report.
  if (sub && (sub[1].length <= 2 || /^[ivxlcdm]+$/.test(sub[1]) || letterValue(sub[1]) > 0)) return { kind: 'sub', at };
  if (CARET_DEF_START.test(head)) return { kind: 'footnote', at };
  if (EMPHASIS_START.test(head)) return { kind: 'emphasis', at };
  return { kind: 'plain', at };
}

/** Groups lines `[from, to)` into blocks (FORMAT.md, "Blocks"). */
function blocksOf(s: string, lines: readonly Line[], from: number, to: number): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  let previousStart: StartKind | undefined;
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (isBlankLine(s, line)) {
      current = undefined;
      continue;
    }
    const loose = !current || looseAllowed(s, lines[i - 1], previousStart);
    const { kind, at } = startKind(s, line, loose);
    const end = trimEnd(s, at, line.end);
    previousStart = kind;
    if (current && kind === 'plain') {
      current.last = i;
      current.end = end;
      continue;
    }
    current = { first: i, last: i, kind, start: at, end };
    blocks.push(current);
  }
  return blocks;
}

/**
 * Whether a label `a.`, `i.` or `a)` starts a sub-paragraph on the line after `previous` (a line of
 * the same block): when that line ends a lead-in or an item with `:` or `;`, or is a sub-paragraph's
 * first line ending with a comma (`a) adopt plans,` / `b) report`). After a blank line it always
 * may. Not after a paragraph's first line ending with a comma: the formatter numbers unnumbered
 * paragraphs, and the label would start a sub-paragraph from one pass to the next.
 * What decides is the previous line's head and last character, which the incremental re-parse
 * watches (reparse.ts, `moved`).
 */
function looseAllowed(s: string, previous: Line, previousStart: StartKind | undefined): boolean {
  const end = trimEnd(s, previous.start, previous.end);
  const c = s.charCodeAt(end - 1);
  return c === 58 || c === 59 || (c === 44 && previousStart === 'sub');
}

/** Parses an organ line such as `The General Assembly,`; undefined when the line is not one. */
function parseOrgan(s: string, line: Line): OrganLine | undefined {
  const start = skipSpace(s, line.start, line.end);
  const end = trimEnd(s, start, line.end);
  if (end - start > 160 || end - start < 5) return undefined;
  const m = splitOrganLine(s.slice(start, end));
  if (!m) return undefined;
  const words = m.name.split(/\s+/);
  if (words.length < 1 || words.length > 14) return undefined;
  for (let i = 0; i < words.length; i++) {
    // A comma may end a word inside the name: `The United Nations Educational, Scientific and Cultural Organization`.
    const w = i < words.length - 1 && words[i].endsWith(',') ? words[i].slice(0, -1) : words[i];
    if (!(/^[A-Z][\p{L}'’-]*$/u.test(w) || ORGAN_SMALL_WORDS.has(w))) return undefined;
  }
  // The name ends with an organ noun (`The General Assembly`), or an organ noun is followed by its
  // subject (`The Commission on Narcotic Drugs`, `The Conference of the Parties`).
  const isOrganNoun = (w: string) => ORGAN_NOUNS.has(w) || ORGAN_NOUNS.has(w[0] + w.slice(1).toLowerCase());
  if (!words.some((w, i) => isOrganNoun(w) && (i === words.length - 1 || ORGAN_QUALIFIERS.has(words[i + 1])))) return undefined;
  const punctuation = m.punctuation;
  const punctuationSpan = punctuation ? { start: end - 1, end } : { start: end, end };
  return { span: { start, end }, name: m.name, punctuation, punctuationSpan };
}

/** Whether `[start, end)` is a bracketed vote note: `[Adopted without a vote.]`, `[Resolution adopted by a recorded vote …]`. */
function isVoteNote(s: string, start: number, end: number): boolean {
  return s.charCodeAt(end - 1) === 93 && /^\[(?:Resolution\s+)?adopted\s/i.test(s.slice(start, Math.min(end, start + 30)));
}

/** A line terminator, which `.` does not match (U+2028 and U+2029 can stand inside a line). */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

/**
 * Splits `The General Assembly,` into the organ's name and its final punctuation, as
 * `/^(The|THE)\s+(.*?)\s*([,:;.]?)$/` did (that pattern is quadratic: the lazy name and the white
 * space around it overlap): `The` or `THE`, white space, the name without the white space around
 * it (and without a line terminator), then at most one `,` `:` `;` or `.`. Undefined when the text
 * is not of that shape.
 */
export function splitOrganLine(text: string): { name: string; punctuation: string } | undefined {
  if (!/^(?:The|THE)\s/.test(text)) return undefined;
  const rest = text.slice(3).trimStart();
  const punctuation = /[,:;.]$/.test(rest) ? rest[rest.length - 1] : '';
  const name = rest.slice(0, rest.length - punctuation.length).trimEnd();
  return LINE_TERMINATOR.test(name) ? undefined : { name, punctuation };
}

const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|and|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth)$/i;

/**
 * Whether a header line is a session line, well or badly written: an ordinal in words or figures,
 * or a year (ECOSOC), then `session` (`Seventy third Session`, `73rd session`, `Twenty-seventh
 * special session`), but not a title that ends in "session".
 */
export function isSessionLine(text: string): boolean {
  // Read from the end, word by word: the pattern it replaces, `^(.{1,40}?)\s+(?:(?:emergency\s+)?
  // special\s+)?session$`, backtracked over a long run of white space (recheck: polynomial).
  let end = text.length;
  /** Takes `word` and the white space before it off the end; false (and nothing taken) if absent. */
  const take = (word: string): boolean => {
    const start = end - word.length;
    if (start < 1 || text.slice(start, end).toLowerCase() !== word || !/\s/.test(text[start - 1])) return false;
    end = start - 1;
    while (end > 0 && /\s/.test(text[end - 1])) end--;
    return true;
  };
  if (!take('session')) return false;
  if (take('special')) take('emergency');
  if (end < 1 || end > 40 || /[\n\r\u2028\u2029]/.test(text.slice(0, end))) return false;
  const ordinal = text.slice(0, end).trim();
  if (/^\d{1,4}(?:st|nd|rd|th|d)?$/i.test(ordinal)) return true;
  const words = ordinal.split(/[\s\-–—]+/);
  // One word shaped like an ordinal (`Umpteenth`, `Seventythird`) is a session line to check too.
  if (words.length === 1 && /^[A-Za-z]{3,30}(?:th|st|nd|rd)$/.test(words[0])) return true;
  return words.length <= 4 && words.every((w) => NUMBER_WORD.test(w));
}

function classifyHeaderLine(text: string): HeaderLineKind {
  if (/^[A-Z]{1,6}(?:\.\d{1,4})?\/[A-Z0-9]/.test(text)) return 'symbol';
  if (/^agenda\s+items?\b/i.test(text)) return 'agendaItem';
  if (ADOPTION_LINE.test(text)) return 'adoption';
  // The committee line in brackets, or in parentheses as some printings and extractions give it.
  if (/^[[(]\s*(?:on\s+the\s+(?:report|recommendation)\s+of|without\s+reference\s+to)\b/i.test(text)) return 'committee';
  // `Ghana:* draft resolution`: a sponsor's asterisk (a footnote sign) may follow the colon.
  if (/:\*{0,3}\s*(?:revised\s+)?draft\s+(?:resolutions?|decisions?)\s*$/i.test(text)) return 'sponsors';
  if (/^Resolution\s+\d{1,5}\s*\(\d{4}\)\s*\.?$/.test(text)) return 'resolutionNumber';
  if (isSessionLine(text)) return 'session';
  if (/^(?:United Nations|General Assembly|Security Council|Economic and Social Council|Human Rights Council|Distr\.?:?\s*\w+|Original:\s*\w+|\*\d{5,9}\*|\d{2}-\d{5}\s*\(E\).*)$/i.test(text) || DATE_ONLY.test(text)) return 'masthead';
  return 'other';
}

function parseHeader(s: string, lines: readonly Line[], to: number): { lines: HeaderLine[]; title?: Title; heading?: Heading } {
  const out: HeaderLine[] = [];
  const groups: HeaderLine[][] = [];
  let group: HeaderLine[] | undefined;
  let previous: HeaderLineKind | undefined;
  for (let i = 0; i < to; i++) {
    const line = lines[i];
    const start = skipSpace(s, line.start, line.end);
    if (start === line.end) {
      group = undefined;
      previous = undefined;
      continue;
    }
    const end = trimEnd(s, start, line.end);
    const text = s.slice(start, end);
    let kind = classifyHeaderLine(text);
    if (kind === 'other' && (previous === 'agendaItem' || previous === 'agendaTitle')) kind = 'agendaTitle';
    const h: HeaderLine = { kind, span: { start, end }, text };
    out.push(h);
    if (!group) {
      group = [];
      groups.push(group);
    }
    group.push(h);
    previous = kind;
  }
  // A part label alone right before the organ line (`A` in S/RES/161 (1961)) heads the first part;
  // the title is then the block before it.
  let heading: Heading | undefined;
  const tail = groups[groups.length - 1];
  if (groups.length >= 2 && tail.length === 1 && tail[0].kind === 'other') {
    const m = PART_LABEL.exec(tail[0].text);
    if (m && m[0].length === tail[0].text.length) {
      (tail[0] as { kind: HeaderLineKind }).kind = 'heading';
      heading = { kind: 'part', span: tail[0].span, text: tail[0].text, label: m[1] ?? m[2], where: 'header' };
      groups.pop();
    }
  }
  // The title is the last header block made only of free lines.
  let title: Title | undefined;
  const last = groups[groups.length - 1];
  if (last && last.every((h) => h.kind === 'other' || h.kind === 'session' || h.kind === 'agendaTitle')) {
    // A wrapped agenda title directly before the organ line is still an agenda title unless separated.
    const candidates = last.every((h) => h.kind === 'agendaTitle') ? undefined : last;
    if (candidates) {
      const titleLines = candidates.filter((h) => h.kind === 'other');
      if (titleLines.length > 0) {
        for (const h of titleLines) (h as { kind: HeaderLineKind }).kind = 'title';
        const span = { start: titleLines[0].span.start, end: titleLines[titleLines.length - 1].span.end };
        const text = s.slice(span.start, span.end);
        const nm = /^((?:S-|ES-)?\d{1,4})\/(\d{1,5}(?:\s?[A-Z](?:[–-][A-Z])?)?)\.(?=[\s\u00a0]|$)/.exec(text);
        title = {
          span,
          text,
          number: nm ? { span: { start: span.start, end: span.start + nm[0].length }, session: nm[1], serial: nm[2] } : undefined,
        };
      }
    }
  }
  return { lines: out, title, heading };
}

/** The date of adoption from the header and closing lines, or the year of the resolution number (see `DocumentModel`). */
function adoptionOf(s: string, header: readonly HeaderLine[], closing: Closing | undefined): DocumentModel['header']['adopted'] {
  const dated = (text: string) => {
    const m = DATE_IN_LINE.exec(text);
    if (!m) return undefined;
    const day = Number(m[1]);
    return day >= 1 && day <= 31 ? { year: Number(m[3]), month: MONTHS.indexOf(m[2].toLowerCase()) + 1, day } : undefined;
  };
  // The adoption line first, then a dated title or free header line (`Resolution of 8 May 1946`,
  // `of 12 June 1970` in the Security Council compilations), then the closing date.
  for (const kinds of [['adoption'], ['title', 'resolutionNumber', 'other']]) {
    for (const h of header) {
      if (!kinds.includes(h.kind) || h.text.length > 200) continue;
      const d = dated(h.text);
      if (d) return d;
    }
  }
  if (closing?.dateLine) {
    const d = dated(s.slice(closing.dateLine.start, closing.dateLine.end));
    if (d) return d;
  }
  if (closing) {
    const d = dated(s.slice(closing.meetingLine.start, closing.meetingLine.end));
    if (d) return d;
  }
  for (const h of header) {
    if (h.kind !== 'title' && h.kind !== 'resolutionNumber') continue;
    const m = YEAR_IN_NUMBER.exec(h.text.slice(0, 200));
    if (m) return { year: Number(m[1]) };
  }
  return undefined;
}

/** The emphasis markers, indexed as `scanEmphasis` keeps its pending openers. */
const MARKERS: readonly Emphasis['marker'][] = ['_', '*', '__', '**'];

/** Offsets of every `_` and `*` of a text, ascending (two native searches, one pass each). */
function markerOffsets(s: string): number[] {
  const out: number[] = [];
  let u = s.indexOf('_');
  let a = s.indexOf('*');
  while (u >= 0 || a >= 0) {
    if (a < 0 || (u >= 0 && u < a)) {
      out.push(u);
      u = s.indexOf('_', u + 1);
    } else {
      out.push(a);
      a = s.indexOf('*', a + 1);
    }
  }
  return out;
}

/**
 * Finds emphasis spans inside a block in one pass; unmatched openers are problems. `markers` are
 * the offsets of `_` and `*` in `s` (from `markerOffsets`): only those are visited.
 */
function scanEmphasis(s: string, markers: readonly number[], start: number, end: number, out: Emphasis[], problems: ParseProblem[]): void {
  // The offset of the pending opener of each marker (-1: none), by `MARKERS` index.
  const open = [-1, -1, -1, -1];
  let k = lowerBound(markers, start);
  while (k < markers.length && markers[k] < end) {
    const i = markers[k];
    const code = s.charCodeAt(i);
    let j = i + 1;
    while (j < end && s.charCodeAt(j) === code) j++;
    const run = j - i;
    const slot = (code === 95 ? 0 : 1) + (run >= 2 ? 2 : 0);
    const marker = MARKERS[slot];
    const before = i > start ? s.charCodeAt(i - 1) : 32;
    const after = j < end ? s.charCodeAt(j) : 32;
    const prevIsWord = isWordChar(before);
    const nextIsWord = isWordChar(after);
    const canOpen = !prevIsWord && !isSpace(after) && j < end;
    const canClose = !nextIsWord && !isSpace(before) && i > start;
    const pending = open[slot];
    if (canClose && pending >= 0) {
      out.push({ span: { start: pending, end: i + marker.length }, inner: { start: pending + marker.length, end: i }, marker });
      open[slot] = -1;
    } else if (canOpen && pending < 0 && run <= 2) {
      open[slot] = i;
    }
    while (k < markers.length && markers[k] < j) k++;
  }
  if (open[0] < 0 && open[1] < 0 && open[2] < 0 && open[3] < 0) return;
  // Unclosed openers, in the order they were opened.
  const unclosed = [0, 1, 2, 3].filter((m) => open[m] >= 0).sort((a, b) => open[a] - open[b]);
  for (const m of unclosed) {
    const marker = MARKERS[m];
    const at = open[m];
    problems.push({ code: 'unclosed-emphasis', span: { start: at, end: at + marker.length }, message: `This ${marker.length === 2 && marker[0] === '_' ? 'underline' : 'italic'} mark \`${marker}\` is not closed in its paragraph: close it with \`${marker}\`.` });
  }
}

/**
 * A letter or digit for the flanking rules of italics (format.md, 11): ASCII letters and digits,
 * and beyond ASCII what Unicode calls a letter, a mark or a number. Quotation marks, guillemets and
 * dashes are not (found by a review: `“_Decides_ to act”` printed its underscores, since every
 * character beyond ASCII but four counted as a letter). A surrogate counts as a letter, as before.
 */
export function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdfff) return true;
  let k = FLANK_CLASS[c];
  if (k === 0) {
    k = c === c && NON_ASCII_LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    if (c === c) FLANK_CLASS[c] = k;
  }
  return k === 1;
}

const NON_ASCII_LETTER = /[\p{L}\p{M}\p{N}]/u;
/** Whether each BMP code unit above ASCII is a letter (1) or not (2), 0 not tested yet: one test per distinct character. */
const FLANK_CLASS = new Uint8Array(0x10000);

interface ParagraphBuilder {
  part: 'preamble' | 'operative';
  heading?: Heading;
  restartsNumbering?: boolean;
  span: Span;
  number?: Paragraph['number'];
  opener: Paragraph['opener'];
  body: Span;
  subs: { label: string; style: LabelStyle; labelSpan: Span; span: Span; body: Span }[];
  fullEnd: number;
}

/** The UN's labels by degree (OP-05), first to fourth: `(a)`, `(i)`, `a.`, `i.`. */
export const LABEL_DEGREES: readonly { readonly style: LabelStyle; readonly kind: LabelKind }[] = [
  { style: 'paren', kind: 'letter' },
  { style: 'paren', kind: 'roman' },
  { style: 'dot', kind: 'letter' },
  { style: 'dot', kind: 'roman' },
];

/** The degree (0-based, as in `LABEL_DEGREES`) a label written so stands for; `a)` and `i)` stand where `a.` and `i.` do. */
export function labelDegree(style: LabelStyle, kind: LabelKind): number {
  return (style === 'paren' ? 0 : 2) + (kind === 'letter' ? 0 : 1);
}

/**
 * Decides letter or roman for each label by context (FORMAT.md, "Blocks"), and nests the labels: a
 * label continues the open series written the same way (`(b)` after `(a)` and its children), or
 * opens a series below the last label (`(i)` under `(a)`, `a.` under `(i)`, `i.` under `a)`), after
 * closing the series of its degree or deeper.
 */
function buildSubparagraphs(items: ParagraphBuilder['subs']): Subparagraph[] {
  interface Node { readonly sp: Subparagraph; readonly children: Node[] }
  interface Open { readonly style: LabelStyle; readonly kind: LabelKind; readonly rank: number; readonly node: Node; readonly last: number }
  const top: Node[] = [];
  const stack: Open[] = [];
  const series = (style: LabelStyle, kind: LabelKind) => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i].style === style && stack[i].kind === kind) return i;
    return -1;
  };
  // The next label written in the same style, for each item (one pass from the end).
  const nextSame: (string | undefined)[] = new Array(items.length);
  const seen = new Map<LabelStyle, string>();
  for (let k = items.length - 1; k >= 0; k--) {
    nextSame[k] = seen.get(items[k].style);
    seen.set(items[k].style, items[k].label);
  }
  const finish = (node: Node): Subparagraph => ({ ...node.sp, children: node.children.map(finish) });
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    const lv = letterValue(it.label);
    const rv = romanValue(it.label);
    let kind: LabelKind;
    if (lv && !rv) kind = 'letter';
    else if (rv && !lv) kind = 'roman';
    else if (rv && lv) {
      // Ambiguous: (i), (v), (x), (c) … and doubled letters that are also numerals, (ii), (iii), (cc).
      const r = series(it.style, 'roman');
      const l = series(it.style, 'letter');
      const romanExpected = r >= 0 ? stack[r].last + 1 : 1;
      const letterExpected = (l >= 0 ? stack[l].last : 0) + 1;
      const next = nextSame[k];
      if (r >= 0 && rv === romanExpected) kind = 'roman';
      else if (rv === romanExpected && next !== undefined && romanValue(next) === rv + 1) kind = 'roman';
      else if (lv === letterExpected) kind = 'letter';
      else if (rv === romanExpected) kind = 'roman';
      else kind = Math.abs(rv - romanExpected) < Math.abs(lv - letterExpected) ? 'roman' : 'letter';
    } else kind = 'letter';
    const ordinal = kind === 'letter' ? lv || 0 : rv;
    const rank = labelDegree(it.style, kind);
    const same = series(it.style, kind);
    if (same >= 0) stack.length = same;
    else while (stack.length > 0 && stack[stack.length - 1].rank >= rank) stack.pop();
    const sp: Subparagraph = { label: it.label, labelSpan: it.labelSpan, kind, style: it.style, ordinal, level: stack.length + 1, span: it.span, body: it.body, children: [] };
    const node: Node = { sp, children: [] };
    (stack.length > 0 ? stack[stack.length - 1].node.children : top).push(node);
    stack.push({ style: it.style, kind, rank, node, last: ordinal });
  }
  return top.map(finish);
}

/** Parses a `.unres` draft. Never throws; linear in the length of the text. */
/**
 * Whether a comma in `[from, to)` is followed by an operative phrase in lower case (`…, requests`,
 * `…, calls upon`): the paragraph's main verb, after a participial phrase. Each comma is looked at
 * once, with a few words after it.
 */
export function verbAfterComma(s: string, from: number, to: number): boolean {
  const own = s.slice(from, to);
  for (let k = own.indexOf(','); k >= 0; k = own.indexOf(',', k + 1)) {
    const words = readWords(s, from + k + 1, Math.min(to, from + k + 80), 4);
    if (words.length > 1 && /^\p{Ll}/u.test(words[0].text) && matchPhrase(words, 'operative')) return true;
  }
  return false;
}

export function parse(text: string): DocumentModel {
  const source = typeof text === 'string' ? text : String(text ?? '');
  const { masked: s, comments, wordDefinitions, problems, notesSource } = mask(source);
  const lines = splitLines(s);
  const directives: Directive[] = [];
  for (const c of comments) parseDirectives(source, c, lineAt(lines, c.span.end), directives);
  if (hasNul(source, 8192)) {
    problems.push({ code: 'not-text', span: { start: 0, end: 0 }, message: 'This file contains NUL characters: it looks binary, not a text draft.' });
  }

  // Find the organ line: the first line that looks like one, before any numbered or italic paragraph.
  let organ: OrganLine | undefined;
  let organLine = -1;
  let bodyStartLine = lines.length;
  let previousBlank = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isBlankLine(s, line)) {
      previousBlank = true;
      continue;
    }
    const o = parseOrgan(s, line);
    if (o) {
      organ = o;
      organLine = i;
      bodyStartLine = i + 1;
      break;
    }
    const k = startKind(s, line).kind;
    if (k === 'number' || (k === 'emphasis' && previousBlank)) {
      bodyStartLine = i;
      break;
    }
    previousBlank = false;
  }
  const hasContent = /\S/.test(s);
  if (!organ && hasContent && !problems.some((p) => p.code === 'not-text')) {
    const at = bodyStartLine < lines.length ? lines[bodyStartLine].start : 0;
    problems.push({ code: 'missing-organ-line', span: { start: at, end: at }, message: 'There is no organ line: put `The General Assembly,` (or the organ that adopts the text) on its own line before the preamble.' });
  }

  const headerEnd = organLine >= 0 ? organLine : Math.min(bodyStartLine, lines.length);
  const header = parseHeader(s, lines, headerEnd);
  const headerSpan: Span = { start: 0, end: headerEnd > 0 ? lines[headerEnd - 1].end : 0 };

  const emphases: Emphasis[] = [];
  const markers = markerOffsets(s);
  for (const b of blocksOf(s, lines, 0, headerEnd)) scanEmphasis(s, markers, b.start, b.end, emphases, problems);

  const blocks = blocksOf(s, lines, bodyStartLine, lines.length);
  const preamble: ParagraphBuilder[] = [];
  const operative: ParagraphBuilder[] = [];
  const extraOrganLines: Span[] = [];
  const caretDefinitions: FootnoteDefinition[] = [];
  let closing: Closing | undefined;
  let annex: DocumentModel['annex'];
  let current: ParagraphBuilder | undefined;
  let sawNumbered = false;
  const afterClosing: Span[] = [];
  const headings: Heading[] = header.heading ? [header.heading] : [];
  // The heading the next paragraphs stand under, and whether no paragraph has followed it yet.
  let heading: Heading | undefined = header.heading;
  let headingPending = false;
  // Whether no operative paragraph has followed the heading yet (a part may open with a preamble).
  let restartPending = false;
  // Whether a numbered operative paragraph came before (a flag, so the check stays constant time).
  let numberedOperative = false;
  // Whether the block before this one ends with a colon (the next one is then an item of its list).
  let afterColon = false;

  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi];
    if (b.kind === 'footnote') {
      const m = CARET_DEF_START.exec(s.slice(b.start, b.start + 110))!;
      const labelSpan = { start: b.start + 2, end: b.start + 2 + m[1].length };
      const textStart = skipSpace(s, b.start + m[0].length, b.end);
      caretDefinitions.push({ label: m[1], span: { start: b.start, end: b.end }, labelSpan, textSpan: { start: textStart, end: b.end }, syntax: 'caret' });
      scanEmphasis(s, markers, textStart, b.end, emphases, problems);
      continue;
    }
    if (annex) {
      scanEmphasis(s, markers, b.start, b.end, emphases, problems);
      continue;
    }
    const firstLine = lines[b.first];
    const firstText = s.slice(b.start, trimEnd(s, b.start, firstLine.end));
    const colonBefore = afterColon;
    afterColon = s.charCodeAt(b.end - 1) === 58;
    if (b.kind === 'plain' && ANNEX_LINE.test(firstText)) {
      // `Annex` with its title on the next lines of the same block (format.md, 16).
      const headingEnd = trimEnd(s, b.start, firstLine.end);
      const title = b.last > b.first ? { start: skipSpace(s, lines[b.first + 1].start, b.end), end: b.end } : undefined;
      annex = { heading: { start: b.start, end: headingEnd }, span: { start: b.start, end: s.length }, title };
      if (title) scanEmphasis(s, markers, title.start, title.end, emphases, problems);
      current = undefined;
      continue;
    }
    if (closing && b.kind === 'plain' && !DATE_ONLY.test(firstText)) {
      // Text after the closing block is not part of the resolution (format.md, 17): not a paragraph.
      // A numbered, italic or labelled block is still one (a misplaced closing, for block-order).
      afterClosing.push({ start: b.start, end: b.end });
      problems.push({ code: 'text-after-closing', span: { start: b.start, end: b.end }, message: 'This text comes after the closing block: move it above the closing, make it a footnote, or start an annex with a line `Annex` before it.' });
      scanEmphasis(s, markers, b.start, b.end, emphases, problems);
      continue;
    }
    if (b.kind !== 'sub' && (MEETING_LINE.test(firstText) || SC_ADOPTED_LINE.test(firstText)) && (operative.length > 0 || preamble.length > 0)) {
      const meetingLine = { start: b.start, end: trimEnd(s, b.start, firstLine.end) };
      let dateLine: Span | undefined;
      if (b.last > b.first) {
        const l = lines[b.first + 1];
        const ds = skipSpace(s, l.start, l.end);
        dateLine = { start: ds, end: trimEnd(s, ds, l.end) };
      } else {
        const next = blocks[bi + 1];
        if (next && next.kind === 'plain' && next.first === next.last && DATE_ONLY.test(s.slice(next.start, next.end))) {
          dateLine = { start: next.start, end: next.end };
          bi++;
        }
      }
      // The Human Rights Council's bracketed vote note after the date (`[Adopted without a vote.]`,
      // CONVENTIONS.md SKEL-11), on the next line or after a blank line, is part of the closing.
      let note: Span | undefined;
      if (dateLine && b.last >= b.first + 2) {
        const ns = skipSpace(s, lines[b.first + 2].start, b.end);
        if (isVoteNote(s, ns, b.end)) note = { start: ns, end: b.end };
      } else if (dateLine) {
        const next = blocks[bi + 1];
        if (next && next.kind === 'plain' && isVoteNote(s, next.start, next.end)) {
          note = { start: next.start, end: next.end };
          bi++;
        }
      }
      closing = { span: { start: b.start, end: note ? note.end : dateLine ? dateLine.end : b.end }, meetingLine, dateLine, ...(note ? { note } : {}) };
      current = undefined;
      continue;
    }
    if (b.kind === 'plain' && closing && DATE_ONLY.test(firstText)) continue;
    if (b.kind === 'plain' && b.first === b.last) {
      const h = headingOf(b, firstText, blocks[bi + 1], colonBefore);
      if (h) {
        headings.push(h);
        heading = h;
        headingPending = true;
        restartPending = true;
        current = undefined;
        // A part that opens with the organ line again (S/RES/161 (1961), part B) has its own preamble.
        const next = blocks[bi + 1];
        const organAgain = h.kind === 'part' && next && next.kind === 'plain' && next.first === next.last ? parseOrgan(s, lines[next.first]) : undefined;
        if (organAgain) {
          (h as { organ?: OrganLine }).organ = organAgain;
          sawNumbered = false;
          bi++;
          afterColon = false;
        }
        continue;
      }
    }
    if (b.kind === 'plain' && b.first === b.last && parseOrgan(s, firstLine)) {
      extraOrganLines.push({ start: b.start, end: b.end });
      continue;
    }
    scanEmphasis(s, markers, b.start, b.end, emphases, problems);
    if (b.kind === 'sub') {
      const head = s.slice(b.start, b.start + 10);
      const m = SUB_START.exec(head);
      const loose = m ? undefined : looseLabel(head)!;
      const labelSpan = { start: b.start, end: b.start + (m ? m[0].length : loose!.length) };
      const body = { start: skipSpace(s, labelSpan.end, b.end), end: b.end };
      if (!current) {
        current = newParagraph(sawNumbered ? 'operative' : 'preamble', b, s, undefined, b.start);
        (current.part === 'operative' ? operative : preamble).push(current);
      }
      current.subs.push({ label: m ? m[1] : loose!.label, style: m ? 'paren' : loose!.style, labelSpan, span: { start: b.start, end: b.end }, body });
      current.fullEnd = b.end;
      continue;
    }
    if (b.kind === 'number') {
      const m = NUMBER_START.exec(s.slice(b.start, b.start + 10))!;
      const numberSpan = { start: b.start, end: b.start + m[0].length };
      const textStart = skipSpace(s, numberSpan.end, b.end);
      // A numbered paragraph that opens like a preamble, before any operative one, is a numbered
      // preambular paragraph (PRE-01): the preamble goes on after it.
      const words = sawNumbered || operative.length > 0 ? undefined : readWords(s, textStart, b.end);
      const pre = words ? matchPhrase(words, 'preamble') : undefined;
      const op = words && pre ? matchPhrase(words, 'operative') : undefined;
      // Unless its main verb follows the participle, as Security Council texts write an operative
      // paragraph: `1. Acting in accordance with Article 34 …, requests …;` (S/RES/377 (1975)).
      const part = pre && (!op || pre.wordCount > op.wordCount) && !verbAfterComma(s, pre.end, b.end) ? 'preamble' : 'operative';
      const value = Number(m[1]);
      // Numbering starts again under a heading when the text does so (`B` then `1.`).
      const restarts = restartPending && part === 'operative' && value === 1 && numberedOperative;
      current = newParagraph(part, b, s, { value, text: m[1], span: numberSpan }, textStart);
      if (restarts) current.restartsNumbering = true;
      if (part === 'operative') numberedOperative = true;
      (part === 'operative' ? operative : preamble).push(current);
      if (part === 'operative') sawNumbered = true;
      continue;
    }
    // An italic or plain paragraph: preambular before the first numbered paragraph, operative after it.
    const part: 'preamble' | 'operative' = sawNumbered ? 'operative' : 'preamble';
    current = newParagraph(part, b, s, undefined, b.start);
    (part === 'operative' ? operative : preamble).push(current);
  }

  // A text with no numbered paragraph may still have an operative part: the unnumbered paragraphs
  // after the preamble that open with an operative phrase (single-paragraph and older SC texts).
  // With no preamble at all, the first paragraph opens the operative part (FORMAT.md, "Blocks").
  if (!sawNumbered && operative.length === 0 && preamble.length >= 1 && !preamble.some((p) => p.number)) {
    let k = preamble.length;
    while (k > 0 && !startsWith(preamble[k - 1], 'preamble')) k--;
    while (k < preamble.length && !startsWith(preamble[k], 'operative')) k++;
    if (k < preamble.length) {
      for (const p of preamble.splice(k)) {
        p.part = 'operative';
        operative.push(p);
      }
    }
  }

  // Footnote references, in document order.
  const footnoteReferences: FootnoteReference[] = [];
  // Every match starts with `[`: find those natively, then try the pattern there (sticky).
  const refRe = /\[\^([^\]\s[]{1,100})\]|\[footnoteRef:(\d{1,6})\]/y;
  let rm: RegExpExecArray | null;
  const defStarts = new Set(caretDefinitions.map((d) => d.span.start));
  for (let at = s.indexOf('['); at >= 0; at = s.indexOf('[', refRe.lastIndex)) {
    refRe.lastIndex = at;
    rm = refRe.exec(s);
    if (!rm) {
      refRe.lastIndex = at + 1;
      continue;
    }
    if (defStarts.has(rm.index)) continue;
    const label = rm[1] ?? rm[2];
    const labelStart = rm.index + (rm[1] !== undefined ? 2 : 13);
    footnoteReferences.push({ label, span: { start: rm.index, end: rm.index + rm[0].length }, labelSpan: { start: labelStart, end: labelStart + label.length }, syntax: rm[1] !== undefined ? 'caret' : 'word' });
  }
  const footnoteDefinitions = [...caretDefinitions, ...wordDefinitions].sort((a, b) => a.span.start - b.span.start);
  // Emphasis inside Word-export footnote bodies (they were blanked in the masked text).
  const notes = notesSource ?? source;
  const sourceMarkers = wordDefinitions.length > 0 ? markerOffsets(notes) : [];
  for (const d of wordDefinitions) scanEmphasis(notes, sourceMarkers, d.textSpan.start, d.textSpan.end, emphases, problems);
  emphases.sort((a, b) => a.span.start - b.span.start);

  if (extraOrganLines.length > 0) {
    for (const span of extraOrganLines) problems.push({ code: 'duplicate-organ-line', span, message: 'A resolution has exactly one organ line; remove this one or make it part of a paragraph.' });
  }

  const emphasisAt = new Map<number, Emphasis>();
  for (const e of emphases) emphasisAt.set(e.span.start, e);
  const finish = (list: ParagraphBuilder[], prefix: string): Paragraph[] =>
    list.map((p, index) => ({
      part: p.part,
      index,
      label: `${prefix}${index + 1}`,
      span: p.span,
      heading: p.heading,
      restartsNumbering: p.restartsNumbering,
      number: p.number,
      opener: { textStart: p.opener.textStart, emphasis: emphasisAt.get(p.body.start) },
      body: p.body,
      subparagraphs: buildSubparagraphs(p.subs),
      fullSpan: { start: p.span.start, end: p.fullEnd },
    }));

  return {
    text: source,
    masked: s,
    lines,
    eol: detectEol(source),
    header: { span: headerSpan, lines: header.lines, title: header.title, adopted: adoptionOf(s, header.lines, closing) },
    organ,
    extraOrganLines,
    preamble: finish(preamble, 'PP'),
    operative: finish(operative, 'OP'),
    closing,
    afterClosing,
    headings,
    annex,
    footnoteReferences,
    footnoteDefinitions,
    emphases,
    comments,
    directives,
    problems: problems.sort((a, b) => a.span.start - b.span.start),
    cache: new Map(),
  };

  /**
   * A heading block (format.md, 15): a part label, or a short line that ends without punctuation,
   * opens with a capital and not with a listed opening phrase, and is followed by a paragraph.
   */
  function headingOf(b: Block, text: string, next: Block | undefined, colonBefore: boolean): Heading | undefined {
    if (!next || next.kind === 'footnote' || text.length > HEADING_MAX_LENGTH + 10) return undefined;
    const where = sawNumbered ? 'operative' : 'preamble';
    const span = { start: b.start, end: b.end };
    const m = PART_LABEL.exec(text);
    if (m) {
      const label = m[1] ?? m[2];
      const title = m[0].length < text.length ? { start: b.start + m[0].length, end: b.end } : undefined;
      return { kind: 'part', span, text, label, title, where };
    }
    // After a colon a short line is an item of the list it opens, not a heading.
    if (colonBefore || (next.kind !== 'number' && next.kind !== 'emphasis')) return undefined;
    if (text.length < 3 || text.length > HEADING_MAX_LENGTH) return undefined;
    if (!/^\p{Lu}/u.test(text) || !/[\p{L}\p{N})]$/u.test(text)) return undefined;
    if (text.split(' ', HEADING_MAX_WORDS + 1).length > HEADING_MAX_WORDS) return undefined;
    const words = readWords(s, b.start, b.end);
    if (matchPhrase(words, 'preamble') || matchPhrase(words, 'operative')) return undefined;
    return { kind: 'section', span, text, where };
  }

  /** Whether a paragraph opens with a phrase of one part: listed, or (unlisted) shaped like one. */
  function startsWith(p: ParagraphBuilder, part: 'preamble' | 'operative'): boolean {
    const words = readWords(s, p.body.start, p.span.end);
    const own = matchPhrase(words, part);
    const other = matchPhrase(words, part === 'preamble' ? 'operative' : 'preamble');
    if (own) return !other || own.wordCount > other.wordCount;
    if (other || words.length === 0) return false;
    return part === 'preamble' ? looksPreambular(words[0].text) : looksOperative(words[0].text);
  }

  function newParagraph(part: 'preamble' | 'operative', b: Block, text: string, number: Paragraph['number'], textStart: number): ParagraphBuilder {
    const em = EMPHASIS_START.exec(text.slice(textStart, textStart + 3));
    if (heading && headingPending && heading.where !== 'header') (heading as { where: Heading['where'] }).where = part;
    headingPending = false;
    if (part === 'operative') restartPending = false;
    return {
      part,
      heading,
      span: { start: b.start, end: b.end },
      number,
      opener: { textStart: em ? textStart + em[0].length : textStart },
      body: { start: textStart, end: b.end },
      subs: [],
      fullEnd: b.end,
    };
  }
}
