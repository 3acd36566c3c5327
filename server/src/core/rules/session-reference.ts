import { ordinalWord, parseOrdinalWord } from '../data/ordinals';
import { documentFacts, resolutionParagraphs } from './documentFacts';
import type { Rule } from './types';

/** `provisional agenda of its seventy-fifth session`: the item is inscribed for a later session. */
const AGENDA = /\bprovisional\s+agenda\s+of\s+its\s+([a-z]+(?:-[a-z]+)?(?:\s+hundred(?:\s+and\s+[a-z]+(?:-[a-z]+)?)?)?|\d{1,3}(?:st|nd|rd|th))\s+(?:regular\s+)?session\b/gi;
/** `to submit … at its seventy-fifth session`: a request for a session not earlier than the current one. */
const AT_ITS = /\bat\s+its\s+([a-z]+(?:-[a-z]+)?(?:\s+hundred(?:\s+and\s+[a-z]+(?:-[a-z]+)?)?)?|\d{1,3}(?:st|nd|rd|th))\s+(?:regular\s+)?session\b/gi;
/** The infinitives that make `at its … session` a request or decision about the future (OP-07 FP risk). */
const REQUEST = /\bto\s+(?:submit|report|present|consider|continue|review|transmit|convene|hold|examine|include|resume|take\s+up|keep)\b/i;

function sessionOf(word: string): number | undefined {
  const figures = /^(\d{1,3})(?:st|nd|rd|th)$/i.exec(word);
  if (figures) return Number(figures[1]);
  return parseOrdinalWord(word.replace(/\s+/g, ' '));
}

/** OP-07, CONS-10: sessions named in requests and in the provisional agenda lie ahead of the current session. */
export const sessionReference: Rule = {
  meta: {
    id: 'session-reference',
    description: 'A session named for a future agenda (`provisional agenda of its seventy-fifth session`) is later than the current session, and one named in a request (`to submit … at its seventy-fifth session`) is not earlier.',
    category: 'consistency',
    defaultSeverity: 'warning',
    fixable: false,
    scope: 'block',
    conventions: ['OP-07', 'CONS-10'],
    messages: {
      agenda: 'This is the {{current}} session: the provisional agenda of the {{found}} session is already past; name a later session (`{{next}}`).',
      request: 'This is the {{current}} session: a request for the {{found}} session asks for the past; name the current or a later session (`{{next}}`).',
    },
  },
  check({ model, report }) {
    const facts = documentFacts(model);
    if (facts.family && facts.family !== 'ga' && facts.family !== 'hrc') return;
    const current = facts.session?.kind === 'regular' ? facts.session.number : undefined;
    const n = current ?? (model.header.title?.number && /^\d{1,3}$/.test(model.header.title.number.session) ? Number(model.header.title.number.session) : undefined);
    if (n === undefined || n < 1 || n >= 999) return;
    for (const p of resolutionParagraphs(model)) {
      if (p.part !== 'operative') continue;
      const text = model.masked.slice(p.fullSpan.start, p.fullSpan.end);
      const lead = text.slice(0, 200);
      // `Notes that the item was included in the provisional agenda of its …`: only decisions and requests look ahead.
      if (!/(?<![A-Za-z])(?:[Dd]ecides|[Rr]equests|[Ii]nvites|[Ee]ncourages|[Cc]alls\s+upon|[Uu]rges)(?![A-Za-z])/.test(lead)) continue;
      for (const re of [AGENDA, AT_ITS]) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const found = sessionOf(m[1]);
          if (found === undefined) continue;
          const span = { start: p.fullSpan.start + m.index, end: p.fullSpan.start + m.index + m[0].length };
          const data = { current: ordinalWord(n), found: ordinalWord(Math.min(found, 999) || 1), next: `${re === AGENDA ? 'provisional agenda of its' : 'at its'} ${ordinalWord(n + 1)} session` };
          if (re === AGENDA && found <= n && /\binclude\b/i.test(text.slice(Math.max(0, m.index - 200), m.index))) report({ span, messageId: 'agenda', data });
          else if (re === AT_ITS && found < n && REQUEST.test(text.slice(Math.max(0, m.index - 160), m.index)) && !pastAct(text.slice(Math.max(0, m.index - 80), m.index))) report({ span, messageId: 'request', data });
        }
      }
    }
  },
};

/**
 * Whether the clause before `at its … session` tells of a past act (`adopted at its seventieth
 * session`): one of the verbs after the last semicolon. (Not `\b(?:adopted|…)\b[^;]{0,80}$`: recheck's
 * fuzz flags it at random, though it is linear.)
 */
function pastAct(before: string): boolean {
  return /\b(?:adopted|held|decided|endorsed|recalled)\b/i.test(before.slice(before.lastIndexOf(';') + 1));
}
