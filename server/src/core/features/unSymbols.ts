/**
 * United Nations document symbols (`A/73/L.103/Add.1`, CONVENTIONS.md REF-01) and resolution
 * references in running text (`resolution 59/50 of 2 December 2004`, REF-04): where they stand in
 * a draft, what their parts mean (REF-02) and where they are published (https://undocs.org/).
 */
import { memo } from '../model/derived';
import { ordinalSuffix } from '../data/ordinals';
import type { DocumentModel, Span } from '../model/types';
import * as components from './data/symbolComponents.json';

/** Where the United Nations publishes documents by symbol. */
export const UNDOCS = 'https://undocs.org/';

/** A document symbol found in the text. */
export interface SymbolMention {
  readonly span: Span;
  /** The symbol as it links (`S/RES/1631(2005)`). */
  readonly symbol: string;
  /** Its parts in words: `General Assembly`, `73rd session`, `limited-distribution draft 103`. */
  readonly parts: readonly string[];
  readonly url: string;
}

/** A resolution cited in running text. */
export interface ResolutionMention {
  /** The resolution number as written: `59/50`, `1631 (2005)`. */
  readonly span: Span;
  readonly organ: string;
  /** The symbol of the resolution (`A/RES/59/50`). */
  readonly symbol: string;
  readonly parts: readonly string[];
  /** The adoption date as written after `of`, when given. */
  readonly date?: string;
  readonly url: string;
}

const SERIES: Readonly<Record<string, string>> = components.series;
const BODIES: Readonly<Record<string, string>> = components.bodies;
const NUMBERED: Readonly<Record<string, string>> = components.numbered;
const WORDS: Readonly<Record<string, string>> = components.words;
const MAIN_COMMITTEES: Readonly<Record<string, string>> = components.mainCommittees;
const COMMISSIONS: Readonly<Record<string, string>> = components.commissions;

// Bounded repetitions and a lookbehind only: at most ~120 characters are tried at each position.
const SYMBOL = /(?<![A-Za-z0-9/.-])([A-Z]{1,6})((?:\/[A-Za-z0-9.-]{1,12}){1,8})(\*?)/g;
const COMPONENT = /^(?:[A-Z]{1,6}|Summary|(?:Add|Corr|Rev|Amend|Sub|L|PV|SR|CRP|WP|R|AC|C|CN|CONF|GC|SC|WG)\.\d{1,5}|(?:S|ES)-\d{1,2}|\d{1,5})$/;

function ordinal(n: number): string {
  return `${n}${ordinalSuffix(n)}`;
}

/** The document symbols of a draft (comments excluded), in document order. */
export function symbolMentions(model: DocumentModel): readonly SymbolMention[] {
  return memo(model, 'features:symbols', () => {
    const out: SymbolMention[] = [];
    const s = model.masked;
    const re = new RegExp(SYMBOL.source, 'g');
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) {
      const found = readSymbol(s, m);
      if (found) out.push(found);
    }
    return out;
  });
}

function readSymbol(s: string, m: RegExpExecArray): SymbolMention | undefined {
  const series = m[1];
  if (!(series in SERIES)) return undefined;
  const raw = m[2].slice(1).split('/');
  const parts: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    let c = raw[i];
    // A full stop or hyphen that ends the sentence is not part of the symbol.
    if (i === raw.length - 1) {
      let end = c.length;
      while (end > 0 && (c[end - 1] === '.' || c[end - 1] === '-')) end--;
      c = c.slice(0, end);
    }
    if (!COMPONENT.test(c)) break;
    parts.push(c);
    if (c !== raw[i]) break;
  }
  if (parts.length === 0 || !parts.some((p) => /\d/.test(p))) return undefined;
  let symbol = `${series}/${parts.join('/')}`;
  let end = m.index + symbol.length;
  const complete = parts.length === raw.length && symbol.length === m[1].length + m[2].length;
  const star = complete && m[3] === '*';
  if (star) end++;
  // `S/RES/1631 (2005)`: the year in parentheses belongs to the symbol.
  const year = /^ ?\((\d{4})\)/.exec(s.slice(end, end + 8));
  let yearText: string | undefined;
  if (year && !star && parts[0] === 'RES' && series === 'S') {
    yearText = year[1];
    end += year[0].length;
    symbol += `(${yearText})`;
  }
  return { span: { start: m.index, end }, symbol, parts: decode(series, parts, yearText, star), url: UNDOCS + encodeURI(symbol) };
}

/** The parts of a symbol in words (REF-02). */
function decode(series: string, parts: readonly string[], year: string | undefined, star: boolean): string[] {
  const out = [SERIES[series]];
  let session = false;
  let serialKind = 'document';
  parts.forEach((c, i) => {
    const followed = i + 1 < parts.length;
    const numbered = /^([A-Za-z]+)\.(\d+)$/.exec(c);
    const special = /^(S|ES)-(\d+)$/.exec(c);
    if (/^\d+$/.test(c)) {
      const n = Number(c);
      // The session follows A, A/RES, A/HRC, A/C.3 directly (A/73/L.103, A/RES/73/331, A/C.3/74/L.20).
      const sessionPlace = series === 'A' && parts.slice(0, i).every((p) => p === 'RES' || p === 'HRC' || /^C\.\d$/.test(p));
      if (sessionPlace && !session && followed && c.length <= 3) {
        out.push(`${ordinal(n)} session`);
        session = true;
      } else if (c.length === 4 && n >= 1946 && n <= 2100 && /^\d+$/.test(parts[i + 1] ?? '')) out.push(c);
      else out.push(`${serialKind} ${n}`);
    } else if (special) {
      out.push(`${ordinal(Number(special[2]))} ${special[1] === 'ES' ? 'emergency special' : 'special'} session`);
      session = true;
    } else if (numbered) {
      const [, key, num] = numbered;
      if (key === 'C' && series === 'A' && MAIN_COMMITTEES[num]) out.push(MAIN_COMMITTEES[num]);
      else if (key === 'CN' && COMMISSIONS[num]) out.push(`commission ${num} (${COMMISSIONS[num]})`);
      else out.push(`${NUMBERED[key] ?? key} ${num}`);
    } else {
      // `RES` is said by the serial (`resolution 331`); a presidential statement's serial is its number.
      if (c === 'RES') serialKind = 'resolution';
      else {
        if (c === 'PRST') serialKind = 'number';
        out.push(WORDS[c] ?? BODIES[c] ?? c);
      }
    }
  });
  if (year) out.push(`adopted in ${year}`);
  if (star) out.push('reissued for technical reasons');
  return out;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const RESOLUTION_WORD = /\b[Rr]esolutions?\b/g;
const ORGAN_BEFORE = /(Security Council|Economic and Social Council|Human Rights Council|General Assembly|\bits|\btheir)\s+$/;
const NUMBER_FORMS: readonly RegExp[] = [
  // special and emergency special sessions: S-30/1, ES-10/19
  /^((?:S|ES)-\d{1,2})\/(\d{1,4})(?![\d/])/,
  // the Security Council: 1631 (2005)
  /^(\d{1,4}) ?\((\d{4})\)/,
  // the General Assembly before 1976: 2625 (XXV), 217 A (III)
  /^(\d{1,4})(?: [A-Z])? ?\(([IVXLC]{1,7})\)/,
  // session/number or year/number, with an optional part letter: 59/50, 31/16 A, 2019/15
  /^(\d{1,4})\/(\d{1,4})(?![\d/])(?: ?[A-Z](?![A-Za-z]))?/,
];
const DATE_AFTER = new RegExp(`^ of (\\d{1,2} (?:${MONTHS}) \\d{4})`);

/** The organ a draft speaks for, from its organ line. */
function ownOrgan(model: DocumentModel): string {
  const name = model.organ?.name ?? '';
  if (/Security Council/i.test(name)) return 'Security Council';
  if (/Economic and Social Council/i.test(name)) return 'Economic and Social Council';
  if (/Human Rights Council/i.test(name)) return 'Human Rights Council';
  return 'General Assembly';
}

/** The resolutions cited in a draft (`resolution 59/50 of 2 December 2004`, `resolutions 64/256, 65/122 and 71/12`). */
export function resolutionMentions(model: DocumentModel): readonly ResolutionMention[] {
  return memo(model, 'features:resolutions', () => {
    const out: ResolutionMention[] = [];
    const s = model.masked;
    const re = new RegExp(RESOLUTION_WORD.source, 'g');
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) {
      const before = ORGAN_BEFORE.exec(s.slice(Math.max(0, m.index - 40), m.index));
      const named = before?.[1];
      const explicit = named && named !== 'its' && named !== 'their' ? named : named ? ownOrgan(model) : undefined;
      let at = m.index + m[0].length;
      for (let count = 0; count < 50; count++) {
        const gap = /^[ \u00a0]+/.exec(s.slice(at, at + 4));
        if (!gap) break;
        const item = readResolution(model, s, at + gap[0].length, explicit);
        if (!item) break;
        out.push(item.mention);
        at = item.end;
        const sep = /^(?:,(?: and)?| and)(?= )/.exec(s.slice(at, at + 6));
        if (!sep) break;
        at += sep[0].length;
      }
      re.lastIndex = Math.max(re.lastIndex, at);
    }
    return out;
  });
}

function readResolution(model: DocumentModel, s: string, at: number, explicit: string | undefined): { mention: ResolutionMention; end: number } | undefined {
  const head = s.slice(at, at + 24);
  for (let form = 0; form < NUMBER_FORMS.length; form++) {
    const m = NUMBER_FORMS[form].exec(head);
    if (!m) continue;
    let end = at + m[0].length;
    const date = DATE_AFTER.exec(s.slice(end, end + 30))?.[1];
    const described = describe(model, form, m, explicit);
    if (!described) return undefined;
    // The full date says more than the year in parentheses.
    const parts = date ? [...described.parts.filter((p) => !p.startsWith('adopted in')), `adopted ${date}`] : described.parts;
    const mention: ResolutionMention = { span: { start: at, end }, organ: described.organ, symbol: described.symbol, parts, date, url: UNDOCS + encodeURI(described.symbol) };
    if (date) end += ` of ${date}`.length;
    return { mention, end };
  }
  return undefined;
}

function describe(model: DocumentModel, form: number, m: RegExpExecArray, explicit: string | undefined): { organ: string; symbol: string; parts: string[] } | undefined {
  if (form === 0) {
    const kind = m[1].startsWith('ES') ? 'emergency special' : 'special';
    return { organ: 'General Assembly', symbol: `A/RES/${m[1]}/${m[2]}`, parts: ['General Assembly', `${ordinal(Number(m[1].replace(/^E?S-/, '')))} ${kind} session`, `resolution ${Number(m[2])}`] };
  }
  if (form === 1) {
    if (explicit && explicit !== 'Security Council') return undefined;
    return { organ: 'Security Council', symbol: `S/RES/${Number(m[1])}(${m[2]})`, parts: ['Security Council', `resolution ${Number(m[1])}`, `adopted in ${m[2]}`] };
  }
  if (form === 2) {
    if (explicit && explicit !== 'General Assembly') return undefined;
    return { organ: 'General Assembly', symbol: `A/RES/${Number(m[1])}(${m[2]})`, parts: ['General Assembly', `${romanSession(m[2])} session`, `resolution ${Number(m[1])}`] };
  }
  const first = Number(m[1]);
  const serial = Number(m[2]);
  const organ = explicit ?? (m[1].length === 4 && first >= 1946 ? 'Economic and Social Council' : ownOrgan(model) === 'Human Rights Council' ? 'Human Rights Council' : 'General Assembly');
  if (organ === 'Economic and Social Council') return { organ, symbol: `E/RES/${m[1]}/${serial}`, parts: [organ, m[1], `resolution ${serial}`] };
  if (organ === 'Security Council') return undefined;
  if (m[1].length > 3 || first === 0) return undefined;
  const symbol = organ === 'Human Rights Council' ? `A/HRC/RES/${first}/${serial}` : `A/RES/${first}/${serial}`;
  return { organ, symbol, parts: [organ, `${ordinal(first)} session`, `resolution ${serial}`] };
}

function romanSession(roman: string): string {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = values[roman[i]];
    const next = values[roman[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return ordinal(total);
}

/** The symbol or resolution mention that contains an offset. */
export function mentionAt(model: DocumentModel, offset: number): SymbolMention | ResolutionMention | undefined {
  const hit = (list: readonly (SymbolMention | ResolutionMention)[]) => list.find((x) => offset >= x.span.start && offset <= x.span.end);
  return hit(symbolMentions(model)) ?? hit(resolutionMentions(model));
}
