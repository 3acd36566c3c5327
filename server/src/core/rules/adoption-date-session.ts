import { ordinalWord } from '../data/ordinals';
import { documentFacts } from './documentFacts';
import type { Rule } from './types';

/** CONS-02: a GA session N runs from September 1945+N to September 1946+N; an SC resolution's year is its date's year; ECOSOC session Y runs from July Y−1 to July Y. */
export const adoptionDateSession: Rule = {
  meta: {
    id: 'adoption-date-session',
    description: 'The adoption date falls inside the session: 1945+N or 1946+N for the General Assembly’s session N, the year in parentheses for the Security Council, Y−1 or Y for the ECOSOC session Y.',
    category: 'consistency',
    defaultSeverity: 'error',
    fixable: false,
    conventions: ['CONS-02'],
    messages: {
      ga: 'The {{session}} session ran from September {{from}} to September {{to}}: a resolution adopted in {{year}} cannot belong to it; check the date and the session.',
      sc: 'Security Council resolution {{number}} ({{expected}}) was adopted in {{expected}}, not in {{year}}: check the date and the year.',
      ecosoc: 'The {{session}} session of the Economic and Social Council ran from July {{from}} to July {{session}}: a resolution adopted in {{year}} cannot belong to it.',
    },
  },
  check({ model, report }) {
    const facts = documentFacts(model);
    const date = facts.adoption?.date;
    const value = date?.read?.value;
    if (!date || !value) return;
    const family = facts.family;
    const number = model.header.title?.number;
    if (family === 'sc') {
      const year = facts.scNumber?.year ?? facts.symbol?.info?.year;
      const n = facts.scNumber?.number ?? facts.symbol?.info?.serial;
      if (year !== undefined && year !== value.year) report({ span: date.span, messageId: 'sc', data: { number: String(n ?? ''), expected: year, year: value.year } });
      return;
    }
    if (family === 'ecosoc') {
      const y = facts.session?.year ?? (number && /^\d{4}$/.test(number.session) ? Number(number.session) : facts.symbol?.info?.year);
      if (y !== undefined && value.year !== y && value.year !== y - 1) report({ span: date.span, messageId: 'ecosoc', data: { session: y, from: y - 1, year: value.year } });
      return;
    }
    // Human Rights Council session years are only approximate (CONVENTIONS.md CONS-02, [I]): not checked.
    if (family === 'hrc') return;
    const regular = facts.session?.kind === 'regular' ? facts.session.number : undefined;
    const n = regular ?? (number && /^\d{1,3}$/.test(number.session) ? Number(number.session) : undefined) ?? (facts.symbol?.info?.session && /^\d{1,3}$/.test(facts.symbol.info.session) ? Number(facts.symbol.info.session) : undefined);
    if (n === undefined || n < 1) return;
    if (value.year !== 1945 + n && value.year !== 1946 + n) report({ span: date.span, messageId: 'ga', data: { session: ordinalWord(n), from: 1945 + n, to: 1946 + n, year: value.year } });
  },
};
