/**
 * Imports a Word document (.docx) into a `.unres` draft with mammoth: paragraphs, italics (as
 * `_…_`), real footnotes and endnotes (as `[^n]` with their texts), superscript numbers that repeat
 * a footnote (a legacy re-citation) or open a footnote typed by hand, and the numbers of Word's
 * lists (read from the file's numbering, `wordNumbering.ts`). The structure is then recognised by
 * the core importer.
 */
import { Unzip, UnzipInflate, unzipSync, type UnzipFile } from 'fflate';
import mammoth from 'mammoth';
import { compose } from '../core/import/compose';
import { toLetter, toRoman } from '../core/parser/parse';
import { dropEmphasisMarks } from '../core/import/pdfText';
import { refMarker, stripMarkerCharacters } from '../core/import/text';
import { endsWithListConjunction, LIST_DASHES } from '../core/model/text';
import type { ImportNote, ImportResult, SourceBlock } from '../core/import/types';
import { wordListItems, type WordListItem } from './wordNumbering';

/** A line break (U+E006 while reading) before a quoted paragraph or an item of a dashed list. */
const LINE_ITEM_BREAK = new RegExp(`\\uE006(?=[ \\t]*(?:[“‘"]|[${LIST_DASHES}] ))`);

/** The largest list number written; a count past it gets no label (see readMammothHtml). */
const MAX_LIST_NUMBER = 9999;

/** Larger files are refused: a resolution's .docx is well under a megabyte. */
const MAX_BYTES = 20_000_000;
/**
 * What the parts of a .docx may inflate to, all together. A resolution's Word file holds a few MB of
 * XML; a zip bomb (a few hundred kB that inflate to gigabytes) is refused before mammoth reads it.
 * Exported for the tests.
 */
export const MAX_INFLATED_BYTES = 100_000_000;

/** Thrown from the inflation check to stop it as soon as the limit is passed. */
const TOO_LARGE = Symbol('too large');

/** How much of an archive the checks below feed the inflater at a time. */
const FEED = 1024;

/**
 * Streams the parts of a zip archive through `onFile`, fed `FEED` bytes of the archive at a time, so
 * that a part inflates in pieces of about a megabyte at most (deflate inflates at most 1,032 to 1),
 * never whole: fed at once, a zip bomb's part of 120 MB of zeros came as one piece.
 */
function inflateParts(data: Uint8Array, onFile: (file: UnzipFile) => void): void {
  const unzip = new Unzip(onFile);
  unzip.register(UnzipInflate);
  for (let i = 0; i < data.length; i += FEED) unzip.push(data.subarray(i, i + FEED), i + FEED >= data.length);
}

/**
 * Whether the parts of a zip archive inflate to more than `limit` bytes, counted by inflating them
 * as a stream (piece by piece, nothing kept) and stopping past the limit: the sizes an archive
 * declares may lie. An archive this check cannot read is left to mammoth, which reports it.
 */
export function inflatesBeyond(data: Uint8Array, limit: number): boolean {
  let total = 0;
  try {
    inflateParts(data, (file) => {
      file.ondata = (error, chunk) => {
        if (error) throw error;
        total += chunk.length;
        if (total > limit) throw TOO_LARGE;
      };
      file.start();
    });
  } catch (e) {
    if (e === TOO_LARGE) return true;
  }
  return false;
}

/**
 * How many XML elements the parts of a .docx may hold, all together. Mammoth builds a tree of
 * every one (some 2 kB of memory and 20 µs each here): a draft of 1,000 operative paragraphs
 * exported to Word has some 29,000, and one of 10,000 paragraphs 290,000 (11 s, 0.8 GB); a hostile
 * file of 150,000 list items, 104 kB on disk, has 1.2 million (30 s and 2.7 GB; more would run the
 * editor's extension host out of memory). Exported for the tests.
 */
export const MAX_XML_ELEMENTS = 400_000;

/** Counts the start tags (`<` and a letter) of XML read in pieces; a tag may open at the end of one. Exported for the tests. */
export class StartTags {
  /** The last byte of the piece before was `<`. */
  private open = false;

  /** The start tags that end in this piece. */
  count(piece: Uint8Array): number {
    let n = 0;
    let open = this.open;
    for (let i = 0; i < piece.length; i++) {
      const b = piece[i];
      if (open && ((b >= 65 && b <= 90) || (b >= 97 && b <= 122))) n++;
      open = b === 60;
    }
    this.open = open;
    return n;
  }
}

/**
 * Whether the XML parts of a zip archive hold more than `limit` elements (start tags), counted
 * while inflating them as a stream and stopping past the limit. An archive this check cannot read
 * is left to mammoth, which reports it.
 */
export function elementsBeyond(data: Uint8Array, limit: number): boolean {
  let count = 0;
  try {
    inflateParts(data, (file) => {
      if (!/\.(?:xml|rels)$/i.test(file.name)) return;
      const tags = new StartTags();
      file.ondata = (error, chunk) => {
        if (error) throw error;
        count += tags.count(chunk);
        if (count > limit) throw TOO_LARGE;
      };
      file.start();
    });
  } catch (e) {
    if (e === TOO_LARGE) return true;
  }
  return false;
}

/** Mammoth style map: keep underlines (used for Model UN operative phrases), drop nothing else. */
const STYLE_MAP = ['u => u'];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(s: string): string {
  return s.replace(/&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|([a-z]{2,6}));/g, (all, dec: string, hex: string, name: string) => {
    if (dec) return String.fromCodePoint(Math.min(Number(dec), 0x10ffff));
    if (hex) return String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff));
    return ENTITIES[name] ?? all;
  });
}

interface Paragraph {
  text: string;
  italic: boolean;
}

interface MammothReading {
  paragraphs: Paragraph[];
  notes: Map<string, string>;
  /** Whether the list items were numbered with Word's numbers (they lined up with mammoth's items). */
  wordNumbers: boolean;
  /** How many list items got a number. */
  numbered: number;
  /** Footnote texts typed as paragraphs (`¹ Resolution 60/288.`) that became footnotes. */
  typedNotes: number;
  /** Superscript numbers that name no footnote, kept as superscript digits (`km²`). */
  superscripts: number;
}

/**
 * Reads mammoth's HTML (a small, regular vocabulary) into paragraphs of `.unres` text and footnote
 * texts. Italic runs become `_…_` with the spaces at their edges moved outside.
 */
export function readMammothHtml(html: string, wordItems?: readonly WordListItem[]): MammothReading {
  const paragraphs: Paragraph[] = [];
  const notes = new Map<string, string>();
  const noteParts = new Map<string, string[]>();
  let current: string | undefined;
  let italicDepth = 0;
  let underlineDepth = 0;
  let supDepth = 0;
  let supText = '';
  let anchorRef: string | undefined;
  let inBackLink = false;
  let note: string | undefined;
  let sawItalic = false;
  // Word's automatic numbering (w:numPr) comes as lists: the items get the numbers Word printed,
  // by depth `1.`, `(a)`, `(i)`, `a.`, `i.` (OP-05). The numbers are Word's own (`wordItems`, read
  // from the file: a list that starts at 7, one restarted in an annex) when its items line up one
  // for one with mammoth's; without them they are counted: on across lists at the top (operative
  // paragraphs are one series, which a quotation or heading may interrupt), again from 1 below an
  // item. Bullets get no number.
  const lists: { ordered: boolean }[] = [];
  const counts: number[] = [];
  let items = 0;
  let numbered = 0;
  // The list items open, and how many were open inside the note being read (its own included).
  let openItems = 0;
  let noteItems = Infinity;
  let aligned = wordItems !== undefined;
  const emit = (s: string) => {
    if (current === undefined) current = '';
    current += s;
  };
  // The label of the list item being read: written before its text, and not at all when the item
  // has none (Word counts an empty numbered paragraph; the draft has no paragraph for it).
  let label = '';
  const endParagraph = () => {
    if (current === undefined) return;
    const body = tidyEmphasis(current);
    const text = label && body.replace(/\uE006/g, ' ').trim() ? `${label} ${body}` : body;
    label = '';
    if (note !== undefined) {
      // The paragraphs of a note, joined at the end (appending to a string would copy it for each).
      // A note of empty paragraphs only is a note without text (not no note: its references keep
      // their number), and its empty paragraphs add nothing.
      let parts = noteParts.get(note);
      if (!parts) noteParts.set(note, (parts = []));
      const flat = text.replace(/\uE006/g, ' ');
      if (flat.trim()) parts.push(flat);
    } else {
      // A line break before a quotation mark starts a quoted paragraph (how the export prints a
      // resolution quoted in full), and one before a dashed item after a colon or after another
      // item (`demands that:` / `- All parties …,` / `- …, and`) a line of the list; any other is a space: a
      // dash in mid-sentence that a break put at the start of a line stays in its sentence.
      // (Patterns that start at the break only: one that opened with the spaces around it would be
      // tried all along a long run of them.)
      const split = text.split(LINE_ITEM_BREAK);
      const pieces: string[] = [];
      for (const piece of split) {
        const previous = pieces.length > 0 ? pieces[pieces.length - 1].trimEnd() : undefined;
        if (previous !== undefined && !/^[ \t]*[“‘"]/.test(piece) && !/[:,;.]$/.test(previous) && !endsWithListConjunction(previous)) pieces[pieces.length - 1] += ` ${piece}`;
        else pieces.push(piece);
      }
      for (const piece of pieces) {
        const flat = piece.replace(/\uE006/g, ' ');
        const trimmed = pieces.length > 1 ? flat.trim() : flat;
        if (trimmed.trim()) paragraphs.push({ text: trimmed, italic: sawItalic });
      }
    }
    current = undefined;
    sawItalic = false;
  };
  const re = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s[^<>]*)?)\/?>|([^<]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    if (m[4] !== undefined) {
      const t = dropEmphasisMarks(stripMarkerCharacters(decode(m[4])));
      if (inBackLink || anchorRef !== undefined) continue;
      if (supDepth > 0) supText += t;
      else emit(t);
      continue;
    }
    const closing = m[1] === '/';
    const tag = m[2].toLowerCase();
    const attrs = m[3] ?? '';
    switch (tag) {
      case 'p':
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
      case 'td':
      case 'th':
        if (closing) endParagraph();
        else {
          endParagraph();
          current = '';
        }
        break;
      case 'ol':
      case 'ul':
        if (closing) lists.pop();
        else lists.push({ ordered: tag === 'ol' });
        break;
      case 'li': {
        if (closing) {
          endParagraph();
          openItems = Math.max(0, openItems - 1);
          // The note ends with its own item, not with an item of a list inside it.
          if (openItems < noteItems) {
            note = undefined;
            noteItems = Infinity;
          }
          break;
        }
        openItems++;
        const id = /id="(foot|end)note-(\d{1,6})"/.exec(attrs);
        if (id) {
          endParagraph();
          note = noteLabel(id[1], id[2]);
          noteItems = openItems;
          break;
        }
        endParagraph();
        // The item of a list mammoth opens only to hold a sub-list that follows a plain paragraph
        // (`<ul><li><ol>`) is no paragraph of Word's: no number, and none of Word's items. (An
        // empty numbered paragraph before a sub-item is `<ol><li><ol>`, or a later item.)
        if (html.slice(m.index - 4, m.index) === '<ul>' && /^<[ou]l>/.test(html.slice(re.lastIndex, re.lastIndex + 4))) break;
        const depth = lists.length;
        const ordered = depth > 0 && lists[depth - 1].ordered;
        // Word's items are the body's: a numbered paragraph inside a footnote is counted.
        const word = note === undefined ? wordItems?.[items++] : undefined;
        if (note === undefined && (!word || word.ordered !== ordered)) aligned = false;
        if (!ordered) break;
        // An item of a numbered style whose paragraph switches numbering off: Word prints no number.
        if (aligned && word && !word.printed) break;
        numbered++;
        const n = (counts[depth - 1] ?? 0) + 1;
        counts.length = depth;
        counts[depth - 1] = n;
        current ??= '';
        const value = aligned && word ? word.value : n;
        // Past any resolution's count (a hostile list of 100,000 sub-items would make labels of
        // thousands of letters each): no label.
        label = value <= MAX_LIST_NUMBER ? listLabel(depth, value) : '';
        break;
      }
      case 'br':
        emit('\uE006');
        break;
      case 'em':
      case 'i':
        if (closing) {
          italicDepth = Math.max(0, italicDepth - 1);
          if (italicDepth === 0) emit('\uE003');
        } else {
          if (italicDepth === 0) emit('\uE002');
          italicDepth++;
          sawItalic = true;
        }
        break;
      case 'u':
        if (closing) {
          underlineDepth = Math.max(0, underlineDepth - 1);
          if (underlineDepth === 0) emit('\uE005');
        } else {
          if (underlineDepth === 0) emit('\uE004');
          underlineDepth++;
        }
        break;
      case 'sup':
        if (closing) {
          supDepth = Math.max(0, supDepth - 1);
          if (supDepth === 0) {
            // A superscript number repeats a footnote (legacy re-citation), or opens a footnote's
            // text typed by hand, or is a superscript in the text: decided at the end
            // (`resolveSuperscripts`). Other superscripts stay text.
            const t = supText.trim();
            // A longer number or one with a sign (`10¹²³⁴⁵`, `10⁻³`) is always a superscript in the text.
            emit(/^\d{1,4}$/.test(t) ? `${SUP_OPEN}${t}${SUP_CLOSE}` : /^[0-9+\-−=()]{1,50}$/.test(t) ? superscriptOf(t) : supText);
            supText = '';
          }
        } else supDepth++;
        break;
      case 'a': {
        if (closing) {
          anchorRef = undefined;
          inBackLink = false;
          break;
        }
        const ref = /href="#(foot|end)note-(\d{1,6})"/.exec(attrs);
        if (ref) {
          anchorRef = noteLabel(ref[1], ref[2]);
          if (supDepth > 0) supText = '';
          emit(refMarker(anchorRef));
        } else if (/href="#(?:foot|end)note-ref-/.test(attrs)) inBackLink = true;
        break;
      }
      default:
        break;
    }
  }
  endParagraph();
  for (const [label, parts] of noteParts) notes.set(label, parts.join(' ').trim());
  return { notes, wordNumbers: aligned && items === wordItems?.length, numbered, ...resolveSuperscripts(paragraphs, notes) };
}

/** Brackets a superscript number while reading, until it is known whether a footnote has that number. */
const SUP_OPEN = '\uE007';
const SUP_CLOSE = '\uE008';
const SUPERSCRIPT = /\uE007(\d{1,4})\uE008/g;
/** A footnote reference (`refMarker`) or a superscript number, in the order they stand. */
const MARKS = /\uE000([^\uE000\uE001]*)\uE001|\uE007(\d{1,4})\uE008/g;
const TYPED_NOTE = /^[ \t]*(_?)\uE007(\d{1,4})\uE008[ \t]*/;
const SUPERSCRIPT_CHARACTERS: Readonly<Record<string, string>> = { 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹', '+': '⁺', '-': '⁻', '−': '⁻', '=': '⁼', '(': '⁽', ')': '⁾' };

/** Text in superscript characters (`12` → `¹²`); every character must have one. */
function superscriptOf(text: string): string {
  return [...text].map((c) => SUPERSCRIPT_CHARACTERS[c]).join('');
}

/**
 * Decides what each superscript number is, once every footnote is known, reading the paragraphs
 * in order:
 * - a superscript `n` after Word's footnote printed `n` has been cited (the footnotes are printed
 *   1, 2, … in the order of their first references) cites it again (the legacy re-citation);
 * - a paragraph that opens with a superscript number cited since the last footnote typed with that
 *   number and not so resolved is the text of a footnote typed by hand (`¹ Resolution 60/288.`,
 *   in italics or not); a superscript `n` cites the first such footnote `n` after it (an annex may
 *   number its own from 1 again), else the last one before it;
 * - any other superscript number is a superscript in the text (`km²` before a second footnote is
 *   cited, `10¹²`) and stays one, in superscript digits; so does every one inside a footnote.
 */
function resolveSuperscripts(read: readonly Paragraph[], notes: Map<string, string>): { paragraphs: Paragraph[]; typedNotes: number; superscripts: number } {
  // Word's footnotes in printed order (endnotes are a series of their own, never re-cited so).
  const printed: string[] = [];
  const seen = new Set<string>();
  // Superscript numbers cited and not resolved to a footnote since the last footnote typed with that number.
  const pending = new Set<string>();
  // The footnotes typed by hand, by number: where each stands (its index among the paragraphs kept) and its label.
  const typed = new Map<string, { at: number; label: string }[]>();
  let typedNotes = 0;
  let powers = 0;
  const paragraphs: Paragraph[] = [];
  for (const p of read) {
    const opening = p.text.includes(SUP_OPEN) ? TYPED_NOTE.exec(p.text) : null;
    if (opening && pending.has(opening[2])) {
      // In italics (`_¹ Resolution 60/1._`): the mark opened before the number stays before the text.
      const text = `${opening[1]}${p.text.slice(opening[0].length)}`.trim();
      if (text.replace(/_/g, '').trim()) {
        const n = opening[2];
        const label = typedLabel(n, ++typedNotes);
        let list = typed.get(n);
        if (!list) typed.set(n, (list = []));
        list.push({ at: paragraphs.length, label });
        notes.set(label, text);
        pending.delete(n);
        continue;
      }
    }
    if (p.text.includes(SUP_OPEN) || p.text.includes('\uE000')) {
      p.text = p.text.replace(MARKS, (all, label: string | undefined, n: string | undefined, offset: number, text: string) => {
        if (label !== undefined) {
          if (!label.startsWith('e') && notes.has(label) && !seen.has(label)) {
            seen.add(label);
            printed.push(label);
          }
          return all;
        }
        // `km²`, `100 m³`: a square or cube right after a unit of length is a power, whatever
        // footnotes have been printed (no re-citation follows a bare unit).
        if (isPowerOfUnit(text, offset, n!)) {
          powers++;
          return superscriptOf(n!);
        }
        const cited = printed[Number(n) - 1];
        if (cited !== undefined) return refMarker(cited);
        pending.add(n!);
        return all;
      });
    }
    paragraphs.push(p);
  }
  let superscripts = powers;
  const typedFor = (n: string, at: number): string | undefined => {
    const list = typed.get(n);
    if (!list) return undefined;
    return (list.find((t) => t.at > at) ?? list[list.length - 1]).label;
  };
  const resolve = (text: string, at: number | undefined) =>
    text.replace(SUPERSCRIPT, (_all, n: string) => {
      const label = at === undefined ? undefined : typedFor(n, at);
      if (label !== undefined) return refMarker(label);
      superscripts++;
      return superscriptOf(n);
    });
  paragraphs.forEach((p, i) => {
    if (p.text.includes(SUP_OPEN)) p.text = resolve(p.text, i);
  });
  for (const [label, text] of notes) if (text.includes(SUP_OPEN)) notes.set(label, resolve(text, undefined));
  return { paragraphs, typedNotes, superscripts };
}

/** Units of length whose squares and cubes drafts write (`km²`, `m³`, `sq ft` aside). */
const LENGTH_UNITS: ReadonlySet<string> = new Set(['km', 'm', 'cm', 'mm', 'dm', 'µm', 'μm', 'nm', 'ft', 'mi', 'yd']);
const LONGEST_UNIT = Math.max(...[...LENGTH_UNITS].map((u) => u.length));

/**
 * Whether the superscript number `n` at `offset` of `text` is a power of a unit (`km²`, `m³`): 2
 * or 3 right after a unit of length written as a word of its own (not the end of `programme`).
 */
function isPowerOfUnit(text: string, offset: number, n: string): boolean {
  if (n !== '2' && n !== '3') return false;
  // The letters before it, up to one more than the longest unit: a longer word (`programme`,
  // `draft`) leaves a tail longer than any unit.
  let start = offset;
  while (start > 0 && offset - start <= LONGEST_UNIT && /\p{L}/u.test(text[start - 1])) start--;
  return LENGTH_UNITS.has(text.slice(start, offset));
}

/** The label of the `k`th footnote typed by hand, numbered `n` (numbered with the others in the order of references, as endnotes are). */
function typedLabel(n: string, k: number): string {
  return `t${k}-${n}`;
}

/**
 * The label of a note while reading: a footnote keeps its number, an endnote gets its own (`e1`), so
 * that the two series cannot collide. Endnotes become footnotes, numbered with them in the order of
 * their references (the format has footnotes only); the importer says so.
 */
function noteLabel(kind: string, n: string): string {
  return kind === 'end' ? `e${n}` : n;
}

/** The label Word printed for item `n` of a list at `depth` (1-based), as UN texts number them. */
function listLabel(depth: number, n: number): string {
  switch (depth) {
    case 1:
      return `${n}.`;
    case 2:
      return `(${toLetter(n)})`;
    case 3:
      return `(${toRoman(n)})`;
    case 4:
      return `${toLetter(n)}.`;
    default:
      return `${toRoman(n)}.`;
  }
}

/** Turns the italic and underline placeholders into `_…_` and `__…__`, spaces outside the marks. */
function tidyEmphasis(s: string): string {
  const mark = (text: string, open: string, close: string, marker: string) =>
    text.replace(new RegExp(`${open}([^${open}${close}]*)${close}`, 'g'), (_all, inner: string) => {
      const lead = /^\s*/.exec(inner)![0];
      const trail = /(?<!\s)\s*$/.exec(inner.slice(lead.length))![0];
      const core = inner.slice(lead.length, inner.length - trail.length);
      return core ? `${lead}${marker}${core}${marker}${trail}` : inner;
    });
  let t = mark(s, '\uE002', '\uE003', '_');
  t = mark(t, '\uE004', '\uE005', '__');
  return t.replace(/[\uE002-\uE005]/g, '');
}

/**
 * Word's list items, read from the document and numbering parts of the archive; undefined when the
 * parts cannot be read or their numbering not followed.
 */
function listItemsOf(data: Uint8Array): WordListItem[] | undefined {
  try {
    const parts = unzipSync(data, { filter: (file) => file.name === 'word/document.xml' || file.name === 'word/numbering.xml' });
    const document = parts['word/document.xml'];
    if (!document) return undefined;
    const numbering = parts['word/numbering.xml'];
    const decoder = new TextDecoder();
    return wordListItems(decoder.decode(document), numbering ? decoder.decode(numbering) : undefined);
  } catch {
    return undefined;
  }
}

/** Imports a .docx file (its bytes). Never throws; a file that is not a resolution gets a one-line error. */
export async function importDocx(data: Uint8Array): Promise<ImportResult> {
  try {
    if (data.byteLength === 0) return { ok: false, error: 'The file is empty.', notes: [] };
    if (data.byteLength > MAX_BYTES) return { ok: false, error: `The file is ${(data.byteLength / 1e6).toFixed(1)} MB; a resolution's .docx is far smaller.`, notes: [] };
    if (!(data[0] === 0x50 && data[1] === 0x4b)) return { ok: false, error: 'This is not a .docx file (a .docx file is a zip archive).', notes: [] };
    if (inflatesBeyond(data, MAX_INFLATED_BYTES)) return { ok: false, error: `The file inflates to more than ${MAX_INFLATED_BYTES / 1e6} MB; a resolution's .docx is far smaller (this may be a zip bomb).`, notes: [] };
    if (elementsBeyond(data, MAX_XML_ELEMENTS)) return { ok: false, error: `The file holds more than ${MAX_XML_ELEMENTS.toLocaleString('en')} XML elements, as a document of some 14,000 paragraphs does; a resolution's .docx has far fewer (save it from Word as Plain Text and import that instead).`, notes: [] };
    const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    // Empty paragraphs kept: an empty numbered paragraph is one of Word's list items, which must
    // line up with those read from the file (its number is counted, and no paragraph is made of it).
    const result = await mammoth.convertToHtml({ buffer }, { styleMap: STYLE_MAP, externalFileAccess: false, ignoreEmptyParagraphs: false, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) });
    const wordItems = listItemsOf(data);
    let reading = readMammothHtml(result.value, wordItems);
    // Items that do not line up with Word's (a part this reading does not follow): counted instead.
    if (wordItems && !reading.wordNumbers) reading = readMammothHtml(result.value);
    const { paragraphs, notes } = reading;
    const log: ImportNote[] = result.messages
      .filter((msg) => msg.type === 'error')
      .map((msg) => ({ severity: 'warning' as const, message: `Word file: ${msg.message}` }));
    if (!reading.wordNumbers && reading.numbered > 0) {
      log.push({ severity: 'info', message: "Word's list numbers could not be read from the file: the numbered paragraphs were numbered in order. Check the numbers where Word's lists restart or start after 1." });
    }
    if (reading.typedNotes > 0) log.push({ severity: 'info', message: `${reading.typedNotes} footnote text(s) typed as paragraphs (opening with a superscript number that the text cites) became footnotes.` });
    if (reading.superscripts > 0) log.push({ severity: 'info', message: `${reading.superscripts} superscript number(s) that name no footnote were kept as superscript digits (such as km²); make any that should cite a footnote a [^n] reference.` });
    const endnotes = [...notes.keys()].filter((k) => k.startsWith('e')).length;
    if (endnotes > 0) log.push({ severity: 'info', message: `${endnotes} Word endnote(s) became footnotes, numbered with the footnotes in the order of their references.` });
    const blocks: SourceBlock[] = paragraphs.map((p) => ({ lines: [p.text] }));
    return compose({ format: 'docx', blocks, notes, paragraphPerLine: true, hasItalics: paragraphs.some((p) => p.italic), notesLog: log });
  } catch (e) {
    return { ok: false, error: `This .docx file could not be read (${e instanceof Error ? e.message.split('\n')[0] : String(e)}).`, notes: [] };
  }
}
