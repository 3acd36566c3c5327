import * as anchorsData from '../data/scResolutionAnchors.json';
import { ordinalWord } from '../data/ordinals';
import { romanValue } from '../parser/parse';
import type { Span } from '../model/types';
import { MONTH_PATTERN, compareDates, documentFacts, formatDate, monthNumber, resolutionParagraphs, type DateValue } from './documentFacts';
import type { Rule, RuleContext } from './types';
import { hasOffsetIn, literalOffsets } from './util';

const ANCHORS: readonly { number: number; year: number }[] = anchorsData.anchors;

/** The years a Security Council resolution number can have, from the anchors around it. */
function scYears(n: number): { from: number; to: number } {
  let from = 1946;
  let to = Infinity;
  for (const a of ANCHORS) {
    if (a.number <= n) from = Math.max(from, a.year);
    if (a.number >= n) to = Math.min(to, a.year);
  }
  return { from, to };
}

const HEAD = /\b[Rr]esolutions?[ \t\u00a0\r\n]+(?=(?:S-|ES-)?\d)/g;
const ITEM = new RegExp(
  String.raw`(?:(?:S|ES)-\d{1,2}\/\d{1,4}|(\d{1,4})\/(\d{1,4})(?:\s?[A-Z](?:[–-][A-Z])?(?![A-Za-z]))?(?:\s+and\s+[A-Z](?![A-Za-z]))?|(\d{1,4})(?:\s[A-Z])?\s\(([IVXL]{1,8})\)|(\d{1,4})\s\((\d{4})\))(?:\s+of\s+(\d{1,2})\s+(${MONTH_PATTERN})\s+(\d{4}))?`,
  'y',
);
const SEPARATOR = /(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?=(?:S-|ES-)?\d)/y;

type Organ = 'ga' | 'sc' | 'ecosoc' | 'hrc' | 'other';
/** `bare`: no organ named before `resolution`. */
type Named = Organ | 'bare';

/** Which organ's resolution a reference names, from the words before `resolution`. */
function organBefore(text: string, at: number, own: Organ): Named {
  const before = text.slice(Math.max(0, at - 80), at);
  if (/Security Council\s*$/.test(before)) return 'sc';
  if (/Economic and Social Council\s*$/.test(before)) return 'ecosoc';
  if (/Human Rights Council\s*$/.test(before)) return 'hrc';
  if (/General Assembly\s*$/.test(before)) return 'ga';
  if (/\bits\s*$/.test(before)) return own;
  // Another body's resolution (`Commission on Narcotic Drugs resolution 62/1`, `UNESCO resolution`).
  if (/(?<![\w-])[a-z\d_-]*[A-Z][\w-]*[)’']?\s*$/.test(before)) return 'other';
  return 'bare';
}

/** CONS-08: a cited resolution's number fits its date, and it was adopted before the citing text. */
export const citedResolutionDate: Rule = {
  meta: {
    id: 'cited-resolution-date',
    description: 'A cited resolution’s number fits its date (`resolution 59/50 of 2 December 2004`: session 59 ran 2004–2005; `resolution 1631 (2005) of 17 October 2005`), and no cited resolution is later than the citing one.',
    category: 'consistency',
    defaultSeverity: 'error',
    fixable: false,
    scope: 'block',
    conventions: ['CONS-08'],
    messages: {
      gaYear: 'Resolution {{number}} belongs to the {{session}} session (September {{from}} – September {{to}}), so it cannot date from {{year}}: check the number and the date.',
      scYear: 'Resolution {{number}} ({{year}}) was adopted in {{year}}: its date cannot be {{date}}.',
      scNumber: 'Security Council resolution {{number}} dates from {{range}}, not {{year}}: check the number and the year.',
      afterAdoption: 'Resolution {{number}} of {{date}} is later than this resolution ({{own}}): a resolution cannot cite a later one.',
      laterSession: 'Resolution {{number}} belongs to a later session ({{found}}) than this resolution ({{own}}): check the number.',
    },
  },
  check(context) {
    const { model } = context;
    const facts = documentFacts(model);
    const own: Organ = facts.family ?? 'ga';
    const ownDate = facts.adoption?.date?.read?.value;
    const ownSession = facts.family === 'ga' || !facts.family ? facts.session?.number ?? gaSession(model.header.title?.number?.session) : undefined;
    const blocks: Span[] = resolutionParagraphs(model).map((p) => p.fullSpan);
    for (const d of model.footnoteDefinitions) blocks.push(d.textSpan);
    // A citation holds `esolution` after its first letter: the blocks without one are not read.
    const offsets = literalOffsets(model, 'esolution');
    for (const b of blocks) if (hasOffsetIn(offsets, b.start + 1, b.end - 'esolution'.length)) scan(context, b, own, ownDate, ownSession);
  },
};

function gaSession(s: string | undefined): number | undefined {
  return s && /^\d{1,3}$/.test(s) ? Number(s) : undefined;
}

function scan({ model, report }: RuleContext, block: Span, own: Organ, ownDate: DateValue | undefined, ownSession: number | undefined): void {
  const text = model.masked.slice(block.start, block.end);
  HEAD.lastIndex = 0;
  for (let h = HEAD.exec(text); h; h = HEAD.exec(text)) {
    const organ = organBefore(text, h.index, own);
    let at = h.index + h[0].length;
    for (;;) {
      ITEM.lastIndex = at;
      const m = ITEM.exec(text);
      if (!m) break;
      const span = { start: block.start + m.index, end: block.start + m.index + m[0].length };
      const number = m[7] ? m[0].slice(0, m[0].search(/(?<!\s)\s+of\s/)) : m[0];
      const date: DateValue | undefined = m[7] ? { day: Number(m[7]), month: monthNumber(m[8])!, year: Number(m[9]) } : undefined;
      checkItem(report, span, number, organ, own, m, date, ownDate, ownSession);
      at = ITEM.lastIndex;
      SEPARATOR.lastIndex = at;
      const sep = SEPARATOR.exec(text);
      if (!sep) break;
      at = SEPARATOR.lastIndex;
    }
    HEAD.lastIndex = Math.max(HEAD.lastIndex, at);
  }
}

function checkItem(report: RuleContext['report'], span: Span, number: string, named: Named, own: Organ, m: RegExpExecArray, date: DateValue | undefined, ownDate: DateValue | undefined, ownSession: number | undefined): void {
  if (date && ownDate && compareDates(date, ownDate) > 0) {
    report({ span, messageId: 'afterAdoption', data: { number, date: formatDate(date), own: formatDate(ownDate) } });
    return;
  }
  // A bare `resolution 59/50` is the citing organ's own; `resolution 1631 (2005)` has the SC shape.
  const organ: Organ = named === 'bare' ? own : named;
  if (m[1] !== undefined) {
    const first = Number(m[1]);
    if (organ !== 'ga' || first >= 1946 || first < 1) return;
    if (date && date.year !== 1945 + first && date.year !== 1946 + first) {
      report({ span, messageId: 'gaYear', data: { number, session: ordinal(first), from: 1945 + first, to: 1946 + first, year: date.year } });
    } else if (!date && ownSession !== undefined && first > ownSession) {
      report({ span, messageId: 'laterSession', data: { number, found: first, own: ownSession } });
    }
  } else if (m[4] !== undefined) {
    const session = romanValue(m[4].toLowerCase());
    if (organ !== 'ga' || !session || !date) return;
    if (date.year !== 1945 + session && date.year !== 1946 + session) report({ span, messageId: 'gaYear', data: { number, session: ordinal(session), from: 1945 + session, to: 1946 + session, year: date.year } });
  } else if (m[5] !== undefined) {
    if (named !== 'sc' && named !== 'bare') return;
    const n = Number(m[5]);
    const year = Number(m[6]);
    if (date && date.year !== year) {
      report({ span, messageId: 'scYear', data: { number: n, year, date: formatDate(date) } });
      return;
    }
    const { from, to } = scYears(n);
    if (year < from || year > to) report({ span, messageId: 'scNumber', data: { number: n, year, range: from === to ? String(from) : to === Infinity ? `${from} or later` : `${from}–${to}` } });
  }
}

/** The session ordinal in words for messages (`fifty-ninth`). */
function ordinal(n: number): string {
  return n >= 1 && n <= 999 ? ordinalWord(n) : String(n);
}
