import { normalizeSpace } from '../model/text';
import type { Rule } from './types';

const CANONICAL_ONE = /^Agenda item \d{1,3}(?: \([a-z]{1,2}\))?$/;
const CANONICAL_MANY = /^Agenda items \d{1,3}(?: \([a-z]{1,2}\))?(?:, \d{1,3}(?: \([a-z]{1,2}\))?)* and \d{1,3}(?: \([a-z]{1,2}\))?$/;

/**
 * Reads the item numbers of an agenda line however they are written (`128(t)`, `128 t`,
 * `No. 128`, `12, 13, and 14`); undefined when the rest is not a list of items.
 */
export function readAgendaItems(rest: string): string[] | undefined {
  const items: string[] = [];
  const re = /^(?:No\.?\s*)?(\d{1,3})(?:\s*\(\s*([A-Za-z]{1,2})\s*\)|\s*([a-z])\)|\s+([a-z])(?=\s|,|$))?/;
  let s = rest.trim();
  while (s.length > 0) {
    const m = re.exec(s);
    if (!m) return undefined;
    const letter = (m[2] ?? m[3] ?? m[4])?.toLowerCase();
    items.push(letter ? `${m[1]} (${letter})` : m[1]);
    s = s.slice(m[0].length).replace(/^\s*(?:,\s*and\s+|,\s*|and\s+|&\s*)/, '').trimStart();
    if (s.length > 0 && !/^(?:No\.?\s*)?\d/.test(s)) return undefined;
  }
  return items.length > 0 ? items : undefined;
}

/** The canonical agenda line for a list of items. */
export function agendaLine(items: readonly string[]): string {
  if (items.length === 1) return `Agenda item ${items[0]}`;
  return `Agenda items ${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Says what differs from the canonical form, for the message. */
function reasonsFor(text: string, items: readonly string[]): string {
  const reasons: string[] = [];
  if (!/^Agenda /.test(text)) reasons.push('`Agenda` with a capital A');
  if (/^\S+\s+Items?\b/.test(text)) reasons.push('`item` in lower case');
  const plural = /^\S+\s+items\b/i.test(text);
  if (plural !== items.length > 1) reasons.push(items.length > 1 ? '`items` for more than one item' : '`item` for a single item');
  if (/\d\(/.test(text)) reasons.push('a space before the sub-item letter');
  if (/\d\s*[a-z]\)|\d\s+[a-z](?:\s|,|$)/.test(text)) reasons.push('the sub-item letter in parentheses');
  if (/\([A-Z]{1,2}\)/.test(text)) reasons.push('the sub-item letter in lower case');
  if (/No\.?\s*\d/.test(text)) reasons.push('no `No.` before the number');
  if (/,\s*and\b/.test(text)) reasons.push('no comma before `and`');
  return reasons.length ? reasons.join(', ') : 'the UN form of the line';
}

/** SKEL-03: `Agenda item 128 (t)`, `Agenda items 12 and 13`. */
export const agendaItem: Rule = {
  meta: {
    id: 'agenda-item',
    description: 'Agenda item lines read `Agenda item 128 (t)` or `Agenda items 12, 13 and 119`.',
    category: 'header',
    defaultSeverity: 'error',
    fixable: true,
    conventions: ['SKEL-03'],
    messages: {
      format: 'Write the agenda item line as `{{expected}}`: {{reasons}}.',
      unreadable: 'Write the agenda item line as `Agenda item 128 (t)` or `Agenda items 12 and 13`.',
    },
  },
  check({ model, report }) {
    for (const line of model.header.lines) {
      if (line.kind !== 'agendaItem') continue;
      const text = normalizeSpace(line.text);
      if (CANONICAL_ONE.test(text) || CANONICAL_MANY.test(text)) continue;
      // `text` is single-spaced: one space stands for any run of white space.
      const m = /^agenda items? ?[:.]? ?(.*)$/i.exec(text);
      const items = m ? readAgendaItems(m[1]) : undefined;
      if (!items) {
        // A PDF extraction may glue the item title to the line; that is not a format error.
        if (m && /^\d{1,3}(?: \([a-z]{1,2}\))? [A-Z]/.test(m[1]) && /^Agenda items? /.test(text)) continue;
        report({ span: line.span, messageId: 'unreadable' });
        continue;
      }
      const expected = agendaLine(items);
      if (expected === text) continue;
      // A comment, a bookmark or a Word-export footnote (`[1: …]`) inside the line is blanked in
      // `line.text`: rewriting the line would delete it, so the line is reported without a fix.
      const whole = model.text.slice(line.span.start, line.span.end) === line.text;
      const fix = whole ? { title: `Write "${expected}"`, edits: [{ span: line.span, newText: expected }] } : undefined;
      report({ span: line.span, messageId: 'format', data: { expected, reasons: reasonsFor(text, items) }, fix });
    }
  },
};
