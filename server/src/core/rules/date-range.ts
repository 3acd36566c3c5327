import type { Rule } from './types';
import { SKIP_DEFAULT, skipped } from './kinds/text';
import { blanksBefore, digitRunMatches, digitRuns, type RunStart } from './kinds/anchored';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const SP = '[ \\t\\u00a0]+';
/** `from 2015–2020`, `between 4-15 September`, `from 1 August 2009–31 July 2010`: words and a dash mixed. */
const MIXED = new RegExp(`\\b(from|between)${SP}(\\d{1,4}(?:${SP}(?:${MONTHS}))?(?:${SP}\\d{4})?)([ \\t\\u00a0]*[–—\\-\\u2010\\u2011][ \\t\\u00a0]*)(?=\\d)`, 'g');
/** `2015 – 2020`, `2015 -2020`, `4 —15`: a dash with space on a side, between numbers. */
const SPACED = /(?<=\d)([ \t\u00a0]+[–—-][ \t\u00a0]*|[ \t\u00a0]*[–—-][ \t\u00a0]+)(?=\d)/g;
/** `2015—2020`: an em dash between numbers. */
const EM = /(?<=\d)—(?=\d)/g;

// Each pattern is found from a run of digits (see `digitRunMatches`). MIXED starts with `from` or
// `between` right before the blanks before its first number; SPACED and EM start right after a
// run, SPACED before blanks or a dash, EM before an em dash.
const mixedStart: RunStart = (s, start) => {
  const c = s.charCodeAt(start - 1);
  if (c !== 32 && c !== 9 && c !== 0xa0) return -1;
  const b = blanksBefore(s, start);
  if (s.startsWith('from', b - 4)) return b - 4;
  return s.startsWith('between', b - 7) ? b - 7 : -1;
};
const spacedStart: RunStart = (s, _, end) => {
  const c = s.charCodeAt(end);
  return c === 32 || c === 9 || c === 0xa0 || c === 0x2013 || c === 0x2014 || c === 45 ? end : -1;
};
const emStart: RunStart = (s, _, end) => (s.charCodeAt(end) === 0x2014 ? end : -1);

/**
 * DATE-02: in prose a range takes words (`from 2015 to 2020`, `between 2015 and 2020`); a compact
 * range takes an en dash without spaces (`2015–2020`); the two are never mixed.
 */
export const dateRange: Rule = {
  meta: {
    id: 'date-range',
    description: 'Ranges read `from 2015 to 2020` or `between 2015 and 2020` in prose, or `2015–2020` with an unspaced en dash, never `from 2015–2020`.',
    category: 'dates-numbers',
    defaultSeverity: 'warning',
    fixable: true,
    scope: 'block',
    conventions: ['DATE-02'],
    messages: {
      mixed: 'Do not mix words and a dash in a range: write "{{fixed}}".',
      spaced: 'A compact range takes an en dash without spaces: write "{{fixed}}".',
      em: 'A range takes an en dash, not an em dash: write "{{fixed}}".',
    },
  },
  check({ model, report }) {
    const s = model.masked;
    const taken = new Set<number>();
    const runs = digitRuns(model);
    for (const m of digitRunMatches(s, runs, MIXED, mixedStart)) {
      const dashStart = m.index + m[0].length - m[3].length;
      const dash = { start: dashStart, end: m.index + m[0].length };
      if (skipped(model, m.index, dash.end + 1, SKIP_DEFAULT)) continue;
      taken.add(dash.start);
      const word = m[1].toLowerCase() === 'from' ? ' to ' : ' and ';
      const to = /^\d{1,4}/.exec(s.slice(dash.end, dash.end + 4))?.[0] ?? '';
      const fixed = `${m[1]} ${m[2].replace(/[ \t\u00a0]+/g, ' ')}${word.trimEnd()} ${to}`;
      report({ span: { start: m.index, end: dash.end + to.length }, messageId: 'mixed', data: { fixed }, fix: { title: `Write "${fixed}"`, edits: [{ span: dash, newText: word }] } });
    }
    for (const m of digitRunMatches(s, runs, SPACED, spacedStart)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (taken.has(span.start) || skipped(model, span.start - 1, span.end + 1, SKIP_DEFAULT)) continue;
      const left = /\d{1,4}$/.exec(s.slice(Math.max(0, span.start - 4), span.start))?.[0] ?? '';
      const right = /^\d{1,4}/.exec(s.slice(span.end, span.end + 4))?.[0] ?? '';
      const fixed = `${left}–${right}`;
      report({ span: { start: span.start - left.length, end: span.end + right.length }, messageId: 'spaced', data: { fixed }, fix: { title: `Write "${fixed}"`, edits: [{ span, newText: '–' }] } });
    }
    for (const m of digitRunMatches(s, runs, EM, emStart)) {
      const span = { start: m.index, end: m.index + 1 };
      if (taken.has(span.start) || skipped(model, span.start - 1, span.end + 1, SKIP_DEFAULT)) continue;
      const left = /\d{1,4}$/.exec(s.slice(Math.max(0, span.start - 4), span.start))?.[0] ?? '';
      const right = /^\d{1,4}/.exec(s.slice(span.end, span.end + 4))?.[0] ?? '';
      const fixed = `${left}–${right}`;
      report({ span: { start: span.start - left.length, end: span.end + right.length }, messageId: 'em', data: { fixed }, fix: { title: 'Write an en dash', edits: [{ span, newText: '–' }] } });
    }
  },
};
