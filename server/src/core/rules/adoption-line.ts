import { ordinalSuffix } from '../data/ordinals';
import { FAMILY_NAMES, documentFacts, formatDate } from './documentFacts';
import type { Rule } from './types';

/** Before the sixty-second session GA adoption lines carried no date (CONVENTIONS.md 1.1). */
const FIRST_DATED_SESSION = 62;

/** SKEL-04: `Resolution adopted by the General Assembly on 25 July 2019`; SC `Adopted by the Security Council at its 4653rd meeting, on 4 December 2002`. */
export const adoptionLine: Rule = {
  meta: {
    id: 'adoption-line',
    description: 'The adoption line reads `Resolution adopted by the General Assembly on 25 July 2019` (Security Council: `Adopted by the Security Council at its 4653rd meeting, on 4 December 2002`).',
    category: 'header',
    defaultSeverity: 'error',
    fixable: true,
    conventions: ['SKEL-04', 'CONS-04'],
    messages: {
      wording: 'Write the adoption line as `{{expected}} on <date>`{{why}}.',
      scWording: 'A Security Council resolution reads `Adopted by the Security Council at its <N>th meeting, on <date>`: write `{{expected}}`.',
      scMeeting: 'Name the meeting: `Adopted by the Security Council at its 4653rd meeting, on 4 December 2002`.',
      noDate: 'Give the date of adoption: `{{expected}} on 25 July 2019`.',
      date: 'Write the date of adoption as `{{expected}}` (day, month in full, year, no comma).',
      unreadableDate: '"{{found}}" is not a date: write the date of adoption as `25 July 2019`.',
      suffix: 'Write the meeting number as `{{expected}}` ({{number}} takes `{{suffix}}`).',
    },
  },
  check({ model, report }) {
    const facts = documentFacts(model);
    const a = facts.adoption;
    if (!a) return;
    const first = a.lines[0];
    const organ = /(General Assembly|Security Council|Economic and Social Council|Human Rights Council)/i.exec(first.text);
    const family = a.family;
    if (organ && family) {
      const expected = family === 'sc' ? `Adopted by the ${FAMILY_NAMES.sc}` : `Resolution adopted by the ${FAMILY_NAMES[family]}`;
      const prefixSpan = { start: first.span.start, end: first.span.start + organ.index + organ[0].length };
      const written = first.text.slice(0, organ.index + organ[0].length).replace(/\s+/g, ' ');
      if (written !== expected) {
        const why = family !== 'sc' && /^adopted/i.test(written) ? ' (a General Assembly, ECOSOC or Human Rights Council text says `Resolution adopted by …`)' : '';
        const fix = /[_*[\]]/.test(written) ? undefined : { title: `Write "${expected}"`, edits: [{ span: prefixSpan, newText: expected }] };
        report({ span: prefixSpan, messageId: family === 'sc' ? 'scWording' : 'wording', data: { expected, why }, fix });
      }
      if (family === 'sc' && !a.meeting) report({ span: a.span, messageId: 'scMeeting' });
    }
    if (a.meeting) {
      const expected = `${a.meeting.number}${ordinalSuffix(a.meeting.number)}`;
      const written = model.text.slice(a.meeting.span.start, a.meeting.span.end);
      if (written !== expected) report({ span: a.meeting.span, messageId: 'suffix', data: { expected, number: a.meeting.number, suffix: ordinalSuffix(a.meeting.number) }, fix: { title: `Write "${expected}"`, edits: [{ span: a.meeting.span, newText: expected }] } });
    }
    if (!a.date) {
      const session = facts.session?.number;
      // GA texts before the sixty-second session had no date on this line (legacy; accepted).
      if (family === 'sc' || session === undefined || session >= FIRST_DATED_SESSION) {
        const expected = family === 'sc' ? 'Adopted by the Security Council at its 4653rd meeting,' : `Resolution adopted by the ${FAMILY_NAMES[family ?? 'ga']}`;
        report({ span: a.span, messageId: 'noDate', data: { expected } });
      }
      return;
    }
    const read = a.date.read;
    if (!read) report({ span: a.date.span, messageId: 'unreadableDate', data: { found: a.date.text } });
    else if (!read.canonical) {
      const expected = formatDate(read.value);
      report({ span: a.date.span, messageId: 'date', data: { expected }, fix: { title: `Write "${expected}"`, edits: [{ span: a.date.span, newText: expected }] } });
    }
  },
};
