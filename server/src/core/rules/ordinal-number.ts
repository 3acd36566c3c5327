import { ordinalWord } from '../data/ordinals';
import type { Rule } from './types';
import { atSentenceStart, SKIP_DEFAULT, skipped } from './kinds/text';
import { anchoredMatches, blanksBefore, digitRunMatches, digitRuns, type RunStart, type StartWindow } from './kinds/anchored';

/** `its 75th session`, `the 80th anniversary`: a session or anniversary ordinal in figures. */
const FIGURES = /\b(\d{1,3})(st|nd|rd|th)([ \t\u00a0]+(?:(?:regular|special|emergency[ \t\u00a0]+special)[ \t\u00a0]+)?(?:session|anniversary)s?)\b/gi;
/** FIGURES starts a run of at most three digits, followed by `s`, `n`, `r` or `t` in either case (see `digitRunMatches`). */
const figuresStart: RunStart = (s, start, end) => {
  const suffix = s.charCodeAt(end) | 0x20;
  return end - start <= 3 && (suffix === 115 || suffix === 110 || suffix === 114 || suffix === 116) ? start : -1;
};
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ORDINAL_WORDS = `first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth`;
/** `its Seventy-fifth session` mid-sentence: the ordinal is lower case before a lower-case `session`. */
const CAPITALIZED = new RegExp(`\\b((?:${TENS})-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|${ORDINAL_WORDS})([ \\t\\u00a0]+(?:(?:special|emergency special)[ \\t\\u00a0]+)?session)\\b`, 'gi');

/** What CAPITALIZED contains (see `anchoredMatches`). */
const SESSION = /session/gi;

/**
 * CAPITALIZED starts 5 to 15 letters (`first` … `seventy-seventh`) before the blanks before
 * `session`, or before `special` or `emergency special` and their blanks.
 */
const capitalizedStart: StartWindow = (s, at) => {
  const r = blanksBefore(s, at);
  if (r === at) return undefined;
  let lo = r;
  for (const word of ['special', 'emergency special']) {
    const w = r - word.length;
    if (w > 0 && s.slice(w, r).toLowerCase() === word) {
      const before = blanksBefore(s, w);
      if (before < w) lo = Math.min(lo, before);
    }
  }
  return [lo - 15, r - 5];
};
/** The first letters of the ordinals of CAPITALIZED (`twenty…`, `first`, `second`, `eighth`, `ninth`, `hundredth`), in either case. */
const ORDINAL_INITIALS = new Set([...'tfsenhTFSENH'].map((c) => c.charCodeAt(0)));
const opensOrdinal = (c: number) => ORDINAL_INITIALS.has(c);

/**
 * NUM-04: session (and anniversary) ordinals are written in words in running text (`its
 * seventy-fifth session`), in lower case mid-sentence; meeting numbers keep their figures.
 */
export const ordinalNumber: Rule = {
  meta: {
    id: 'ordinal-number',
    description: 'Session and anniversary ordinals are written in words, lower case mid-sentence: `its seventy-fifth session`, not `its 75th session` or `its Seventy-fifth session`.',
    category: 'dates-numbers',
    defaultSeverity: 'warning',
    fixable: true,
    scope: 'block',
    conventions: ['NUM-04', 'CONS-10'],
    messages: {
      figures: 'Write the ordinal in words: "{{fixed}}".',
      capital: 'The ordinal is lower case mid-sentence: write "{{fixed}}".',
    },
  },
  check({ model, report }) {
    const s = model.masked;
    // Footnotes quote titles of publications (`… Taken during the 69th Regular Session of the General Conference`).
    const skip = { ...SKIP_DEFAULT, header: true, closing: true, footnotes: true };
    for (const m of digitRunMatches(s, digitRuns(model), FIGURES, figuresStart)) {
      const n = Number(m[1]);
      if (n < 1) continue;
      const span = { start: m.index, end: m.index + m[1].length + m[2].length };
      if (skipped(model, span.start, span.end, skip)) continue;
      let word = ordinalWord(n);
      if (atSentenceStart(s, span.start)) word = word[0].toUpperCase() + word.slice(1);
      report({ span, messageId: 'figures', data: { fixed: `${word}${m[3].replace(/[ \t\u00a0]+/g, ' ')}` }, fix: { title: `Write "${word}"`, edits: [{ span, newText: word }] } });
    }
    for (const m of anchoredMatches(s, CAPITALIZED, SESSION, capitalizedStart, opensOrdinal)) {
      // Only a capital ordinal before a lower-case `session`: `Seventy-third Session` is an Official Records title.
      if (!/^\p{Lu}/u.test(m[1]) || !/session$/.test(m[2]) || atSentenceStart(s, m.index)) continue;
      // After a comma a capital may open a title (`Official Records of the General Assembly, Seventy-third Session`).
      if (/,[ \t\u00a0]*$/.test(s.slice(Math.max(0, m.index - 3), m.index))) continue;
      const span = { start: m.index, end: m.index + m[1].length };
      if (skipped(model, span.start, span.end, skip)) continue;
      const fixed = m[1].toLowerCase();
      report({ span, messageId: 'capital', data: { fixed: `${fixed}${m[2]}` }, fix: { title: `Write "${fixed}"`, edits: [{ span, newText: fixed }] } });
    }
  },
};
