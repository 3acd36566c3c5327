import type { Rule } from './types';

const MARKS = ',;:.';

/** FN-02: in English the footnote indicator follows the punctuation at the end of the phrase. */
export const footnotePlacement: Rule = {
  meta: {
    id: 'footnote-placement',
    description: 'A footnote reference follows the comma, semicolon, colon or full stop at the end of the phrase it annotates (`organizations,[^1]`, not `organizations[^1],`).',
    category: 'footnotes',
    defaultSeverity: 'error',
    fixable: true,
    scope: 'block',
    conventions: ['FN-02'],
    messages: {
      before: 'The footnote reference goes after the {{mark}}: write `{{mark_char}}{{reference}}`, as in `organizations,[^1]`.',
    },
  },
  check({ model, report }) {
    const s = model.masked;
    const refs = model.footnoteReferences;
    const names: Record<string, string> = { ',': 'comma', ';': 'semicolon', ':': 'colon', '.': 'full stop' };
    for (let i = 0; i < refs.length; i++) {
      const r = refs[i];
      const c = s[r.span.end];
      if (c === undefined || !MARKS.includes(c)) continue;
      const next = refs[i + 1];
      // `[^1]` directly followed by another reference belongs to a run; the run's last one decides.
      if (next && next.span.start === r.span.end) continue;
      // Several indicators at one point are separated by commas: `,[^1],[^2]`.
      if (c === ',' && next && next.span.start === r.span.end + 1) continue;
      let first = i;
      while (first > 0 && (refs[first - 1].span.end === refs[first].span.start || (refs[first - 1].span.end + 1 === refs[first].span.start && s[refs[first - 1].span.end] === ','))) first--;
      const runStart = refs[first].span.start;
      // Punctuation already before the run (`,[^1].`): the mark after it is the sentence's own.
      if (MARKS.includes(s[runStart - 1] ?? '')) continue;
      report({
        span: { start: r.span.start, end: r.span.end + 1 },
        messageId: 'before',
        data: { mark: names[c], mark_char: c, reference: model.text.slice(runStart, r.span.end) },
        fix: { title: `Put the ${names[c]} before the footnote reference`, edits: [{ span: { start: runStart, end: runStart }, newText: c }, { span: { start: r.span.end, end: r.span.end + 1 }, newText: '' }] },
      });
    }
  },
};
