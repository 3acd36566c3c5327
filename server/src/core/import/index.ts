/**
 * Imports an official resolution text into a `.unres` draft: Word's plain-text export, the text of
 * an official PDF (or other hard-wrapped text), or a Markdown extraction. Pure: string in, draft
 * string out, with notes; it never throws and says in one line when the text is not a resolution.
 */
import { compose } from './compose';
import { organLineOf } from './header';
import { readMarkdown } from './markdown';
import { readPdfText } from './pdfText';
import { stripMarkerCharacters } from './text';
import type { ImportFormat, ImportOptions, ImportResult, SourceDocument } from './types';
import { readWordText } from './wordText';

export type { ImportFormat, ImportNote, ImportOptions, ImportResult, SourceBlock, SourceDocument } from './types';
export { compose } from './compose';
export { refMarker } from './text';

/** Inputs larger than this are refused (the longest omnibus resolutions are about 1 MB). */
const MAX_LENGTH = 10_000_000;

/** Guesses the format of a source text. */
export function detectFormat(text: string): Exclude<ImportFormat, 'docx'> {
  if (/\[footnoteRef:\d{1,6}\]|\[bookmark:/.test(text)) return 'word-text';
  if (/^\[\^[^\]\s]{1,40}\]:/m.test(text)) return 'markdown';
  // The PDF extractions carry the same metadata block as the Markdown ones; hard wraps tell them apart.
  if (/^\ufeff?---(?:\r\n?|\n)/.test(text.slice(0, 10))) return wrapped(text) ? 'pdf-text' : 'markdown';
  return wrapped(text) || brokenSentence(text) ? 'pdf-text' : 'word-text';
}

/** Words that never end a paragraph, a heading or a title: a line ending with one was wrapped. */
const RUN_ON_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'that', 'the', 'to', 'with']);

/**
 * Whether a text without Word's marks has sentences broken across lines, as the hand-corrected
 * OCR of the Security Council compilations has in short texts (`… shall submit to the` / `Security
 * Council at …`): Word's export puts each paragraph on one line. A long line that ends in a word
 * and goes on in the next line is a wrap for sure when the next line starts in lower case, when
 * the word cannot end a paragraph, or when the next line is the short end of a sentence (`Nations,
 * 79`); two such lines of any kind after the organ line make a wrapped text too.
 */
function brokenSentence(text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/, 20_000);
  // Weak evidence counts in the body only: a draft's header has long lines that run on (the agenda
  // item's title, then `…: draft resolution`, then the title), which Word's export keeps as they are.
  const organ = lines.findIndex((l) => organLineOf(l) !== undefined);
  let weak = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i].trim();
    if (line.length < 40) continue;
    const last = /(?<![\p{L}\d])\p{L}+$/u.exec(line);
    const next = lines[i + 1].trim();
    if (!last || !/^\p{L}/u.test(next)) continue;
    if (/^\p{Ll}/u.test(next) || RUN_ON_WORDS.has(last[0])) return true;
    if (next.length < 40 && !/^The /.test(next) && /[,;.](?: \d{1,3})?$/.test(next)) return true;
    if (i > organ && ++weak >= 2) return true;
  }
  return false;
}

/**
 * Whether the text is hard-wrapped: it carries a footnote rule, or most of its lines are short and
 * run on into the next line (paragraphs of one long line each are not wrapped).
 */
function wrapped(text: string): boolean {
  if (/^_{5,}[ \t]*$/m.test(text)) return true;
  const lines = text.split(/\r\n|\r|\n/, 20_000).map((l) => l.trim());
  let long = 0;
  let total = 0;
  let runOn = 0;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i];
    if (t.length < 20) continue;
    total++;
    if (t.length > 200) long++;
    if (i + 1 < lines.length && lines[i + 1].length > 0) runOn++;
  }
  return total > 0 && long / total < 0.2 && runOn / total > 0.5;
}

/** Imports a resolution from text. Never throws. */
export function importResolution(input: string, options: ImportOptions = {}): ImportResult {
  try {
    if (typeof input !== 'string' || input.trim().length === 0) return { ok: false, error: 'The input is empty.', notes: [] };
    if (input.length > MAX_LENGTH) return { ok: false, error: `The input is ${(input.length / 1e6).toFixed(1)} million characters long; resolutions are far shorter.`, notes: [] };
    if (input.slice(0, 8192).includes('\u0000')) return { ok: false, error: 'The input contains NUL characters: it is binary, not text (for a .docx file use the Word importer).', notes: [] };
    const source = stripMarkerCharacters(input);
    const format = options.format ?? detectFormat(source);
    let doc: SourceDocument;
    switch (format) {
      case 'word-text':
        doc = readWordText(source);
        break;
      case 'markdown':
        doc = readMarkdown(source);
        break;
      default:
        doc = readPdfText(source);
    }
    return compose(doc);
  } catch (e) {
    // The importer is written not to throw; if it does, the user gets one line, not a stack.
    return { ok: false, error: `The import failed on this text (${e instanceof Error ? e.message : String(e)}); please report it.`, notes: [] };
  }
}
