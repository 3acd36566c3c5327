import type { Rule } from './types';
import { SKIP_DEFAULT, skipped } from './kinds/text';
import { anchoredMatches } from './kinds/anchored';

/** `7%`, `7 %`, `7 percent`, `7 per-cent`, `percent`. */
const SIGN = /(\d)([ \t\u00a0]?)%/g;
/** What SIGN ends with (see `anchoredMatches`). */
const PERCENT_SIGN = /%/g;
const WORD = /\b(?:percent|per-cent|per‑cent)\b/gi;

/** NUM-02: percentages in running text read figure + `per cent` (two words); `%` only in tables. */
export const perCent: Rule = {
  meta: {
    id: 'per-cent',
    description: 'Percentages read `0.7 per cent` (two words), never `0.7%` or `0.7 percent`.',
    category: 'dates-numbers',
    defaultSeverity: 'error',
    fixable: true,
    scope: 'block',
    conventions: ['NUM-02', 'LANG-09'],
    messages: {
      sign: 'Write "per cent" in running text, not "%": "{{fixed}}".',
      word: 'Write "per cent" (two words), not "{{found}}".',
    },
  },
  check({ model, report }) {
    const s = model.masked;
    for (const m of anchoredMatches(s, SIGN, PERCENT_SIGN, (_, at) => [at - 2, at - 1])) {
      const span = { start: m.index + 1, end: m.index + m[0].length };
      if (skipped(model, m.index, span.end, SKIP_DEFAULT)) continue;
      const number = /(?<![\d.,])[\d.,]*\d$/.exec(s.slice(Math.max(0, m.index - 12), m.index + 1))?.[0] ?? m[1];
      report({ span, messageId: 'sign', data: { fixed: `${number} per cent` }, fix: { title: 'Write "per cent"', edits: [{ span, newText: ' per cent' }] } });
    }
    WORD.lastIndex = 0;
    for (let m = WORD.exec(s); m; m = WORD.exec(s)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (skipped(model, span.start, span.end, SKIP_DEFAULT)) continue;
      const fixed = m[0][0] === 'P' ? 'Per cent' : 'per cent';
      report({ span, messageId: 'word', data: { found: m[0] }, fix: { title: `Write "${fixed}"`, edits: [{ span, newText: fixed }] } });
    }
  },
};
