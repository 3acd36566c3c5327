import type { DocumentModel, Span } from '../model/types';
import type { Report, Rule } from './types';
import { currentYear, onHeaderLine, skipped } from './kinds/text';
import { MODIFIERS, NUMBERED_COMPONENTS, symbolTokens, type SymbolToken } from './kinds/symbols';

const MODIFIER_CASE = /^(add|corr|rev|amend|sub)(\.?)(\d{1,4})$/i;
const GLUED_NUMBER = /^([A-Z]{1,5}|Add|Corr|Rev|Amend|Sub)(\d{1,4})$/;

function canonicalModifier(word: string): string {
  const w = word.toLowerCase();
  return w[0].toUpperCase() + w.slice(1);
}

/** The highest General Assembly session that can be cited now (session N opens in September of 1945 + N). */
export function maxGaSession(): number {
  return currentYear() - 1945 + 1;
}

/** The highest Human Rights Council session (three a year since 2006). */
export function maxHrcSession(): number {
  return (currentYear() - 2006 + 1) * 3 + 1;
}

function isNumber(s: string | undefined): s is string {
  return !!s && /^\d{1,5}$/.test(s);
}

function isModifier(s: string | undefined): boolean {
  const m = s ? /^([A-Za-z]+)\./.exec(s) : null;
  return !!m && MODIFIERS.has(canonicalModifier(m[1]));
}

/** Header lines checked by the header rules (the masthead symbol, the provenance line). */
function inHeaderSymbolLine(model: DocumentModel, span: Span): boolean {
  return onHeaderLine(model, span, ['symbol', 'committee', 'masthead']);
}

function check(t: SymbolToken, report: (r: Report) => void): void {
  const c = t.components;
  const symbol = t.text;
  // Component by component: case of modifiers, full stops of numbered components, stray spaces.
  for (const comp of c) {
    const mc = MODIFIER_CASE.exec(comp.text);
    if (mc && mc[2] === '.' && mc[1] !== canonicalModifier(mc[1])) {
      const fixed = `${canonicalModifier(mc[1])}.${mc[3]}`;
      report({ span: comp.span, messageId: 'modifierCase', data: { found: comp.text, fixed }, fix: { title: `Write "${fixed}"`, edits: [{ span: comp.span, newText: fixed }] } });
      continue;
    }
    const glued = GLUED_NUMBER.exec(comp.text);
    if (glued && (NUMBERED_COMPONENTS.has(glued[1]) || NUMBERED_COMPONENTS.has(canonicalModifier(glued[1])))) {
      const head = MODIFIERS.has(canonicalModifier(glued[1])) ? canonicalModifier(glued[1]) : glued[1];
      const fixed = `${head}.${glued[2]}`;
      report({ span: comp.span, messageId: 'missingStop', data: { found: comp.text, fixed }, fix: { title: `Write "${fixed}"`, edits: [{ span: comp.span, newText: fixed }] } });
      continue;
    }
    if (comp.spaceAfterStop) {
      const fixed = comp.text.replace(/\. /, '.');
      report({ span: comp.span, messageId: 'spaceAfterStop', data: { found: comp.text, fixed }, fix: { title: `Write "${fixed}"`, edits: [{ span: comp.spaceAfterStop, newText: '' }] } });
    }
  }
  if (t.spacedModifier) {
    const raw = t.spacedModifier.text.trim().replace(/\. /, '.');
    const fixed = `/${canonicalModifier(raw.split('.')[0])}.${raw.split('.')[1]}`;
    report({ span: t.spacedModifier.span, messageId: 'spacedModifier', data: { found: t.spacedModifier.text.trim(), fixed: `${symbol}${fixed}` }, fix: { title: `Write "${symbol}${fixed}"`, edits: [{ span: t.spacedModifier.span, newText: fixed }] } });
  }
  if (t.suffix && !t.suffix.spaced) {
    const at = { start: t.suffix.span.start, end: t.suffix.span.start };
    report({ span: t.suffix.span, messageId: 'suffixSpace', data: { found: symbol, fixed: `${symbol.slice(0, t.suffix.span.start - t.span.start)} ${t.suffix.text}` }, fix: { title: 'Add a space before the parenthesis', edits: [{ span: at, newText: ' ' }] } });
  }
  checkNumbers(t, report);
}

/** Sessions, committees and years that cannot exist. */
function checkNumbers(t: SymbolToken, report: (r: Report) => void): void {
  const c = t.components.map((x) => x.text);
  const symbol = t.text;
  const year = currentYear();
  const futureYear = (s: string | undefined) => isNumber(s) && s.length === 4 && Number(s) > year;
  if (t.series === 'A') {
    let k = 0;
    if (c[0] === 'HRC') {
      const at = c[1] === 'RES' ? 2 : 1;
      if (isNumber(c[at]) && c.length > at + 1 && Number(c[at]) > maxHrcSession()) report({ span: t.span, messageId: 'session', data: { symbol, organ: 'Human Rights Council', session: c[at], max: maxHrcSession() } });
      return;
    }
    const committee = /^C\.(\d{1,2})$/.exec(c[0] ?? '');
    if (committee) {
      const n = Number(committee[1]);
      if (n < 1 || n > 6) report({ span: t.components[0].span, messageId: 'committee', data: { symbol, number: n } });
      k = 1;
    } else if (c[0] === 'RES') k = 1;
    const session = c[k];
    // `A/<session>/<n>` since 1976; `A/<n>/Add.1` is an older document number.
    if (isNumber(session) && c.length > k + 1 && !isModifier(c[k + 1]) && (Number(session) > maxGaSession() || Number(session) === 0)) {
      report({ span: t.span, messageId: 'session', data: { symbol, organ: 'General Assembly', session, max: maxGaSession() } });
    }
    return;
  }
  if (t.series === 'S' || t.series === 'E') {
    const at = c[0] === 'RES' || c[0] === 'PRST' ? 1 : /^(?:CN|C)\.\d{1,2}$/.test(c[0] ?? '') ? 1 : 0;
    if (futureYear(c[at]) && c.length > at + 1 && !isModifier(c[at + 1])) report({ span: t.span, messageId: 'futureYear', data: { symbol, year: c[at] } });
    if (t.series === 'S' && c[0] === 'RES' && c.length === 2 && isNumber(c[1])) {
      const suffix = t.suffix?.inner;
      if (suffix === undefined) report({ span: t.span, messageId: 'scYear', data: { symbol } });
      else if (futureYear(suffix)) report({ span: t.span, messageId: 'futureYear', data: { symbol, year: suffix } });
    }
  }
}

/** REF-01: document symbols of the known series follow the symbol grammar. */
export const symbolFormat: Rule = {
  meta: {
    id: 'symbol-format',
    description: 'Document symbols follow the UN symbol grammar: `A/C.3/74/L.20/Rev.1`, `S/RES/1631 (2005)`, capitalized modifiers, a full stop before each number, no spaces inside, sessions and years that exist.',
    category: 'references',
    defaultSeverity: 'error',
    fixable: true,
    scope: 'block',
    conventions: ['REF-01', 'REF-02'],
    messages: {
      modifierCase: 'Modifiers of a symbol are capitalized: write "{{fixed}}", not "{{found}}".',
      missingStop: 'A numbered component of a symbol takes a full stop before its number: write "{{fixed}}", not "{{found}}".',
      spaceAfterStop: 'No space inside a symbol component: write "{{fixed}}", not "{{found}}".',
      spacedModifier: 'A modifier is a component of the symbol, after a slash: write "{{fixed}}".',
      suffixSpace: 'Put a space before the parenthesis of a symbol: write "{{fixed}}", not "{{found}}".',
      committee: 'The General Assembly has six Main Committees (C.1 to C.6): "C.{{number}}" in "{{symbol}}" does not exist.',
      session: '"{{symbol}}" names session {{session}} of the {{organ}}, which has not been held (the latest possible is {{max}}).',
      futureYear: '"{{symbol}}" carries the year {{year}}, which is still to come: check the symbol.',
      scYear: 'A Security Council resolution symbol carries its year in parentheses: write "{{symbol}} (YYYY)".',
    },
  },
  check({ model, report }) {
    for (const t of symbolTokens(model)) {
      if (!t.known || skipped(model, t.span.start, t.span.end, { quotes: true, urls: true }) || inHeaderSymbolLine(model, t.span)) continue;
      check(t, report);
    }
  },
};
