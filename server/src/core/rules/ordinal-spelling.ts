import { ordinalSuffix } from '../data/ordinals';
import type { Rule } from './types';
import { SKIP_DEFAULT, skipped } from './kinds/text';
import { anchoredMatches, digitRunMatches, digitRuns, type RunStart, type StartWindow } from './kinds/anchored';

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth';
/** `seventy fifth`, `twenty five`: compound numbers 21–99 without their hyphen. */
const UNHYPHENATED = new RegExp(`\\b(${TENS})([ \\t\\u00a0]+|[–—])(${UNITS})\\b`, 'gi');
/** What UNHYPHENATED contains (see `anchoredMatches`): the `ty` that ends its tens (three to five letters after the start) and what follows. */
const TENS_END = /ty[ \t\u00a0–—]/gi;
const TENS_WORDS = new Set(TENS.split('|'));
/** The first letters of the tens (`t`, `f`, `s`, `e`, `n`) in lower case. */
const TENS_INITIALS = new Set([...TENS_WORDS].map((w) => w.charCodeAt(0)));
/** UNHYPHENATED starts with its tens, three to five letters before the `ty` (the only start tried). */
const tensStart: StartWindow = (s, at) => {
  for (let start = at - 5; start <= at - 3; start++) {
    if (start >= 0 && TENS_INITIALS.has(s.charCodeAt(start) | 0x20) && TENS_WORDS.has(s.slice(start, at + 2).toLowerCase())) return [start, start];
  }
  return undefined;
};
/** `fourty`, `fourtieth`: the tens of four drop the u. */
const FOURTY = /\bfourt(y|ieth)\b/gi;
/** `23th`, `111st`: a figure with an ordinal suffix. */
const SUFFIXED = /\b(\d{1,6})(st|nd|rd|th)\b/gi;
/** SUFFIXED starts a run of at most six digits, followed by `s`, `n`, `r` or `t` in either case (see `digitRunMatches`). */
const suffixedStart: RunStart = (s, start, end) => (end - start <= 6 && isSuffixInitial(s.charCodeAt(end)) ? start : -1);

/** Whether the code unit is the first letter of `st`, `nd`, `rd` or `th`, in either case. */
function isSuffixInitial(c: number): boolean {
  const lower = c | 0x20;
  return lower === 115 || lower === 110 || lower === 114 || lower === 116;
}

/**
 * NUM-04, CONS-04: compound ordinals and numbers 21–99 take a hyphen (`seventy-fifth`), and the
 * suffix of a figure fits its number (`23rd`, `111th`). The header and the closing block are left
 * to the header rules.
 */
export const ordinalSpelling: Rule = {
  meta: {
    id: 'ordinal-spelling',
    description: 'Compound numbers and ordinals from 21 to 99 take a hyphen (`seventy-fifth`), and ordinal suffixes fit their number (`23rd`, `111th`).',
    category: 'dates-numbers',
    defaultSeverity: 'error',
    fixable: true,
    scope: 'block',
    conventions: ['NUM-04', 'CONS-04'],
    messages: {
      hyphen: 'Numbers from 21 to 99 take a hyphen: write "{{fixed}}".',
      forty: 'Write "{{fixed}}" (no u).',
      suffix: 'The ordinal of {{number}} is "{{fixed}}", not "{{found}}".',
    },
  },
  check({ model, report }) {
    const s = model.masked;
    const skip = { ...SKIP_DEFAULT, header: true, closing: true };
    for (const m of anchoredMatches(s, UNHYPHENATED, TENS_END, tensStart)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (skipped(model, span.start, span.end, skip)) continue;
      const fixed = `${m[1]}-${m[3]}`;
      const gap = { start: m.index + m[1].length, end: m.index + m[1].length + m[2].length };
      report({ span, messageId: 'hyphen', data: { fixed }, fix: { title: `Write "${fixed}"`, edits: [{ span: gap, newText: '-' }] } });
    }
    FOURTY.lastIndex = 0;
    for (let m = FOURTY.exec(s); m; m = FOURTY.exec(s)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (skipped(model, span.start, span.end, skip)) continue;
      const fixed = `${m[0][0]}ort${m[1]}`;
      report({ span, messageId: 'forty', data: { fixed }, fix: { title: `Write "${fixed}"`, edits: [{ span, newText: fixed }] } });
    }
    for (const m of digitRunMatches(s, digitRuns(model), SUFFIXED, suffixedStart)) {
      const n = Number(m[1]);
      const expected = ordinalSuffix(n);
      if (m[2].toLowerCase() === expected) continue;
      const span = { start: m.index, end: m.index + m[0].length };
      if (skipped(model, span.start, span.end, skip)) continue;
      report({ span, messageId: 'suffix', data: { number: n, fixed: `${n}${expected}`, found: m[0] }, fix: { title: `Write "${n}${expected}"`, edits: [{ span, newText: `${m[1]}${expected}` }] } });
    }
  },
};
