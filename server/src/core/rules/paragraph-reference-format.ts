import type { Rule } from './types';
import { SKIP_DEFAULT, skipped } from './kinds/text';

/** `paragraph 1(a)`: no space before the sub-paragraph letter. */
const GLUED = /\b((?:sub)?paragraphs?[ \t\u00a0]+\d{1,3})\(([a-z]{1,4})\)/gi;
/** `para. 5`, `paras. 3 and 4` in running text. */
const ABBREVIATED = /\b(para|paras)\.[ \t\u00a0]?(?=\d)/g;

/** XREF-01 (format): `paragraph 1 (a)` with a space, and `paragraph` in full in running text (`para.` only in footnotes). */
export const paragraphReferenceFormat: Rule = {
  meta: {
    id: 'paragraph-reference-format',
    description: 'Paragraph references read `paragraph 1 (a)`, with a space before the letter, and `paragraph` in full outside footnotes.',
    category: 'cross-references',
    defaultSeverity: 'warning',
    fixable: true,
    scope: 'block',
    conventions: ['XREF-01'],
    messages: {
      space: 'Put a space before the subparagraph letter: write "{{fixed}}".',
      abbreviated: 'Write "{{fixed}}" in full in running text ("{{found}}" is for footnotes).',
    },
  },
  check({ model, report }) {
    const s = model.masked;
    GLUED.lastIndex = 0;
    for (let m = GLUED.exec(s); m; m = GLUED.exec(s)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (skipped(model, span.start, span.end, SKIP_DEFAULT)) continue;
      const at = m.index + m[1].length;
      report({ span, messageId: 'space', data: { fixed: `${m[1]} (${m[2]})` }, fix: { title: 'Add a space', edits: [{ span: { start: at, end: at }, newText: ' ' }] } });
    }
    ABBREVIATED.lastIndex = 0;
    for (let m = ABBREVIATED.exec(s); m; m = ABBREVIATED.exec(s)) {
      const span = { start: m.index, end: m.index + m[0].length };
      // `document S/1100, para. 75`, `1779th meeting, para. 29`: a locator after a citation (footnote style).
      if (/,[ \t\u00a0]*$/.test(s.slice(Math.max(0, span.start - 3), span.start))) continue;
      if (skipped(model, span.start, span.end, { ...SKIP_DEFAULT, footnotes: true, header: true })) continue;
      const word = m[1] === 'para' ? 'paragraph' : 'paragraphs';
      report({ span, messageId: 'abbreviated', data: { fixed: word, found: `${m[1]}.` }, fix: { title: `Write "${word}"`, edits: [{ span, newText: `${word} ` }] } });
    }
  },
};
