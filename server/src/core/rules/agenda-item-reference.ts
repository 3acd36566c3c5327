import { documentFacts, resolutionParagraphs } from './documentFacts';
import type { Rule } from './types';
import { hasOffsetIn, literalOffsets } from './util';

/** Wording compared without case, spacing, hyphenation or punctuation differences. */
function key(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** `the item entitled “…”`: the existing item; `an item entitled “…”` proposes a new one and is not compared. */
// The title stops at any quotation mark, opening ones included, so that no two candidate titles overlap (linear time).
const ENTITLED = /\bthe\s+(sub-item|item)\s+entitled\s+[“"]([^“”"]{1,400})[”"]/g;

/** CONS-12: `under the item entitled “…”, the sub-item entitled “…”` quotes the agenda title of the header. */
export const agendaItemReference: Rule = {
  meta: {
    id: 'agenda-item-reference',
    description: 'An operative paragraph that inscribes the item in a future agenda quotes the item (and sub-item) title as the header gives it.',
    category: 'consistency',
    defaultSeverity: 'warning',
    fixable: false,
    conventions: ['CONS-12'],
    messages: {
      item: 'The header gives the {{what}} title as “{{expected}}”, but this paragraph quotes “{{found}}”: quote the title as it stands on the agenda (unless the item is being renamed).',
    },
  },
  check({ model, report }) {
    const titleLines = model.header.lines.filter((l) => l.kind === 'agendaTitle');
    if (titleLines.length === 0 || model.header.lines.filter((l) => l.kind === 'agendaItem').length !== 1) return;
    if (documentFacts(model).family === 'sc') return;
    const header = titleLines.map((l) => l.text).join(' ').replace(/\s+/g, ' ');
    const colon = header.indexOf(': ');
    const item = colon >= 0 ? header.slice(0, colon) : header;
    const subItem = colon >= 0 ? header.slice(colon + 2) : undefined;
    // Most paragraphs quote no title: those without `entitled` are spared the pattern (the
    // offsets are moved from one version to the next in the editor, not searched for again).
    const entitled = literalOffsets(model, 'entitled');
    if (entitled.length === 0) return;
    for (const p of resolutionParagraphs(model)) {
      if (p.part !== 'operative' || !hasOffsetIn(entitled, p.fullSpan.start, p.fullSpan.end - 1)) continue;
      const text = model.masked.slice(p.fullSpan.start, p.fullSpan.end);
      ENTITLED.lastIndex = 0;
      for (let m = ENTITLED.exec(text); m; m = ENTITLED.exec(text)) {
        const sub = m[1] === 'sub-item';
        const expected = sub ? subItem : item;
        if (expected === undefined) continue;
        if (key(m[2]) === key(expected)) continue;
        // A single item quoted whole with its sub-item (`… regional and other organizations: cooperation …`),
        // or a sub-item that becomes an item of its own (80/57 `the item entitled “Lethal autonomous weapons systems”`).
        if (!sub && (key(m[2]) === key(header) || (subItem !== undefined && key(m[2]) === key(subItem)))) continue;
        const start = p.fullSpan.start + m.index + m[0].indexOf(m[2]);
        const shown = expected[0].toUpperCase() + expected.slice(1);
        report({ span: { start, end: start + m[2].length }, messageId: 'item', data: { what: sub ? 'sub-item' : 'item', expected: shown, found: m[2] } });
      }
    }
  },
};
