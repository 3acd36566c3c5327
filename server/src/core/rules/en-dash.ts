import type { Rule } from './types';
import { skipped, SKIP_DEFAULT } from './kinds/text';
import { jointSymbols } from './joint-symbol';
import { digitRunMatches, digitRuns, type RunStart } from './kinds/anchored';

/** `2010-2011`, `1990-99`: years joined by a hyphen (not a date `2025-12-05`, not part of a longer number). */
const YEAR_RANGE = /(?<![\d./\-–])((?:19|20)\d\d)[-\u2010\u2011]((?:19|20)?\d\d)(?![\d\-–/])/g;
/** YEAR_RANGE starts a run of four digits followed by a hyphen (see `digitRunMatches`). */
const yearRangeStart: RunStart = (s, start, end) => {
  const c = s.charCodeAt(end);
  return end - start === 4 && (c === 45 || c === 0x2010 || c === 0x2011) ? start : -1;
};

/** REF-03, DATE-02: ranges of years take an en dash; joint symbols are written alike (a hyphen is accepted); extracted text often shows a hyphen. */
export const enDash: Rule = {
  meta: {
    id: 'en-dash',
    description: 'Ranges of years take an en dash, not a hyphen (`2010–2011`), and a draft that joins a joint symbol with an en dash (`A/67/828–S/2013/210`) joins them all so.',
    category: 'dates-numbers',
    defaultSeverity: 'hint',
    fixable: true,
    scope: 'block',
    conventions: ['REF-03', 'DATE-02'],
    messages: {
      jointSymbol: 'This text joins other symbols with an en dash: write "{{fixed}}" too.',
      yearRange: 'A range of years takes an en dash: write "{{fixed}}".',
    },
  },
  check({ model, report }) {
    // A joint symbol with a hyphen is accepted (REF-03: "Accept both"; the adopted texts of the
    // eightieth session join all theirs with one): only a draft that joins others with an en dash
    // is told to write them alike.
    const joints = jointSymbols(model);
    const enDashed = joints.some((j) => j.kind === 'en-dash' && !skipped(model, j.first.span.start, j.second.span.end, { quotes: true }));
    for (const j of enDashed ? joints : []) {
      if (j.kind !== 'hyphen' || skipped(model, j.first.span.start, j.second.span.end, { quotes: true })) continue;
      const fixed = `${j.first.text}–${j.second.text}`;
      report({ span: j.joint, messageId: 'jointSymbol', data: { fixed }, fix: { title: 'Write an en dash', edits: [{ span: j.joint, newText: '–' }] } });
    }
    const s = model.masked;
    for (const m of digitRunMatches(s, digitRuns(model), YEAR_RANGE, yearRangeStart)) {
      const from = Number(m[1]);
      const to = m[2].length === 4 ? Number(m[2]) : Math.floor(from / 100) * 100 + Number(m[2]);
      if (to <= from || to - from > 100) continue;
      const dash = { start: m.index + 4, end: m.index + 5 };
      if (skipped(model, m.index, m.index + m[0].length, SKIP_DEFAULT)) continue;
      const fixed = `${m[1]}–${m[2]}`;
      report({ span: dash, messageId: 'yearRange', data: { fixed }, fix: { title: 'Write an en dash', edits: [{ span: dash, newText: '–' }] } });
    }
  },
};
