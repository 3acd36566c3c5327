import { operativeParagraphs } from './util';
import type { Paragraph } from '../model/types';
import type { Rule, TextEdit } from './types';

/** Whether paragraph `i` continues the numbering of paragraph `i - 1`. */
function continues(list: readonly Paragraph[], i: number): boolean {
  const p = list[i];
  if (!p.number) return false;
  const previous = i > 0 ? list[i - 1].number?.value ?? i : 0;
  return p.number.value === previous + 1;
}

/**
 * Edits that number paragraphs `from…` as `index + 1`, up to the next break in the sequence (the
 * next break's own fix takes over there), so that all fixes together are linear in size.
 */
function renumber(list: readonly Paragraph[], from: number): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let i = from; i < list.length && (i === from || continues(list, i)); i++) {
    const p = list[i];
    const expected = String(i + 1);
    if (!p.number) edits.push({ span: { start: p.body.start, end: p.body.start }, newText: `${expected}. ` });
    else if (p.number.text !== expected) edits.push({ span: { start: p.number.span.start, end: p.number.span.start + p.number.text.length }, newText: expected });
  }
  return edits;
}

/** OP-01: operative paragraphs are numbered 1, 2, 3 … without gaps or repeats. */
export const operativeNumbering: Rule = {
  meta: {
    id: 'operative-numbering',
    description: 'Operative paragraphs are numbered 1, 2, 3 … without gaps or repeats; a single operative paragraph may stand unnumbered.',
    category: 'operative',
    defaultSeverity: 'error',
    fixable: true,
    conventions: ['OP-01'],
    messages: {
      gap: 'Operative paragraph {{found}} follows {{previous}}: number it {{expected}} (numbers run without gaps).',
      repeat: 'Operative paragraph {{found}} repeats or goes back after {{previous}}: number it {{expected}}.',
      first: 'The first operative paragraph is numbered 1, not {{found}}.',
      missing: 'This operative paragraph has no number: write "{{expected}}. " before it (only a single operative paragraph stands unnumbered).',
    },
  },
  check({ model, report }) {
    const list = operativeParagraphs(model);
    if (list.length === 1 && !list[0].number) return;
    for (let i = 0; i < list.length; i++) {
      const p = list[i];
      const expected = i + 1;
      const previous = i > 0 ? list[i - 1].number?.value ?? i : 0;
      const fix = () => ({ title: 'Renumber the operative paragraphs', edits: renumber(list, i) });
      if (!p.number) {
        report({ span: { start: p.body.start, end: p.opener.textStart + 1 }, messageId: 'missing', data: { expected }, fix: fix() });
        continue;
      }
      // Report where the sequence breaks, not every paragraph after it.
      const value = p.number.value;
      if (value === previous + 1) continue;
      if (i === 0) report({ span: p.number.span, messageId: 'first', data: { found: value }, fix: fix() });
      else report({ span: p.number.span, messageId: value > previous ? 'gap' : 'repeat', data: { found: value, previous, expected: Math.min(expected, previous + 1) }, fix: fix() });
    }
  },
};
