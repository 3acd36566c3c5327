/**
 * The print layout of a draft, shared by the Word and HTML exporters: the blocks of an official
 * document in order (header lines, title, organ line, headings, paragraphs, sub-paragraphs,
 * closing lines, annex) with their inline text, italics and footnote references, and the footnotes
 * numbered in the order of first reference. Drafter comments and Word-export bookmarks are left
 * out. Headings (`model.headings`, format.md decision 15) are printed as the official layout does:
 * a part label (`A`, `Part II`, `I. Global context`) as a centred bold line (`heading`), followed
 * by its own organ line when the part has one (S/RES/161 (1961)); a section heading
 * (`Peacebuilding financing`, A/RES/80/11) as a bold line at the left (`sectionHeading`).
 */
import { resolveSettings, type FootnoteStyle, type UnresSettings } from '../core/config/settings';
import type { DocumentModel, Emphasis, FootnoteDefinition, HeaderLineKind, Span, Subparagraph } from '../core/model/types';
import { allParagraphs, MAX_FOOTNOTE_NESTING, writeLabel } from '../core/model/derived';
import { endsWithListConjunction, isSpace, lineAt, LIST_DASHES, lowerBoundBy, skipSpace, trimEnd } from '../core/model/text';
import { ANNEX_LINE, BOOKMARK_AT } from '../core/parser/parse';

/** A run of text, possibly italic or underlined. */
export interface TextInline {
  readonly kind: 'text';
  readonly text: string;
  readonly italic: boolean;
  readonly underline: boolean;
}

/** A footnote reference as printed. */
export interface RefInline {
  readonly kind: 'ref';
  readonly label: string;
  /** The number printed at the reference. */
  readonly printed: number;
  /** The footnote this reference creates; absent for a legacy re-citation, which repeats a number. */
  readonly footnote?: number;
}

/** A piece of a block's text. */
export type Inline = TextInline | RefInline;

/** What a block is, for its typography. */
export type BlockKind = HeaderLineKind | 'organ' | 'preamble' | 'operative' | 'subparagraph' | 'sectionHeading' | 'closing' | 'annexHeading' | 'annex';


/** One printed block (a paragraph of the output). */
export interface LayoutBlock {
  readonly kind: BlockKind;
  /** The number or label printed before the text: `1.`, `(a)`, `(ii)`. */
  readonly marker?: string;
  /** Depth of a sub-paragraph: 1 for `(a)`, 2 for `(i)`. */
  readonly level?: number;
  readonly inlines: readonly Inline[];
  /** Zero-based source lines of the block (for scroll sync). */
  readonly startLine: number;
  readonly endLine: number;
  /** The paragraph's name when it is one (`PP3`, `OP5`). */
  readonly paragraph?: string;
  /** Header blocks: a blank line separates this block from the one before in the source. */
  readonly groupStart?: boolean;
}

/** A printed footnote. */
export interface LayoutFootnote {
  /** The id of the footnote in the output, 1-based, in order. */
  readonly id: number;
  /** The number printed at the footnote. */
  readonly printed: number;
  readonly label: string;
  readonly inlines: readonly Inline[];
}

/** The whole print layout. */
export interface Layout {
  readonly blocks: readonly LayoutBlock[];
  readonly footnotes: readonly LayoutFootnote[];
  readonly footnoteStyle: FootnoteStyle;
  /** The title text (for document properties). */
  readonly title?: string;
  /** Things the exporter could not print as written (a reference without a footnote text …). */
  readonly warnings: readonly string[];
}

interface RefNumbering {
  resolve(label: string): RefInline;
}

/** Numbers references in order of first reference; a re-citation repeats or renews per the style (FN-04). */
function numbering(style: FootnoteStyle, footnotes: LayoutFootnote[], warnings: string[], noteInlines: (label: string, n: RefNumbering) => Inline[] | undefined): RefNumbering {
  const firstPrinted = new Map<string, number>();
  let printed = 0;
  let ids = 0;
  const self: RefNumbering = {
    resolve(label: string): RefInline {
      const earlier = firstPrinted.get(label);
      if (earlier !== undefined && style === 'legacy') return { kind: 'ref', label, printed: earlier };
      const number = ++printed;
      const id = ++ids;
      if (earlier === undefined) firstPrinted.set(label, number);
      // Listed before the footnotes its text cites, which its text numbers after it (the counters
      // move on while its text is laid out: read after that, a footnote citing another got the
      // other's number and came after it in the list).
      const at = footnotes.length;
      footnotes.push({ id, printed: number, label, inlines: [] });
      const inlines = noteInlines(label, self);
      if (!inlines) warnings.push(`Footnote [^${label}] has no text in the draft.`);
      footnotes[at] = { id, printed: number, label, inlines: inlines ?? [{ kind: 'text', text: `[^${label}]`, italic: false, underline: false }] };
      return { kind: 'ref', label, printed: number, footnote: id };
    },
  };
  return self;
}

/** Builds the print layout of a parsed draft. */
export function buildLayout(model: DocumentModel, settings?: UnresSettings): Layout {
  const { footnoteStyle } = resolveSettings(settings, model);
  const text = model.text;
  const masked = model.masked;
  const footnotes: LayoutFootnote[] = [];
  const warnings: string[] = [];
  const definitions = new Map<string, FootnoteDefinition>();
  for (const d of model.footnoteDefinitions) {
    if (!definitions.has(d.label)) definitions.set(d.label, d);
    // lint reports it (footnote-duplicate); the export must say which text it printed.
    else warnings.push(`Footnote [^${d.label}] is defined more than once; the first text is printed, the one on line ${lineAt(model.lines, d.span.start) + 1} is not.`);
  }
  // In order of their start, for a binary search per block (a filter of all of them per block would be quadratic).
  const emphasesByStart = [...model.emphases].sort((a, b) => a.span.start - b.span.start);
  const emphasesIn = (start: number, end: number): Emphasis[] => {
    const out: Emphasis[] = [];
    for (let k = lowerBoundBy(emphasesByStart, start, (e) => e.span.start); k < emphasesByStart.length && emphasesByStart[k].span.start < end; k++) if (emphasesByStart[k].span.end <= end) out.push(emphasesByStart[k]);
    return out;
  };
  const refsAt = new Map(model.footnoteReferences.map((r) => [r.span.start, r]));
  const commentsAt = new Map(model.comments.map((c) => [c.span.start, c.span.end]));
  const inNote = new Set<string>();

  /**
   * Where a mark the export never prints ends, when one starts at `i`: a comment (also inside a
   * Word-export footnote, read from the text), or a `[bookmark: …]` (blanked in the masked text, a
   * space inside a word: `Coop[bookmark: _GoBack]eration` printed `Coop eration`; found by a review).
   */
  const hiddenEnd = (i: number): number | undefined => {
    const comment = commentsAt.get(i);
    if (comment !== undefined) return comment;
    if (text.charCodeAt(i) !== 91 || masked.charCodeAt(i) !== 32) return undefined;
    BOOKMARK_AT.lastIndex = i;
    return BOOKMARK_AT.test(text) ? BOOKMARK_AT.lastIndex : undefined;
  };

  /**
   * The inline content of `[start, end)`: text from the masked text, italics, references.
   * `refsAsWritten`: references print as the source writes them (a footnote that cites itself).
   */
  const inlinesOf = (start: number, end: number, n: RefNumbering, source: string = masked, refsAsWritten = false): Inline[] => {
    const out: Inline[] = [];
    const emphases = emphasesIn(start, end);
    // Depths, not flags: `_continue *its* work_` nests one italic span in another, and the inner
    // one's end must not end the outer (review finding).
    let italics = 0;
    let underlines = 0;
    let buffer = '';
    const flush = () => {
      if (buffer) out.push({ kind: 'text', text: buffer, italic: italics > 0, underline: underlines > 0 });
      buffer = '';
    };
    const closeAt = new Map<number, { len: number; kind: 'i' | 'u' }>();
    const openAt = new Map<number, { len: number; kind: 'i' | 'u'; end: number }>();
    for (const e of emphases) {
      const kind = e.marker === '__' ? 'u' : 'i';
      if (openAt.has(e.span.start)) continue;
      openAt.set(e.span.start, { len: e.inner.start - e.span.start, kind, end: e.inner.end });
      closeAt.set(e.inner.end, { len: e.span.end - e.inner.end, kind });
    }
    let i = start;
    while (i < end) {
      const open = openAt.get(i);
      if (open) {
        flush();
        if (open.kind === 'i') italics++;
        else underlines++;
        i += open.len;
        continue;
      }
      const close = closeAt.get(i);
      if (close) {
        flush();
        if (close.kind === 'i') italics = Math.max(0, italics - 1);
        else underlines = Math.max(0, underlines - 1);
        i += close.len;
        continue;
      }
      const comment = hiddenEnd(i);
      if (comment !== undefined) {
        // A comment is blanked to spaces: before a mark or the block's end, it takes the white
        // space before it along (`to end <!-- note -->;` prints `to end;`, not `to end ;`); so does a bookmark.
        let after = Math.min(comment, end);
        while (after < end && /[ \t\u00a0]/.test(source[after])) after++;
        if (after >= end || /[,;:.!?)\]”’]/.test(source[after])) {
          buffer = trimSpacesEnd(buffer);
          i = after;
        } else i = Math.min(comment, end);
        continue;
      }
      const ref = refsAt.get(i);
      if (ref && ref.span.end <= end && !refsAsWritten) {
        flush();
        out.push(n.resolve(ref.label));
        i = ref.span.end;
        continue;
      }
      buffer += source[i];
      i++;
    }
    flush();
    return normalizeInlines(out);
  };

  // A footnote's text is laid out once: a re-citation in the current style prints a new footnote
  // with the same text, and the references inside it keep the numbers of the first printing (laid
  // out anew each time, footnotes citing the next one twice made 2^depth footnotes).
  const laidOut = new Map<string, Inline[]>();
  let warnedDeep = false;
  const noteInlines = (label: string, n: RefNumbering): Inline[] | undefined => {
    const def = definitions.get(label);
    if (!def) return undefined;
    const done = laidOut.get(label);
    if (done) return done;
    const span = def.textSpan;
    // A footnote that cites itself must not recurse, nor may footnotes nest without end (each level
    // is a few stack frames): deeper than MAX_FOOTNOTE_NESTING, the references print as written.
    const tooDeep = inNote.size >= MAX_FOOTNOTE_NESTING;
    if (tooDeep && !warnedDeep) {
      warnedDeep = true;
      warnings.push(`Footnote [^${label}] is cited inside ${MAX_FOOTNOTE_NESTING} nested footnotes; the references in its text are printed as written.`);
    }
    // Word-export footnote texts are blanked in the masked text: read them from the text.
    const source = def.syntax === 'word' ? text : masked;
    // Its references as written, its italics and comments as anywhere (the raw text printed the comments).
    if (tooDeep || inNote.has(label)) return inlinesOf(span.start, span.end, n, source, true);
    inNote.add(label);
    const result = inlinesOf(span.start, span.end, n, source);
    inNote.delete(label);
    laidOut.set(label, result);
    return result;
  };
  const n = numbering(footnoteStyle, footnotes, warnings, noteInlines);

  const blocks: LayoutBlock[] = [];
  const line = (offset: number) => lineAt(model.lines, offset);
  // What the blocks and footnotes print of the source, and what is never printed by design
  // (comments, footnote texts, whose definitions print as footnotes or are warned about): the text
  // outside all of them is printed too (`rescueUnprinted`).
  const covered: Span[] = [...model.comments.map((c) => c.span), ...model.footnoteDefinitions.map((d) => d.span)];
  for (const p of allParagraphs(model)) covered.push(p.span);
  const push = (kind: BlockKind, span: Span, extra: Partial<LayoutBlock> = {}) => {
    covered.push(span);
    const inlines = inlinesOf(span.start, span.end, n);
    if (inlines.length === 0 && !extra.marker) return;
    blocks.push({ kind, inlines, startLine: line(span.start), endLine: line(Math.max(span.start, span.end - 1)), ...extra });
  };

  // Header: one block per line, the title as one block; a blank source line starts a new group.
  let previousLine = -2;
  const header = model.header.lines;
  for (let k = 0; k < header.length; k++) {
    const h = header[k];
    const l = line(h.span.start);
    const groupStart = l > previousLine + 1;
    if (h.kind === 'title') {
      let end = h.span.end;
      while (k + 1 < header.length && header[k + 1].kind === 'title') end = header[++k].span.end;
      push('title', { start: h.span.start, end }, { groupStart });
      previousLine = line(end);
      continue;
    }
    push(h.kind, h.span, { groupStart });
    previousLine = l;
  }
  if (model.organ) push('organ', model.organ.span, { groupStart: true });

  const visitSubs = (subs: readonly Subparagraph[], level: number) => {
    for (const s of subs) {
      covered.push(s.span);
      push('subparagraph', { start: s.body.start, end: s.span.end }, { marker: writeLabel(s.style, s.label), level });
      visitSubs(s.children, level + 1);
    }
  };
  // Headings in the body (the part label over the organ line is a header line, printed above).
  const headings = model.headings.filter((h) => h.where !== 'header');
  let nextHeading = 0;
  const headingsBefore = (offset: number) => {
    for (; nextHeading < headings.length && headings[nextHeading].span.start < offset; nextHeading++) {
      const h = headings[nextHeading];
      push(h.kind === 'part' ? 'heading' : 'sectionHeading', h.span);
      if (h.organ) push('organ', h.organ.span, { groupStart: true });
    }
  };
  for (const p of allParagraphs(model)) {
    headingsBefore(p.span.start);
    const marker = p.number ? `${p.number.text}.` : undefined;
    push(p.part === 'preamble' ? 'preamble' : 'operative', { start: p.body.start, end: p.span.end }, { marker, paragraph: p.label });
    visitSubs(p.subparagraphs, 1);
  }
  headingsBefore(model.closing?.span.start ?? model.annex?.span.start ?? model.text.length);
  if (model.closing) {
    push('closing', model.closing.meetingLine);
    if (model.closing.dateLine) push('closing', model.closing.dateLine);
    if (model.closing.note) push('closing', model.closing.note);
  }
  // Text after the closing block is not part of the resolution (lint reports it), but it is the
  // drafter's text (a vote line, a note): printed as plain paragraphs, with a warning, never dropped.
  /** A block of free text, from its first character that is not white space. */
  /** The first character of `s` that is not white space (`s.end` if none). */
  const textStart = (s: Span) => s.end - masked.slice(s.start, s.end).trimStart().length;
  const pushText = (s: Span) => {
    const startAt = textStart(s);
    if (startAt < s.end) push('annex', { start: startAt, end: s.end });
  };
  if (model.closing) covered.push(model.closing.meetingLine, ...(model.closing.dateLine ? [model.closing.dateLine] : []), ...(model.closing.note ? [model.closing.note] : []));
  for (const b of model.afterClosing) pushText(b);
  if (model.afterClosing.length > 0) warnings.push('Text after the closing block is not part of the resolution (`unres lint` reports it); it is printed after the closing lines as plain paragraphs.');
  if (model.annex) {
    push('annexHeading', model.annex.heading);
    // The annex is free text: its blocks are the runs of non-blank lines, without the lines of
    // `[^label]:` footnote texts (a paragraph and a definition in one run are cut apart, never
    // dropped together; Word-export `[N: …]` texts stay inline, as in any paragraph).
    const defs = model.footnoteDefinitions.filter((d) => d.syntax !== 'word').map((d) => d.span);
    const from = model.annex.heading.end;
    covered.push(model.annex.span);
    const re = /\r?\n[ \t\u00a0]*(?:\r?\n|$)|\r[ \t\u00a0]*(?:\r|$)/g;
    let at = from;
    const spans: Span[] = [];
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(masked))) {
      spans.push({ start: at, end: m.index });
      at = m.index + m[0].length;
      if (m[0].length === 0) re.lastIndex++;
    }
    spans.push({ start: at, end: model.annex.span.end });
    const pieces: Span[] = [];
    for (const s of spans) {
      let start = s.start;
      for (const d of defs) {
        if (d.end <= start || d.start >= s.end) continue;
        if (d.start > start) pieces.push({ start, end: d.start });
        start = Math.max(start, d.end);
      }
      if (start < s.end) pieces.push({ start, end: s.end });
    }
    for (const s of pieces) {
      // A further annex (`Annex II`) is a heading too, its title the text below it.
      const start = textStart(s);
      if (start === s.end) continue;
      const eol = masked.slice(start, s.end).search(/[\r\n]/);
      const lineEnd = eol < 0 ? s.end : start + eol;
      const line = masked.slice(start, lineEnd).trimEnd();
      if (ANNEX_LINE.test(line)) {
        push('annexHeading', { start, end: start + line.length });
        pushText({ start: lineEnd, end: s.end });
      } else pushText(s);
    }
  }
  rescueUnprinted(model, blocks, warnings, covered, (kind, span) => {
    const inlines = inlinesOf(span.start, span.end, n);
    return inlines.length === 0 ? undefined : { kind, inlines, startLine: line(span.start), endLine: line(Math.max(span.start, span.end - 1)) };
  });
  const referenced = new Set(model.footnoteReferences.map((r) => r.label));
  for (const label of definitions.keys()) if (!referenced.has(label)) warnings.push(`Footnote [^${label}] is never referenced; it is not exported.`);
  // The document's title property: the printed words, without italics marks or footnote references.
  const titleBlock = blocks.find((b) => b.kind === 'title');
  const title = titleBlock ? titleBlock.inlines.map((x) => (x.kind === 'text' ? x.text : '')).join('').trim() : undefined;
  return { blocks, footnotes, footnoteStyle, title: title || undefined, warnings };
}

/** `s` without the spaces, tabs and no-break spaces at its end (a loop: `/[ \t]+$/` is quadratic on a long run of them). */
function trimSpacesEnd(s: string): string {
  let e = s.length;
  while (e > 0 && (s[e - 1] === ' ' || s[e - 1] === '\t' || s[e - 1] === '\u00a0')) e--;
  return s.slice(0, e);
}

/** What opens a line kept as one: a quoted paragraph's quotation mark, or a dashed item's dash (`- All parties …`). */
const OPENING_ITEM = new RegExp(`^(?:[“‘"]|[${LIST_DASHES}] )`);

/**
 * Collapses white space (line breaks, runs of spaces) and trims the block's ends; a line end before
 * a quoted paragraph or a dashed item stays one (see below).
 */
function normalizeInlines(list: Inline[]): Inline[] {
  const out: Inline[] = [];
  // For the quoted paragraphs and dashed items: the last character before the white space, and
  // whether the current line of the source opens with a quotation mark or a dash.
  let previous = '';
  let quotedLine: boolean | undefined;
  for (const x of list) {
    if (x.kind !== 'text') {
      out.push(x);
      continue;
    }
    if (quotedLine === undefined) quotedLine = OPENING_ITEM.test(x.text.trimStart().slice(0, 2));
    // A form feed or vertical tab (pasted from extracted text) is white space too: Word drops them,
    // which glued the words on each side together. A line end stays one (`\n`, printed as a line
    // break) where a quoted paragraph starts: after a colon, or after a quoted line that ends a
    // paragraph (`“1. Calls for …;` / `“2. Requests …”;`), as the importer writes a resolution
    // quoted in full; likewise where a dashed item starts (`demands that:` / `- All parties …, and` /
    // `- All forms …,`); any other is a soft wrap (a dash in mid-sentence, `relations` / `— diplomatic,
    // consular or otherwise —`, follows no colon and no item).
    const t = x.text.replace(/[ \t\r\n\v\f\u00a0\ufeff]+/g, (ws: string, at: number, whole: string) => {
      const before = at > 0 ? whole[at - 1] : previous;
      if (/[\r\n]/.test(ws)) {
        const opensQuote = OPENING_ITEM.test(whole.slice(at + ws.length, at + ws.length + 2));
        const breaks = opensQuote && (before === ':' || (quotedLine === true && (/[,;.”’"]/.test(before) || endsWithListConjunction(whole, at))));
        quotedLine = opensQuote;
        if (breaks) return '\n';
      }
      return ws.includes('\u00a0') && !/[\r\n\v\f]/.test(ws) ? '\u00a0' : ' ';
    });
    const trimmed = x.text.trimEnd();
    if (trimmed.length > 0) previous = trimmed[trimmed.length - 1];
    const prev = out[out.length - 1];
    if (prev && prev.kind === 'text' && prev.italic === x.italic && prev.underline === x.underline) out[out.length - 1] = { ...prev, text: prev.text + t };
    else out.push({ ...x, text: t });
  }
  // Trim the block's ends, and a space doubled across an italics boundary.
  for (let k = 0; k < out.length; k++) {
    const x = out[k];
    if (x.kind !== 'text') continue;
    const prev = out[k - 1];
    if (prev && prev.kind === 'text' && /[ \u00a0\n]$/.test(prev.text) && x.text.startsWith(' ')) out[k] = { ...x, text: x.text.slice(1) };
  }
  const first = out[0];
  if (first && first.kind === 'text') out[0] = { ...first, text: first.text.trimStart() };
  const last = out[out.length - 1];
  if (last && last.kind === 'text') out[out.length - 1] = { ...last, text: last.text.trimEnd() };
  return out.filter((x) => x.kind !== 'text' || x.text.length > 0);
}

/**
 * Prints the text no block printed: closing lines after the date and its note, a date-only block
 * after the closing, a second organ line (found by a review: they were left out without a word).
 * Each block of such text (a run of lines without a blank one) is placed among the blocks by its
 * line, a second organ line as an organ line and the rest as plain paragraphs, with a warning.
 */
function rescueUnprinted(model: DocumentModel, blocks: LayoutBlock[], warnings: string[], covered: Span[], make: (kind: BlockKind, span: Span) => LayoutBlock | undefined): void {
  const text = model.masked;
  const spans = covered.filter((c) => c.end > c.start).sort((a, b) => a.start - b.start);
  const organ = new Set(model.extraOrganLines.map((o) => o.start));
  const rescued: LayoutBlock[] = [];
  const lines: number[] = [];
  let at = 0;
  const gap = (from: number, to: number) => {
    // The runs of lines with text in the gap, one block each.
    let start = -1;
    let last = from;
    for (let i = from; i <= to; i++) {
      const atEnd = i === to;
      const c = atEnd ? 10 : text.charCodeAt(i);
      if (c === 10 || c === 13) {
        // A line end: a blank line (nothing but spaces since `last`) closes the run.
        const blank = skipSpace(text, last, i) === i;
        if (blank && start >= 0) {
          emit(start, trimEnd(text, start, last));
          start = -1;
        }
        last = i + 1;
        if (atEnd && start >= 0) emit(start, trimEnd(text, start, to));
        continue;
      }
      if (start < 0 && !isSpace(c)) start = i;
    }
  };
  const emit = (start: number, end: number) => {
    if (end <= start) return;
    const kind = organ.has(start) ? 'organ' : 'annex';
    const block = make(kind, { start, end });
    if (!block) return;
    rescued.push(kind === 'organ' ? { ...block, groupStart: true } : block);
    lines.push(block.startLine + 1);
  };
  for (const c of spans) {
    if (c.start > at) gap(at, c.start);
    at = Math.max(at, c.end);
  }
  if (at < text.length) gap(at, text.length);
  if (rescued.length === 0) return;
  warnings.push(`The text at line${lines.length > 1 ? 's' : ''} ${lines.slice(0, 5).join(', ')}${lines.length > 5 ? ' …' : ''} is no part of the resolution the export knows (a second organ line, a line after the closing date); it is printed as it stands. \`unres lint\` says what it is.`);
  // Both lists are in the order of the source: merged by line.
  const merged: LayoutBlock[] = [];
  let k = 0;
  for (const b of blocks) {
    while (k < rescued.length && rescued[k].startLine < b.startLine) merged.push(rescued[k++]);
    merged.push(b);
  }
  while (k < rescued.length) merged.push(rescued[k++]);
  // Not a spread into splice: a draft of 100,000 blocks would pass as many arguments.
  blocks.length = 0;
  for (const b of merged) blocks.push(b);
}

