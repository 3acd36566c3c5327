import * as sponsorNames from '../data/sponsorNames.json';
import type { Rule } from './types';

const NAMES_WITH_AND = sponsorNames.namesWithAnd;

/** A sponsor name for ordering: no footnote marks or asterisks, no diacritics. */
function sortKey(name: string): string {
  return withoutMarks(name).normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();
}

/**
 * The name without footnote marks `[^…]` (up to the next `]`) and asterisks, in one scan: once
 * a `[^` has no `]` after it, no later one has either.
 */
function withoutMarks(name: string): string {
  let out = '';
  let closed = true;
  for (let i = 0; i < name.length; i++) {
    if (closed && name[i] === '[' && name[i + 1] === '^') {
      const close = name.indexOf(']', i + 2);
      if (close >= 0) {
        i = close;
        continue;
      }
      closed = false;
    }
    if (name[i] !== '*') out += name[i];
  }
  return out;
}

/** `…: draft resolution` after the list of sponsors (the list is what comes before the first such colon). */
/** A label before the names, in Model UN style: `Sponsors:`, `Submitted by:`. */
const LABEL = /^((?:Co-)?sponsors|Sponsored by|Submitted by|Main submitter|Co-submitters)[ \t]*:[ \t]*/i;

const TAIL = /:\s*(?:revised\s+)?draft\s+(?:resolutions?|decisions?)\s*$/i;

/** SKEL-10: `Armenia, Belarus, Kazakhstan and Tajikistan: draft resolution` — alphabetical, no serial comma, no "the". */
export const sponsorLine: Rule = {
  meta: {
    id: 'sponsor-line',
    description: 'The sponsor line of a draft lists official short names in English alphabetical order, separated by commas, the last joined by `and` without a comma, without `the`.',
    category: 'header',
    defaultSeverity: 'warning',
    fixable: true,
    conventions: ['SKEL-10', 'REF-06'],
    messages: {
      serialComma: 'No comma before the last `and` in the sponsor line: write `{{expected}}`.',
      article: 'Sponsors are listed by their short names without `the`: write `{{expected}}`.',
      order: 'List the sponsors in English alphabetical order: `{{name}}` comes before `{{previous}}`.',
      label: 'The sponsor line of a draft lists the sponsors without a label: remove `{{label}}:`.',
    },
  },
  check({ model, report }) {
    const line = model.header.lines.find((l) => l.kind === 'sponsors');
    if (!line) return;
    const tail = TAIL.exec(line.text);
    if (!tail) return;
    // `Sponsors: Argentina, …: draft resolution`: the label goes, and the names are read after it
    // (found by a review: "`Canada` comes before `Sponsors: Argentina`").
    const label = LABEL.exec(line.text);
    if (label) {
      const span = { start: line.span.start, end: line.span.start + label[0].length };
      report({ span, messageId: 'label', data: { label: label[1] }, fix: { title: `Remove "${label[1]}:"`, edits: [{ span, newText: '' }] } });
    }
    const skip = label ? label[0].length : 0;
    const list = line.text.slice(skip, tail.index).trimEnd();
    if (list.length > 5000 || /[\n\r\u2028\u2029]/.test(list)) return;
    const base = line.span.start + skip;
    // Split at ", " and " and ", keeping names that contain "and" whole.
    const names: { text: string; start: number }[] = [];
    let at = 0;
    while (at < list.length) {
      const rest = list.slice(at);
      const whole = NAMES_WITH_AND.find((n) => rest.replace(/^the\s+/i, '').startsWith(n));
      let end: number;
      if (whole) end = at + rest.indexOf(whole) + whole.length + (/^[*\s]*(?:\[\^[^\]]*\])?\**/.exec(rest.slice(rest.indexOf(whole) + whole.length))?.[0].length ?? 0);
      else {
        const sep = /,\s*(?:and\s+)?|(?<!\s)\s+and\s+/.exec(rest);
        end = sep ? at + sep.index : list.length;
      }
      names.push({ text: list.slice(at, end).trim(), start: at });
      const sep = /^\s*,?\s*(?:and\s+)?/.exec(list.slice(end));
      at = end + Math.max(1, sep?.[0].length ?? 1);
    }
    const serial = /,\s+and(?=\s[^,]*$)/.exec(list);
    if (serial && names.length >= 2) {
      const at = base + serial.index;
      const expected = `${names[names.length - 2].text} and ${names[names.length - 1].text}`;
      report({ span: { start: at, end: at + 1 }, messageId: 'serialComma', data: { expected }, fix: { title: 'Remove the serial comma', edits: [{ span: { start: at, end: at + 1 }, newText: '' }] } });
    }
    for (const n of names) {
      const a = /^the\s+/i.exec(n.text);
      if (a) {
        const start = base + n.start;
        report({ span: { start, end: start + n.text.length }, messageId: 'article', data: { expected: n.text.slice(a[0].length) }, fix: { title: 'Remove "the"', edits: [{ span: { start, end: start + a[0].length }, newText: '' }] } });
      }
    }
    for (let i = 1; i < names.length; i++) {
      const previous = sortKey(names[i - 1].text.replace(/^the\s+/i, ''));
      const current = sortKey(names[i].text.replace(/^the\s+/i, ''));
      if (current.localeCompare(previous, 'en') < 0) {
        const start = base + names[i].start;
        report({ span: { start, end: start + names[i].text.length }, messageId: 'order', data: { name: names[i].text, previous: names[i - 1].text } });
        break;
      }
    }
  },
};
