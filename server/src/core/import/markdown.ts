/**
 * Front end for the Markdown extraction of `corpus/ga-80/`: a YAML metadata block, one paragraph
 * per line, running heads left as paragraphs of their own, `[^n]` references (some still glued
 * digits) and `[^n]:` footnote texts gathered at the end, with indented continuation lines.
 */
import { TITLE_NUMBER, organLineOf } from './header';
import { dropEmphasisMarks, stripFrontMatter } from './pdfText';
import { cleanLine, closeSpacedHyphens, gatherSpelling, refMarker, type SpellingEvidence } from './text';
import { matchPhrase, readWords } from '../data/lexicon';
import type { ImportNote, SourceBlock, SourceDocument } from './types';

const DEFINITION = /^\[\^([^\]\s]{1,40})\]:[ \t]?(.*)$/;

function norm(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Splits a line where the extraction ran the next numbered paragraph into the previous one
 * (`… trafficking in persons.8 6. We recall …`): only when the number continues the numbering.
 */
function splitMergedParagraphs(line: string, numbering: { last: number }): string[] {
  const out: string[] = [];
  let at = 0;
  const first = /^\s*(\d{1,3})\. /.exec(line);
  if (first) numbering.last = Number(first[1]);
  const re = /[.;:][”’"]?(?:\d{1,3}|\uE000[^\uE001]{1,20}\uE001)? (\d{1,3})\. (?=\p{Lu})/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) {
    const n = Number(m[1]);
    if (n !== numbering.last + 1) continue;
    const cut = m.index + m[0].length - m[1].length - 3;
    out.push(line.slice(at, cut));
    at = cut + 1;
    numbering.last = n;
  }
  out.push(line.slice(at));
  return out;
}

const MEETING = /^\d{1,5} ?(?:st|nd|rd|th|d) plenary meeting\b/;

/** Whether text at `at` opens a paragraph: `4. Decides`, a listed preambular phrase, a meeting line. */
function opensParagraphAt(text: string, at: number): boolean {
  const rest = text.slice(at, at + 200);
  if (MEETING.test(rest)) return true;
  const n = /^\d{1,3}\. /.exec(rest);
  const words = readWords(rest, n ? n[0].length : 0, rest.length);
  if (words.length === 0 || !/^\p{Lu}/u.test(words[0].text)) return false;
  return n ? matchPhrase(words, 'operative') !== undefined : matchPhrase(words, 'preamble') !== undefined;
}

/** Splits text that ran several paragraphs together at the points where a paragraph opens. */
function splitRunTogether(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  const re = /[,;:.”] (?=\S)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const at = m.index + m[0].length;
    if (!opensParagraphAt(text, at)) continue;
    out.push(text.slice(from, at - 1));
    from = at;
  }
  out.push(text.slice(from));
  return out.map((t) => t.trim()).filter(Boolean);
}

/**
 * The Markdown extraction sometimes files the end of the text under the last footnote
 * (`[^3]: A/79/88. 4. Decides …`) or takes a number in the text for a footnote (`[^1653]: (XVI)
 * of 24 November 1961, …`, from `resolutions 1653 (XVI)`). Takes that text back out of the notes.
 */
function recoverBodyFromNotes(notes: Map<string, string>): string[] {
  const out: string[] = [];
  let last = 0;
  for (const [label, text] of [...notes]) {
    if (!/^\d{1,5}$/.test(label)) continue;
    const n = Number(label);
    if (n > last + 3 || n <= last) {
      notes.delete(label);
      out.push(...splitRunTogether(`${label} ${text}`));
      continue;
    }
    last = n;
    const re = /[.;] (?=\S)/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const at = m.index + m[0].length;
      if (!opensParagraphAt(text, at)) continue;
      notes.set(label, text.slice(0, at - 1));
      out.push(...splitRunTogether(text.slice(at)));
      break;
    }
  }
  return out;
}

/**
 * Puts back a hyphen the extraction lost at a line break: in a number in words (`Twenty third`),
 * and in `Secretary General` where the same document writes `Secretary-General` elsewhere.
 */
function restoreLostHyphens(line: string, evidence: SpellingEvidence): string {
  return line.replace(/(?<!\p{L})(\p{L}+) (?=(\p{L}+))/gu, (all, left: string, right: string) => {
    const pair = `${left.toLowerCase()}-${right.toLowerCase()}`;
    // Only pairs that are never two words: a number in words, and the title of the Secretary-General
    // (`long term` and `Director General` are, in their places).
    const number = TENS.has(left.toLowerCase()) && UNITS.test(right.toLowerCase());
    return number || (pair === 'secretary-general' && evidence.hyphenated.has(pair)) ? `${left}-` : all;
  });
}

const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
const UNITS = /^(?:one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)$/;

/** Reads the Markdown extraction into blocks and footnote texts. */
export function readMarkdown(input: string): SourceDocument {
  const { text } = stripFrontMatter(input);
  const numbering = { last: 0 };
  const log: ImportNote[] = [];
  const notes = new Map<string, string>();
  const blocks: SourceBlock[] = [];
  let current: string[] = [];
  let note: string | undefined;
  const flush = () => {
    if (current.length) blocks.push({ lines: current });
    current = [];
  };
  for (const raw of text.split(/\r\n|\r|\n/)) {
    if (/^\s*$/.test(raw)) {
      flush();
      continue;
    }
    const def = DEFINITION.exec(raw);
    if (def) {
      flush();
      note = def[1];
      notes.set(note, cleanLine(def[2]));
      continue;
    }
    if (note !== undefined && /^(?: {2,}|\t)/.test(raw)) {
      notes.set(note, `${notes.get(note)} ${cleanLine(raw)}`.trim());
      continue;
    }
    note = undefined;
    // A thematic break separates the text from the footnotes.
    if (/^ {0,3}(?:-{3,}|\*{3,})\s*$/.test(raw)) {
      flush();
      continue;
    }
    const line = dropEmphasisMarks(raw.replace(/\[\^(\d{1,4})\]/g, (_all, n: string) => refMarker(n)));
    for (const part of splitMergedParagraphs(line, numbering)) {
      // Lines of a paragraph may be wrapped; a numbered or labelled line after a finished one starts a new paragraph.
      const prev = current[current.length - 1];
      if (prev !== undefined && /^(?:\d{1,3}\.|\([a-z]{1,4}\)) \S/.test(part.trim()) && /[.;:][”’"]?(?:\d{1,3}|\uE001)?\s*$/.test(prev)) flush();
      current.push(part);
    }
  }
  flush();
  const recovered = recoverBodyFromNotes(notes);
  if (recovered.length > 0) {
    for (const r of recovered) blocks.push({ lines: [r] });
    log.push({ severity: 'info', message: 'The extraction had put the end of the text among the footnotes; it was moved back into the body.' });
  }

  // Running heads: a paragraph that repeats the title between the organ line and the closing line
  // marks a page break. After the closing (an annex) the same words are a heading: the annexed
  // declaration often bears the resolution's title (A/RES/80/5).
  const evidence = gatherSpelling(blocks.flatMap((b) => b.lines.map(cleanLine)));
  let title = '';
  let organ = -1;
  let closing = blocks.length;
  blocks.forEach((b, i) => {
    const first = cleanLine(b.lines[0]);
    const m = TITLE_NUMBER.exec(first);
    if (m && !title && organ < 0) title = norm(first.slice(m[0].length));
    if (organ < 0 && organLineOf(first)) organ = i;
    if (organ >= 0 && i > organ && closing === blocks.length && (MEETING.test(first) || /^Annex(?: [IVX]{1,6})?$/.test(first))) closing = i;
  });
  const out: SourceBlock[] = [];
  let pageBreak = false;
  let runningHeads = 0;
  blocks.forEach((b, i) => {
    if (i > organ && i < closing && organ >= 0 && title && b.lines.length === 1 && norm(b.lines[0]) === title) {
      pageBreak = true;
      runningHeads++;
      return;
    }
    // The extraction does not mark page breaks; any paragraph may continue one cut at a page end.
    out.push({ lines: b.lines.map((l) => restoreLostHyphens(closeSpacedHyphens(l, evidence), evidence)), pageBreakBefore: pageBreak || i > organ });
    pageBreak = false;
  });
  if (runningHeads > 0) log.push({ severity: 'info', message: `${runningHeads} running head(s) repeating the title inside the text were left out.` });
  return { format: 'markdown', blocks: out, notes, paragraphPerLine: false, hasItalics: false, notesLog: log };
}
