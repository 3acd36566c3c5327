import * as monthsData from '../data/months.json';
import type { DocumentModel, Span } from '../model/types';
import type { Report, Rule } from './types';
import { memo } from '../model/derived';
import { SKIP_DEFAULT, skipped, SpanSet } from './kinds/text';
import { blanksBefore, digitRunMatches, digitRuns, digitRunWindowMatches, isBlank, type RunStart, type RunWindow } from './kinds/anchored';

const MONTH_NAMES: readonly string[] = monthsData.months.map((m) => m.name);
const MONTH_BY_WORD = new Map<string, number>();
for (const m of monthsData.months) {
  MONTH_BY_WORD.set(m.name.toLowerCase(), m.number);
  for (const a of m.abbreviations) MONTH_BY_WORD.set(a.toLowerCase(), m.number);
}
const MONTH_WORDS = [...MONTH_BY_WORD.keys()].sort((a, b) => b.length - a.length).join('|');
const SP = '[ \\t\\u00a0]+';

/** `25 July 2019`, `25th July 2019`, `the 25th of July 2019`, `02 Dec. 2004`, `2 December, 2004`. */
const DAY_FIRST = new RegExp(`(?<![\\d.,/])\\b(the${SP})?(\\d{1,2})(st|nd|rd|th)?(${SP}of)?${SP}(${MONTH_WORDS})(\\.)?(,)?${SP}(\\d{4})(?![\\d/\\-])`, 'gi');
/** `July 25, 2019`, `Jul. 25th 2019`. (A weekday before a date is left alone: Security Council texts print `on Wednesday, 22 September 1965`.) */
const MONTH_FIRST = new RegExp(`\\b(${MONTH_WORDS})(\\.)?${SP}(\\d{1,2})(st|nd|rd|th)?(,)?${SP}(\\d{4})(?![\\d/\\-])`, 'gi');

/** The start of the last `limit` characters before `end` that are not blanks. */
function nonBlanksBefore(s: string, end: number, limit: number): number {
  let i = end;
  for (; i > 0 && end - i < limit; i--) {
    const c = s.charCodeAt(i - 1);
    if (c === 32 || c === 9 || c === 0xa0) break;
  }
  return i;
}

/** The first letters of the months, in either case. */
const MONTH_INITIALS = new Set([...MONTH_BY_WORD.keys()].flatMap((w) => [w.charCodeAt(0), w.toUpperCase().charCodeAt(0)]));

/** Whether `[start, end)` is a month (`July`, `jul`), in any case. */
function isMonthWord(s: string, start: number, end: number): boolean {
  return end - start >= 3 && end - start <= 9 && MONTH_INITIALS.has(s.charCodeAt(start)) && MONTH_BY_WORD.has(s.slice(start, end).toLowerCase());
}

/** Whether the code unit is a word character of a non-unicode `\b`: `[A-Za-z0-9_]`. */
function isAsciiWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * DAY_FIRST and MONTH_FIRST are found from their year (see `digitRunMatches`), a run of four
 * digits after blanks. DAY_FIRST has its month (with `.` and `,`: 11 characters at most) between
 * blanks, right before the blanks before the year; it starts at or before its day, which is at
 * least two characters before the month; before the month come at most `of`, the day with its
 * suffix (4 characters) and `the`, each after blanks. It starts with `t`, `T` or a digit.
 */
const dayFirstStart: RunWindow = (s, year, yearEnd) => {
  if (yearEnd - year !== 4) return undefined;
  const r = blanksBefore(s, year);
  if (r === year) return undefined;
  const month = nonBlanksBefore(s, r, 11);
  if (month === 0 || !isBlank(s.charCodeAt(month - 1))) return undefined;
  let end = r;
  if (s.charCodeAt(end - 1) === 44) end--;
  if (s.charCodeAt(end - 1) === 46) end--;
  if (!isMonthWord(s, month, end)) return undefined;
  let lo = month;
  for (const limit of [4, 4, 3]) {
    const b = blanksBefore(s, lo);
    if (b === lo) break;
    lo = nonBlanksBefore(s, b, limit);
  }
  return [lo, month - 2];
};
const dayFirstOpens = (c: number) => (c >= 48 && c <= 57) || c === 116 || c === 84;

/**
 * MONTH_FIRST has its day (a digit, then the suffix and comma: 5 characters at most) between
 * blanks, right before the blanks before the year; it starts with its month, a whole word (`\b`)
 * right before those blanks or a `.`.
 */
const monthFirstStart: RunStart = (s, year, yearEnd) => {
  if (yearEnd - year !== 4) return -1;
  const r = blanksBefore(s, year);
  if (r === year) return -1;
  const day = nonBlanksBefore(s, r, 5);
  const c = s.charCodeAt(day);
  if (day === 0 || !isBlank(s.charCodeAt(day - 1)) || c < 48 || c > 57) return -1;
  let end = blanksBefore(s, day);
  if (s.charCodeAt(end - 1) === 46) end--;
  let start = end;
  while (start > 0 && isAsciiWord(s.charCodeAt(start - 1))) start--;
  return isMonthWord(s, start, end) ? start : -1;
};

/** `25/07/2019`, `25-07-2019`, `25.07.2019`. */
const NUMERIC = /(?<![\w/.\-–])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\w/\-–]|\.\d)/g;
/** `2019-07-25`. */
const ISO = /(?<![\w/.\-–])(\d{4})-(\d{2})-(\d{2})(?![\w/\-–]|\.\d)/g;
/** NUMERIC starts a run of one or two digits before `/`, `.` or `-`, ISO a run of four before `-` (see `digitRunMatches`). */
const numericStart: RunStart = (s, start, end) => {
  const c = s.charCodeAt(end);
  return end - start <= 2 && (c === 47 || c === 46 || c === 45) ? start : -1;
};
const isoStart: RunStart = (s, start, end) => (end - start === 4 && s.charCodeAt(end) === 45 ? start : -1);

/** Whether a date exists in the calendar (no `31 April`, no `29 February 2019`). */
export function isCalendarDate(day: number, month: number, year: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= days[month - 1];
}

/** The UN form of a date: `25 July 2019`. */
export function unDate(day: number, month: number, year: number): string {
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

function collapse(s: string): string {
  return s.replace(/[ \t\u00a0]+/g, ' ');
}

/** The adoption line and its wrapped `on 25 July 2019` continuation, where the header rules check the date. */
function adoptionLines(model: DocumentModel): SpanSet {
  return memo(model, 'date-format:adoption', () => {
    const lines = model.header.lines;
    const spans: Span[] = [];
    lines.forEach((h, i) => {
      if (h.kind === 'adoption' || (/^on\s/i.test(h.text) && lines[i - 1]?.kind === 'adoption')) spans.push(h.span);
    });
    return new SpanSet(spans);
  });
}

/** Whether a span is where the header rules check dates: the adoption line and the closing block. */
function checkedByHeaderRules(model: DocumentModel, span: Span): boolean {
  if (model.closing && span.start >= model.closing.span.start && span.end <= model.closing.span.end) return true;
  const line = adoptionLines(model).at(span.start);
  return !!line && span.end <= line.end;
}

function reportDate(report: (r: Report) => void, span: Span, found: string, day: number, month: number, year: number, why: string): void {
  if (!isCalendarDate(day, month, year)) {
    report({ span, messageId: 'invalid', data: { found: collapse(found) } });
    return;
  }
  const fixed = unDate(day, month, year);
  report({ span, messageId: 'format', data: { found: collapse(found), fixed, why }, fix: { title: `Write "${fixed}"`, edits: [{ span, newText: fixed }] } });
}

/**
 * DATE-01: dates are written day, month in full, four-digit year, with no ordinal suffix, leading
 * zero, comma or weekday (`25 July 2019`), and exist in the calendar.
 */
export const dateFormat: Rule = {
  meta: {
    id: 'date-format',
    description: 'Dates read day, month in full and year, without suffix, comma or leading zero (`25 July 2019`), and exist in the calendar.',
    category: 'dates-numbers',
    defaultSeverity: 'error',
    fixable: true,
    scope: 'block',
    conventions: ['DATE-01'],
    messages: {
      format: 'Write the date as "{{fixed}}", not "{{found}}" ({{why}}).',
      invalid: '"{{found}}" is not a date of the calendar: check the day and the month.',
      ambiguous: '"{{found}}" is ambiguous and not in UN form: write the day, the month in full and the year (for example "5 July 2019").',
    },
  },
  check({ model, report }) {
    const s = model.masked;
    const ok = (span: Span) => !skipped(model, span.start, span.end, SKIP_DEFAULT) && !checkedByHeaderRules(model, span);
    const taken: Span[] = [];
    const runs = digitRuns(model);
    for (const m of digitRunWindowMatches(s, runs, DAY_FIRST, dayFirstStart, dayFirstOpens)) {
      const [, the, dayText, suffix, of, monthWord, dot, comma, yearText] = m;
      // `the` belongs to the date only with an ordinal (`the 25th of July`): `the 25 July 2019 decision` keeps it.
      const span = { start: the && !suffix ? m.index + the.length : m.index, end: m.index + m[0].length };
      taken.push(span);
      if (!ok(span)) continue;
      const found = s.slice(span.start, span.end);
      const day = Number(dayText);
      const month = MONTH_BY_WORD.get(monthWord.toLowerCase())!;
      const year = Number(yearText);
      const name = MONTH_NAMES[month - 1];
      let why = '';
      if (suffix) why = 'no ordinal suffix';
      else if (of) why = 'no "of"';
      else if (comma) why = 'no comma before the year';
      else if (dayText.startsWith('0')) why = 'no leading zero';
      else if (dot || monthWord.toLowerCase() !== name.toLowerCase()) why = 'the month in full';
      else if (monthWord !== name) why = 'the month takes a capital';
      if (!why) {
        if (!isCalendarDate(day, month, year)) report({ span, messageId: 'invalid', data: { found: collapse(found) } });
        continue;
      }
      reportDate(report, span, found, day, month, year, why);
    }
    // Both lists run left to right: one pointer finds the day-first dates a match could overlap
    // (a search of the whole list per match would be quadratic on a text of many dates).
    let next = 0;
    for (const m of digitRunMatches(s, runs, MONTH_FIRST, monthFirstStart)) {
      const span = { start: m.index, end: m.index + m[0].length };
      while (next < taken.length && taken[next].end <= span.start) next++;
      if (next < taken.length && taken[next].start < span.end) continue;
      // `8 October 15 1992`: a day before the month makes this a day-first date with a footnote number after it.
      if (/\d[ \t\u00a0]+$/.test(s.slice(Math.max(0, span.start - 4), span.start))) continue;
      if (!ok(span)) continue;
      const month = MONTH_BY_WORD.get(m[1].toLowerCase())!;
      reportDate(report, span, m[0], Number(m[3]), month, Number(m[6]), 'day before month, no comma');
    }
    for (const m of digitRunMatches(s, runs, NUMERIC, numericStart)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (!ok(span)) continue;
      const a = Number(m[1]);
      const b = Number(m[3]);
      const year = Number(m[4]);
      // Day first is the UN (and European) order; with both parts under 13 the date is ambiguous.
      if (a > 12 && b <= 12) reportDate(report, span, m[0], a, b, year, 'the month in full');
      else if (b > 12 && a <= 12) reportDate(report, span, m[0], b, a, year, 'the month in full');
      else if (a === b && a <= 12) reportDate(report, span, m[0], a, a, year, 'the month in full');
      else if (a <= 12 && b <= 12) report({ span, messageId: 'ambiguous', data: { found: m[0] } });
      else report({ span, messageId: 'invalid', data: { found: m[0] } });
    }
    for (const m of digitRunMatches(s, runs, ISO, isoStart)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (!ok(span)) continue;
      reportDate(report, span, m[0], Number(m[3]), Number(m[2]), Number(m[1]), 'the month in full');
    }
  },
};
