import { ordinalSuffix } from '../data/ordinals';
import { documentFacts, formatDate } from './documentFacts';
import type { Rule } from './types';
import { plainSpaces } from '../model/text';

/** SKEL-08, CONS-04: `101st plenary meeting` and, on the next line, `25 July 2019`. */
export const closingBlock: Rule = {
  meta: {
    id: 'closing-block',
    description: 'The closing block reads `101st plenary meeting` (figures with the right suffix, lower case) with the date of adoption on the next line (`25 July 2019`).',
    category: 'header',
    defaultSeverity: 'error',
    fixable: true,
    conventions: ['SKEL-08', 'CONS-04'],
    messages: {
      suffix: 'Write the meeting number as `{{expected}}` ({{number}} takes `{{suffix}}`).',
      lowerCase: 'Write `{{expected}}` in lower case.',
      noDate: 'Put the date of adoption on the line after the meeting: `{{meeting}}` / `25 July 2019`.',
      sameLine: 'Put the date on its own line after `{{meeting}}`.',
      date: 'Write the date as `{{expected}}` (day, month in full, year; no full stop).',
      unreadableDate: '"{{found}}" is not a date: write the date of adoption as `25 July 2019`.',
    },
  },
  check({ model, report }) {
    const facts = documentFacts(model);
    const c = facts.closing;
    if (!c) return;
    const text = model.text;
    if (c.meeting) {
      const expected = `${c.meeting.number}${ordinalSuffix(c.meeting.number)}`;
      // A suffix the scan damaged (`27491h` for `2749th`) counts as the `th` it was.
      const written = c.meeting.ocrSuffix ? `${c.meeting.number}th` : text.slice(c.meeting.span.start, c.meeting.span.end);
      if (written !== expected) report({ span: c.meeting.span, messageId: 'suffix', data: { expected, number: c.meeting.number, suffix: ordinalSuffix(c.meeting.number) }, fix: { title: `Write "${expected}"`, edits: [{ span: c.meeting.span, newText: expected }] } });
    }
    // The Security Council compilation forms (`Adopted at the 1382nd meeting.`, `2351st meeting.`) have no date line.
    if (c.scForm || facts.family === 'sc') return;
    const words = /\b(plenary\s+)?meeting\b/i.exec(c.meetingText);
    if (words && words[0] !== words[0].toLowerCase()) {
      const start = c.meetingSpan.start + words.index;
      const expected = words[0].toLowerCase().replace(/\s+/g, ' ');
      report({ span: { start, end: start + words[0].length }, messageId: 'lowerCase', data: { expected }, fix: { title: `Write "${expected}"`, edits: [{ span: { start, end: start + words[0].length }, newText: expected }] } });
    }
    const meeting = c.meeting ? `${c.meeting.number}${ordinalSuffix(c.meeting.number)} ${c.plenary ? 'plenary ' : ''}meeting` : '101st plenary meeting';
    if (!c.date) {
      // Something after the meeting words that is not a date: reported as an unreadable date.
      const rest = words ? c.meetingText.slice(words.index + words[0].length).replace(/^[\s,]+/, '').replace(/\.$/, '') : '';
      if (rest && /\d/.test(rest)) report({ span: c.meetingSpan, messageId: 'unreadableDate', data: { found: rest } });
      else report({ span: c.meetingSpan, messageId: 'noDate', data: { meeting } });
      return;
    }
    const d = c.date;
    if (d.sameLine && words) {
      // Replace what separates the meeting words from the date (`, ` or a space) with a line break.
      const sepStart = c.meetingSpan.start + words.index + words[0].length;
      report({ span: c.meetingSpan, messageId: 'sameLine', data: { meeting }, fix: { title: 'Put the date on its own line', edits: [{ span: { start: sepStart, end: d.span.start }, newText: model.eol }] } });
    }
    if (!d.read) {
      report({ span: d.span, messageId: 'unreadableDate', data: { found: d.text } });
      return;
    }
    const expected = formatDate(d.read.value);
    // The date as written, with a trailing full stop (`25 July 2019.`, the 1960s style).
    const end = text[d.sameLine ? c.meetingSpan.end - 1 : d.span.end - 1] === '.' ? (d.sameLine ? c.meetingSpan.end : d.span.end) : d.span.end;
    const written = plainSpaces(text.slice(d.span.start, end));
    if (written !== expected) report({ span: { start: d.span.start, end }, messageId: 'date', data: { expected }, fix: { title: `Write "${expected}"`, edits: [{ span: { start: d.span.start, end }, newText: expected }] } });
  },
};
