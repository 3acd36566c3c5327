/**
 * Text clean-up shared by the importers: white space and extraction artefacts, and the joining of
 * hard-wrapped lines with the decision whether a line-end hyphen belongs to the word (PARSE-02).
 */
import compoundsData from '../data/compounds.json';
import { operativePhrases, preambularPhrases } from '../data/lexicon';

/** Opens an explicit footnote reference inside imported text: `\uE000label\uE001`. */
export const REF_OPEN = '\uE000';
/** Closes an explicit footnote reference inside imported text. */
export const REF_CLOSE = '\uE001';

/** Removes the private-use characters the importers use as markers, so source text cannot forge one. */
export function stripMarkerCharacters(text: string): string {
  return text.replace(/[\uE000-\uE00F]/g, '');
}

/** The marker of an explicit footnote reference with its source label. */
export function refMarker(label: string): string {
  return `${REF_OPEN}${label}${REF_CLOSE}`;
}

const LIGATURES: Record<string, string> = { '\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl' };

/**
 * Cleans one line of source text: no-break and other spaces become plain spaces, runs of white
 * space collapse, soft hyphens and zero-width characters go, ligatures are spelled out.
 * Typographic characters (dashes, quotes, U+2011) and reference markers stay.
 */
export function cleanLine(line: string): string {
  return line
    .replace(/[\ufb00-\ufb04]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Word endings that never stand as the second part of a compound. */
const SUFFIXES = new Set(['ing', 'ings', 'ed', 'tion', 'tions', 'sion', 'sions', 'ment', 'ments', 'ly', 'ness', 'ity', 'ities', 'ance', 'ances', 'ence', 'ences', 'ous', 'ive', 'ize', 'izes', 'ized', 'izing', 'ise', 'ises', 'ised', 'al', 'ial', 'ation', 'ations', 'ate', 'ated', 'ates', 'ating', 'ible', 'able', 'ful', 'less', 'ship', 'ships', 'ary', 'ory', 'ies', 'ist', 'ists', 'ism']);

const compounds = new Set(compoundsData.compounds.map((c) => c.toLowerCase()));
const lexiconWords = new Set<string>();
for (const e of [...preambularPhrases, ...operativePhrases]) for (const w of e.phrase.toLowerCase().split(/\s+/)) lexiconWords.add(w);

/** What the text says about hyphenated and solid spellings, gathered once per document. */
export interface SpellingEvidence {
  readonly hyphenated: ReadonlySet<string>;
  readonly solid: ReadonlySet<string>;
}

/** Collects the hyphenated words and the plain words a document uses in its running text. */
export function gatherSpelling(lines: readonly string[]): SpellingEvidence {
  const hyphenated = new Set<string>();
  const solid = new Set<string>();
  for (const line of lines) {
    // Only hyphens inside a line count: a hyphen at the end of a line is what is being decided.
    const body = line.replace(/(?<!\p{L})\p{L}+-\s*$/u, '');
    for (const m of body.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
      const w = m[0].toLowerCase();
      if (w.includes('-')) hyphenated.add(w);
      else solid.add(w);
    }
  }
  return { hyphenated, solid };
}

/**
 * Whether the hyphen between `left` and `right` (split at a line end or by an extractor's space)
 * belongs to the word. UN PDFs do not hyphenate words at line ends, so the hyphen stays unless the
 * joined word is known (a lexicon word, or spelled solid elsewhere in the document) and the
 * hyphenated form is neither a listed compound nor used elsewhere in the document.
 */
export function keepsHyphen(left: string, right: string, evidence?: SpellingEvidence): boolean {
  const l = left.toLowerCase();
  const r = right.toLowerCase();
  const hyphenated = `${l}-${r}`;
  if (compounds.has(hyphenated) || evidence?.hyphenated.has(hyphenated)) return true;
  // A part of a longer compound counts too: `whole-of` in `whole-of-government`.
  for (const c of compounds) if (`-${c}-`.includes(`-${hyphenated}-`)) return true;
  const joined = l + r;
  if (lexiconWords.has(joined) || evidence?.solid.has(joined)) return false;
  // A suffix alone on the next line is a word broken in two (`meet-` / `ing`), never a compound.
  return !SUFFIXES.has(r);
}

/**
 * Joins hard-wrapped lines into one paragraph: a line ending in a word and a hyphen joins the next
 * line's word with or without the hyphen (`keepsHyphen`), an unspaced dash or a slash joins without
 * a space, any other break becomes one space.
 */
export function joinLines(lines: readonly string[], evidence?: SpellingEvidence): string {
  // Most blocks are one line: nothing to join.
  if (lines.length === 1) return lines[0].trim();
  const joiner = new LineJoiner(evidence);
  for (const line of lines) joiner.add(line);
  return joiner.text;
}

/** How much of the end of a joined text `LineJoiner` keeps at hand (at least the 80 characters a join looks at). */
const TAIL = 256;
/** How much of the start of a joined text `LineJoiner.head` gives. */
const HEAD = 2000;

/**
 * Lines joined one by one, as `joinLines` joins them, in linear time: the text is made once, when
 * asked for, and what the joins and the importer's tests read (its end, its start, how many words
 * it has) is kept at hand. A string made by appending is a rope that V8 copies whole the first time
 * a character of it is read, so reading the end of the text after each line copied it once per
 * line: a hostile Word file of 150,000 list items took minutes to import.
 */
export class LineJoiner {
  private readonly parts: string[] = [];
  /** The last `TAIL` characters of the text (all of it, if shorter), a flat string. */
  private end = '';
  private made: string | undefined;
  /** The number of `\S+` runs in the first `counted` parts (what `wordCount` counts), counted when asked for. */
  private runs = 0;
  private counted = 0;
  /** The length of the text. */
  private size = 0;

  constructor(private readonly evidence?: SpellingEvidence) {}

  /** Whether a line has been added (the text is not empty). */
  get empty(): boolean {
    return this.parts.length === 0;
  }

  /** Appends a line (trimmed; an empty one adds nothing), joined as `joinLines` joins it. */
  add(raw: string): void {
    const line = raw.trim();
    if (!line) return;
    let piece = line;
    if (this.parts.length > 0) {
      const out = this.end;
      const hy = /(?<!\p{L})(\p{L}+)-$/u.exec(out.slice(-80));
      const next = /^\p{L}+/u.exec(line);
      if (hy && next) {
        if (!keepsHyphen(hy[1], next[0], this.evidence)) {
          // The hyphen goes: it is the last character of the last part (parts are never empty).
          const last = this.parts.length - 1;
          this.parts[last] = this.parts[last].slice(0, -1);
          this.end = out.slice(0, -1);
          this.size--;
        }
      } else if (!(/[^\s][\u2013\u2011/]$/.test(out) && /^[\p{L}\d]/u.test(line))) piece = ' ' + line;
    }
    this.parts.push(piece);
    this.size += piece.length;
    this.end = piece.length >= TAIL ? piece.slice(-TAIL) : (this.end + piece).slice(-TAIL);
    this.made = undefined;
  }

  /** The joined text. */
  get text(): string {
    this.made ??= this.parts.join('');
    return this.made;
  }

  /** The last characters of the text: all of it when it is shorter than 256. */
  get tail(): string {
    return this.end;
  }

  /** Whether `tail` is the whole text. */
  get tailIsWhole(): boolean {
    return this.size <= TAIL;
  }

  /** The first 2,000 characters of the text (all of it, if shorter). */
  get head(): string {
    let out = '';
    for (const p of this.parts) {
      out += p;
      if (out.length >= HEAD) break;
    }
    return out.length > HEAD ? out.slice(0, HEAD) : out;
  }

  /**
   * `wordCount` of the text, counting the parts added since it was last asked for: a run of a part
   * that starts with no space goes on the last run of the part before (which never ends with a
   * space: lines are trimmed; a hyphen dropped from its end leaves the letter before it).
   */
  get words(): number {
    for (; this.counted < this.parts.length; this.counted++) {
      const part = this.parts[this.counted];
      this.runs += runsOf(part) - (this.counted > 0 && !isSpace(part, 0) ? 1 : 0);
    }
    return this.runs;
  }

  /** `endsParagraph` of the text, read from its end (the whole text only when the end does not tell). */
  endsParagraph(): boolean {
    if (this.tailIsWhole) return endsParagraph(this.end);
    const end = paragraphEnd(this.end, true);
    return end < 0 ? endsParagraph(this.text) : end > 0 && ',;:.!?'.includes(this.end[end - 1]);
  }
}

/**
 * Repairs `word- word` left by extractors that joined a line-end hyphen with a space
 * (`country- specific`, `2024– 2034`), keeping suspended hyphens (`age- and gender-sensitive`).
 */
export function closeSpacedHyphens(text: string, evidence?: SpellingEvidence): string {
  return text.replace(/(\d)([\u2013-]) (\d)/g, '$1$2$3').replace(/(?<!\p{L})(\p{L}+)- (\p{L}+)/gu, (all, left: string, right: string) => {
    if (/^(?:and|or|to|nor)$/.test(right)) return all;
    return keepsHyphen(left, right, evidence) ? `${left}-${right}` : left + right;
  });
}

/** Whether a paragraph's text ends with the punctuation that ends a paragraph (footnote marks and quotes skipped). */
export function endsParagraph(text: string): boolean {
  const end = paragraphEnd(text);
  return end > 0 && ',;:.!?'.includes(text[end - 1]);
}

/**
 * Where a paragraph's text ends once trailing spaces, footnote marks and closing quotes are
 * skipped; for the end of a longer text (`partial`), -1 when the start of `text` is reached or a
 * footnote mark starts before it (the whole text must be read).
 */
function paragraphEnd(text: string, partial = false): number {
  let end = text.length;
  for (;;) {
    while (end > 0 && /\s/.test(text[end - 1])) end--;
    if (end > 0 && text[end - 1] === REF_CLOSE) {
      const open = text.lastIndexOf(REF_OPEN, end - 1);
      if (open >= 0) {
        end = open;
        continue;
      }
      if (partial) return -1;
    }
    break;
  }
  while (end > 0 && '”’"\')]'.includes(text[end - 1])) end--;
  return partial && end === 0 ? -1 : end;
}

/** Whether the character at `i` is white space (`\s`). */
function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(text[i]));
}

/** The number of `\S+` runs of a text, without making them. */
function runsOf(text: string): number {
  let n = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text, i);
    if (!space && !inRun) n++;
    inRun = !space;
  }
  return n;
}

/** Splits text into words for counting. */
export function wordCount(text: string): number {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}
