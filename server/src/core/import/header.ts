/**
 * The header of an imported text (FORMAT.md, "Parts, in order", 1): drops the masthead of an
 * adopted text (`United Nations`, the symbol, `Distr.: General`, job numbers, bar codes), splits
 * lines an extractor merged (`Eightieth session Agenda item 7 Organization of work …`), joins
 * wrapped lines (`Resolution adopted by the General Assembly` / `on 25 July 2019`) and groups the
 * lines as a drafter would type them.
 */
import { parseOrdinalWord } from '../data/ordinals';
import { cleanLine, joinLines, type SpellingEvidence } from './text';

/** What a header line is. */
export type HeaderKind = 'masthead' | 'session' | 'agendaItem' | 'agendaTitle' | 'adoption' | 'committee' | 'sponsors' | 'resolutionNumber' | 'date' | 'title' | 'other';

/** The header as the importer writes it. */
export interface ImportedHeader {
  /** Groups of lines; groups are separated by a blank line. */
  readonly groups: readonly (readonly string[])[];
  /** The session number read from the session line or the title's resolution number. */
  readonly session?: number;
  /** The year of adoption read from `Resolution 1445 (2002)` or a date in the header. */
  readonly year?: number;
  /** The title without its resolution number, for spotting running heads. */
  readonly title?: string;
  /** Whether the text is a draft (it has a sponsors line). */
  readonly draft: boolean;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const DATE_LINE = new RegExp(`^\\d{1,2} ${MONTH} \\d{4}\\.?$`);
const OF_DATE_LINE = new RegExp(`^of \\d{1,2} ${MONTH} \\d{4}\\.?$`);
/** An adoption line that already carries its date. */
const ADOPTION_DATE = new RegExp(`\\b\\d{1,2} ${MONTH} \\d{4}\\b`);
const SYMBOL = '[A-Z]{1,6}(?:\\.\\d{1,4})?/[A-Z0-9][A-Za-z0-9./-]{0,60}(?: \\(\\d{4}\\))?\\*?';
const MASTHEAD = [
  /^United Nations$/,
  new RegExp(`^(?:United Nations )?${SYMBOL}$`),
  /^(?:General Assembly|Security Council|Economic and Social Council|Human Rights Council|Trusteeship Council)(?: Distr\.?:? ?[A-Za-z]{3,12}(?: \d{1,2} [A-Z][a-z]{2,8} \d{4})?)?$/,
  /^Distr\.?:? ?[A-Za-z]{3,12}(?: \d{1,2} [A-Z][a-z]{2,8} \d{4})?$/,
  /^Original: ?[A-Z][a-z]{2,12}$/,
  /^\d{2}-\d{5}(?: ?\(E\))?(?: \S{1,12}){0,2}$/,
  /^\*\d{5,10}\*$/,
  /^\d{1,3}\/\d{1,3}$/,
  DATE_LINE,
];
/** The symbol of a draft on a line of its own: `L.` and a number as a component (`A/C.1/80/L.5`, `A/HRC/59/L.10/Rev.1`). */
const DRAFT_SYMBOL = /^(?:United Nations )?[A-Z]{1,6}(?:\/[A-Z0-9.]{1,12}){0,3}\/L\.\d{1,4}(?:\/(?:Rev|Add|Corr)\.\d{1,3}){0,3}\*?$/;

/** A resolution number opening a title: `73/331.`, `S-30/1.`, `ES-10/21.`. */
export const TITLE_NUMBER = /^(?:S-|ES-)?(\d{1,4})\/\d{1,5}(?: ?[A-Z](?:[–-][A-Z])?)?\.(?= )/;

const ORGAN_NOUNS = new Set(['Assembly', 'Council', 'Committee', 'Commission', 'Conference', 'Board', 'Forum', 'Parliament', 'Summit', 'Court', 'Group', 'Body', 'Organization', 'Meeting', 'Congress', 'Plenary', 'Session', 'Convention']);
const ORGAN_SMALL_WORDS = new Set(['and', 'of', 'for', 'on', 'the', 'in', 'to', 'de']);

/** The organ line (`The General Assembly,`) in canonical spacing, or undefined. */
export function organLineOf(line: string): string | undefined {
  const text = line.trim();
  if (text.length < 5 || text.length > 160) return undefined;
  const m = /^(The|THE) (.+?) ?([,:;.]?)$/.exec(text);
  if (!m) return undefined;
  const words = m[2].split(' ');
  if (words.length > 14) return undefined;
  for (const w of words) if (!(/^[A-Z][\p{L}'’-]*$/u.test(w) || ORGAN_SMALL_WORDS.has(w))) return undefined;
  const last = words[words.length - 1];
  if (!ORGAN_NOUNS.has(last) && !ORGAN_NOUNS.has(last[0] + last.slice(1).toLowerCase())) return undefined;
  return `${m[1]} ${m[2]}${m[3]}`;
}

/** Whether a line is page furniture or masthead (PARSE-01, SKEL-09). */
export function isMasthead(line: string): boolean {
  return MASTHEAD.some((re) => re.test(line));
}

/** Whether a line is a session line: an ordinal in words or figures, then `session`. */
export function isSessionLine(line: string): boolean {
  return /^(?:[A-Z][a-z]{2,12}(?:[- ][a-z]{3,12}){0,2}|\d{1,3}(?:st|nd|rd|th)) (?:(?:emergency )?special )?session$/.test(line);
}

/** Classifies one cleaned header line. */
export function classifyHeaderLine(line: string): HeaderKind {
  if (isMasthead(line)) return 'masthead';
  if (isSessionLine(line)) return 'session';
  if (/^Agenda items? \d/i.test(line)) return 'agendaItem';
  if (/^(?:Resolution )?adopted (?:unanimously )?(?:by|at) the\b/i.test(line)) return 'adoption';
  if (/^\[ ?(?:on the (?:report|recommendation) of|without reference to)\b/i.test(line)) return 'committee';
  if (/:\*{0,3} (?:revised )?draft (?:resolutions?|decisions?)$/i.test(line)) return 'sponsors';
  if (/^Resolution \d{1,5} \(\d{4}\)\.?$/.test(line)) return 'resolutionNumber';
  if (TITLE_NUMBER.test(line)) return 'title';
  return 'other';
}

/**
 * Splits a line that an extractor merged from several header lines:
 * `Eightieth session Agenda item 62 Peacebuilding …` → session, agenda item, agenda title.
 */
export function splitMergedHeaderLine(line: string): string[] {
  const out: string[] = [];
  let rest = line;
  const session = /^(\S{3,30}(?: \S{3,30}){0,3} session) (Agenda items? \d.*)$/.exec(rest);
  if (session && isSessionLine(session[1])) {
    out.push(session[1]);
    rest = session[2];
  }
  const agenda = /^(Agenda items? \d{1,3}(?: ?\([a-z]{1,2}\))?(?:(?:,| and) \d{1,3}(?: ?\([a-z]{1,2}\))?){0,12}) ([A-Z“"].*)$/.exec(rest);
  if (agenda) {
    out.push(agenda[1], agenda[2]);
    return out;
  }
  out.push(rest);
  return out;
}

/** Reads the session number from a session line. */
function sessionOf(line: string): number | undefined {
  const m = /^(.+?) (?:(?:emergency )?special )?session$/.exec(line);
  if (!m || /special/.test(line)) return undefined;
  const figures = /^(\d{1,3})/.exec(m[1]);
  if (figures) return Number(figures[1]);
  return parseOrdinalWord(m[1].replace(/ /g, '-')) ?? parseOrdinalWord(m[1]);
}

interface Entry {
  kind: HeaderKind;
  text: string;
  block: number;
}

/** Builds the header from the blocks (lists of raw lines) before the organ line. */
export function buildHeader(blocks: readonly (readonly string[])[], evidence?: SpellingEvidence): ImportedHeader {
  const lines: { text: string; block: number }[] = [];
  blocks.forEach((b, block) => {
    for (const raw of b) {
      const clean = cleanLine(raw);
      if (!clean) continue;
      for (const part of splitMergedHeaderLine(clean)) lines.push({ text: part, block });
    }
  });
  // A draft has a sponsors line, or the symbol of a draft (`A/C.1/80/L.5`, `A/73/L.103`: `L.` for
  // limited distribution): its masthead is the drafter's and stays (found by a review: a round trip
  // of a committee draft without its sponsors line lost its symbol).
  const draft = lines.some((l) => classifyHeaderLine(l.text) === 'sponsors' || DRAFT_SYMBOL.test(l.text));
  const entries: Entry[] = [];
  // The entry the line before went into (undefined when that line was dropped as masthead).
  let before: Entry | undefined;
  for (let i = 0; i < lines.length; i++) {
    const { text, block } = lines[i];
    const kind = classifyHeaderLine(text);
    const prev = entries[entries.length - 1];
    // A date on its own line is the masthead's date of distribution, except right after the
    // adoption line (an extractor may put the date of adoption on its own line: it is joined) and
    // right after a resolution number (`Resolution 883 (1993)` / `11 November 1993`, the date of
    // adoption of the Security Council compilations: it stays the header line it is).
    if (DATE_LINE.test(text) && before !== undefined && before === prev) {
      if (prev.kind === 'adoption' && !ADOPTION_DATE.test(prev.text)) {
        prev.text = joinLines([prev.text, text], evidence);
        continue;
      }
      if (prev.kind === 'resolutionNumber') {
        entries.push((before = { kind: 'date', text, block }));
        continue;
      }
    }
    // `of 13 June 1986` under a resolution number (the compilations' form): the date of adoption,
    // with the number in one group (a round trip through Word put a blank line between them).
    if (OF_DATE_LINE.test(text) && before !== undefined && before === prev && prev.kind === 'resolutionNumber') {
      entries.push((before = { kind: 'date', text, block }));
      continue;
    }
    if (kind === 'masthead' && !draft) {
      before = undefined;
      continue;
    }
    before = prev;
    const sameBlock = prev !== undefined && prev.block === block;
    // Continuations of the line above in the same block.
    if (sameBlock && kind === 'other') {
      if (prev.kind === 'adoption' || prev.kind === 'agendaTitle' || prev.kind === 'title' || prev.kind === 'other' || prev.kind === 'sponsors' || (prev.kind === 'committee' && !prev.text.includes(']'))) {
        prev.text = joinLines([prev.text, text], evidence);
        continue;
      }
      if (prev.kind === 'agendaItem') {
        entries.push((before = { kind: 'agendaTitle', text, block }));
        continue;
      }
    }
    // In a draft the line right after the agenda item is its title (FORMAT.md), in a paragraph of
    // its own when the source is Word: it stays with the agenda item (review: a round trip through
    // Word put a blank line between them).
    if (!sameBlock && kind === 'other' && prev?.kind === 'agendaItem') {
      entries.push((before = { kind: 'agendaTitle', text, block }));
      continue;
    }
    if (sameBlock && prev.kind === 'committee' && !prev.text.includes(']')) {
      prev.text = joinLines([prev.text, text], evidence);
      continue;
    }
    entries.push((before = { kind, text, block }));
  }
  const groups: string[][] = [];
  let lastBlock = -1;
  let lastKind: HeaderKind | undefined;
  let session: number | undefined;
  let title: string | undefined;
  for (const e of entries) {
    if (e.kind === 'session') session ??= sessionOf(e.text);
    if (e.kind === 'title') {
      const m = TITLE_NUMBER.exec(e.text);
      if (m) {
        title = e.text.slice(m[0].length).trim();
        if (session === undefined && Number(m[1]) < 200) session = Number(m[1]);
      }
    }
    // The masthead of a draft (symbol, organ, distribution, date, language) is one group, in a
    // paragraph a line when the source is Word (review: a round trip put blank lines between them).
    const keepWithPrevious = e.block === lastBlock || e.kind === 'date' || e.kind === 'agendaTitle' || (e.kind === 'masthead' && lastKind === 'masthead') || (e.kind === 'agendaItem' && groups.length > 0 && groups[groups.length - 1].length === 1 && isSessionLine(groups[groups.length - 1][0]));
    if (keepWithPrevious && groups.length > 0) groups[groups.length - 1].push(e.text);
    else groups.push([e.text]);
    lastBlock = e.block;
    lastKind = e.kind;
  }
  if (title === undefined) {
    const last = entries[entries.length - 1];
    if (last && last.kind === 'other') title = last.text;
  }
  let year: number | undefined;
  for (const e of entries) {
    const m = /\((\d{4})\)|\b(?:January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b/.exec(e.text);
    if (m && (e.kind === 'resolutionNumber' || e.kind === 'adoption' || e.kind === 'date' || e.kind === 'other' || e.kind === 'title')) {
      year = Number(m[1] ?? m[2]);
      break;
    }
  }
  return { groups, session, title, draft, year };
}
