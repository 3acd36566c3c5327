import monthsData from '../data/months.json';
import type { DocumentModel, Span } from '../model/types';
import type { Report, Rule } from './types';
import { memo } from '../model/derived';
import { SKIP_DEFAULT, skipped, SpanSet } from './kinds/text';
import { anchoredMatches, blanksBefore, isBlank, type StartWindow } from './kinds/anchored';

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
/** What DAY_FIRST and MONTH_FIRST contain (see `anchoredMatches`): the year, after blanks. */
const YEAR = /\d\d\d\d/g;

/** The start of the last `limit` characters before `end` that are not blanks. */
function nonBlanksBefore(s: string, end: number, limit: number): number {
  let i = end;
  while (i > 0 && end - i < limit && !isBlank(s.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * DAY_FIRST starts at or before its day, which is at least two characters before its month; the
 * month (with `.` and `,`: 11 characters at most) follows blanks, before which come at most `of`,
 * the day with its suffix (4 characters) and `the`, each after blanks.
 */
const dayFirstStart: StartWindow = (s, at) => {
  const r = blanksBefore(s, at);
  if (r === at) return undefined;
  const month = nonBlanksBefore(s, r, 11);
  let lo = month;
  for (const limit of [4, 4, 3]) {
    const b = blanksBefore(s, lo);
    if (b === lo) break;
    lo = nonBlanksBefore(s, b, limit);
  }
  return [lo, month - 2];
};

/** MONTH_FIRST starts with its month (with `.`: 10 characters at most), before blanks and the day (with suffix and comma: 5 characters at most). */
const monthFirstStart: StartWindow = (s, at) => {
  const r = blanksBefore(s, at);
  if (r === at) return undefined;
  const day = nonBlanksBefore(s, r, 5);
  const b = blanksBefore(s, day);
  if (b === day) return undefined;
  return [nonBlanksBefore(s, b, 10), b - 3];
};

/** `25/07/2019`, `25-07-2019`, `25.07.2019`. */
const NUMERIC = /(?<![\w/.\-–])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\w/\-–]|\.\d)/g;
/** `2019-07-25`. */
const ISO = /(?<![\w/.\-–])(\d{4})-(\d{2})-(\d{2})(?![\w/\-–]|\.\d)/g;
/** What ISO has four characters after its start (see `anchoredMatches`). */
const ISO_MONTH = /-\d\d-/g;

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
    for (const m of anchoredMatches(s, DAY_FIRST, YEAR, dayFirstStart)) {
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
    for (const m of anchoredMatches(s, MONTH_FIRST, YEAR, monthFirstStart)) {
      const span = { start: m.index, end: m.index + m[0].length };
      while (next < taken.length && taken[next].end <= span.start) next++;
      if (next < taken.length && taken[next].start < span.end) continue;
      // `8 October 15 1992`: a day before the month makes this a day-first date with a footnote number after it.
      if (/\d[ \t\u00a0]+$/.test(s.slice(Math.max(0, span.start - 4), span.start))) continue;
      if (!ok(span)) continue;
      const month = MONTH_BY_WORD.get(m[1].toLowerCase())!;
      reportDate(report, span, m[0], Number(m[3]), month, Number(m[6]), 'day before month, no comma');
    }
    NUMERIC.lastIndex = 0;
    for (let m = NUMERIC.exec(s); m; m = NUMERIC.exec(s)) {
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
    for (const m of anchoredMatches(s, ISO, ISO_MONTH, (_, at) => [at - 4, at - 4])) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (!ok(span)) continue;
      reportDate(report, span, m[0], Number(m[3]), Number(m[2]), Number(m[1]), 'the month in full');
    }
  },
};
