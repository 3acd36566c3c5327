import { blockEnd, blockStart } from '../model/text';
import type { DocumentModel, Paragraph, Span } from '../model/types';
import { resolutionParagraphs } from './documentFacts';
import { SKIP_DEFAULT, isWordChar, skipped, tokenize, type Token } from './kinds/text';
import type { Rule } from './types';

/**
 * The head word of an instrument's title (FN-08: declarations, outcome documents, strategies). Treaties and
 * conventions are left out: General Assembly texts name the best-known ones without a footnote
 * (the Treaty on the Non-Proliferation of Nuclear Weapons in First Committee texts) and
 * conventions double as the names of bodies (FN-08 FP risk).
 */
const INSTRUMENTS = new Set(['declaration', 'agenda', 'strategy', 'framework']);
/** `Programme of Action`, `Plan of Action`, `Platform for Action`. */
const ACTION_HEADS = new Set(['programme', 'plan', 'platform']);
/** Words that do not make a title specific on their own. */
const GENERIC = new Set(['joint', 'final', 'political', 'global', 'regional', 'special', 'new', 'an', 'a', 'the', 'this', 'that']);
/** Small words inside a title (`Convention on the Rights of the Child`). */
const CONNECTORS = new Set(['of', 'on', 'for', 'and', 'the', 'to', 'in', 'against']);
/** Titles that are never footnoted: the Charter (FN-08 [O]) and references back to an instrument named before. */
const NOT_CITED = /^(?:the )?(?:present|said|above|same|this|that)\b/i;
/** How far after a title its footnote, a resolution number or a symbol may stand in the same clause. */
const WINDOW = 160;
/** How far before a title a resolution cited by number sources it (`resolution 60/288 of 8 September 2006, by which it adopted the …`). */
const LOOK_BACK = 100;
/** A resolution cited by number, or a document symbol in parentheses: the title needs no footnote (FN-08). */
const CITED_BY_NUMBER = /\bresolutions?[ \t\u00a0]+(?:[A-Z]{1,3}-)?\d{1,4}(?:\/\d{1,4}|[ \t\u00a0]+\()|\((?:A|S|E)\/|\bdecision[ \t\u00a0]+\d{1,4}\/\d{1,4}|\bpresent resolution\b/;
/**
 * A footnote indicator of text taken from a PDF (PARSE-03): digits glued to punctuation
 * (`2006,6`) or standing after the title (`Declaration, 3 to …`).
 */
const PLAIN_INDICATOR = /[,;:.”’"]\d{1,3}(?![\d\p{L}])|^[,;:]?[ \t\u00a0]\d{1,3}[ \t\u00a0]+\p{Ll}/u;

/** A head word of an instrument's title, in any case. */
const HEAD_WORD = /(?<![A-Za-z0-9])(?:declaration|agenda|strategy|framework|action)(?![A-Za-z0-9])/gi;

/**
 * The stretches of `[from, to)` around each head word with a capital (`Agenda`, not the `agenda` of
 * a session), a superset of what `mentions` accepts: each grown over word characters, joiners,
 * full stops and single spaces or line breaks, the only characters a title's run of words holds,
 * so that it starts and ends where a word does and no run of words crosses its edges.
 */
function headWindows(s: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  // On the paragraph's own text: a search of the whole draft would run on to the next match.
  const text = s.slice(from, to);
  HEAD_WORD.lastIndex = 0;
  for (let m = HEAD_WORD.exec(text); m; m = HEAD_WORD.exec(text)) {
    const c = m[0][0];
    if (c === c.toLowerCase()) continue;
    let a = from + m.index;
    while (a > from && inRun(s, a - 1)) a--;
    let b = from + m.index + m[0].length;
    while (b < to && inRun(s, b)) b++;
    out.push({ start: a, end: b });
    HEAD_WORD.lastIndex = b - from;
  }
  return out;
}

/** A character that may stand inside a run of title words: part of a word or a gap between two. */
function inRun(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c === 32 || c === 0xa0 || c === 10 || c === 13 || c === 46 || c === 39 || c === 45 || c === 0x2019 || c === 0x2010 || c === 0x2011 || isWordChar(s, i);
}

/** A footnote reference right after the title, behind its punctuation (`Strategy;[^2]`). */
const FOOTNOTE_AFTER = /^[,;:.”’")]{0,2}\[(?:\^|footnoteRef:)/;

/** A title mentioned, by offsets only (kept from one version to the next, it must not hold a slice of the text, which would keep that version alive). */
interface Mention {
  readonly start: number;
  readonly end: number;
  readonly sourced: boolean;
}

function isCapitalized(t: Token): boolean {
  const c = t.text[0];
  return c !== c.toLowerCase() || /^\d{4}$/.test(t.text);
}

/** Whether only a space (or a line break of wrapped text) separates two tokens: they belong to one run of title words. */
function joined(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return gap === ' ' || gap === '\u00a0' || gap === '\n' || gap === '\r\n';
}

/** Instrument titles in a paragraph, each with whether a footnote or a number cites it. */
function mentions(model: DocumentModel, p: Paragraph): Mention[] {
  const s = model.masked;
  const out: Mention[] = [];
  const end = p.fullSpan.end;
  // Most paragraphs name no instrument, and those that do name it in a few words: read the words
  // around each head word, not the paragraph's.
  for (const w of headWindows(s, p.body.start, end)) mentionsIn(model, p, tokenize(s, w.start, w.end), out);
  return out;
}

/** The mentions in a list of tokens, into `out`. */
function mentionsIn(model: DocumentModel, p: Paragraph, tokens: readonly Token[], out: Mention[]): void {
  const s = model.masked;
  const end = p.fullSpan.end;
  let i = 0;
  while (i < tokens.length && tokens[i].start < end) {
    if (!isCapitalized(tokens[i])) {
      i++;
      continue;
    }
    // A run of capitalized words and connectors separated by single spaces.
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1].start < end && joined(s, tokens[j], tokens[j + 1]) && (isCapitalized(tokens[j + 1]) || CONNECTORS.has(tokens[j + 1].key))) j++;
    let first = i;
    // The paragraph's first word is its opening phrase when it is not in italics (`Recalling the …`).
    if (tokens[i].start === p.opener.textStart) {
      while (first <= j && tokens[first].key !== 'the') first++;
      first++;
    }
    let last = j;
    // `… Strategy in 2018`: a year after a connector dates the mention, it is not part of the title.
    while (last >= first && (CONNECTORS.has(tokens[last].key) || (/^\d{4}$/.test(tokens[last].text) && last > first && CONNECTORS.has(tokens[last - 1].key)))) last--;
    while (first <= last && CONNECTORS.has(tokens[first].key)) first++;
    const words = tokens.slice(first, last + 1);
    const head = words.findIndex((t, k) => (INSTRUMENTS.has(t.key) && isCapitalized(t)) || (t.text === 'Action' && k >= 2 && ACTION_HEADS.has(words[k - 2].key)));
    // The title begins with the instrument's own name: `Review Conference of the Parties to the …`,
    // `Article VI of the …` name a meeting or a provision, not the instrument.
    const ownName = head >= 0 && words.slice(0, words[head].text === 'Action' ? head - 2 : head).every(isCapitalized);
    // `the Plan of Action`, `the Joint Declaration`: a reference back, not a title.
    const specific = words.some((t, k) => isCapitalized(t) && k !== head && t.text !== 'Action' && !INSTRUMENTS.has(t.key) && !ACTION_HEADS.has(t.key) && !GENERIC.has(t.key));
    // A joint declaration of two secretariats or States is not a United Nations source (A/RES/73/331).
    const joint = words[0]?.key === 'joint';
    if (head >= 0 && ownName && specific && !joint && !words.some((w) => w.key === 'charter')) {
      const start = words[0].start;
      const stop = words[words.length - 1].end;
      const title = s.slice(start, stop);
      if (!NOT_CITED.test(title) && !skipped(model, start, stop, SKIP_DEFAULT)) {
        const after = s.slice(stop, Math.min(end, stop + WINDOW));
        const clause = after.split(/;|\n[ \t\u00a0]*\n/)[0];
        // Before the title, in the same clause: `its resolution 60/288 of 8 September 2006, by which
        // it adopted the United Nations Global Counter-Terrorism Strategy`.
        const before = s.slice(Math.max(p.body.start, start - LOOK_BACK), start);
        const sourced =
          FOOTNOTE_AFTER.test(after) ||
          clause.includes('[^') || clause.includes('[footnoteRef:') || PLAIN_INDICATOR.test(clause) || CITED_BY_NUMBER.test(clause) || CITED_BY_NUMBER.test(before.slice(before.lastIndexOf(';') + 1));
        out.push({ start, end: stop, sourced });
      }
    }
    i = j + 1;
  }
}

/** A mention kept for a block: offsets from the block's start, and the key of its title. */
interface KeptMention extends Mention {
  /**
   * The title in lower case with its spaces made single: a new string (every title has a capital),
   * not a slice of the text, which would keep the version it was cut from alive.
   */
  readonly key: string;
}

/** The titles mentioned in the paragraphs of one block, relative to the block's start `from`. */
function blockMentions(model: DocumentModel, block: readonly Paragraph[], from: number): KeptMention[] {
  const s = model.masked;
  return block.flatMap((p) => mentions(model, p)).map((m) => ({ start: m.start - from, end: m.end - from, sourced: m.sourced, key: s.slice(m.start, m.end).toLowerCase().replace(/\s+/g, ' ') }));
}

/**
 * FN-08 (GA): instruments, declarations, strategies and outcome documents named by their title
 * get a footnote at their first mention, unless a resolution number or a symbol cites them. A
 * hint: outside sources and well-known instruments may go without.
 */
export const footnoteMissingSource: Rule = {
  meta: {
    id: 'footnote-missing-source',
    description: 'An instrument named by its title (`the United Nations Global Counter-Terrorism Strategy`) is footnoted at its first mention unless a resolution number cites it (a hint).',
    category: 'footnotes',
    defaultSeverity: 'hint',
    fixable: false,
    conventions: ['FN-08'],
    messages: {
      missing: 'Consider a footnote citing "{{title}}" at its first mention (`Resolution 60/288.`, the treaty or the report), or cite the resolution that adopted it by number (FN-08).',
    },
  },
  check({ model, report, keep }) {
    const byKey = new Map<string, { start: number; end: number; sourced: boolean }>();
    const s = model.masked;
    // Paragraphs of an annex are left out (the list is in document order: they come last).
    const paragraphs = resolutionParagraphs(model);
    const annex = model.annex ? model.annex.span.start : Infinity;
    // What the paragraphs of a block mention depends on the block's text alone (quotations and
    // symbols, which decide what is skipped, never cross a blank line): kept from one version to
    // the next, once per block (paragraphs need no blank line between them), with the key that
    // groups the mentions of one title.
    for (let i = 0; i < paragraphs.length && paragraphs[i].span.start < annex; ) {
      const from = blockStart(s, paragraphs[i].fullSpan.start);
      const to = blockEnd(s, paragraphs[i].fullSpan.end);
      let j = i + 1;
      while (j < paragraphs.length && paragraphs[j].fullSpan.start < to && paragraphs[j].span.start < annex) j++;
      const first = i;
      const found = keep({ start: from, end: to }, () => blockMentions(model, paragraphs.slice(first, j), from));
      for (const m of found) {
        const seen = byKey.get(m.key);
        if (!seen) byKey.set(m.key, { start: m.start + from, end: m.end + from, sourced: m.sourced });
        else if (m.sourced) seen.sourced = true;
      }
      i = j;
    }
    for (const { start, end, sourced } of byKey.values()) {
      if (!sourced) report({ span: { start, end }, messageId: 'missing', data: { title: s.slice(start, end) } });
    }
  },
};
