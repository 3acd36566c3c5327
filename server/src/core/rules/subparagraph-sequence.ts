import { toLetter, toRoman } from '../parser/parse';
import type { Subparagraph } from '../model/types';
import { allParagraphs, labelTextSpan, writeLabel } from '../model/derived';
import type { Rule, TextEdit } from './types';

function label(kind: Subparagraph['kind'], n: number): string {
  return kind === 'letter' ? toLetter(n) : toRoman(n);
}

/** Whether item `i` continues the series of item `i - 1`. */
function continues(items: readonly Subparagraph[], i: number): boolean {
  const prev = items[i - 1];
  return !!prev && items[i].ordinal === prev.ordinal + 1;
}

/** Edits that relabel `items[from…]` as `index + 1`, up to the next break in the series (linear overall). */
function relabel(items: readonly Subparagraph[], from: number): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let i = from; i < items.length && (i === from || continues(items, i)); i++) {
    const s = items[i];
    const expected = label(s.kind, i + 1);
    if (expected !== s.label) edits.push({ span: labelTextSpan(s), newText: expected });
  }
  return edits;
}

/** OP-05: sub-paragraphs run (a), (b), (c) … and (i), (ii), (iii) … (and a., b. …, i., ii. …) without gaps. */
export const subparagraphSequence: Rule = {
  meta: {
    id: 'subparagraph-sequence',
    description: 'Sub-paragraphs are labelled (a), (b), (c) … and, below them, (i), (ii), (iii) … without gaps or repeats.',
    category: 'operative',
    defaultSeverity: 'error',
    fixable: true,
    scope: 'block',
    conventions: ['OP-05'],
    messages: {
      sequence: 'Sub-paragraph {{found}} follows {{previous}}: label it {{expected}}.',
      first: 'The first sub-paragraph is labelled {{expected}}, not {{found}}.',
      unknown: '{{found}} is not a sub-paragraph label: use (a), (b), (c) … or (i), (ii), (iii) ….',
    },
  },
  check({ model, report }) {
    const visit = (items: readonly Subparagraph[]) => {
      items.forEach((s, i) => {
        if (s.ordinal === 0) {
          report({ span: s.labelSpan, messageId: 'unknown', data: { found: writeLabel(s.style, s.label) } });
        } else {
          const prev = items[i - 1];
          const expectedOrdinal = prev ? prev.ordinal + 1 : 1;
          if (s.ordinal !== expectedOrdinal && !(prev && (prev.kind !== s.kind || prev.style !== s.style))) {
            const written = (l: string) => writeLabel(s.style, l);
            const expected = written(label(s.kind, i + 1));
            const fix = { title: 'Relabel the sub-paragraphs', edits: relabel(items, i) };
            if (!prev) report({ span: s.labelSpan, messageId: 'first', data: { found: written(s.label), expected }, fix });
            else if (prev.ordinal > 0) report({ span: s.labelSpan, messageId: 'sequence', data: { found: written(s.label), previous: written(prev.label), expected: written(label(s.kind, prev.ordinal + 1)) }, fix });
          }
        }
        visit(s.children);
      });
    };
    for (const p of allParagraphs(model)) visit(p.subparagraphs);
  },
};
