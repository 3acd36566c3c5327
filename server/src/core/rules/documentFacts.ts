/**
 * Facts about a draft as a whole, read once from the header, the organ line and the closing block
 * and memoised on the model: which organ's text it is, whether it is a draft or an adopted text,
 * its session, resolution number, adoption date and meeting. The document-structure and
 * consistency rules (CONVENTIONS.md sections 1 and 9) share them.
 */
import * as monthsData from '../data/months.json';
import { parseOrdinalWord } from '../data/ordinals';
import { isNumericLabel, memo, printedPositions } from '../model/derived';
import type { DocumentModel, FootnoteDefinition, HeaderLine, Paragraph, Span } from '../model/types';
import { plainSpaces } from '../model/text';

/** The organ whose conventions a text follows (CONVENTIONS.md CONS-06). */
export type Family = 'ga' | 'sc' | 'ecosoc' | 'hrc';

/** The printed name of each organ family. */
export const FAMILY_NAMES: Readonly<Record<Family, string>> = {
  ga: 'General Assembly',
  sc: 'Security Council',
  ecosoc: 'Economic and Social Council',
  hrc: 'Human Rights Council',
};

// ---------------------------------------------------------------------------------------------
// Dates

/** A calendar date. */
export interface DateValue {
  readonly day: number;
  readonly month: number;
  readonly year: number;
}

const MONTH_NAMES: readonly string[] = monthsData.months.map((m) => m.name);
const MONTH_BY_WORD = new Map<string, number>();
for (const m of monthsData.months) {
  MONTH_BY_WORD.set(m.name.toLowerCase(), m.number);
  for (const a of m.abbreviations) MONTH_BY_WORD.set(a.toLowerCase(), m.number);
}

/** The alternation of the full month names, for building regexes. */
export const MONTH_PATTERN = MONTH_NAMES.join('|');

/** The number of a month written in full (`July` → 7); undefined otherwise. */
export function monthNumber(name: string): number | undefined {
  const i = MONTH_NAMES.indexOf(name);
  return i >= 0 ? i + 1 : undefined;
}

/** `25 July 2019`: the UN form of a date (DATE-01). */
export function formatDate(d: DateValue): string {
  return `${d.day} ${MONTH_NAMES[d.month - 1]} ${d.year}`;
}

/** Whether a date exists in the calendar (no `31 April`). */
export function isValidDate(d: DateValue): boolean {
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.year < 1000 || d.year > 9999) return false;
  const days = [31, d.year % 4 === 0 && (d.year % 100 !== 0 || d.year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d.day <= days[d.month - 1];
}

/** Compares two dates: negative when `a` is earlier. */
export function compareDates(a: DateValue, b: DateValue): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** A date read from text, with whether it is already written the UN way. */
export interface ReadDate {
  readonly value: DateValue;
  readonly canonical: boolean;
}

/**
 * Reads a text that is nothing but a date, written the UN way (`25 July 2019`) or another common
 * way (`July 25, 2019`, `25th July 2019`, `25 Jul 2019`, `25/07/2019`, `2019-07-25`); undefined
 * when it is not one, is ambiguous (`05/07/2019`) or does not exist in the calendar.
 */
export function readDate(raw: string): ReadDate | undefined {
  const text = raw.replace(/[\s\u00a0]+/g, ' ').trim();
  let value: DateValue | undefined;
  let m = /^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3,9})\.?,? (\d{4})$/.exec(text);
  if (m) {
    const month = MONTH_BY_WORD.get(m[2].toLowerCase());
    if (month) value = { day: Number(m[1]), month, year: Number(m[3]) };
  }
  m = value ? null : /^([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(text);
  if (m) {
    const month = MONTH_BY_WORD.get(m[1].toLowerCase());
    if (month) value = { day: Number(m[2]), month, year: Number(m[3]) };
  }
  m = value ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) value = { day: Number(m[3]), month: Number(m[2]), year: Number(m[1]) };
  m = value ? null : /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    // Day first is the UN (and European) order; with both parts under 13 the date is ambiguous.
    if (a > 12 && b <= 12) value = { day: a, month: b, year: Number(m[3]) };
    else if (b > 12 && a <= 12) value = { day: b, month: a, year: Number(m[3]) };
    else if (a === b) value = { day: a, month: a, year: Number(m[3]) };
  }
  if (!value || !isValidDate(value)) return undefined;
  // No-break spaces and tabs do not make a date non-canonical; runs of spaces do (a slip a drafter wants fixed).
  return { value, canonical: plainSpaces(raw).trim() === formatDate(value) };
}

// ---------------------------------------------------------------------------------------------
// Document symbols (REF-01; here for the header and the provenance line)

/** What a document symbol stands for. */
export interface SymbolInfo {
  readonly text: string;
  readonly family?: Family;
  /** `resolution` (A/RES/…), `draft` (an L. document), `document` (a report, a letter …). */
  readonly kind: 'resolution' | 'draft' | 'document';
  /** GA/HRC session as written (`73`, `S-27`, `ES-11`). */
  readonly session?: string;
  /** SC and ECOSOC year. */
  readonly year?: number;
  /** The resolution or document number (`331`, `L.103` → `103`). */
  readonly serial?: string;
  /** GA Main Committee number of an `A/C.n/…` symbol. */
  readonly committee?: number;
  /** The symbol without its `/Rev.n`, `/Add.n`, `/Corr.n` modifiers and parts. */
  readonly base: string;
  /** `/Rev.n` number, when revised. */
  readonly revision?: number;
  /** `/Add.n` number. */
  readonly addendum?: number;
}

const MODIFIERS = '((?:\\/(?:Rev|Add|Corr|Amend)\\.\\d{1,3})*)';
const PART = '(?: \\((?:Part|Vol\\.|Sect\\.) [IVXLC\\d]{1,8}\\))?';
const SYMBOL_FORMS: readonly { re: RegExp; make: (m: RegExpExecArray, text: string) => SymbolInfo }[] = [
  { re: /^A\/RES\/((?:S-|ES-)?\d{1,3})\/(\d{1,4}(?: ?[A-Z](?:[–-][A-Z])?)?)$/, make: (m, text) => ({ text, family: 'ga', kind: 'resolution', session: m[1], serial: m[2], base: text }) },
  { re: /^A\/RES\/(\d{1,4}(?: ?[A-Z])?) \(([IVXLC]{1,8}|S-[IVX]{1,4}|ES-[IVX]{1,4})\)$/, make: (m, text) => ({ text, family: 'ga', kind: 'resolution', serial: m[1], base: text }) },
  { re: /^A\/HRC\/RES\/(\d{1,2}|S-\d{1,2})\/(\d{1,3})$/, make: (m, text) => ({ text, family: 'hrc', kind: 'resolution', session: m[1], serial: m[2], base: text }) },
  { re: /^S\/RES\/(\d{1,4}) \((\d{4})\)$/, make: (m, text) => ({ text, family: 'sc', kind: 'resolution', serial: m[1], year: Number(m[2]), base: text }) },
  { re: /^E\/RES\/(\d{4})\/(\d{1,3})$/, make: (m, text) => ({ text, family: 'ecosoc', kind: 'resolution', year: Number(m[1]), serial: m[2], base: text }) },
  {
    re: new RegExp(`^A\\/(?:C\\.([1-6])\\/)?((?:S-|ES-)?\\d{1,3})\\/L\\.(\\d{1,4})${MODIFIERS}$`),
    make: (m, text) => ({ text, family: 'ga', kind: 'draft', committee: m[1] ? Number(m[1]) : undefined, session: m[2], serial: m[3], ...modifiers(text, m[4]) }),
  },
  { re: new RegExp(`^A\\/HRC\\/(\\d{1,2}|S-\\d{1,2})\\/L\\.(\\d{1,3})${MODIFIERS}$`), make: (m, text) => ({ text, family: 'hrc', kind: 'draft', session: m[1], serial: m[2], ...modifiers(text, m[3]) }) },
  { re: new RegExp(`^E\\/(?:(?:CN|C)\\.\\d{1,2}\\/)?(\\d{4})\\/L\\.(\\d{1,3})${MODIFIERS}$`), make: (m, text) => ({ text, family: 'ecosoc', kind: 'draft', year: Number(m[1]), serial: m[2], ...modifiers(text, m[3]) }) },
  { re: new RegExp(`^S\\/(\\d{4})\\/(\\d{1,4})${MODIFIERS}$`), make: (m, text) => ({ text, family: 'sc', kind: 'document', year: Number(m[1]), serial: m[2], ...modifiers(text, m[3]) }) },
  { re: new RegExp(`^A\\/((?:S-|ES-)?\\d{1,3})\\/(\\d{1,4})${MODIFIERS}${PART}$`), make: (m, text) => ({ text, family: 'ga', kind: 'document', session: m[1], serial: m[2], ...modifiers(text, m[3]) }) },
  { re: new RegExp(`^A\\/HRC\\/(\\d{1,2})\\/(\\d{1,3})${MODIFIERS}${PART}$`), make: (m, text) => ({ text, family: 'hrc', kind: 'document', session: m[1], serial: m[2], ...modifiers(text, m[3]) }) },
  { re: new RegExp(`^E\\/(\\d{4})\\/(\\d{1,4})${MODIFIERS}${PART}$`), make: (m, text) => ({ text, family: 'ecosoc', kind: 'document', year: Number(m[1]), serial: m[2], ...modifiers(text, m[3]) }) },
];

function modifiers(text: string, mods: string | undefined): { base: string; revision?: number; addendum?: number } {
  const m = mods ?? '';
  const rev = /\/Rev\.(\d{1,3})/.exec(m);
  const add = /\/Add\.(\d{1,3})/.exec(m);
  const withoutPart = beforeParenthesis(text);
  return { base: withoutPart.slice(0, withoutPart.length - m.length), revision: rev ? Number(rev[1]) : undefined, addendum: add ? Number(add[1]) : undefined };
}

/**
 * A text without its parenthesized tail (`A/73/1 (Part I)` → `A/73/1`): what `text.replace(/ \(.*$/, '')`
 * gives, in one scan (the cut is at the first ` (` after the last line break).
 */
export function beforeParenthesis(text: string): string {
  const from = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'), text.lastIndexOf('\u2028'), text.lastIndexOf('\u2029')) + 1;
  const at = text.indexOf(' (', from);
  return at >= 0 ? text.slice(0, at) : text;
}

/** Reads a symbol of one of the organ series the header cares about; undefined for others. */
export function classifySymbol(text: string): SymbolInfo | undefined {
  for (const f of SYMBOL_FORMS) {
    const m = f.re.exec(text);
    if (m) return f.make(m, text);
  }
  return undefined;
}

/**
 * The general symbol grammar of REF-01 (anchored): components separated by `/`, body series with a
 * full stop before their number, modifiers at the end, an optional reissue star and part, volume
 * or year in parentheses. The upper-case series (`L.`, `PV.`, `RES`, `PRST` …) are all forms of
 * `[A-Z]{1,8}(?:\.\d{1,4})?`, so a component matches one alternative only (no exponential backtracking).
 */
const SYMBOL_GRAMMAR =
  /^[A-Z]{1,8}(?:\.\d{1,4})?(?:\/(?:(?:Add|Corr|Rev|Amend|Sub)\.\d{1,4}|(?:S|ES)-\d{1,2}|Summary|[A-Z]{1,8}(?:\.\d{1,4})?|\d{1,4}))+\*?(?: \((?:Part [IVX]{1,5}|Vol\. [IVX]{1,5}|Sect\. \d{1,3}|\d{4}|[IVXLC]{1,8}|S-[IVX]{1,4}|ES-[IVX]{1,4})\))?$/;

/** Whether a text is a well-formed document symbol (REF-01). */
export function isWellFormedSymbol(text: string): boolean {
  return SYMBOL_GRAMMAR.test(text);
}

/**
 * Repairs the mechanical slips of a symbol (REF-01 ✘ forms): lower-case modifiers (`add.1`), a
 * missing full stop or a space in body components (`L103`, `L. 103`, `C3`), a modifier after a
 * space (`A/73/L.103 Add.1`), a missing space before a year (`S/RES/1631(2005)`), spaces around
 * slashes and a final full stop.
 */
export function repairSymbol(raw: string): string {
  let s = raw.replace(/[\s\u00a0]+/g, ' ').trim();
  s = s.replace(/ ?\/ ?/g, '/');
  s = s.replace(/\.$/, '');
  s = s.replace(/ (?=(?:Add|Corr|Rev|Amend|add|corr|rev|amend)\.? ?\d)/g, '/');
  s = s.replace(/(^|\/)(add|corr|rev|amend|sub)\.? ?(\d)/gi, (_all, sep: string, word: string, d: string) => `${sep}${word[0].toUpperCase()}${word.slice(1).toLowerCase()}.${d}`);
  s = s.replace(/(^|\/)(L|PV|SR|CRP|WP|C|CN|AC|CONF)\.? (?=\d)/g, '$1$2.');
  s = s.replace(/(^|\/)(L|PV|SR|CRP|WP|C|CN|AC|CONF)(?=\d)/g, '$1$2.');
  s = s.replace(/(\d)\((\d{4}|Part [IVX]+)\)$/, '$1 ($2)');
  return s;
}

/** The masthead symbol of a header line: where it starts, and its raw text (`S/RES/1445 (2002)`). */
export function symbolOnLine(line: HeaderLine): { span: Span; raw: string } | undefined {
  if (line.kind !== 'symbol') return undefined;
  // The symbol may share its line with `General Assembly`, `Distr.: Limited`, a date … (FORMAT.md).
  const m = /^[A-Za-z]{1,8}(?:\.\s?\d{1,4})?(?:\s?\/\s?(?:(?:S|ES)-\d{1,2}|[A-Za-z]{1,8}\.?\s?\d{0,4}|\d{1,4}))+\*?(?:\s?\((?:\d{4}|Part [IVX]{1,5}|[IVXLC]{1,8}|(?:S|ES)-[IVX]{1,4})\))?(?:\s(?:Add|Corr|Rev|add|corr|rev)\.\s?\d{1,3})?/.exec(line.text);
  if (!m) return undefined;
  // A space the pattern took after the last component (`A/73/L ` before `.103`) is not part of the
  // symbol: with it, the repair (which trims) would remove one space per pass.
  const raw = m[0].trimEnd();
  return { span: { start: line.span.start, end: line.span.start + raw.length }, raw };
}

// ---------------------------------------------------------------------------------------------
// Header facts

/** The adoption line, possibly wrapped over two lines (`… General Assembly` / `on 25 July 2019`). */
export interface AdoptionFacts {
  /** The line(s) of the adoption statement. */
  readonly lines: readonly HeaderLine[];
  readonly span: Span;
  /** The text of the line(s), single-spaced. */
  readonly text: string;
  readonly family?: Family;
  /** The date after `on`, when there is one. */
  readonly date?: { readonly span: Span; readonly text: string; readonly read?: ReadDate };
  /** SC: the meeting number and suffix as written. */
  readonly meeting?: { readonly span: Span; readonly number: number; readonly suffix: string };
}

/** The session line, read. */
export interface SessionFacts {
  readonly line: HeaderLine;
  readonly kind: 'regular' | 'special' | 'emergency special';
  /** The ordinal, for GA and HRC sessions. */
  readonly number?: number;
  /** The year, for ECOSOC sessions (`2019 session`). */
  readonly year?: number;
}

/** The closing block, read. */
export interface ClosingFacts {
  readonly meetingSpan: Span;
  readonly meetingText: string;
  /**
   * The meeting number as written, and where. `ocrSuffix`: the scan of a Security Council
   * compilation read `th` as `1h` (`27491h` is meeting 2749, suffix `th`).
   */
  readonly meeting?: { readonly span: Span; readonly number: number; readonly suffix: string; readonly ocrSuffix?: boolean };
  readonly plenary: boolean;
  /** The SC compilation form `Adopted at the 1382nd meeting`. */
  readonly scForm: boolean;
  /** The date, on its own line or on the meeting line. */
  readonly date?: { readonly span: Span; readonly text: string; readonly read?: ReadDate; readonly sameLine: boolean };
}

/** What the header, the organ line and the closing say about the document. */
export interface DocumentFacts {
  readonly symbol?: { readonly line: HeaderLine; readonly span: Span; readonly raw: string; readonly info?: SymbolInfo };
  readonly session?: SessionFacts;
  readonly adoption?: AdoptionFacts;
  /** SC `Resolution 1445 (2002)` line. */
  readonly scNumber?: { readonly line: HeaderLine; readonly number: number; readonly year: number };
  readonly closing?: ClosingFacts;
  /** The organ of the organ line, when it is one of the four. */
  readonly organFamily?: Family;
  /** The organ the document belongs to: its symbol says it, else the organ line, else the adoption line. */
  readonly family?: Family;
  /** `adopted` when an adopted-text element is present, `draft` when a draft element is, else undefined. */
  readonly stage?: 'adopted' | 'draft';
  /** The sponsor line of a draft. */
  readonly sponsors?: HeaderLine;
  /** The provenance line `[on the report of …]`. */
  readonly provenance?: HeaderLine;
}

/** The organ family named by an organ-line name. */
export function familyOfOrgan(name: string): Family | undefined {
  const n = name.replace(/\s+/g, ' ').toLowerCase();
  if (n === 'general assembly') return 'ga';
  if (n === 'security council') return 'sc';
  if (n === 'economic and social council') return 'ecosoc';
  if (n === 'human rights council') return 'hrc';
  return undefined;
}

function readSession(line: HeaderLine): SessionFacts | undefined {
  // Single-spaced first, so one space stands for any run of white space.
  const m = /^(.+?) ((?:emergency )?special )?session$/i.exec(line.text.replace(/\s+/g, ' '));
  if (!m) return undefined;
  const kind = m[2] ? (/emergency/i.test(m[2]) ? 'emergency special' : 'special') : 'regular';
  if (/^\d{4}$/.test(m[1])) return { line, kind, year: Number(m[1]) };
  const n = parseOrdinalWord(m[1].replace(/[\s–—-]+/g, '-')) ?? parseOrdinalWord(m[1]);
  return { line, kind, number: n };
}

const ADOPTION_ORGANS = /(General Assembly|Security Council|Economic and Social Council|Human Rights Council)/i;

function readAdoption(lines: readonly HeaderLine[], index: number, text: string): AdoptionFacts {
  const first = lines[index];
  const parts: HeaderLine[] = [first];
  const next = lines[index + 1];
  // A PDF wraps the line before `on`: `Resolution adopted by the General Assembly` / `on 25 July 2019`.
  const wrapsBeforeOn = next && /^on\s/i.test(next.text) && !/\son\s+\S/i.test(first.text);
  const wrapsAfterOn = next && /\son$/i.test(first.text) && /^\d/.test(next.text);
  if (next && (wrapsBeforeOn || wrapsAfterOn) && isNextLine(text, first, next)) parts.push(next);
  const span = { start: first.span.start, end: parts[parts.length - 1].span.end };
  const joined = parts.map((p) => p.text).join(' ').replace(/\s+/g, ' ');
  const organ = ADOPTION_ORGANS.exec(joined);
  const family = organ ? familyOfOrgan(organ[1]) : undefined;
  let date: AdoptionFacts['date'];
  // The date follows the last ` on ` of the statement (`…, on 4 December 2002`).
  for (let k = parts.length - 1; k >= 0 && !date; k--) {
    const p = parts[k];
    const re = /(?:^|[\s,])on\s+/gi;
    let last: RegExpExecArray | undefined;
    for (let m = re.exec(p.text); m; m = re.exec(p.text)) last = m;
    // A continuation line that is only the date (`… meeting, on` / `25 May 1993`).
    const dateOnly = k > 0 && !last && /^\d/.test(p.text);
    if (last || dateOnly) {
      const from = last ? last.index + last[0].length : 0;
      const start = p.span.start + from;
      const dateText = p.text.slice(from).replace(/(?<![\s.])[\s.]+$/, '');
      // `on` also occurs in organ names (`Commission on Narcotic Drugs`): a date has figures.
      if (/\d/.test(dateText)) date = { span: { start, end: start + dateText.length }, text: dateText, read: readDate(dateText) };
    }
  }
  let meeting: AdoptionFacts['meeting'];
  for (const p of parts) {
    const mm = /\bat\s+its\s+(\d{1,5})(?:\s*([a-z]{1,2}))?\s+meeting\b/i.exec(p.text);
    if (mm) {
      const start = p.span.start + mm.index + mm[0].indexOf(mm[1]);
      meeting = { span: { start, end: start + mm[1].length + (mm[2] ?? '').length }, number: Number(mm[1]), suffix: mm[2] ?? '' };
    }
  }
  return { lines: parts, span, text: joined, family, date, meeting };
}

/** Whether `b` is on the line right after `a` (no blank line between). */
function isNextLine(text: string, a: HeaderLine, b: HeaderLine): boolean {
  const between = text.slice(a.span.end, b.span.start);
  return (between.match(/\n/g)?.length ?? 0) + (between.match(/\r(?!\n)/g)?.length ?? 0) <= 1;
}

function readClosing(model: DocumentModel): ClosingFacts | undefined {
  const c = model.closing;
  if (!c) return undefined;
  const s = model.text;
  const meetingText = s.slice(c.meetingLine.start, c.meetingLine.end);
  const scForm = /^adopted\b/i.test(meetingText);
  let meeting: ClosingFacts['meeting'];
  const mm = /(\d{1,5})(?:\s*([a-z]{1,2}))?\s+(?:plenary\s+)?meeting\b/i.exec(meetingText);
  if (mm) {
    const start = c.meetingLine.start + mm.index;
    const span = { start, end: start + mm[1].length + (mm[0].slice(mm[1].length).match(/^\s*[a-z]{0,2}/i)?.[0].length ?? 0) };
    // `Adopted unanimously at the 27491h meeting.` (S/RES/597 (1987)): no suffix is `h`, so in the
    // compilation form a `1` before it is the scan's reading of the `t` of `th`.
    const ocr = scForm && /^h$/i.test(mm[2] ?? '') && mm[1].length >= 2 && mm[1].endsWith('1');
    meeting = ocr ? { span, number: Number(mm[1].slice(0, -1)), suffix: 'th', ocrSuffix: true } : { span, number: Number(mm[1]), suffix: mm[2] ?? '' };
  }
  const plenary = /\bplenary\s+meeting\b/i.test(meetingText);
  let date: ClosingFacts['date'];
  if (c.dateLine) {
    const t = s.slice(c.dateLine.start, c.dateLine.end);
    date = { span: c.dateLine, text: t, read: readDate(t.replace(/\.$/, '')), sameLine: false };
  } else if (mm && !scForm) {
    // Extracted text may put the date on the meeting line: `52nd plenary meeting 1 December 2025`.
    const rest = meetingText.slice(mm.index + mm[0].length);
    const dm = /^[\s,]+([^\s,].*?)\.?$/.exec(rest);
    if (dm) {
      const read = readDate(dm[1]);
      if (read) {
        const start = c.meetingLine.start + mm.index + mm[0].length + rest.indexOf(dm[1]);
        date = { span: { start, end: start + dm[1].length }, text: dm[1], read, sameLine: true };
      }
    }
  }
  return { meetingSpan: c.meetingLine, meetingText, meeting, plenary, scForm, date };
}

/** The facts of a document, computed once per model. */
export function documentFacts(model: DocumentModel): DocumentFacts {
  return memo(model, 'documentFacts', (): DocumentFacts => {
    const lines = model.header.lines;
    let symbol: DocumentFacts['symbol'];
    let session: SessionFacts | undefined;
    let adoption: AdoptionFacts | undefined;
    let scNumber: DocumentFacts['scNumber'];
    let sponsors: HeaderLine | undefined;
    let provenance: HeaderLine | undefined;
    lines.forEach((line, i) => {
      if (line.kind === 'symbol' && !symbol) {
        const found = symbolOnLine(line);
        if (found) symbol = { line, ...found, info: classifySymbol(found.raw) ?? classifySymbol(repairSymbol(found.raw)) };
      } else if (line.kind === 'session' && !session) session = readSession(line);
      // Without an organ line the header runs into the body, where `adopted by the Council on …` is prose;
      // `Adopted at the 101st meeting` is the closing of the older Security Council compilations.
      else if (line.kind === 'adoption' && !adoption && (model.organ || /^(?:Resolution adopted|Adopted)\b/.test(line.text)) && /^(?:resolution\s+)?adopted\s+(?:unanimously\s+)?by\b/i.test(line.text)) adoption = readAdoption(lines, i, model.text);
      else if (line.kind === 'resolutionNumber' && !scNumber) {
        const m = /^Resolution\s+(\d{1,5})\s*\((\d{4})\)/.exec(line.text);
        if (m) scNumber = { line, number: Number(m[1]), year: Number(m[2]) };
      } else if (line.kind === 'sponsors' && !sponsors) sponsors = line;
      else if (line.kind === 'committee' && !provenance) provenance = line;
    });
    const closing = readClosing(model);
    const organFamily = model.organ ? familyOfOrgan(model.organ.name) : undefined;
    const family = symbol?.info?.family ?? organFamily ?? adoption?.family;
    const adoptedElements = !!adoption || !!provenance || !!model.header.title?.number || !!scNumber || !!closing || symbol?.info?.kind === 'resolution';
    const draftElements = !!sponsors || symbol?.info?.kind === 'draft';
    const stage = adoptedElements && !draftElements ? 'adopted' : draftElements && !adoptedElements ? 'draft' : undefined;
    return { symbol, session, adoption, scNumber, closing, organFamily, family, stage, sponsors, provenance };
  });
}

/** The session number of a GA or HRC symbol session (`73` → 73); undefined for special sessions. */
export function regularSession(session: string | undefined): number | undefined {
  return session && /^\d+$/.test(session) ? Number(session) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Footnotes

/** The text of a footnote definition (Word-export bodies are blanked in the masked text). */
export function footnoteBody(model: DocumentModel, d: FootnoteDefinition): string {
  return (d.syntax === 'word' ? model.text : model.masked).slice(d.textSpan.start, d.textSpan.end);
}

/**
 * Footnote definitions in printed order: by the order of first reference (`printedReferences`),
 * then the ones that never print in file order.
 */
export function printedFootnotes(model: DocumentModel): readonly FootnoteDefinition[] {
  return memo(model, 'printedFootnotes', () => {
    const firstRef = printedPositions(model);
    const seen = new Set<string>();
    const defs = model.footnoteDefinitions.filter((d) => (seen.has(d.label) ? false : (seen.add(d.label), true)));
    // Numeric labels are printed numbers already (FORMAT.md); named ones print in order of first
    // reference. Definitions mostly stand in that order already: sorted only when they do not.
    const numeric = defs.every((d) => isNumericLabel(d.label));
    const keys = numeric ? defs.map((d) => Number(d.label)) : defs.map((d, i) => firstRef.get(d.label) ?? model.footnoteReferences.length + 1 + i);
    if (keys.every((k, i) => i === 0 || keys[i - 1] <= k)) return defs;
    return defs
      .map((d, i) => ({ d, key: keys[i] }))
      .sort((a, b) => a.key - b.key)
      .map((x) => x.d);
  });
}

// ---------------------------------------------------------------------------------------------
// Paragraphs

/**
 * The preambular and operative paragraphs of the resolution proper, in document order: what
 * follows the closing block is annexed material (SKEL-13) even when no `Annex` heading was
 * recognised, so paragraph rules leave it alone.
 */
export function resolutionParagraphs(model: DocumentModel): readonly Paragraph[] {
  return memo(model, 'resolutionParagraphs', () => {
    const end = model.closing?.span.start ?? Infinity;
    const list = [...model.preamble, ...model.operative].filter((p) => p.span.start < end);
    // In document order already unless a preambular paragraph stands among the operative ones.
    for (let i = 1; i < list.length; i++) if (list[i].span.start < list[i - 1].span.start) return list.sort((a, b) => a.span.start - b.span.start);
    return list;
  });
}
