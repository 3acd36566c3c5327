/**
 * The model of a new version of a draft from the model of the previous one, for the edits a
 * drafter makes most (typing or deleting a few characters inside a paragraph): equal to
 * `parse(text)`, in a fraction of its time on a long draft. Whatever the edit touches that the
 * parser reads — a line start (white space and blanked text skipped), a line end or a blank line,
 * the last character of a block, the opening words of a paragraph whose words decide its part, a
 * mark (`_`, `*`, `[`, `]`, `^`, `<`, `>`, `!`, `-`, `:`), an open `[` before it on the line, the
 * inside of a comment, a bookmark or a Word-export footnote, a header, heading, closing or annex —
 * makes it parse the whole text instead. Otherwise the structure of the draft is that of
 * the previous version and only offsets after the edit move: the model is the previous one with
 * those offsets moved, objects wholly before the edit shared (models are immutable), the links
 * between objects (a paragraph's heading and opening emphasis are objects of `headings` and
 * `emphases`) kept. A property test compares the two on random drafts and edits
 * (test/unit/reparse.test.ts).
 */
import { commonPrefix, commonSuffix, lineAt, lowerBoundBy, skipSpace } from '../model/text';
import type { Comment, Directive, DocumentModel, Emphasis, FootnoteDefinition, FootnoteReference, Heading, Line, OrganLine, Paragraph, ParseProblem, Span, Subparagraph } from '../model/types';
import { paragraphAt } from '../model/derived';
import { parse } from './parse';

/** The longest edit the shortcut takes (typing, a deleted word), in characters each side. */
const MAX_EDIT = 64;
/**
 * How far into a line its kind is decided: the paragraph number, sub-paragraph label and opening
 * mark fit in the first 10 characters; a caret footnote definition (`[^label]:`) in the first 110.
 */
const LINE_HEAD = 10;
const LINE_HEAD_BRACKET = 110;
/**
 * How far back an open `[` may make the edit part of a bracket the parser reads: a bookmark
 * (`[bookmark:` and up to 500 characters, then `]`) is the longest that is not blanked already.
 */
const BRACKET_REACH = 512;
/** How many characters at the start of the text decide whether it is binary (see `parse`). */
const NUL_WINDOW = 8192;

/** The model of `text`, from the model of the previous version when the edit allows it. */
export function reparse(previous: DocumentModel, text: string): DocumentModel {
  return (typeof text === 'string' && moved(previous, text)) || parse(text);
}

/** A character the parser reads only as part of a word: no mark, line end, tab, or other space. */
function inert(c: number): boolean {
  if (c < 32 || c === 127) return false;
  switch (c) {
    case 33: // !
    case 42: // *
    case 45: // -
    case 58: // :
    case 60: // <
    case 62: // >
    case 91: // [
    case 93: // ]
    case 94: // ^
    case 95: // _
    case 0xa0:
    case 0x2028:
    case 0x2029:
    case 0xfeff:
      return false;
    default:
      // Other spaces (en space, ideographic space …) count as white space in the line model.
      return !(c >= 0x2000 && c <= 0x200b) && c !== 0x1680 && c !== 0x202f && c !== 0x205f && c !== 0x3000 && c !== 0x85;
  }
}

function allInert(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!inert(s.charCodeAt(i))) return false;
  return true;
}

/** The model of `text` as the previous model with its offsets moved, or undefined when the edit is not one the shortcut takes. */
export function moved(m: DocumentModel, text: string): DocumentModel | undefined {
  const old = m.text;
  if (old === text || !m.organ) return undefined;
  const prefix = commonPrefix(old, text);
  const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - prefix);
  // The edit replaces old [a, b) with new [a, e).
  const a = prefix;
  const b = old.length - suffix;
  const e = text.length - suffix;
  if (b - a > MAX_EDIT || e - a > MAX_EDIT || a === 0 || b >= old.length) return undefined;
  if (!allInert(old, a - 1, b + 1) || !allInert(text, a, e)) return undefined;
  // Nothing blanked (comment, bookmark, Word-export footnote) next to the edit.
  if (m.masked.slice(a - 1, b + 1) !== old.slice(a - 1, b + 1)) return undefined;
  if (a <= m.organ.span.end || (m.closing && b >= m.closing.span.start) || (m.annex && b >= m.annex.heading.start)) return undefined;
  // Whether the text looks binary depends on its first characters (unchanged by an edit after them).
  if (a < NUL_WINDOW && m.problems.some((p) => p.code === 'not-text') !== text.slice(0, NUL_WINDOW).includes('\u0000')) return undefined;
  // A text with no numbered operative paragraph reads its paragraphs' words to find the operative
  // part; a part that repeats the organ line starts the preamble again.
  if (!m.operative.some((p) => p.number) || m.headings.some((h) => h.organ)) return undefined;
  const block = blockOf(m, a, b);
  if (!block) return undefined;
  // Not inside a footnote reference (its label is kept as text).
  const refs = m.footnoteReferences;
  const r = lowerBoundBy(refs, a, (x) => x.span.end);
  if (r < refs.length && refs[r].span.start <= b) return undefined;
  // Far enough into its line (from its first character that is neither white space nor blanked, as
  // the parser reads it) that the line's kind stays the same, and the line not blank.
  const line = m.lines[lineAt(m.lines, a)];
  const start = skipSpace(m.masked, line.start, line.end);
  const head = m.masked.charCodeAt(start) === 91 ? LINE_HEAD_BRACKET : LINE_HEAD;
  if (a - start < head || b > line.end) return undefined;
  // Nor on a line before one that opens with `a.`, `i.` or `a)`: whether that starts a sub-paragraph
  // depends on how this line ends (parse.ts, `looseAllowed`).
  const next = m.lines[line.index + 1];
  const nextAt = next ? skipSpace(m.masked, next.start, next.end) : 0;
  if (next && /^[a-z]{1,6}[.)](?:[\s\u00a0]|$)/.test(m.masked.slice(nextAt, Math.min(next.end, nextAt + 10)))) return undefined;
  // Not inside a blanked range (comment, bookmark, Word-export footnote), which is spaces in the
  // masked text back to its opening mark: before the edit, a space there must be one in the text.
  for (let i = a - 1; i > start && m.masked.charCodeAt(i) === 32; i--) if (old.charCodeAt(i) !== 32) return undefined;
  // Nor after an open `[` on the line: deleting a space may make `[^a b]` a footnote reference,
  // deleting a character a bookmark of 501 characters one.
  for (let i = a - 1; i >= line.start && i >= a - BRACKET_REACH; i--) {
    if (m.masked.charCodeAt(i) === 93) break;
    if (old.charCodeAt(i) === 91) return undefined;
  }

  const delta = e - b;
  let ok = true;
  /** An offset of the previous version in the new one; offsets at or inside the edit give up. */
  const at = (x: number): number => {
    if (x < a) return x;
    if (x > b) return x + delta;
    ok = false;
    return x;
  };
  // Objects are built with the parser's own shapes (keys in the same order, absent values as
  // undefined), so that the rules' property accesses see one shape per kind of object.
  const span = (s: Span): Span => (s.end < a ? s : { start: at(s.start), end: at(s.end) });
  const optional = (s: Span | undefined): Span | undefined => s && span(s);
  const lines = mapFrom(m.lines, (l) => l.end, a, (l: Line): Line => ({ index: l.index, start: at(l.start), end: at(l.end) }));
  const emphasisOf = new Map<Emphasis, Emphasis>();
  const emphases = mapFrom(m.emphases, (x) => x.span.end, a, (x: Emphasis): Emphasis => {
    const y: Emphasis = { span: span(x.span), inner: span(x.inner), marker: x.marker };
    emphasisOf.set(x, y);
    return y;
  });
  const organOf = (o: OrganLine): OrganLine => (o.span.end < a ? o : { span: span(o.span), name: o.name, punctuation: o.punctuation, punctuationSpan: span(o.punctuationSpan) });
  const headingOf = new Map<Heading, Heading>();
  const headings = m.headings.map((h) => {
    if (h.span.end < a) return h;
    // Section headings have no `label` or `title` key, part headings no `organ` unless one follows.
    const y: { -readonly [K in keyof Heading]: Heading[K] } = { ...h, span: span(h.span) };
    if ('title' in h) y.title = optional(h.title);
    if ('organ' in h) y.organ = h.organ && organOf(h.organ);
    headingOf.set(h, y);
    return y;
  });
  // A sub-paragraph's span is its own block: its children come after it.
  const sub = (x: Subparagraph): Subparagraph => {
    const children = x.children.map(sub);
    if (x.span.end < a && children.every((c, i) => c === x.children[i])) return x;
    return { label: x.label, labelSpan: span(x.labelSpan), kind: x.kind, style: x.style, ordinal: x.ordinal, level: x.level, span: span(x.span), body: span(x.body), children };
  };
  const paragraph = (p: Paragraph): Paragraph => {
    if (p.fullSpan.end < a) return p;
    const emphasis = p.opener.emphasis && (emphasisOf.get(p.opener.emphasis) ?? p.opener.emphasis);
    return {
      part: p.part,
      index: p.index,
      label: p.label,
      span: span(p.span),
      heading: p.heading && (headingOf.get(p.heading) ?? p.heading),
      restartsNumbering: p.restartsNumbering,
      number: p.number && { value: p.number.value, text: p.number.text, span: span(p.number.span) },
      opener: { textStart: at(p.opener.textStart), emphasis },
      body: span(p.body),
      subparagraphs: p.subparagraphs.map(sub),
      fullSpan: span(p.fullSpan),
    };
  };
  const preamble = m.preamble.map(paragraph);
  const operative = m.operative.map(paragraph);
  const ref = (r: FootnoteReference): FootnoteReference => ({ label: r.label, span: span(r.span), labelSpan: span(r.labelSpan), syntax: r.syntax });
  const def = (d: FootnoteDefinition): FootnoteDefinition => ({ label: d.label, span: span(d.span), labelSpan: span(d.labelSpan), textSpan: span(d.textSpan), syntax: d.syntax });
  const commentOf = new Map<Span, Span>();
  const comment = (c: Comment): Comment => {
    const y = { span: span(c.span), inner: span(c.inner), closed: c.closed };
    commentOf.set(c.span, y.span);
    return y;
  };
  const comments = mapFrom(m.comments, (c) => c.span.end, a, comment);
  // A directive's span is its comment's.
  const directive = (d: Directive): Directive => ({ kind: d.kind, ruleIds: d.ruleIds.map((r) => ({ id: r.id, span: span(r.span) })), span: commentOf.get(d.span) ?? span(d.span), line: d.line });
  const problem = (p: ParseProblem): ParseProblem => ({ code: p.code, span: span(p.span), message: p.message });
  const model: DocumentModel = {
    text,
    // A draft with nothing blanked has its text as its masked text (as `parse` gives it): one
    // string for the engine to flatten, not two.
    masked: m.masked === old ? text : m.masked.slice(0, a) + text.slice(a, e) + m.masked.slice(b),
    lines,
    eol: m.eol,
    header: m.header,
    organ: m.organ,
    extraOrganLines: m.extraOrganLines.map(span),
    preamble,
    operative,
    closing: m.closing && { span: span(m.closing.span), meetingLine: span(m.closing.meetingLine), dateLine: optional(m.closing.dateLine), ...(m.closing.note ? { note: span(m.closing.note) } : {}) },
    afterClosing: m.afterClosing.map(span),
    headings,
    annex: m.annex && { heading: span(m.annex.heading), span: span(m.annex.span), title: optional(m.annex.title) },
    footnoteReferences: mapFrom(m.footnoteReferences, (r) => r.span.end, a, ref),
    footnoteDefinitions: mapFrom(m.footnoteDefinitions, (d) => d.span.end, a, def),
    emphases,
    comments,
    directives: mapFrom(m.directives, (d) => d.span.end, a, directive),
    problems: m.problems.map((p) => (p.span.end < a ? p : problem(p))),
    cache: new Map(),
  };
  return ok ? model : undefined;
}

/**
 * A list sorted by start, whose ends are ascending too (lines, emphases, footnotes, comments,
 * directives): the items that end before `a` are kept, the others mapped.
 */
function mapFrom<T>(list: readonly T[], end: (x: T) => number, a: number, f: (x: T) => T): T[] {
  const first = lowerBoundBy(list, a, end);
  // Ends may not be ascending in every list: check the kept part, and map everything otherwise.
  for (let i = 0; i < first; i++) if (end(list[i]) >= a) return list.map((x) => (end(x) < a ? x : f(x)));
  const out = list.slice(0, first);
  for (let i = first; i < list.length; i++) out.push(end(list[i]) < a ? list[i] : f(list[i]));
  return out;
}

/**
 * The paragraph block or sub-paragraph block that holds the edit `[a, b)` after its opening words,
 * before its last character: a numbered paragraph after the first operative one, a paragraph that
 * opens with an italic or bold mark, or a sub-paragraph. Undefined for anything else (a plain block
 * may be a heading, a closing line or an organ line; the words of a numbered paragraph before the
 * first operative one decide its part).
 */
function blockOf(m: DocumentModel, a: number, b: number): Span | undefined {
  const inside = (s: Span, from: number) => a > from && b < s.end - 1;
  const p = paragraphAt(m, a);
  if (!p || p.fullSpan.end <= b) return undefined;
  if (b < p.span.end) {
    const opened = p.opener.emphasis ? p.opener.emphasis.span.end : -1;
    if (p.number) {
      // Before the first operative paragraph, the opening words of a numbered one decide its part.
      if (p.part === 'preamble' || p.index === 0) return undefined;
      return inside(p.span, Math.max(p.opener.textStart, opened)) ? p.span : undefined;
    }
    const c = m.text.charCodeAt(p.span.start);
    if (!((c === 95 || c === 42) && opened > 0)) return undefined;
    return inside(p.span, opened) ? p.span : undefined;
  }
  for (const s of flatten(p.subparagraphs)) if (s.span.start <= a && b < s.span.end) return inside(s.span, s.body.start) ? s.span : undefined;
  return undefined;
}

function flatten(list: readonly Subparagraph[]): Subparagraph[] {
  return list.flatMap((s) => [s, ...flatten(s.children)]);
}
