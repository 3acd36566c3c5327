/**
 * Front end for the plain-text export of a Word document (`seed/A-RES-73-331.txt`): one paragraph
 * per line, tabs, no-break spaces, `[footnoteRef:N]` references with the footnote text inline as
 * `[N: …]`, and `[bookmark: …]` marks.
 */
import { dropEmphasisMarks } from './pdfText';
import { refMarker } from './text';
import type { SourceBlock, SourceDocument } from './types';

/** Longest footnote text read inline; an unclosed `[N:` also ends at its line end. */
const MAX_NOTE = 20_000;

/** Reads Word's plain-text export into blocks (consecutive non-blank lines) and footnote texts. */
export function readWordText(input: string): SourceDocument {
  const notes = new Map<string, string>();
  let text = '';
  let at = 0;
  // One pass over the bracket constructs, in order: bookmarks go, references become markers,
  // inline footnote texts are taken out (they may contain brackets of their own).
  const re = /\[(?:bookmark:[^\][\r\n]{0,500}\]|footnoteRef:(\d{1,6})\]|(\d{1,6}):)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(input))) {
    text += input.slice(at, m.index);
    if (m[1] !== undefined) {
      text += refMarker(m[1]);
      at = m.index + m[0].length;
      continue;
    }
    if (m[2] === undefined) {
      at = m.index + m[0].length;
      continue;
    }
    let depth = 1;
    let i = m.index + m[0].length;
    const limit = Math.min(input.length, i + MAX_NOTE);
    for (; i < limit && depth > 0; i++) {
      const c = input.charCodeAt(i);
      if (c === 91) depth++;
      else if (c === 93) depth--;
      else if (c === 10 || c === 13) break;
    }
    const end = depth === 0 ? i - 1 : i;
    if (!notes.has(m[2])) notes.set(m[2], dropEmphasisMarks(input.slice(m.index + m[0].length, end)).replace(/\s+/g, ' ').trim());
    at = depth === 0 ? i : end;
    re.lastIndex = at;
  }
  text += input.slice(at);
  const blocks: SourceBlock[] = [];
  let current: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (/^[\s\u00a0\ufeff]*$/.test(line)) {
      if (current.length) blocks.push({ lines: current });
      current = [];
    } else current.push(dropEmphasisMarks(line));
  }
  if (current.length) blocks.push({ lines: current });
  return { format: 'word-text', blocks, notes, paragraphPerLine: true, hasItalics: false, notesLog: [] };
}
