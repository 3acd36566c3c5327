/**
 * Front end for text extracted from an official PDF (`corpus/pdf-text/`) and for other hard-wrapped
 * plain text (`corpus/sc-1946-2002/`): drops the page furniture (running heads with the symbol and
 * the wrapped title, job numbers, page numbers, bar codes), takes the footnote texts from under the
 * `____` rule at the foot of each page, and marks where a page break interrupted the text (PARSE-01).
 */
import { isSpace } from '../model/text';
import { isWordChar } from '../parser/parse';
import { TITLE_NUMBER, classifyHeaderLine } from './header';
import { cleanLine, joinLines } from './text';
import type { SourceBlock, SourceDocument } from './types';

const SEPARATOR = /^_{5,}$/;
const JOB_NUMBER = /^\d{2}-\d{5}(?: ?\(E\))?(?: \S{1,12}){0,2}$/;
const PAGE_NUMBER = /^\d{1,3}\/\d{1,3}$/;
const BAR_CODE = /^\*\d{5,10}\*$/;
const NOTE_START = /^(\d{1,3}) (\S.*)$/;
/** A footnote text of the texts of 1992–1994: `1/ S/24476, annex.`. */
const SLASH_NOTE = /^(\d{1,3})\/ (\S.*)$/;
const STRUCTURE_LINE = /^(?:\d{1,3}\.|\([a-z]{1,4}\)|[IVXLC]{1,6}\.|Annex(?:es)?(?: [IVXLC]{1,6})?)$/;
const SYMBOL_LINE = /^(?:United Nations )?((?:[A-Z]{1,6}\/)(?:[A-Z0-9.-]{1,12}\/){0,4}[A-Z0-9.-]{1,12}(?: \(\d{4}\))?)$/;

/** Splits off a YAML front matter block (`---` … `---`) and reads its `symbol:` field. */
export function stripFrontMatter(input: string): { text: string; symbol?: string } {
  // Lines may end in LF, CRLF or a lone CR (old Mac files).
  const m = /^\ufeff?---(?:\r\n?|\n)/.exec(input);
  if (!m) return { text: input };
  // The closing fence; the search starts at the opening's line end, so an empty block is one too.
  const fence = /(?:\r\n?|\n)---/g;
  fence.lastIndex = m[0].length - 1;
  const close = fence.exec(input);
  if (!close || close.index > 20_000) return { text: input };
  const yaml = input.slice(m[0].length, close.index);
  const symbol = /^symbol: *"?([^"\r\n]{1,80})"?[^\S\r\n]*$/m.exec(yaml)?.[1]?.trim();
  const lineEnd = /\r\n?|\n/g;
  lineEnd.lastIndex = close.index + close[0].length;
  const after = lineEnd.exec(input);
  return { text: after ? input.slice(after.index + after[0].length) : '', symbol };
}

/** Lower-cased single-spaced words, for comparing running heads with the title. */
function norm(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Removes the marks plain text cannot carry as text in a `.unres` draft, by the flanking rules of
 * italics (format.md, 11): a `_` run that could open or close italics (rules, OCR noise) becomes a
 * space; one that can do neither is text and stays (`MAX_LEN`, `Safety_and_Security`), and so does a
 * run of three or more, which cannot open italics or underline (a blank to fill in: `on ___ 2025`).
 * A `*` that can neither open nor close italics stays too (`2*3`, `a*b`), as does one after a word
 * (a reissue star, `S/2002/914*`, which cannot open italics) and one between spaces inside the line
 * (`2 * 3`); any other goes (an opener, a list bullet, the `**` footnote signs of a scan after a
 * comma).
 */
export function dropEmphasisMarks(line: string): string {
  return line.replace(/_+|\*+/g, (all: string, at: number, s: string) => {
    const before = at > 0 ? s.charCodeAt(at - 1) : 32;
    const after = at + all.length < s.length ? s.charCodeAt(at + all.length) : 32;
    const canOpen = !isWordChar(before) && !isSpace(after);
    const canClose = !isSpace(before) && !isWordChar(after);
    if (all[0] === '*') {
      // After a word, a reissue star (`S/2002/914*`); between spaces inside the line, an operator.
      const star = /[A-Za-z0-9)]/.test(s[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(s[at + all.length] ?? '');
      return star || (!canOpen && !canClose) || (at > 0 && at + all.length < s.length && isSpace(before) && isSpace(after)) ? all : '';
    }
    return (canOpen || canClose) && all.length < 3 ? ' ' : all;
  });
}

/** Reads PDF or other hard-wrapped text into blocks and footnote texts. */
export function readPdfText(input: string): SourceDocument {
  const front = stripFrontMatter(input);
  const raw = front.text.split(/\r\n|\r|\n/);
  const lines = raw.map(cleanLine);
  let symbol = front.symbol;
  if (!symbol) {
    for (const l of lines.slice(0, 15)) {
      const m = SYMBOL_LINE.exec(l);
      if (m && /\//.test(m[1])) {
        symbol = m[1];
        break;
      }
    }
  }
  // The title, to recognise it in running heads (wrapped differently there).
  let title = '';
  for (let i = 0; i < Math.min(lines.length, 120); i++) {
    const m = TITLE_NUMBER.exec(lines[i]);
    if (!m) continue;
    const parts = [lines[i].slice(m[0].length)];
    for (let j = i + 1; j < lines.length && lines[j]; j++) parts.push(lines[j]);
    title = norm(parts.join(' '));
    break;
  }
  const hard = lines.map((l) => (symbol !== undefined && (l === symbol || l === `United Nations ${symbol}`)) || JOB_NUMBER.test(l) || PAGE_NUMBER.test(l) || BAR_CODE.test(l));
  const titlePart = (l: string) => title.length > 0 && l.length >= 8 && norm(l).length > 0 && title.includes(norm(l)) && (classifyHeaderLine(l) === 'other' || classifyHeaderLine(l) === 'title');
  // A running head is a cluster of furniture lines: the hard ones and the title pieces and blank lines next to them.
  const furniture = hard.slice();
  for (let i = 0; i < lines.length; i++) {
    if (!hard[i]) continue;
    for (let j = i - 1; j >= 0 && !furniture[j] && (lines[j] === '' || titlePart(lines[j])); j--) if (lines[j] !== '') furniture[j] = true;
    for (let j = i + 1; j < lines.length && !hard[j] && (lines[j] === '' || titlePart(lines[j])); j++) if (lines[j] !== '') furniture[j] = true;
  }

  const blocks: SourceBlock[] = [];
  const notes = new Map<string, string>();
  let current: string[] | undefined;
  let currentBreak = false;
  let pendingBreak = false;
  let inZone = false;
  let lastNote = 0;
  let lastParagraph = 0;
  const endBlock = () => {
    if (current && current.length) blocks.push({ lines: current, pageBreakBefore: currentBreak });
    current = undefined;
  };
  const addToNote = (n: number, text: string) => {
    const key = String(n);
    notes.set(key, notes.has(key) ? joinLines([notes.get(key)!, text]) : text);
  };
  for (let i = 0; i < lines.length; i++) {
    const line = dropEmphasisMarks(lines[i]).trim();
    if (furniture[i]) {
      endBlock();
      inZone = false;
      pendingBreak = true;
      continue;
    }
    if (SEPARATOR.test(lines[i])) {
      endBlock();
      inZone = true;
      pendingBreak = true;
      continue;
    }
    if (inZone) {
      if (!line) continue;
      const m = NOTE_START.exec(line);
      if (m && (Number(m[1]) === lastNote + 1 || (lastNote === 0 && Number(m[1]) > 0))) {
        lastNote = Number(m[1]);
        addToNote(lastNote, m[2]);
      } else if (lastNote > 0) addToNote(lastNote, line);
      continue;
    }
    if (!line) {
      endBlock();
      continue;
    }
    const prev = current?.[current.length - 1];
    // A numbered line starts a paragraph after a finished line, or when it continues the numbering
    // (after a heading: `II. Implementation …` / `13. We strongly commit …`).
    const numbered = /^(\d{1,3})\.(?: \S|$)/.exec(line);
    // A labelled line starts a sub-paragraph after a lead-in or a finished item (`Decides:` / `(a) To call …`).
    const labelled = /^\([a-z]{1,4}\) \S/.test(line) && prev !== undefined && /[;:][”’"]?$/.test(prev);
    // A lead-in of one verb on its own line (`Decides:`) after the last preambular paragraph (S/RES/563 (1985)).
    const leadIn = /^[A-Z][a-z]{3,12}s ?:$/.test(line) && prev !== undefined && /,(?: \d{1,3})?$/.test(prev);
    if (current && (STRUCTURE_LINE.test(line) || labelled || leadIn || (numbered && prev !== undefined && (/[.;:][”’"]?\d{0,3}$/.test(prev) || Number(numbered[1]) === lastParagraph + 1)))) endBlock();
    if (numbered) lastParagraph = Number(numbered[1]);
    if (/^Annex/.test(line)) lastParagraph = 0;
    if (!current) {
      current = [];
      currentBreak = pendingBreak;
      pendingBreak = false;
    }
    current.push(line);
  }
  endBlock();

  // Footnotes marked `1/`, `2/` … at the very end, without a rule (S/RES/781 (1992)).
  let slashIndicators = false;
  if (notes.size === 0) {
    let first = blocks.length;
    while (first > 0 && SLASH_NOTE.test(blocks[first - 1].lines[0])) first--;
    const found = new Map<string, string>();
    let sequence = first < blocks.length;
    for (const b of blocks.slice(first)) {
      for (const l of b.lines) {
        const m = SLASH_NOTE.exec(l);
        if (m && Number(m[1]) === found.size + 1) found.set(m[1], m[2]);
        else if (!m && found.size > 0) found.set(String(found.size), joinLines([found.get(String(found.size))!, l]));
        else sequence = false;
      }
    }
    if (sequence) {
      blocks.splice(first);
      for (const [k, v] of found) notes.set(k, v);
      slashIndicators = true;
    }
  }

  return { format: 'pdf-text', blocks, notes, paragraphPerLine: false, hasItalics: false, notesLog: [], slashIndicators };
}
