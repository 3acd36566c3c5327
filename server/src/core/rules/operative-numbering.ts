import { historicSc } from './operative-punctuation';
import { operativeParagraphs, wrongStart } from './util';
import type { DocumentModel, Paragraph } from '../model/types';
import type { Rule, TextEdit } from './types';

/**
 * The index of the first paragraph of the series that paragraph `i` belongs to: a paragraph the
 * parser marks `restartsNumbering` (a `1.` right under a heading, where the text numbers its parts
 * each from 1) starts a new series, as `operativeNumbering` of features/references.ts counts them.
 */
function seriesStarts(list: readonly Paragraph[]): number[] {
  const bases: number[] = [];
  let base = 0;
  for (let i = 0; i < list.length; i++) {
    if (i > 0 && list[i].restartsNumbering) base = i;
    bases.push(base);
  }
  return bases;
}

/** The number paragraph `i` follows: the one before it in its series (0 at a series start). */
function previousNumber(list: readonly Paragraph[], bases: readonly number[], i: number): number {
  return i > bases[i] ? list[i - 1].number?.value ?? i - bases[i] : 0;
}

/**
 * The number written `2)` or `2 ` at the start of an unnumbered paragraph: `2)` whatever its value,
 * `2 ` only when it is the number the paragraph should have (`100 Member States …` may open a
 * paragraph that lost its number, and is text).
 */
function writtenNumber(model: DocumentModel, p: Paragraph, expected: number): { text: string } | undefined {
  const written = wrongStart(model, p);
  if (written?.kind !== 'number') return undefined;
  return written.text.endsWith(')') || Number(written.text) === expected ? written : undefined;
}

/**
 * Edits that number paragraphs `from…` of one series from `index - base + 1`, up to the next break
 * in the sequence (the next break's own fix takes over there) or the next series, so that all
 * fixes together are linear in size.
 */
function renumber(model: DocumentModel, list: readonly Paragraph[], bases: readonly number[], from: number): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let i = from; i < list.length && bases[i] === bases[from] && (i === from || list[i].number?.value === previousNumber(list, bases, i) + 1); i++) {
    const p = list[i];
    const expected = String(i - bases[i] + 1);
    // A number written `2)` or `2 ` is replaced, not written before (`2. 2) …`).
    const written = p.number ? undefined : writtenNumber(model, p, Number(expected));
    if (written) edits.push({ span: { start: p.body.start, end: p.body.start + written.text.length }, newText: `${expected}.` });
    else if (!p.number) edits.push({ span: { start: p.body.start, end: p.body.start }, newText: `${expected}. ` });
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
      written: 'Operative paragraphs are numbered "{{expected}}.", with a full stop: write "{{expected}}.", not "{{found}}".',
      label: 'Sub-paragraphs are labelled (a), (b), (c) … in lower case, in parentheses, under the paragraph that leads into them: "{{found}}" is read as a paragraph of its own.',
    },
  },
  check(context) {
    const { model, report } = context;
    const all = operativeParagraphs(model);
    // Historic Security Council texts (before 1975) often leave every operative paragraph
    // unnumbered (S/RES/93 (1951): `Endorses …`, `Declares …`, `Notes …`; S/RES/15 (1946):
    // `Resolves:` / `That …;` / `That …;`). A text that numbers none is consistent; one that numbers
    // some is still checked.
    if (historicSc(context) && all.every((p) => !p.number)) return;
    // A paragraph that opens with a sub-paragraph label written otherwise is reported as such, and
    // left out of the count: it is no operative paragraph.
    const list: Paragraph[] = [];
    for (const p of all) {
      const written = p.number ? undefined : wrongStart(model, p);
      if (written?.kind === 'label') report({ span: { start: p.body.start, end: p.body.start + written.text.length }, messageId: 'label', data: { found: written.text } });
      else list.push(p);
    }
    if (list.length === 1 && !list[0].number) return;
    const bases = seriesStarts(list);
    for (let i = 0; i < list.length; i++) {
      const p = list[i];
      const expected = i - bases[i] + 1;
      const previous = previousNumber(list, bases, i);
      const fix = () => ({ title: 'Renumber the operative paragraphs', edits: renumber(model, list, bases, i) });
      if (!p.number) {
        const written = writtenNumber(model, p, expected);
        if (written) report({ span: { start: p.body.start, end: p.body.start + written.text.length }, messageId: 'written', data: { expected, found: written.text.trim() }, fix: fix() });
        else report({ span: { start: p.body.start, end: p.opener.textStart + 1 }, messageId: 'missing', data: { expected }, fix: fix() });
        continue;
      }
      // Report where the sequence breaks, not every paragraph after it.
      const value = p.number.value;
      if (value === previous + 1) continue;
      // Numbered as its place says (`5.` after `1. 2. 4. 5.`): the break is above it, and that
      // break's fix leaves this number as it is (found by a review: "repeats … after 5: number it 5").
      if (i > bases[i] && value === expected) continue;
      if (i === 0) report({ span: p.number.span, messageId: 'first', data: { found: value }, fix: fix() });
      else report({ span: p.number.span, messageId: value > previous ? 'gap' : 'repeat', data: { found: value, previous, expected: Math.min(expected, previous + 1) }, fix: fix() });
    }
  },
};
