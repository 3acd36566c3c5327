import * as committees from '../data/gaMainCommittees.json';
import { parseOrdinalWord } from '../data/ordinals';
import type { HeaderLine, Span } from '../model/types';
import { beforeParenthesis, classifySymbol, documentFacts, isWellFormedSymbol, regularSession, repairSymbol } from './documentFacts';
import type { Rule, RuleContext } from './types';
import { plainSpaces } from '../model/text';

/**
 * The next item of a symbol list at or after `from`: the shortest run of characters other than `,`
 * that ends before `\s*,`, `\s+and\s` or `\s*$` (what `/[^,]+?(?=\s*,\s*|\s+and\s+|\s*$)/g`
 * finds), in one scan: a run of white space is measured once, not from each of its positions.
 */
function nextListItem(list: string, from: number): { index: number; text: string } | undefined {
  const space = (c: string | undefined) => c !== undefined && /\s/.test(c);
  let start = from;
  while (start < list.length && list[start] === ',') start++;
  if (start >= list.length) return undefined;
  for (let p = start + 1; p <= list.length; ) {
    let q = p;
    while (space(list[q])) q++;
    if (q === list.length || list[q] === ',' || (q > p && list.startsWith('and', q) && space(list[q + 3]))) return { index: start, text: list.slice(start, p) };
    // Every position up to `q` has the same white space ahead, and `q` itself neither; the item goes on.
    p = q + 1;
  }
  return undefined;
}

const BRACKET_NAMES = committees.committees.map((c) => c.bracketName);
/** Names accepted besides the Main Committees: the Credentials Committee, and the pre-1993 names. */
const OTHER_NAMES = [...committees.otherReportingCommittees.map((c) => c.name), 'Fourth Committee', 'Special Political Committee'];
const FORMULAS = ['on the report of', 'without reference to', 'on the recommendation of'];

/** The provenance line, joined when a PDF wrapped it, with a map back to document offsets. */
interface Joined {
  readonly text: string;
  readonly at: (i: number) => number;
}

function join(lines: readonly HeaderLine[], index: number): Joined {
  const parts: HeaderLine[] = [lines[index]];
  while (!/[\])]$/.test(parts[parts.length - 1].text) && parts.length < 4 && lines[index + parts.length]?.kind === 'other') parts.push(lines[index + parts.length]);
  const starts: number[] = [];
  let text = '';
  for (const p of parts) {
    if (text) text += ' ';
    starts.push(text.length);
    text += p.text;
  }
  return {
    text,
    at(i) {
      let k = starts.length - 1;
      while (k > 0 && starts[k] > i) k--;
      return parts[k].span.start + Math.min(i - starts[k], parts[k].text.length);
    },
  };
}

/** Index of the `(` that matches the `)` at `close`, or -1. Linear. */
function matchingOpen(s: string, close: number): number {
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    if (s[i] === ')') depth++;
    else if (s[i] === '(' && --depth === 0) return i;
  }
  return -1;
}

/** The committee name a drafter meant (`3rd Committee`, `third committee`) in its bracket-line form. */
function committeeFor(name: string): string | undefined {
  const exact = [...BRACKET_NAMES, ...OTHER_NAMES].find((n) => n.toLowerCase() === name.toLowerCase());
  if (exact) return exact;
  const m = /^(\w+)\s+(?:main\s+)?committee$/i.exec(name);
  if (!m) return undefined;
  const figure = /^(\d)(?:st|nd|rd|th)?$/i.exec(m[1]);
  const n = figure ? Number(figure[1]) : parseOrdinalWord(m[1]);
  return committees.committees.find((c) => c.number === n)?.bracketName;
}

/**
 * The shape of the report symbol of the draft's own session: `A/78/L.30` → `A/78/…` (found by a
 * review: the message's sample `A/74/399`, of another session, read as the symbol to write).
 */
function reportLike(draft: string): string {
  const session = /^A\/(\d{1,3}|[A-Z]{1,2}-\d{1,2})\//.exec(draft);
  return session ? `A/${session[1]}/…` : 'A/74/399';
}

/** SKEL-05, CONS-05: `[on the report of the Third Committee (A/74/399)]`, `[without reference to a Main Committee (A/73/L.103)]`. */
export const committeeLine: Rule = {
  meta: {
    id: 'committee-line',
    description: 'The provenance line reads `[on the report of the Third Committee (A/74/399)]` or `[without reference to a Main Committee (A/73/L.103)]`, citing a report or a plenary draft of the same session.',
    category: 'header',
    defaultSeverity: 'error',
    fixable: true,
    conventions: ['SKEL-05', 'CONS-05'],
    messages: {
      brackets: 'The provenance line is in square brackets: `[on the report of the Third Committee (A/74/399)]`.',
      formula: 'The provenance line reads `[on the report of the <Committee> (<report symbol>)]` or `[without reference to a Main Committee (<draft symbol>)]`.',
      wording: 'Write `{{expected}}`.',
      committee: '"{{found}}" is not a Main Committee: write `the First Committee` … `the Sixth Committee` (the Fourth is `the Special Political and Decolonization Committee (Fourth Committee)`).',
      noSymbol: 'End the provenance line with the symbol of the {{what}} in parentheses: `({{example}})`.',
      symbol: 'Write the symbol as `{{expected}}`.',
      badSymbol: '"{{found}}" is not a document symbol: write it as `A/74/399` or `A/73/L.103/Add.1`.',
      committeeDraft: '`{{found}}` is a committee draft: a resolution adopted without reference to a Main Committee cites a plenary draft (`A/<session>/L.<n>`); one adopted on a committee draft is `[on the report of the … Committee (<report symbol>)]`.',
      notDraft: 'A resolution adopted without reference to a Main Committee cites its plenary draft (`A/73/L.103`), not `{{found}}`.',
      draftInReport: 'A resolution adopted on the report of a committee cites the committee\'s report (`{{report}}`), not the draft `{{found}}`.',
      base: '`{{found}}` does not amend `{{base}}`: an addendum, corrigendum or revision repeats the symbol of its document (`{{base}}/Add.1`).',
      session: '`{{found}}` is a document of session {{found_session}}, but this resolution is of session {{session}}: cite the documents of its own session.',
    },
  },
  check(context) {
    const { model } = context;
    const lines = model.header.lines;
    const index = lines.findIndex((l) => l.kind === 'committee');
    if (index < 0) return;
    checkLine(context, join(lines, index));
  },
};

function checkLine({ model, report }: RuleContext, line: Joined): void {
  const t = plainSpaces(line.text);
  const span = (a: number, b: number): Span => ({ start: line.at(a), end: line.at(b) });
  const whole = span(0, t.length);
  if (t.length > 2000) return;
  const closed = /[\])]$/.test(t);
  if (t[0] !== '[' || (closed && !t.endsWith(']'))) {
    const fixable = t[0] === '(' && t.endsWith(')') && matchingOpen(t, t.length - 1) === 0 && /\)\s*\)$/.test(t);
    report({ span: whole, messageId: 'brackets', fix: fixable ? { title: 'Use square brackets', edits: [{ span: span(0, 1), newText: '[' }, { span: span(t.length - 1, t.length), newText: ']' }] } : undefined });
    if (!fixable) return;
  }
  const innerStart = 1;
  const innerEnd = closed ? t.length - 1 : t.length;
  const inner = t.slice(innerStart, innerEnd);
  const formula = FORMULAS.find((f) => inner.toLowerCase().startsWith(f));
  if (!formula) {
    report({ span: whole, messageId: 'formula' });
    return;
  }
  if (!inner.startsWith(formula)) report({ span: span(innerStart, innerStart + formula.length), messageId: 'wording', data: { expected: formula }, fix: { title: `Write "${formula}"`, edits: [{ span: span(innerStart, innerStart + formula.length), newText: formula }] } });
  const facts = documentFacts(model);
  const ga = !facts.family || facts.family === 'ga';
  const close = inner.trimEnd().endsWith(')') ? innerStart + inner.trimEnd().length - 1 : -1;
  const open = close >= 0 ? matchingOpen(t, close) : -1;
  const nameStart = innerStart + formula.length + (inner.slice(formula.length).length - inner.slice(formula.length).trimStart().length);
  const nameEnd = open >= 0 ? open : innerEnd;
  const name = t.slice(nameStart, nameEnd).trimEnd();
  const nameSpan = span(nameStart, nameStart + name.length);
  if (open < 0 || open <= nameStart) {
    const what = formula === 'without reference to' ? 'plenary draft' : 'report';
    report({ span: whole, messageId: 'noSymbol', data: { what, example: formula === 'without reference to' ? 'A/73/L.103' : 'A/74/399' } });
    return;
  }
  if (ga && formula === 'without reference to' && name !== 'a Main Committee') {
    if (/^a\s+main\s+committee$/i.test(name)) report({ span: nameSpan, messageId: 'wording', data: { expected: 'a Main Committee' }, fix: { title: 'Write "a Main Committee"', edits: [{ span: nameSpan, newText: 'a Main Committee' }] } });
    else report({ span: whole, messageId: 'formula' });
  }
  if (ga && formula === 'on the report of') {
    const bare = name.replace(/^the\s+/i, '');
    const expected = committeeFor(bare);
    if (!expected) report({ span: nameSpan, messageId: 'committee', data: { found: name } });
    else if (name !== `the ${expected}`) report({ span: nameSpan, messageId: 'wording', data: { expected: `the ${expected}` }, fix: { title: `Write "the ${expected}"`, edits: [{ span: nameSpan, newText: `the ${expected}` }] } });
  }
  checkSymbols(model, report, t, open + 1, close, span, formula, ga, facts);
}

function checkSymbols(
  model: RuleContext['model'],
  report: RuleContext['report'],
  t: string,
  from: number,
  to: number,
  span: (a: number, b: number) => Span,
  formula: string,
  ga: boolean,
  facts: ReturnType<typeof documentFacts>,
): void {
  let list = t.slice(from, to);
  // A locator may follow the report symbol: `(A/80/534, para. 7)`.
  const locator = /,\s*(?:paras?\.|chap\.|sect\.|annex\b|part\b)/i.exec(list);
  if (locator) list = list.slice(0, locator.index);
  const ownSession = model.header.title?.number?.session ?? (facts.session?.number !== undefined ? String(facts.session.number) : undefined) ?? facts.symbol?.info?.session;
  let firstBase: string | undefined;
  let previousBase: string | undefined;
  let next = 0;
  for (let m = nextListItem(list, next); m; m = nextListItem(list, next)) {
    const lead = m.text.length - m.text.trimStart().length;
    let item = m.text.trim().replace(/^and\s+/, '');
    const itemStart = from + m.index + lead + (m.text.trim().length - item.length);
    const itemSpan = span(itemStart, itemStart + item.length);
    next = m.index + m.text.length;
    const skip = /^\s*(?:,\s*|and\s+)/.exec(list.slice(next));
    if (skip) next += skip[0].length;
    // Older texts shorten additions: `(A/61/L.45 and Add.1)`.
    if (/^(?:Add|Corr|Rev)\.\d{1,3}$/.test(item) && previousBase) item = `${previousBase}/${item}`;
    if (!isWellFormedSymbol(item)) {
      const repaired = repairSymbol(item);
      if (repaired !== item && isWellFormedSymbol(repaired)) report({ span: itemSpan, messageId: 'symbol', data: { expected: repaired }, fix: { title: `Write "${repaired}"`, edits: [{ span: itemSpan, newText: repaired }] } });
      else report({ span: itemSpan, messageId: 'badSymbol', data: { found: item } });
      continue;
    }
    const info = classifySymbol(item.replace(/\*$/, ''));
    if (!info || !ga || info.family !== 'ga') continue;
    if (formula === 'without reference to') {
      if (info.kind === 'draft' && info.committee !== undefined) report({ span: itemSpan, messageId: 'committeeDraft', data: { found: item } });
      else if (info.kind !== 'draft') report({ span: itemSpan, messageId: 'notDraft', data: { found: item } });
    } else if (formula === 'on the report of' && info.kind === 'draft') report({ span: itemSpan, messageId: 'draftInReport', data: { found: item, report: reportLike(item) } });
    const amends = info.base !== beforeParenthesis(item);
    if (firstBase && (formula === 'without reference to' || amends) && info.base !== firstBase) report({ span: itemSpan, messageId: 'base', data: { found: item, base: firstBase } });
    firstBase ??= info.base;
    previousBase = info.base;
    if (ownSession && info.session && info.session !== ownSession && regularSession(ownSession) !== undefined) {
      report({ span: itemSpan, messageId: 'session', data: { found: item, found_session: info.session, session: ownSession } });
    }
  }
}
