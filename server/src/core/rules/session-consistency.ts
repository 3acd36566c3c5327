import { ordinalWord } from '../data/ordinals';
import { documentFacts, type SessionFacts } from './documentFacts';
import type { Rule } from './types';

/** The session as the first component of a resolution number: `73`, `S-27`, `ES-11`, `2019`. */
function sessionKey(s: SessionFacts): string | undefined {
  if (s.year !== undefined) return String(s.year);
  if (s.number === undefined) return undefined;
  return s.kind === 'special' ? `S-${s.number}` : s.kind === 'emergency special' ? `ES-${s.number}` : String(s.number);
}

/** How the session line reads, for messages. */
function sessionName(s: SessionFacts): string {
  if (s.year !== undefined) return `the ${s.year} session`;
  return `the ${ordinalWord(s.number!)} ${s.kind === 'regular' ? '' : `${s.kind} `}session`;
}

/** CONS-01: session line ↔ resolution number ↔ symbol. */
export const sessionConsistency: Rule = {
  meta: {
    id: 'session-consistency',
    description: 'The session line, the resolution number of the title and the document symbol name the same session and resolution (`Seventy-third session` ⇒ `73/331.` ⇒ `A/RES/73/331`).',
    category: 'consistency',
    defaultSeverity: 'error',
    fixable: false,
    conventions: ['CONS-01'],
    messages: {
      titleSession: 'The session line says {{session}}, so the resolution number starts with `{{expected}}/`, not `{{found}}/`.',
      symbolSession: 'The session line says {{session}}, but the symbol `{{symbol}}` belongs to session {{found}}.',
      titleSymbol: 'The resolution number `{{found}}` does not match the symbol `{{symbol}}`: write the same session and number in both.',
      scNumber: '`Resolution {{found}}` does not match the symbol `{{symbol}}`: write the same number and year in both.',
    },
  },
  check({ model, report }) {
    const facts = documentFacts(model);
    const session = facts.session;
    const title = model.header.title;
    // A number written badly (`74/331 Cooperation`, title-line's business) still names the session.
    const loose = title && !title.number ? /^(?:Resolution\s+)?((?:S-|ES-)?\d{1,4})\/(\d{1,4})(?=\s|[.:])/.exec(title.text) : null;
    const number = title?.number ?? (loose && title ? { span: { start: title.span.start, end: title.span.start + loose[0].length }, session: loose[1], serial: loose[2] } : undefined);
    const symbol = facts.symbol?.info;
    const key = session ? sessionKey(session) : undefined;
    if (key && number && number.session !== key) {
      report({ span: number.span, messageId: 'titleSession', data: { session: sessionName(session!), expected: key, found: number.session } });
    }
    if (symbol && (symbol.kind === 'resolution' || symbol.kind === 'draft')) {
      const symbolKey = symbol.session ?? (symbol.year !== undefined ? String(symbol.year) : undefined);
      // A year in the symbol and an ordinal on the session line do not compare: the functional
      // commissions number their sessions but put the year in their symbols (`Sixty-second
      // session`, `E/CN.7/2019/L.3`; REF-01).
      const comparable = (symbol.session !== undefined) === (session?.year === undefined);
      if (key && symbolKey && comparable && symbolKey !== key && symbol.family !== 'sc') {
        report({ span: facts.symbol!.span, messageId: 'symbolSession', data: { session: sessionName(session!), symbol: symbol.text, found: symbolKey } });
      }
      if (number && symbol.kind === 'resolution' && symbol.family !== 'sc' && (symbolKey !== number.session || symbol.serial?.replace(/\s/g, '') !== number.serial.replace(/\s/g, ''))) {
        // Report the title only when the session line did not already explain the mismatch.
        if (!(key && number.session !== key)) report({ span: number.span, messageId: 'titleSymbol', data: { found: `${number.session}/${number.serial}`, symbol: symbol.text } });
      }
    }
    const sc = facts.scNumber;
    if (sc && symbol?.family === 'sc' && symbol.kind === 'resolution' && (symbol.serial !== String(sc.number) || symbol.year !== sc.year)) {
      report({ span: sc.line.span, messageId: 'scNumber', data: { found: `${sc.number} (${sc.year})`, symbol: symbol.text } });
    }
  },
};
