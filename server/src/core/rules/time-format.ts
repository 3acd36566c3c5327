import { ordinalWord } from '../data/ordinals';
import type { Rule } from './types';
import { SKIP_DEFAULT, skipped } from './kinds/text';
import { digitRunMatches, digitRuns, type RunStart } from './kinds/anchored';

/** `10:00 AM`, `3 PM`, `10.30 am`, `10 a.m` … (UN form: `10 a.m.`, `3.30 p.m.`). */
const TIME = /\b(\d{1,2})(?:([:.])(\d{2}))?([ \t\u00a0]?)(a\.m\.|p\.m\.|a\.m|p\.m|am|pm|AM|PM|A\.M\.|P\.M\.|a\. m\.|p\. m\.)(?![\p{L}\p{N}])/gu;
/** `the 1990's`. */
const DECADE = /\b(1\d\d0|20\d0)['’]s\b/g;
/** `the 21st century`. */
const CENTURY = /\b(\d{1,2})(st|nd|rd|th)([ \t\u00a0]+)(century|centuries)\b/gi;

// Each pattern starts a run of digits (see `digitRunMatches`): TIME one or two digits before `:`,
// `.`, a blank or `a`/`p`; DECADE four before an apostrophe; CENTURY one or two before a suffix.
const timeStart: RunStart = (s, start, end) => {
  const c = s.charCodeAt(end);
  const lower = c | 0x20;
  return end - start <= 2 && (c === 58 || c === 46 || c === 32 || c === 9 || c === 0xa0 || lower === 97 || lower === 112) ? start : -1;
};
const decadeStart: RunStart = (s, start, end) => {
  const c = s.charCodeAt(end);
  return end - start === 4 && (c === 39 || c === 0x2019) ? start : -1;
};
const centuryStart: RunStart = (s, start, end) => {
  const suffix = s.charCodeAt(end) | 0x20;
  return end - start <= 2 && (suffix === 115 || suffix === 110 || suffix === 114 || suffix === 116) ? start : -1;
};

/** DATE-03: `10 a.m.`, `3.30 p.m.`; decades without apostrophe (`the 1990s`); centuries in words (`the twenty-first century`). */
export const timeFormat: Rule = {
  meta: {
    id: 'time-format',
    description: 'Times read `10 a.m.` or `3.30 p.m.`, decades `the 1990s`, centuries `the twenty-first century`.',
    category: 'dates-numbers',
    defaultSeverity: 'warning',
    fixable: true,
    scope: 'block',
    conventions: ['DATE-03'],
    messages: {
      time: 'Write the time as "{{fixed}}", not "{{found}}".',
      decade: 'A decade takes no apostrophe: write "{{fixed}}".',
      century: 'Centuries are written in words: write "{{fixed}}".',
    },
  },
  check({ model, report }) {
    const s = model.masked;
    const runs = digitRuns(model);
    for (const m of digitRunMatches(s, runs, TIME, timeStart)) {
      const hour = Number(m[1]);
      if (hour < 1 || hour > 12) continue;
      const span = { start: m.index, end: m.index + m[0].length };
      if (skipped(model, span.start, span.end, SKIP_DEFAULT)) continue;
      const minutes = m[3] && m[3] !== '00' ? `.${m[3]}` : '';
      const fixed = `${hour}${minutes} ${/^a/i.test(m[5]) ? 'a.m.' : 'p.m.'}`;
      if (m[0].replace(/\u00a0/g, ' ') === fixed) continue;
      // `10 a.m` at the end of a sentence: the full stop of the sentence is the abbreviation's.
      if (/^[ap]\.m$/.test(m[5]) && s[span.end] === '.' && `${m[0]}.`.replace(/\u00a0/g, ' ') === fixed) continue;
      report({ span, messageId: 'time', data: { found: m[0], fixed }, fix: { title: `Write "${fixed}"`, edits: [{ span, newText: fixed }] } });
    }
    for (const m of digitRunMatches(s, runs, DECADE, decadeStart)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (skipped(model, span.start, span.end, SKIP_DEFAULT)) continue;
      const fixed = `${m[1]}s`;
      report({ span, messageId: 'decade', data: { fixed }, fix: { title: `Write "${fixed}"`, edits: [{ span, newText: fixed }] } });
    }
    for (const m of digitRunMatches(s, runs, CENTURY, centuryStart)) {
      const n = Number(m[1]);
      if (n < 1 || n > 99) continue;
      const span = { start: m.index, end: m.index + m[1].length + m[2].length };
      if (skipped(model, span.start, span.end, SKIP_DEFAULT)) continue;
      const word = ordinalWord(n);
      report({ span, messageId: 'century', data: { fixed: `${word} ${m[4]}` }, fix: { title: `Write "${word}"`, edits: [{ span, newText: word }] } });
    }
  },
};
