/**
 * Turns the blocks a front end read into a `.unres` draft: header, organ line, preambular and
 * operative paragraphs with italic openers, labelled sub-paragraphs, the closing lines, an annex,
 * and footnotes as `[^n]` references with their `[^n]:` definitions at the end.
 */
import { looksOperative, looksPreambular, matchPhrase, readWords, type Part, type PhraseMatch } from '../data/lexicon';
import publicationsData from '../data/publications.json';
import { isLooseLabel, letterValue, romanValue, toLetter, toRoman } from '../parser/parse';
import { resolveFootnoteSequence } from './footnotes';
import { HISTORIC_SC_BEFORE } from '../rules/operative-punctuation';
import { ordinalSuffix, parseOrdinalWord } from '../data/ordinals';
import { buildHeader, organLineOf, TITLE_NUMBER, type ImportedHeader } from './header';
import { endsWithListConjunction, opensDashedItem } from '../model/text';
import { cleanLine, endsParagraph, gatherSpelling, joinLines, LineJoiner, REF_CLOSE, REF_OPEN, refMarker, wordCount, type SpellingEvidence } from './text';
import type { ImportNote, ImportResult, SourceBlock, SourceDocument } from './types';

const MEETING_LINE = /^\d{1,5} ?(?:st|nd|rd|th|d) (?:plenary )?meeting\b/i;
/**
 * The closing line of the Security Council compilations, in the forms the parser reads
 * (parser/parse.ts, SC_ADOPTED_LINE): `Adopted unanimously at the 1382nd meeting.`, `Approved …`,
 * `at its 3033rd meeting`, `at the resumed 2396th meeting`, `at the 2714th (closed) meeting`, and
 * the scans' damage: `I364th`, `l` for `1`, `283 3rd`, `27491h` (`th` read as `1h`), `meetings`,
 * `meting`. Linear: every quantifier is bounded or over a class its neighbours do not share.
 */
const SC_ADOPTED_LINE = /^(?:Adopted|Approved)\b[^\n]{0,80}\bat (?:the|its) (?:resumed )?[\dIl]?\d[\dIl]{0,5}(?: \d{1,2})? ?(?:st|nd|rd|th|d|h) (?:\(closed\) )?mee?tings?\b/i;
const MERGED_CLOSING = /^(\d{1,5} ?(?:st|nd|rd|th|d) plenary meeting) (\d{1,2} [A-Z][a-z]{2,8} \d{4})$/;
const DATE_ONLY = /^(?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\.?$/;
/** The first line of the comment that keeps the blocks after the closing lines. */
const LEFT_OVER_HEAD = 'unres import: in the source after the closing lines, not part of the resolution:';
const ANNEX_LINE = /^Annex(?:es)?(?: [IVXLC]{1,6})?$/i;
const NUMBERED = /^(\d{1,3})\. ?(?=\S|$)/;
const LABELLED = /^\(([a-z]{1,4})\) ?(?=\S|$)/;

const publicationPatterns = publicationsData.titles.map((t) => new RegExp(t.pattern, 'g'));

/** What a scan reads for the digits of a meeting number: `]8S6ih` is `1856th`, `I364th` is `1364th`. */
const SCAN_DIGITS: Readonly<Record<string, string>> = { ']': '1', I: '1', l: '1', L: '1', i: '1', '|': '1', '!': '1', S: '5', O: '0', o: '0', B: '8' };

/**
 * The closing line of a Security Council text as adopted, from the line a scan gave: `Adapted` for
 * `Adopted`, a meeting number with letters for digits (`]8S6ih`), a wrong or damaged ordinal
 * suffix (`2992th`, `2729the`, `27491h`); undefined when the line is not a closing line.
 */
export function repairScClosing(line: string): string | undefined {
  const m = /^((?:Adopted|Approved|Adapted)\b[^\n]{0,80}?\bat (?:the|its) (?:resumed )?)([\dIlSOoB\]|!]{2,5})(?: (\d{1,2}))? ?(st|nd|rd|th|the|ih|lh|d|h)? (?=(?:\(closed\) )?mee?tings?\b)/.exec(line);
  const asIs = SC_ADOPTED_LINE.test(line) ? line : undefined;
  if (!m) return asIs;
  // A line the parser reads as it is stays as it is (`I364th`, `283 3rd`), unless its ordinal is
  // the wrong one for a clean number (`2992th`).
  if (asIs !== undefined && !(/^\d+$/.test(m[2]) && m[3] === undefined && /^(?:st|nd|rd|th)$/.test(m[4] ?? '') && m[4] !== ordinalSuffix(Number(m[2])))) return asIs;
  let digits = (m[2] + (m[3] ?? '')).replace(/[IlSOoB\]|!]/g, (c) => SCAN_DIGITS[c]);
  // `27491h`: the `t` of `th` read as `1`.
  if (m[4] === 'h' && /^\d{4}1$/.test(digits)) digits = digits.slice(0, -1);
  if (!/^[1-9]\d{2,3}$/.test(digits)) return asIs;
  return `${m[1].replace(/^Adapted/, 'Adopted')}${digits}${ordinalSuffix(Number(digits))} ${line.slice(m[0].length)}`;
}

/** `…seized of the matter. Adopted unanimously at the 3179th meeting.`: the paragraph and its closing line. */
function splitGluedClosing(text: string): [string, string] | undefined {
  for (const word of [' Adopted ', ' Approved ', ' Adapted ']) {
    const at = text.lastIndexOf(word);
    if (at <= 0 || !/[.;:]/.test(text[at - 1])) continue;
    const closing = repairScClosing(text.slice(at + 1));
    if (closing !== undefined) return [text.slice(0, at), closing];
  }
  return undefined;
}

/** A paragraph-level item of the body, before structure is decided. */
interface Item {
  text: string;
  pageBreakBefore: boolean;
}

/**
 * `quote`: a quoted paragraph (a resolution quoted in full), or an item of a dashed list, kept inside
 * the paragraph that quotes it or leads into it.
 */
type ItemKind = 'number' | 'sub' | 'heading' | 'plain' | 'quote';

interface BodyItem {
  kind: ItemKind;
  /** The paragraph number as written, or assigned when the extraction lost it. */
  number?: number;
  /** The sub-paragraph label as written, or assigned when the extraction lost it. */
  label?: string;
  /** A label written `a.` or `a)` (Word's third and fourth degrees), kept as written. */
  written?: string;
  /** The text after the number or label. */
  body: string;
  part: Part;
  /** The item is a sub-paragraph of the paragraph above (labelled or not). */
  sub: boolean;
}

/**
 * The dashed items of a paragraph that ends with a colon stay in its block, as written (FORMAT.md,
 * "Blocks": a line that starts nothing continues the block above it): `…including its demands
 * that:` and five items `- All parties … stop the fighting immediately,` (S/RES/757 (1992)). Read
 * as paragraphs of their own, each lacked an opening phrase, and the colon before them was taken
 * for a misread comma; after an operative lead-in (`in this regard:` / `— Calls for …;`, S/RES/1445
 * (2002)) they became sub-paragraphs with labels the source does not have.
 */
function keepDashedItems(body: BodyItem[]): void {
  for (let i = 1; i < body.length; i++) {
    const lead = body[i - 1];
    if ((lead.kind !== 'plain' && lead.kind !== 'number') || !lead.body.trimEnd().endsWith(':')) continue;
    let j = i;
    while (j < body.length && body[j].part === lead.part && body[j].kind === 'plain' && opensDashedItem(body[j].body)) body[j++].kind = 'quote';
    i = j;
  }
}

/** Words that open a paragraph: a listed phrase, or a word shaped like one of the part. */
function openerOf(body: string, part: Part): PhraseMatch | { start: number; end: number; text: string } | undefined {
  const words = readWords(body, 0, body.length);
  const own = matchPhrase(words, part);
  const other = matchPhrase(words, part === 'preamble' ? 'operative' : 'preamble');
  const m = own ?? other;
  if (m) return m;
  const first = words[0];
  if (first && first.start === 0 && (part === 'preamble' ? looksPreambular(first.text) : looksOperative(first.text))) return first;
  return undefined;
}

function opensWith(body: string, part: Part): boolean {
  const words = readWords(body, 0, body.length);
  const own = matchPhrase(words, part);
  const other = matchPhrase(words, part === 'preamble' ? 'operative' : 'preamble');
  if (own) return !other || own.wordCount >= other.wordCount;
  if (other || words.length === 0 || words[0].start !== 0) return false;
  return part === 'preamble' ? looksPreambular(words[0].text) : looksOperative(words[0].text);
}

/** A line that opens with `a.`, `ii.` or `b)` and a space: the label and how it is written. */
function looseLabel(text: string): { label: string; written: string } | undefined {
  const m = /^([a-z]{1,6})([.)]) (?=\S)/.exec(text);
  return m && isLooseLabel(m[1]) ? { label: m[1], written: `${m[1]}${m[2]}` } : undefined;
}

function startsLower(text: string): boolean {
  return /^[\p{Ll}]/u.test(text);
}

/** Whether the opening words are a listed phrase of either lexicon. */
function opensWithListedPhrase(text: string): boolean {
  const words = readWords(text, 0, text.length);
  return words.length > 0 && words[0].start === 0 && (matchPhrase(words, 'preamble') !== undefined || matchPhrase(words, 'operative') !== undefined);
}

/**
 * Whether an item opens a structure of its own (a number, a label, a listed opener, a closing
 * line); the shape heuristics are not used here, as `Documents` and `Systems` look like verbs.
 */
function startsStructure(text: string): boolean {
  return NUMBERED.test(text) || LABELLED.test(text) || MEETING_LINE.test(text) || SC_ADOPTED_LINE.test(text) || ANNEX_LINE.test(text) || opensWithListedPhrase(text);
}

/** Whether a plain item reads as a section heading (`Peacebuilding financing`, `I. Global context`, `A`). */
function isHeading(text: string): boolean {
  return headingLike(endsParagraph(text), () => wordCount(text), text);
}

/**
 * `isHeading` of a text from what it is made of: whether it ends a paragraph, its word count, and
 * its start (of which the tests read the first character and the first eight words: 2,000
 * characters hold them, or the text has more than 14 words).
 */
function headingLike(ends: boolean, words: () => number, head: string): boolean {
  if (ends) return false;
  if (words() > 14) return false;
  if (!/^(?:[IVXLC]{1,6}\.|[A-Z]\.?|\p{Lu})/u.test(head)) return false;
  return !opensWithListedPhrase(head);
}

/**
 * A text that later lines may be joined to (`joinLines`), read between the joins in linear time:
 * a paragraph of the body or a block of the annex that a page break or an extraction gap split.
 */
class Joinable {
  private joiner: LineJoiner | undefined;

  constructor(
    private readonly first: string,
    private readonly evidence: SpellingEvidence,
  ) {}

  join(line: string): void {
    if (!this.joiner) {
      this.joiner = new LineJoiner(this.evidence);
      this.joiner.add(this.first);
    }
    this.joiner.add(line);
  }

  /** The text: as it came when nothing was joined to it. */
  get text(): string {
    return this.joiner ? this.joiner.text : this.first;
  }

  endsParagraph(): boolean {
    return this.joiner ? this.joiner.endsParagraph() : endsParagraph(this.first);
  }

  endsInLetter(): boolean {
    return /\p{L}$/u.test(this.joiner ? this.joiner.tail : this.first);
  }

  isHeading(): boolean {
    const joiner = this.joiner;
    return joiner ? headingLike(joiner.endsParagraph(), () => joiner.words, joiner.head) : isHeading(this.first);
  }
}

/** Italicizes `[start, end)` of a text unless emphasis marks are already there. */
function italicize(text: string, start: number, end: number): string {
  if (start >= end || /[_*]/.test(text.slice(start, end))) return text;
  return `${text.slice(0, start)}_${text.slice(start, end)}_${text.slice(end)}`;
}

/**
 * Italicizes the secondary verbs of an operative paragraph (OP-03): a listed operative verb in
 * lower case that starts a new limb after a comma (`…, and encourages them …`), followed by its object.
 */
function italicizeSecondaryVerbs(body: string): string {
  let out = '';
  let at = 0;
  const re = /[,;] ?(?:\uE000[^\uE001]{1,20}\uE001 ?)?(?:and )?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    const from = m.index + m[0].length;
    if (from <= at) continue;
    const words = readWords(body, from, Math.min(body.length, from + 120));
    if (words.length < 2 || words[0].start !== from || !/^\p{Ll}/u.test(words[0].text)) continue;
    const match = matchPhrase(words, 'operative');
    if (!match || match.wordCount >= words.length) continue;
    const next = words[match.wordCount];
    if (/^(?:and|or|of|nor)$/.test(next.text)) continue;
    // The object follows after a space, not after punctuation (`requests, …` is a noun in a list).
    if (!/^ +$/.test(body.slice(match.end, next.start))) continue;
    if (/[_*]/.test(body.slice(match.start, match.end))) continue;
    out += `${body.slice(at, match.start)}_${body.slice(match.start, match.end)}_`;
    at = match.end;
    re.lastIndex = match.end;
  }
  return out + body.slice(at);
}

/** Italicizes the titles of publications in a footnote text (FN-07). */
function italicizePublications(text: string): string {
  if (/[_*]/.test(text)) return text;
  const spans: { start: number; end: number }[] = [];
  for (const re of publicationPatterns) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    out += `${text.slice(at, s.start)}_${text.slice(s.start, s.end)}_`;
    at = s.end;
  }
  return out + text.slice(at);
}

/** Decides letter or roman for a written label at this point of the series. */
function labelKind(label: string, state: { letter: number; roman: number; level: 'letter' | 'roman'; afterColon: boolean }): 'letter' | 'roman' {
  const lv = letterValue(label);
  const rv = romanValue(label);
  if (lv && !rv) return 'letter';
  if (rv && !lv) return 'roman';
  if (!lv && !rv) return 'letter';
  if (state.level === 'roman' && rv === state.roman + 1) return 'roman';
  if (state.afterColon && rv === 1) return 'roman';
  if (lv === state.letter + 1) return 'letter';
  return rv === state.roman + 1 ? 'roman' : 'letter';
}

/**
 * Labels the sub-paragraphs of one paragraph, keeping the labels the source has and inferring the
 * ones an extraction lost: a lead-in ending with a colon opens the roman level; an unlabelled item
 * in the roman level stays roman unless the next written letter label leaves exactly room for it.
 */
function labelSubparagraphs(items: BodyItem[]): number {
  const state = { letter: 0, roman: 0, level: 'letter' as 'letter' | 'roman', afterColon: false };
  let inferred = 0;
  // The next item with a written label, for each item (one pass from the end: linear).
  const nextLabelled: number[] = new Array(items.length).fill(-1);
  for (let k = items.length - 2; k >= 0; k--) nextLabelled[k] = items[k + 1].label !== undefined ? k + 1 : nextLabelled[k + 1];
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    // A deeper label as written (`a.`) is neither counted nor relabelled.
    if (it.written !== undefined) continue;
    if (it.label !== undefined) {
      const kind = labelKind(it.label, state);
      if (kind === 'letter') {
        state.letter = letterValue(it.label) || state.letter + 1;
        state.roman = 0;
        state.level = 'letter';
      } else {
        state.roman = romanValue(it.label) || state.roman + 1;
        state.level = 'roman';
      }
    } else {
      let kind: 'letter' | 'roman' = 'letter';
      if (state.afterColon && state.level === 'letter' && k > 0) kind = 'roman';
      else if (state.level === 'roman') {
        kind = 'roman';
        const j = nextLabelled[k];
        if (j > 0) {
          const next = items[j];
          const nextKind = labelKind(next.label!, { ...state, afterColon: false, level: 'letter' });
          if (nextKind === 'letter') {
            const slots = letterValue(next.label!) - 1 - state.letter;
            if (j - k <= slots) kind = 'letter';
          }
        }
      }
      if (kind === 'letter') {
        state.letter++;
        state.roman = 0;
        state.level = 'letter';
        it.label = toLetter(state.letter);
      } else {
        state.roman = state.afterColon && state.level === 'letter' ? 1 : state.roman + 1;
        state.level = 'roman';
        it.label = toRoman(state.roman);
      }
      inferred++;
    }
    state.afterColon = it.body.trimEnd().endsWith(':');
  }
  return inferred;
}

/** Where a paragraph's text ends, before a kept indicator comment, a footnote marker and white space. */
function contentEnd(text: string): number {
  let end = text.trimEnd().length;
  if (text.endsWith('-->', end)) {
    const open = text.lastIndexOf('<!--', end);
    if (open >= 0 && end - open <= 90) end = text.slice(0, open).trimEnd().length;
  }
  if (text[end - 1] === REF_CLOSE) {
    const open = text.lastIndexOf(REF_OPEN, end - 1);
    if (open >= 0 && end - open <= 22) end = open;
  }
  return end;
}

/**
 * The mark ending a paragraph, `[start, end)`, doubled by a scan (`resolutions, .`, `East, ;`:
 * `marks` has both) or followed by a stray `‘`.
 */
function endMark(text: string): { start: number; end: number; marks: string } | undefined {
  const end = contentEnd(text);
  let i = end;
  if (text[i - 1] === '‘') i--;
  if (!',;:.'.includes(text[i - 1] ?? '_')) return undefined;
  const j = text[i - 2] === ' ' ? i - 2 : i - 1;
  if (j > 0 && ',;:.'.includes(text[j - 1])) return { start: j - 1, end, marks: text[j - 1] + text[i - 1] };
  return { start: i - 1, end, marks: text[i - 1] };
}

/** Puts `mark` at the end of a paragraph instead of the mark it has (or after its last word); whether it changed. */
function setEndMark(item: BodyItem, mark: string, wrong: string, addMissing: boolean): boolean {
  const m = endMark(item.body);
  if (m) {
    // A doubled mark is the scan's whatever it is; a single one is replaced when it is a wrong one.
    const single = m.marks.length === 1;
    if (single && m.marks !== mark && !wrong.includes(m.marks)) return false;
    if (single && m.marks === mark && m.end - m.start === 1) return false;
    item.body = item.body.slice(0, m.start) + mark + item.body.slice(m.end);
    return true;
  }
  const end = contentEnd(item.body);
  if (!addMissing || !/[\p{L}\d)]/u.test(item.body[end - 1] ?? '')) return false;
  item.body = item.body.slice(0, end) + mark + item.body.slice(end);
  return true;
}

/** Whether a sub-paragraph label is roman (`(i)` after `(h)` is the letter). */
function romanLevel(body: readonly BodyItem[], i: number): boolean {
  const label = body[i].label ?? '';
  if (!/^[ivx]{1,5}$/.test(label)) return false;
  return label !== 'i' || body[i - 1]?.label !== 'h';
}

/**
 * Whether the sub-paragraph at `i` stands between items of its own level that end with a
 * semicolon (lead-ins ending with a colon and deeper items skipped): the nearest one before and
 * the nearest one after (or the last, ending with a full stop).
 */
function semicolonSeries(body: readonly BodyItem[], i: number): boolean {
  const roman = romanLevel(body, i);
  const sibling = (step: number): BodyItem | undefined => {
    for (let j = i + step; j >= 0 && j < body.length && body[j].sub; j += step) {
      if (romanLevel(body, j) !== roman || /:\s*$/.test(body[j].body)) continue;
      return body[j];
    }
    return undefined;
  };
  const before = sibling(-1);
  const after = sibling(1);
  const ends = (x: BodyItem | undefined, marks: string) => {
    const m = x && endMark(x.body);
    return m !== undefined && m.end - m.start === 1 && marks.includes(m.marks);
  };
  return (before !== undefined || after !== undefined) && (before === undefined || ends(before, ';')) && (after === undefined || ends(after, ';.')) && (ends(before, ';') || ends(after, ';'));
}

/**
 * Restores the marks a scan misread at paragraph ends, where the structure says which mark stands
 * there: the last operative paragraph before the closing line ends with `.`; in a text that uses
 * the modern marks (`modern`), an operative paragraph or sub-paragraph followed by another (or by
 * a part heading and more operative paragraphs) ends with `;` (a `,`, `:` or `.` there is the
 * scan's), and a preambular paragraph followed by another paragraph with `,`. A lead-in (followed
 * by its sub-paragraphs) is left alone. Returns how many marks were changed.
 */
function repairScanMarks(body: BodyItem[], closed: boolean, modern: boolean): number {
  let fixed = 0;
  const lastOperative = body.reduce((at, b, i) => (b.part === 'operative' && b.kind !== 'heading' && b.kind !== 'quote' ? i : at), -1);
  for (let i = 0; i < body.length; i++) {
    const b = body[i];
    if (b.kind === 'heading' || b.kind === 'quote') continue;
    if (i === lastOperative) {
      if (closed && setEndMark(b, '.', ',;:', true)) fixed++;
      continue;
    }
    if (!modern) continue;
    let n = i + 1;
    const next = body[n];
    if (next && next.kind === 'quote') continue;
    // A lead-in: its sub-paragraphs follow (or, under a lettered item, its `(i)`).
    if (next && next.sub && (!b.sub || (next.label === 'i' && b.label !== 'h'))) continue;
    if (b.part === 'preamble') {
      if (next && next.kind !== 'heading' && !next.sub && !b.sub && b.kind !== 'number' && setEndMark(b, ',', ';.:', false)) fixed++;
      continue;
    }
    while (body[n] && body[n].kind === 'heading') n++;
    // A comma amid items that end with semicolons (`(a) …;` `(b) …,` `(c) …;`) is the scan's.
    if (b.sub && semicolonSeries(body, i) && setEndMark(b, ';', ',', false)) {
      fixed++;
      continue;
    }
    // Items cut from one sentence by commas (`…of Libya,` / `(ii) …, or`, S/RES/883 (1993)) keep them.
    if (body[n] && body[n].part === 'operative' && body[n].kind !== 'quote' && setEndMark(b, ';', b.sub ? ':.' : ',:.', false)) fixed++;
  }
  return fixed;
}

/**
 * A footnote text whose final full stop the scan lost or garbled: `Ibid., document S/17965`,
 * `para. 51`, `(New York, Oxford University Press, 1915)`, `appendix IV. :`. Only a text that ends
 * with a symbol, a number or a parenthesis gets one; one that ends with a word or a comma
 * (`…Twenty-second`, `…1972,`) was cut, and stays as it is.
 */
export function restoreNoteStop(text: string): string {
  const junk = /\. ?[:;,]$/.exec(text);
  if (junk) return text.slice(0, junk.index + 1);
  const bare = text.replace(/_$/, '');
  const last = bare.slice(bare.lastIndexOf(' ') + 1);
  if (/[\d)]$/.test(bare) || (last.includes('/') && /[A-Za-z0-9]$/.test(last))) return `${text}.`;
  return text;
}

/** The cleaned lines of a block, with merged closing lines split. */
function cleanBlock(block: SourceBlock): string[] {
  const out: string[] = [];
  for (const raw of block.lines) {
    const line = cleanLine(raw);
    if (!line) continue;
    const merged = MERGED_CLOSING.exec(line);
    if (merged) out.push(merged[1], merged[2]);
    else out.push(line);
  }
  return out;
}

const NOTE_START = /^(\d{1,3}) (\S.*)$/;

/**
 * Takes footnote texts (`22 Adopted without vote.`, numbered in sequence, continuation lines
 * joined) from lines after the closing, while the source has given no footnote texts elsewhere;
 * returns the lines that are not footnotes.
 */
function takeTrailingNotes(lines: readonly string[], notes: Map<string, string>, state: { last: number; open: boolean }): string[] {
  if (!state.open) return [...lines];
  const rest: string[] = [];
  for (const line of lines) {
    const m = NOTE_START.exec(line);
    if (m && (state.last === 0 || Number(m[1]) === state.last + 1)) {
      state.last = Number(m[1]);
      notes.set(m[1], m[2]);
    } else if (state.last > 0 && rest.length === 0) notes.set(String(state.last), joinLines([notes.get(String(state.last))!, line]));
    else rest.push(line);
  }
  return rest;
}

/** A footnote text written with a full stop after its number: `5. Ibid., Supplement …`. */
const NOTE_NUMBERED = /^(\d{1,3})\. (\S.*)$/;

/**
 * The footnote indicators that end a paragraph of the body (`… and addenda, 5`) and have no
 * footnote text yet.
 */
function pendingIndicators(blocks: readonly { lines: readonly string[] }[], paragraphPerLine: boolean, notes: ReadonlyMap<string, string>): Set<string> {
  const out = new Set<string>();
  for (const b of blocks) {
    for (const line of paragraphPerLine ? b.lines : b.lines.slice(-1)) {
      const m = /[,;:.][”’"]? ?(\d{1,3})$/.exec(line);
      if (m && !notes.has(String(Number(m[1])))) out.add(String(Number(m[1])));
    }
  }
  return out;
}

/** A one-line error for a text that is not a resolution. */
const NOT_A_RESOLUTION =
  'This text does not look like a resolution: it has no organ line (such as "The General Assembly,") and too little else of one (a resolution number or symbol, an adoption or closing line, paragraphs opening with "Recalling", "Decides" …).';

/** A document symbol of the United Nations on a line of its own: `A/RES/73/331`, `S/RES/781 (1992)`, `A/HRC/RES/40/1`, `E/CN.6/2019/L.1`. */
const UN_SYMBOL_LINE = /^(?:United Nations )?(?:A|S|E)\/(?:RES\/|HRC\/|C\.\d\/|CN\.\d{1,2}\/)?[A-Z0-9][A-Za-z0-9./-]{0,60}(?: \(\d{4}\))?\*?$/;
/** A resolution number: `Resolution 781 (1992)`, `RESOLUTION 781 (1992)`, `17 (1947). Resolution of 10 February 1947`. */
const RESOLUTION_NUMBER_LINE = /^(?:Resolution \d{1,5} \(\d{4}\)|\d{1,5} \(\d{4}\)\.? Resolution of \d{1,2} [A-Z][a-z]{2,8} \d{4})/i;
/** An adoption line of the header: `Resolution adopted by the General Assembly on …`, `Adopted by the Security Council at its 3122nd meeting …`. */
const ADOPTION_LINE = /^(?:Resolution )?adopted (?:unanimously )?by the (?:General Assembly|Security Council|Economic and Social Council|Human Rights Council)\b/i;
/** A session line whose ordinal is a number: `Seventy-third session`, `73rd session`, `Tenth emergency special session`. */
const SESSION_LINE = /^(?:([A-Z][a-z]{2,12}(?:[- ][a-z]{3,12}){0,2})|\d{1,3}(?:st|nd|rd|th)) (?:(?:emergency )?special )?session$/;

/**
 * How much a text without an organ line looks like a resolution (the minimum evidence rule of
 * the importer, server/docs/import.md): one point for each paragraph that opens with a phrase of
 * the lexicons (`Recalling`, `Decides` …, numbered or not) or with the `Whereas` of the texts of
 * 1946–1947, and one for each kind of line that only resolutions carry: a document symbol, a
 * resolution number, an adoption line, a session line with an ordinal, an agenda item line, a
 * closing line (`101st plenary meeting`, `Adopted unanimously at the 1382nd meeting.`). Two
 * points make a resolution; a letter, a list or a poem with one `Recalling` in it has one.
 */
function resolutionEvidence(blocks: readonly { lines: readonly string[] }[]): number {
  let openers = 0;
  const kinds = new Set<string>();
  for (const b of blocks) {
    const first = b.lines[0] ?? '';
    const n = NUMBERED.exec(first);
    const body = n ? first.slice(n[0].length) : first;
    if (opensWithListedPhrase(body) || /^Whereas\b/.test(body)) openers++;
    for (const line of b.lines) {
      if (UN_SYMBOL_LINE.test(line)) kinds.add('symbol');
      else if (RESOLUTION_NUMBER_LINE.test(line) || TITLE_NUMBER.test(line)) kinds.add('number');
      else if (ADOPTION_LINE.test(line)) kinds.add('adoption');
      else if (/^Agenda items? \d/i.test(line)) kinds.add('agenda');
      else if (MEETING_LINE.test(line) || SC_ADOPTED_LINE.test(line)) kinds.add('closing');
      else {
        const s = SESSION_LINE.exec(line);
        if (s && (s[1] === undefined || parseOrdinalWord(s[1].replace(/ /g, '-')) !== undefined)) kinds.add('session');
      }
    }
  }
  return openers + kinds.size;
}

/** Composes the `.unres` draft from a front end's blocks. Never throws on its input. */
export function compose(doc: SourceDocument, recitationHint?: boolean): ImportResult {
  const notes: ImportNote[] = [...doc.notesLog];
  const allLines = doc.blocks.flatMap((b) => b.lines.map(cleanLine));
  const evidence = gatherSpelling(allLines);

  // Split blocks into one block per line when lines are paragraphs (Word's plain-text export).
  const blocks: { lines: string[]; pageBreakBefore: boolean }[] = [];
  for (const b of doc.blocks) {
    const lines = cleanBlock(b);
    if (lines.length === 0) continue;
    blocks.push({ lines, pageBreakBefore: !!b.pageBreakBefore });
  }

  // The organ line: the first line that reads as one, before any numbered paragraph.
  let organ: string | undefined;
  let organBlock = -1;
  search: for (let i = 0; i < blocks.length; i++) {
    for (let j = 0; j < blocks[i].lines.length; j++) {
      const line = blocks[i].lines[j];
      const o = organLineOf(line);
      if (o) {
        organ = o;
        organBlock = i;
        // Lines around the organ line in the same block belong to the header and the body.
        const before = blocks[i].lines.slice(0, j);
        const after = blocks[i].lines.slice(j + 1);
        blocks.splice(i, 1, ...(before.length ? [{ lines: before, pageBreakBefore: blocks[i].pageBreakBefore }] : []), { lines: [line], pageBreakBefore: false }, ...(after.length ? [{ lines: after, pageBreakBefore: false }] : []));
        organBlock = i + (before.length ? 1 : 0);
        break search;
      }
      if (NUMBERED.test(line) && j === 0 && i > 0) break search;
    }
  }
  let bodyStart: number;
  if (organBlock >= 0) bodyStart = organBlock + 1;
  else {
    bodyStart = blocks.findIndex((b) => {
      const t = b.lines[0];
      const n = NUMBERED.exec(t);
      return n ? opensWith(t.slice(n[0].length), 'operative') || /^The [A-Z]/.test(t.slice(n[0].length)) : opensWith(t, 'preamble');
    });
    if (bodyStart < 0 || resolutionEvidence(blocks) < 2) return { ok: false, error: NOT_A_RESOLUTION, notes };
    notes.push({ severity: 'warning', message: 'No organ line was found: the body starts at the first numbered or preambular paragraph; add the organ line (for example "The Security Council,").' });
  }
  const header: ImportedHeader = buildHeader(blocks.slice(0, organBlock >= 0 ? organBlock : bodyStart).map((b) => b.lines), evidence);

  // Closing lines and annex.
  let closing: string[] | undefined;
  const leftOver: string[] = [];
  const noteTexts = new Map(doc.notes);
  const trailing = { last: 0, open: doc.notes.size === 0 };
  let bodyEnd = blocks.length;
  let annexStart = -1;
  let repairs = 0;
  for (let i = bodyStart; i < blocks.length; i++) {
    const first = blocks[i].lines[0];
    // An extractor may merge the annex heading with the annex title: `Annex 2025 Political Declaration …`.
    // `Annex I` alone is a heading, not `Annex` and a title `I` (found by a review: a round trip split it).
    const mergedAnnex = closing !== undefined && !ANNEX_LINE.test(first) ? /^(Annex(?:es)? ?(?:[IVXLC]{1,6})?) (\S.*)$/.exec(first) : null;
    if (mergedAnnex && !endsParagraph(mergedAnnex[2])) {
      blocks[i] = { lines: [mergedAnnex[1], mergedAnnex[2], ...blocks[i].lines.slice(1)], pageBreakBefore: blocks[i].pageBreakBefore };
    }
    if (ANNEX_LINE.test(blocks[i].lines[0])) {
      annexStart = i;
      if (bodyEnd === blocks.length) bodyEnd = i;
      break;
    }
    if (closing !== undefined) {
      // After the closing lines: footnote texts (the Security Council compilations put them there,
      // without a rule); anything else is not part of the resolution, and the user is told.
      const rest = takeTrailingNotes(blocks[i].lines, noteTexts, trailing);
      if (rest.length > 0) leftOver.push(joinLines(rest, evidence));
      continue;
    }
    if (i > bodyStart && !MEETING_LINE.test(first)) {
      // A closing line the scan damaged, cut over two blocks (`Adopted unanimously at the` /
      // `2351st meeting.`) or glued to the end of the last paragraph (`…seized of the matter.
      // Adopted unanimously at the 3179th meeting.`) is repaired and stands on its own.
      const own = joinLines(blocks[i].lines, evidence);
      const next = blocks[i + 1] && /\bat (?:the|its)(?: resumed)?$/.test(own) && /^(?:Adopted|Approved|Adapted)\b/.test(own) ? joinLines([own, ...blocks[i + 1].lines], evidence) : undefined;
      const repaired = repairScClosing(next ?? own);
      if (repaired !== undefined) {
        blocks.splice(i, next ? 2 : 1, { lines: [repaired], pageBreakBefore: blocks[i].pageBreakBefore });
      } else {
        const glued = splitGluedClosing(own);
        if (glued) blocks.splice(i, 1, { lines: [glued[0]], pageBreakBefore: blocks[i].pageBreakBefore }, { lines: [glued[1]], pageBreakBefore: false });
      }
      if (repaired !== undefined && repaired !== (next ?? own)) repairs++;
    }
    if (i > bodyStart && (MEETING_LINE.test(blocks[i].lines[0]) || SC_ADOPTED_LINE.test(joinLines(blocks[i].lines, evidence)))) {
      bodyEnd = i;
      const lines = blocks[i].lines;
      if (MEETING_LINE.test(first)) {
        closing = [first];
        const rest = lines.slice(1);
        if (rest.length > 0 && DATE_ONLY.test(rest.join(' '))) closing.push(rest.join(' '));
        else if (rest.length > 0) closing[0] = joinLines(lines, evidence);
        else if (blocks[i + 1] && DATE_ONLY.test(blocks[i + 1].lines.join(' '))) {
          closing.push(blocks[i + 1].lines.join(' '));
          i++;
        }
      } else {
        closing = [joinLines(lines, evidence)];
      }
    }
  }

  // A text without a closing line may end with its footnote texts (`10 Ibid., document S/6569.`,
  // S/RES/207 (1965)): numbered in sequence, none opening like an operative paragraph.
  if (closing === undefined && trailing.open && annexStart < 0) {
    let first = bodyEnd;
    while (first - 1 > bodyStart && NOTE_START.test(blocks[first - 1].lines[0]) && !/^\d{1,3} (?:\p{Ll}|\d)/u.test(blocks[first - 1].lines[0])) first--;
    const taken = new Map<string, string>();
    const state = { last: 0, open: true };
    let rest = 0;
    for (let b = first; b < bodyEnd; b++) rest += takeTrailingNotes(blocks[b].lines, taken, state).length;
    const opener = [...taken.values()].some((t) => opensWithListedPhrase(t));
    if (first < bodyEnd && rest === 0 && !opener && endsParagraph(joinLines(blocks[first - 1].lines, evidence))) {
      for (const [k, v] of taken) noteTexts.set(k, v);
      bodyEnd = first;
    }
  }
  if (repairs > 0) notes.push({ severity: 'info', message: 'The closing line was damaged in the source (a scan) and was repaired: check its meeting number.' });
  // A block `5. Ibid., …` after the closing is the text of footnote 5 when a paragraph ends with
  // the indicator 5 and the source has no text for it (S/RES/183 (1963)); any other numbered block
  // there is not taken for a footnote.
  if (leftOver.length > 0) {
    const pending = pendingIndicators(blocks.slice(bodyStart, bodyEnd), doc.paragraphPerLine, noteTexts);
    for (let j = 0; j < leftOver.length; j++) {
      const m = NOTE_NUMBERED.exec(leftOver[j]);
      const n = m ? String(Number(m[1])) : '';
      if (!m || !pending.has(n)) continue;
      pending.delete(n);
      noteTexts.set(n, m[2]);
      leftOver.splice(j--, 1);
    }
  }
  if (leftOver.length > 0) {
    const sample = leftOver[0].length > 60 ? `${leftOver[0].slice(0, 60)}…` : leftOver[0];
    notes.push({ severity: 'warning', message: `${leftOver.length} block(s) after the closing lines are not part of the resolution and were kept in a comment after them: "${sample}". Move what belongs to the text under an "Annex" line.` });
  }

  // A closing without its date line takes the date of the adoption line (they are the same, CONS-03).
  if (closing && closing.length === 1 && MEETING_LINE.test(closing[0])) {
    const adoption = header.groups.flat().find((l) => /^Resolution adopted by\b/.test(l));
    const date = adoption && /\bon (\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4})$/.exec(adoption);
    if (date) {
      closing.push(date[1]);
      notes.push({ severity: 'info', message: `The closing block had no date; "${date[1]}" was taken from the adoption line.` });
    }
  }

  // Paragraph items of the body.
  const items: Item[] = [];
  for (let i = bodyStart; i < bodyEnd; i++) {
    const b = blocks[i];
    if (closing && MEETING_LINE.test(b.lines[0])) continue;
    if (doc.paragraphPerLine) b.lines.forEach((line, k) => items.push({ text: line, pageBreakBefore: k === 0 && b.pageBreakBefore }));
    else items.push({ text: joinLines(b.lines, evidence), pageBreakBefore: b.pageBreakBefore });
  }
  // Paragraph numbers a scan damaged (`7, Again calls`, `2 Requests`, `S. Appeals` for `5.`): a
  // number that continues the sequence before an operative phrase is the paragraph's number. A Word
  // file is no scan: its numbers stay as the drafter typed them, for the lint to report (a round
  // trip turned a wrong `5.` into `4.`; found by a review).
  const scan = doc.format !== 'docx';
  let lastSeen = 0;
  let renumbered = 0;
  for (const it of scan ? items : []) {
    const n = NUMBERED.exec(it.text);
    if (n) {
      lastSeen = Number(n[1]);
      continue;
    }
    // `b) To abstain …`: a label that lost its opening parenthesis.
    if (/^[a-z]\) (?=\p{Lu})/u.test(it.text)) {
      it.text = `(${it.text}`;
      renumbered++;
      continue;
    }
    const d = /^([\dSIlOLi]{1,3})(,|\.|) (?=\p{Lu})/u.exec(it.text);
    if (!d || (d[2] !== '.' && !/^\d+$/.test(d[1]))) continue;
    const value = Number(d[1].replace(/[SIlOLi]/g, (c) => SCAN_DIGITS[c]));
    if (value !== lastSeen + 1 || !opensWith(it.text.slice(d[0].length), 'operative')) continue;
    it.text = `${value}. ${it.text.slice(d[0].length)}`;
    lastSeen = value;
    renumbered++;
  }
  // A number misread as another (`8.` between `4.` and `6.`) is the one its neighbours leave room for.
  const numberedAt = items.map((it, k) => (NUMBERED.test(it.text) ? k : -1)).filter((k) => k >= 0);
  const valueAt = (k: number) => Number(NUMBERED.exec(items[k].text)![1]);
  for (let q = 1; scan && q + 1 < numberedAt.length; q++) {
    const before = valueAt(numberedAt[q - 1]);
    const here = valueAt(numberedAt[q]);
    if (here !== before + 1 && here !== 1 && valueAt(numberedAt[q + 1]) === before + 2) {
      const it = items[numberedAt[q]];
      it.text = `${before + 1}. ${it.text.slice(NUMBERED.exec(it.text)![0].length)}`;
      renumbered++;
    }
  }
  if (renumbered > 0) notes.push({ severity: 'info', message: `${renumbered} paragraph number(s) or label(s) damaged in the source (\`7,\`, \`S.\` for \`5.\`, \`8.\` between \`4.\` and \`6.\`, \`b)\`) were read from the sequence.` });

  // Re-join paragraphs split by a page break or an extraction gap: the first part does not end a
  // paragraph and the second starts in lower case, or follows a page break without opening a structure.
  const joined: Item[] = [];
  // The text of the last item of `joined`, as items are joined to it.
  let prev: Joinable | undefined;
  for (const it of items) {
    // A paragraph never starts in lower case; a page break may also fall after a comma, and a scan
    // may cut a sentence with a blank line (`… admitted to membership in the United` / `Nations.`).
    // Not so an item of a dashed list after one that ends `…, and` (S/RES/1445 (2002)).
    const nextItem = !!prev && opensDashedItem(it.text) && endsWithListConjunction(prev.text);
    const cut = !!prev && !prev.endsParagraph() && !startsStructure(it.text) && !nextItem && (it.pageBreakBefore || (!doc.paragraphPerLine && prev.endsInLetter() && !isHeading(it.text)));
    if (prev && !prev.isHeading() && ((startsLower(it.text) && !(doc.format === 'docx' && looseLabel(it.text))) || cut)) {
      prev.join(it.text);
      continue;
    }
    if (prev) joined[joined.length - 1].text = prev.text;
    joined.push({ ...it });
    prev = new Joinable(it.text, evidence);
  }
  if (prev) joined[joined.length - 1].text = prev.text;

  // Annex blocks, kept as blocks of free text.
  const annexBlocks: Joinable[] = [];
  if (annexStart >= 0) {
    for (let i = annexStart; i < blocks.length; i++) {
      const b = blocks[i];
      const lines = i === annexStart ? b.lines.slice(1) : b.lines;
      if (i === annexStart) annexBlocks.push(new Joinable(b.lines[0], evidence));
      const texts = doc.paragraphPerLine ? lines : lines.length ? [joinLines(lines, evidence)] : [];
      texts.forEach((text, k) => {
        const prev = annexBlocks.length > 1 ? annexBlocks[annexBlocks.length - 1] : undefined;
        const pageBreak = k === 0 && b.pageBreakBefore;
        if (prev && !prev.isHeading() && (startsLower(text) || (pageBreak && !prev.endsParagraph() && !startsStructure(text)))) prev.join(text);
        else annexBlocks.push(new Joinable(text, evidence));
      });
    }
  }
  const annex = annexBlocks.map((block) => block.text);

  // Footnotes: follow the sequence through the body, the closing and the annex.
  // The numbers a plain indicator in the text may have. None in a Word file: its references are
  // Word's own (and superscripts, read by the .docx front end), and a number in its text is text
  // (a quoted `" 2. Calls upon …` became a reference to footnote 2 on a round trip, S/RES/501).
  const numbers = new Set<number>();
  if (doc.format !== 'docx') for (const k of noteTexts.keys()) if (/^\d{1,4}$/.test(k)) numbers.add(Number(k));
  // Legacy re-citation (repeating a number) up to the seventy-fourth session, or before 2020 (FN-04).
  const recitation = recitationHint ?? (header.session !== undefined ? header.session <= 74 : header.year !== undefined ? header.year < 2020 : false);
  // Indicators written `1/`, `2/` … (the texts of 1992–1994) are references wherever they stand.
  if (doc.slashIndicators) {
    // `1978, 3/approved` after the wrap was joined at the slash.
    for (const it of joined) it.text = it.text.replace(/ (\d{1,3})\/(?=([\s,;:.)\]”’"]|$|\p{Ll}))/gu, (all, n: string, after: string) => (numbers.has(Number(n)) ? refMarker(n) + (/\p{Ll}/u.test(after) ? ' ' : '') : all));
  }
  // `Adopted at the 80th meeting 25`: a footnote number after the closing line's meeting.
  if (closing) closing = closing.map((line) => line.replace(/(\bmee?tings?\.?) (\d{1,3})$/, (all, head: string, n: string) => (numbers.has(Number(n)) ? head + refMarker(n) : all)));
  const texts = [...joined.map((i) => i.text), ...(closing ?? []), ...annex];
  const resolved = resolveFootnoteSequence(texts, { numbers, recitation });
  let k = 0;
  let dropped = 0;
  for (const it of joined) {
    // A number after the final punctuation of a paragraph is an indicator; without a footnote text
    // in the source it becomes a comment, so the paragraph still ends with its punctuation.
    it.text = resolved.texts[k++].replace(/([,;:.][”’"]?) ?(\d{1,4})\/?$/, (all, mark: string, n: string) => {
      if (numbers.has(Number(n))) return all;
      dropped++;
      return `${mark} <!-- footnote ${n}: its text is not in the source -->`;
    });
  }
  if (dropped > 0) notes.push({ severity: 'warning', message: `${dropped} footnote indicator(s) have no footnote text in the source; each is kept as a comment.` });
  if (closing) closing = closing.map(() => resolved.texts[k++]);
  for (let a = 0; a < annex.length; a++) annex[a] = resolved.texts[k++];

  // Structure of the body.
  const body: BodyItem[] = joined.map((it, k) => {
    const n = NUMBERED.exec(it.text);
    if (n) return { kind: 'number', number: Number(n[1]), body: it.text.slice(n[0].length), part: 'operative', sub: false };
    // A Word paragraph that opens with a third- or fourth-degree label (`a.`, `i.`: Word's own
    // numbering at those depths) keeps it as written. Only from Word: in extracted text such a
    // line may be a wrapped `v. United States`.
    const loose = doc.format === 'docx' ? looseLabel(it.text) : undefined;
    if (loose) return { kind: 'sub', label: loose.label, written: loose.written, body: it.text.slice(loose.written.length + 1), part: 'operative', sub: true };
    const l = LABELLED.exec(it.text);
    // A label the scan garbled (`(bob)` for `(b)`) is restored from the sequence; a Word file is no
    // scan: its labels stay as the drafter typed them, for the lint to report (found by a review).
    if (l) return { kind: 'sub', label: doc.format === 'docx' || letterValue(l[1]) || romanValue(l[1]) ? l[1] : undefined, body: it.text.slice(l[0].length), part: 'operative', sub: true };
    // `(2)` read for `(a)` before `(b)` (S/RES/481 (1980)).
    const digit = /^\([12]\) ?(?=\S)/.exec(it.text);
    if (digit && joined[k + 1]?.text.startsWith('(b) ')) return { kind: 'sub', body: it.text.slice(digit[0].length), part: 'operative', sub: true };
    if (/^["“'‘]/.test(it.text)) return { kind: 'quote', body: it.text, part: 'preamble', sub: false };
    return { kind: isHeading(it.text) ? 'heading' : 'plain', body: it.text, part: 'preamble', sub: false };
  });
  const firstNumber = body.findIndex((b) => b.kind === 'number');
  // Numbered paragraphs that open like a preamble before any operative one stay in the preamble (PRE-01).
  let operativeStart = firstNumber;
  while (operativeStart >= 0 && operativeStart < body.length && body[operativeStart].kind === 'number' && opensWith(body[operativeStart].body, 'preamble') && !opensWith(body[operativeStart].body, 'operative')) {
    const next = body.findIndex((b, i) => i > operativeStart && b.kind === 'number');
    operativeStart = next;
  }
  if (operativeStart < 0 && firstNumber < 0) {
    // No numbered paragraph: the paragraphs after the last preambular one that open with an
    // operative phrase form the operative part (single-paragraph resolutions, older SC texts).
    let last = -1;
    body.forEach((b, i) => {
      if (b.kind === 'plain' && opensWith(b.body, 'preamble')) last = i;
    });
    operativeStart = body.findIndex((b, i) => i > last && b.kind === 'plain' && opensWith(b.body, 'operative'));
  }
  for (let i = 0; i < body.length; i++) body[i].part = operativeStart >= 0 && i >= operativeStart ? 'operative' : 'preamble';
  keepDashedItems(body);

  // Sub-paragraphs without labels after a lead-in, and operative paragraphs that lost their number.
  let lastNumber = 0;
  let leadIn = -1;
  let inferredLabels = 0;
  let inferredNumbers = 0;
  // The next paragraph numbered in the source, for each item (one pass from the end: linear).
  const nextNumbered: number[] = new Array(body.length).fill(-1);
  for (let i = body.length - 2; i >= 0; i--) nextNumbered[i] = body[i + 1].kind === 'number' ? i + 1 : nextNumbered[i + 1];
  // The sub-paragraphs seen since the lead-in: how many, and whether one opens with an operative
  // verb or with a preambular phrase.
  let siblings = 0;
  let operativeSibling = false;
  let preambularSibling = false;
  const openLeadIn = (at: number) => {
    leadIn = at;
    siblings = 0;
    operativeSibling = false;
    preambularSibling = false;
  };
  const addSibling = (x: BodyItem) => {
    siblings++;
    if (!operativeSibling && opensWith(x.body, 'operative')) operativeSibling = true;
    if (!preambularSibling && opensWith(x.body, 'preamble')) preambularSibling = true;
  };
  for (let i = 0; i < body.length; i++) {
    const b = body[i];
    if (b.kind === 'number') {
      if (b.part === 'operative') lastNumber = b.number!;
      openLeadIn(b.body.trimEnd().endsWith(':') ? i : -1);
      continue;
    }
    if (b.kind === 'sub') {
      if (leadIn < 0) openLeadIn(i - 1);
      addSibling(b);
      continue;
    }
    if (b.kind === 'quote') continue;
    if (leadIn >= 0) {
      const nextNumber = nextNumbered[i];
      if (b.kind === 'heading' && (nextNumber === i + 1 || nextNumber < 0)) {
        leadIn = -1;
        continue;
      }
      // An operative verb after sub-paragraphs that open otherwise (`Requesting …`) is the next
      // operative paragraph that lost its number, when the numbering has room for it.
      const gap = nextNumber < 0 || body[nextNumber].number! - lastNumber - 1 >= 1;
      if (b.part === 'operative' && b.kind === 'plain' && gap && siblings > 0 && !operativeSibling && opensWith(b.body, 'operative')) {
        leadIn = -1;
      } else if (b.part === 'preamble' && b.kind === 'plain' && siblings > 0 && !preambularSibling && opensWith(b.body, 'preamble')) {
        // Likewise a preambular phrase after sub-paragraphs that open otherwise (`(b) Non-intervention,`
        // then `Noting …,`) is the next preambular paragraph (S/RES/277 (1970)).
        leadIn = -1;
      } else {
        b.kind = 'sub';
        b.sub = true;
        addSibling(b);
        continue;
      }
    }
    if (b.part === 'operative' && b.kind === 'plain' && lastNumber > 0 && opensWith(b.body, 'operative')) {
      // A run of such paragraphs fills a gap in the numbering, or ends the operative part.
      let j = i;
      while (j < body.length && body[j].kind === 'plain' && opensWith(body[j].body, 'operative')) j++;
      const nextAt = j < body.length ? (body[j].kind === 'number' ? j : nextNumbered[j]) : -1;
      const next = nextAt >= 0 ? body[nextAt] : undefined;
      if (!next || next.number! - lastNumber - 1 === j - i) {
        for (let q = i; q < j; q++) {
          body[q].kind = 'number';
          body[q].number = ++lastNumber;
          inferredNumbers++;
          if (body[q].body.trimEnd().endsWith(':')) openLeadIn(q);
        }
        i = j - 1;
      }
    }
  }
  // Label each paragraph's sub-paragraphs.
  for (let i = 0; i < body.length; i++) {
    if (!body[i].sub) continue;
    let j = i;
    while (j < body.length && body[j].sub) j++;
    inferredLabels += labelSubparagraphs(body.slice(i, j));
    i = j - 1;
  }
  if (inferredNumbers > 0) notes.push({ severity: 'info', message: `${inferredNumbers} operative paragraph number(s) were missing in the source and were restored from the sequence.` });
  if (inferredLabels > 0) notes.push({ severity: 'info', message: `${inferredLabels} sub-paragraph label(s) were missing in the source and were restored from the sequence.` });
  // Marks a scan misread at paragraph ends (Security Council texts from 1975 on use the modern marks).
  const modernSc = organ !== undefined && /Security Council/.test(organ) && header.year !== undefined && header.year >= HISTORIC_SC_BEFORE;
  if (organ !== undefined && /Security Council/.test(organ)) {
    const fixed = repairScanMarks(body, closing !== undefined, modernSc);
    if (fixed > 0) notes.push({ severity: 'info', message: `${fixed} paragraph-end mark(s) misread by the scan (\`,\` or \`:\` for \`;\`) were restored from the structure.` });
  }
  const headings = body.filter((b) => b.kind === 'heading').length;
  if (headings > 0) notes.push({ severity: 'info', message: `${headings} line(s) were kept as section headings.` });

  // Italics: the opening phrase of every paragraph, and the secondary verbs of operative paragraphs.
  const paragraphText = (b: BodyItem): string => {
    if (doc.hasItalics || b.sub || b.kind === 'heading') return b.body;
    const head = openerOf(b.body, b.part);
    let text = b.body;
    if (head) text = italicize(text, head.start, head.end);
    if (b.part === 'operative') {
      const split = head ? head.end + 2 : 0;
      text = text.slice(0, split) + italicizeSecondaryVerbs(text.slice(split));
    }
    return text;
  };

  // Footnote labels in order of first reference: numbers 1, 2, 3 … (CONVENTIONS.md FN-01).
  // The header comes first: a footnote on the title (a Word source marks it) is number 1 (review:
  // a round trip through Word put it after the body's).
  const headerOrder: string[] = [];
  for (const g of header.groups) for (const line of g) for (const m of line.matchAll(/\uE000([^\uE000\uE001]*)\uE001/g)) if (!headerOrder.includes(m[1])) headerOrder.push(m[1]);
  const order = [...new Set([...headerOrder, ...resolved.order])].filter((l) => noteTexts.has(l));
  const renumber = new Map<string, string>();
  order.forEach((label, i) => renumber.set(label, String(i + 1)));
  const unreferenced = [...noteTexts.keys()].filter((l) => !renumber.has(l));
  let nextNumber = order.length;
  for (const l of unreferenced) renumber.set(l, String(++nextNumber));
  const changed = [...renumber].some(([from, to]) => from !== to);
  if (changed && order.length > 0) notes.push({ severity: 'info', message: 'Footnotes were renumbered 1, 2, 3 … in the order of first reference.' });
  if (unreferenced.length > 0) notes.push({ severity: 'warning', message: `No reference was found in the text for footnote(s) ${unreferenced.join(', ')}: their text is kept at the end; put [^n] where each belongs.` });
  const dangling = resolved.order.filter((l) => !noteTexts.has(l));
  if (dangling.length > 0) notes.push({ severity: 'warning', message: `The source references footnote(s) ${dangling.join(', ')} but has no text for them.` });
  const finish = (text: string): string =>
    text.replace(/\uE000([^\uE000\uE001]*)\uE001/g, (_all, label: string) => `[^${renumber.get(label) ?? label}]`);

  // Emit.
  const parts: string[] = [];
  for (const g of header.groups) parts.push(g.join('\n'));
  // The comma of the organ line lost in a scan of a modern text, before its preamble (S/RES/583 (1986)).
  if (organ && modernSc && /^The Security Council$/.test(organ) && body[0]?.part === 'preamble' && body[0].kind === 'plain') organ += ',';
  parts.push(organ ?? '');
  if (!organ) parts.pop();
  for (const b of body) {
    // A quoted paragraph continues the block of the paragraph that quotes it (FORMAT.md, "Blocks").
    if (b.kind === 'quote' && parts.length > 0) parts[parts.length - 1] += `\n${b.body}`;
    else if (b.kind === 'number') parts.push(`${b.number}. ${paragraphText(b)}`);
    else if (b.sub) parts.push(`${b.written ?? `(${b.label})`} ${b.body}`);
    else parts.push(paragraphText(b));
  }
  if (closing) parts.push(closing.join('\n'));
  // What follows the closing lines and is neither an annex nor footnote text (an appendix, an
  // editor's note of a compilation) is kept, not dropped: in a comment, which is not part of the
  // resolution, is not exported and which no rule reads (FORMAT.md). A `-->` inside would end it.
  if (leftOver.length > 0) parts.push(`<!-- ${LEFT_OVER_HEAD}\n\n${leftOver.map((b) => b.replace(/--(?=>)/g, '- -')).join('\n\n')}\n-->`);
  for (const a of annex) parts.push(a);
  const definitions: string[] = [];
  let stops = 0;
  for (const [label, text] of [...noteTexts].sort((a, b) => Number(renumber.get(a[0])) - Number(renumber.get(b[0])))) {
    let t = cleanLine(text.replace(/[\uE000\uE001]/g, ''));
    if (doc.format === 'pdf-text') {
      const stopped = restoreNoteStop(t);
      if (stopped !== t) stops++;
      t = stopped;
    }
    definitions.push(`[^${renumber.get(label)}]: ${doc.hasItalics ? t : italicizePublications(t)}`);
  }
  if (stops > 0) notes.push({ severity: 'info', message: `${stops} footnote text(s) had lost their final full stop in the source (a scan); it was restored.` });
  if (definitions.length) parts.push(definitions.join('\n'));
  // Spaces a scan put inside symbols and dates: `S/330/Corr. 1`, `S/1117/Add. 1`, `15 August. 1991`.
  const joinedText = parts.filter((p) => p.length > 0).join('\n\n').replace(/(\/(?:Add|Corr|Rev)\.) (?=\d)/g, '$1').replace(/(\d (?:January|February|March|April|May|June|July|August|September|October|November|December))\. (?=\d{4}\b)/g, '$1 ');
  const text = finish(joinedText) + '\n';
  if (!organ && body.length === 0) return { ok: false, error: NOT_A_RESOLUTION, notes };
  return { ok: true, text, format: doc.format, notes };
}
