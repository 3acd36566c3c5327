/**
 * The robustness properties of issue 8, as named checks over one document, shared by the property
 * tests (`npm run test:property`) and the long fuzz run (`npm run fuzz`).
 *
 * To put a new feature under these properties, add one line to a table below:
 * - `positionFeatures` — called at every kind of position (inside, past the end, negative);
 * - `documentFeatures` — called once per document (symbols, folding, export …);
 * - `rewriters` — features that edit the document (quick fixes, formatting): their edits must change
 *   nothing outside their ranges, and must reach a fixed point that is idempotent.
 * Every feature must not throw, and every range or span found anywhere in its result must lie in
 * the document.
 */
import { AssertionError } from 'node:assert';
import { resolveSettings } from '../../server/src/core/config/settings';
import { formatEdits } from '../../server/src/core/features/formatting';
import { applyFixes, deletesComment } from '../../server/src/core/fixes/applyFixes';
import { createLanguageService, type ActionDiagnostic, type LanguageService, type TextDocumentLike } from '../../server/src/core/languageService';
import { lintIncremental, lintModel, type LintDiagnostic } from '../../server/src/core/lint';
import { rng } from '../../bench/generate';
import { EDITS } from '../support/edits';
import { rangeOf } from '../../server/src/core/model/text';
import type { DocumentModel, Position, Range, Span } from '../../server/src/core/model/types';
import { parse } from '../../server/src/core/parser/parse';
import { reparse } from '../../server/src/core/parser/reparse';
import { isDeepStrictEqual } from 'node:util';
import { comparableModel } from '../support/models';
import type { Fix, Rule, TextEdit } from '../../server/src/core/rules/types';
import { toHtml } from '../../server/src/export/html';
import { toDocx } from '../../server/src/export/docx';
import { unzip } from '../export/zip';

/** A feature asked about one position of a document. */
export type PositionFeature = (service: LanguageService, document: TextDocumentLike, position: Position) => unknown;
/** A feature asked about a whole document. */
export type DocumentFeature = (service: LanguageService, document: TextDocumentLike) => unknown;

/** The default lint of each document, computed once (several checks and features ask for it). */
const defaultLint = new WeakMap<TextDocumentLike, readonly LintDiagnostic[] | undefined>();
function lintOnce(s: LanguageService, d: TextDocumentLike): readonly LintDiagnostic[] | undefined {
  if (!defaultLint.has(d)) defaultLint.set(d, s.lint(d));
  return defaultLint.get(d);
}

/** The default lint of a document as an editor sends it back with a code action request, computed once per document. */
const actionDiagnosticsOf = new WeakMap<TextDocumentLike, ActionDiagnostic[]>();
function actionDiagnostics(s: LanguageService, d: TextDocumentLike): ActionDiagnostic[] {
  let found = actionDiagnosticsOf.get(d);
  if (!found) {
    const model = s.getModel(d);
    found = (lintOnce(s, d) ?? []).map((x) => ({ ruleId: x.ruleId, range: x.range, fix: x.fix ? { title: x.fix.title, edits: x.fix.edits.map((e) => ({ range: rangeOf(model, e.span), newText: e.newText })) } : undefined }));
    actionDiagnosticsOf.set(d, found);
  }
  return found;
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
/** The diagnostics whose range holds a position (what an editor sends for the cursor). */
const atCursor = (all: readonly ActionDiagnostic[], p: Position) => all.filter((x) => before(x.range.start, p) && before(p, x.range.end));
/** A range from a position to three lines further (the position may be outside the document). */
const from = (p: Position): Range => ({ start: p, end: { line: p.line + 3, character: 0 } });

/** Features at a position (one line each; symbols-at-cursor, definition, code actions for a range … go here). */
export const positionFeatures: Readonly<Record<string, PositionFeature>> = {
  hover: (s, d, p) => s.hover(d, p),
  'hover (legacy footnotes)': (s, d, p) => s.hover(d, p, { footnoteStyle: 'legacy' }),
  completion: (s, d, p) => s.complete(d, p),
  definition: (s, d, p) => s.definition(d, p),
  'references (with the declaration)': (s, d, p) => s.references(d, p, true),
  'references (without the declaration)': (s, d, p) => s.references(d, p, false),
  'document highlights': (s, d, p) => s.documentHighlights(d, p),
  'prepare rename': (s, d, p) => s.prepareRename(d, p),
  'rename (to a new label)': (s, d, p) => s.rename(d, p, 'renamed-1'),
  'rename (to a bad label)': (s, d, p) => s.rename(d, p, ']] x\n'),
  // The fix-all actions (source.fixAll.unres) run fixAll: checked once per document by the fixAll check below.
  'code actions at the cursor': (s, d, p) => s.codeActions(d, { range: { start: p, end: p }, diagnostics: atCursor(actionDiagnostics(s, d), p) }),
  'inlay hints in a range': (s, d, p) => s.inlayHints(d, from(p)),
  'range formatting': (s, d, p) => s.format(d, from(p)),
};

/** Checks that folding ranges are within the document's lines and start before they end. */
function checkedFolding(s: LanguageService, d: TextDocumentLike): unknown {
  const lines = s.getModel(d).lines.length;
  const found = s.foldingRanges(d);
  for (const f of found) {
    if (!Number.isInteger(f.startLine) || !Number.isInteger(f.endLine) || f.startLine < 0 || f.endLine < f.startLine || f.endLine >= lines) fail(`folding range ${f.startLine}–${f.endLine} is not within the ${lines} lines of the document`);
  }
  return found;
}

/** Checks that every link opens an https:// page on undocs.org (a draft is text: its links do nothing else). */
function checkedLinks(s: LanguageService, d: TextDocumentLike): unknown {
  const found = s.documentLinks(d);
  for (const l of found) {
    let url: URL | undefined;
    try {
      url = new URL(l.target);
    } catch {
      // reported below
    }
    if (!l.target.startsWith('https://undocs.org/') || url?.protocol !== 'https:' || url.host !== 'undocs.org') fail(`document link to ${JSON.stringify(l.target)}`);
  }
  return found;
}

/** The core's HTML export of a document, which must be one HTML page. */
function checkedHtml(s: LanguageService, d: TextDocumentLike, settings?: { footnoteStyle: 'legacy' }): unknown {
  const html = toHtml(s.getModel(d), settings ? { settings } : {});
  if (typeof html !== 'string' || !html.startsWith('<!DOCTYPE html>') || !html.trimEnd().endsWith('</html>')) fail(`the HTML export is not one page: ${JSON.stringify(String(html).slice(0, 120))}`);
  return undefined;
}

/** Features over a whole document (one line each; document symbols, folding ranges, export … go here). */
export const documentFeatures: Readonly<Record<string, DocumentFeature>> = {
  'lint (legacy footnotes, every rule at hint)': (s, d) => s.lint(d, { footnoteStyle: 'legacy', rules: Object.fromEntries(s.rules.map((r) => [r.meta.id, 'hint'])) }),
  'document symbols': (s, d) => s.documentSymbols(d),
  'folding ranges': checkedFolding,
  'inlay hints (whole document)': (s, d) => s.inlayHints(d),
  'document links (https://undocs.org/ only)': checkedLinks,
  'formatting edits': (s, d) => s.format(d),
  statistics: (s, d) => s.statistics(d),
  'export to HTML': (s, d) => checkedHtml(s, d),
  'export to HTML (legacy footnotes)': (s, d) => checkedHtml(s, d, { footnoteStyle: 'legacy' }),
};

/** A feature that edits the document. */
export interface Rewriter {
  /** The fixes one pass proposes for a text. */
  fixes(text: string): readonly Fix[];
  /** True when one pass must already be a fixed point (formatting); false when passes repeat until one is (quick fixes). */
  readonly onePass: boolean;
  /**
   * True when the rewriter renumbers (paragraphs, sub-paragraph labels, footnote labels) and moves
   * footnote definitions into order (formatting): comments and footnote texts must survive with
   * their words, but their numbers, labels and spacing may change and their order too.
   */
  readonly renumbers?: boolean;
}

/** The rule that proposed a fix, for messages. */
const ruleOfFix = new WeakMap<Fix, string>();

/** Fixes of every diagnostic of one lint pass. */
export function quickFixes(text: string): Fix[] {
  const errors: string[] = [];
  const found = lintModel(parse(text), { logger: { error: (m) => errors.push(m) } }) ?? [];
  if (errors.length > 0) throw new AssertionError({ message: `a rule threw while fixing: ${errors[0]}` });
  return found.flatMap((d) => {
    if (!d.fix) return [];
    ruleOfFix.set(d.fix, d.ruleId);
    return [d.fix];
  });
}

/** The renumbering formatter's edits as one fix. */
export function formatting(text: string): Fix[] {
  const edits = formatEdits(parse(text));
  return edits.length ? [{ title: 'format', edits }] : [];
}

/** Features that edit the document (one line each; formatting goes here with `onePass: true`). */
export const rewriters: Readonly<Record<string, Rewriter>> = {
  'quick fixes': { fixes: quickFixes, onePass: false },
  formatting: { fixes: formatting, onePass: true, renumbers: true },
};

/** How many passes a rewriter may take to reach its fixed point (fixAll's default). */
export const MAX_PASSES = 10;

/** One document under test, with the picks that choose positions in it. */
export interface Subject {
  readonly text: string;
  /** Pairs of naturals, turned into positions of each kind. */
  readonly picks: readonly (readonly [number, number])[];
}

/** A named property of one document. */
export interface Check {
  readonly name: string;
  /** For a costly check whose subject matters little: the property tests run it on one document in `every`. */
  readonly every?: number;
  run(subject: Subject): void;
}

/** What a diagnostic says and where, for comparing two lints of one text. */
function diagnosticKey(d: LintDiagnostic): string {
  return JSON.stringify([d.ruleId, d.severity, d.span.start, d.span.end, d.message, d.fix ?? null]);
}

function fail(message: string): never {
  throw new AssertionError({ message });
}

function doc(text: string, uri = 'file:///fuzz.unres'): TextDocumentLike {
  return { uri, version: 1, getText: () => text };
}

/** What the checks of one document share: one service (so the document is parsed once), its log, its model. */
interface Shared {
  readonly service: LanguageService;
  readonly errors: string[];
  readonly document: TextDocumentLike;
  readonly model: DocumentModel;
}

const shared = new WeakMap<Subject, Shared>();

/** The shared state of a subject, made on first use. */
function stateOf(subject: Subject): Shared {
  let s = shared.get(subject);
  if (!s) {
    const errors: string[] = [];
    const service = createLanguageService({ logger: { error: (m) => errors.push(m) } });
    const document = doc(subject.text);
    s = { service, errors, document, model: service.getModel(document) };
    shared.set(subject, s);
  }
  return s;
}

/** The default lint of a subject, computed once. */
function lintOf(subject: Subject): readonly LintDiagnostic[] | undefined {
  const s = stateOf(subject);
  return lintOnce(s.service, s.document);
}

function noLoggedErrors(errors: readonly string[], what: string): void {
  if (errors.length > 0) fail(`${what}: a rule threw and was skipped: ${errors[0].slice(0, 600)}`);
}

/**
 * Checks that every span (`{ start, end }` offsets) and every range (`{ start: { line, character } … }`)
 * anywhere in `value` lies inside the document.
 */
export function assertRangesInside(value: unknown, model: Pick<DocumentModel, 'text' | 'lines'>, where: string): void {
  const length = model.text.length;
  const lines = model.lines;
  const seen = new Set<object>();
  const path: (string | number)[] = [];
  const at = () => `result${path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('')}`;
  const checkPos = (p: Position, end: string) => {
    if (!Number.isInteger(p.line) || p.line < 0 || p.line >= lines.length) fail(`${where}: ${at()}.${end} is on line ${p.line}, outside the ${lines.length} lines of the document`);
    const l = lines[p.line];
    if (!Number.isInteger(p.character) || p.character < 0 || p.character > l.end - l.start) fail(`${where}: ${at()}.${end} is at character ${p.character} of line ${p.line}, which has ${l.end - l.start}`);
  };
  const visit = (v: object) => {
    if (seen.has(v) || path.length > 12 || v instanceof Map || v instanceof Set) return;
    seen.add(v);
    const o = v as Record<string, unknown>;
    const start = o.start;
    const end = o.end;
    if (typeof start === 'number' && typeof end === 'number') {
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) fail(`${where}: span ${at()} = [${start}, ${end}) is not inside the document of length ${length}`);
    } else if (start && end && typeof start === 'object' && typeof end === 'object' && typeof (start as Position).line === 'number' && typeof (end as Position).line === 'number') {
      const s = start as Position;
      const e = end as Position;
      checkPos(s, 'start');
      checkPos(e, 'end');
      if (s.line > e.line || (s.line === e.line && s.character > e.character)) fail(`${where}: range ${at()} ends before it starts`);
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        if (x && typeof x === 'object') {
          path.push(i);
          visit(x);
          path.pop();
        }
      }
      return;
    }
    for (const k in o) {
      const x = o[k];
      if (x && typeof x === 'object' && k !== 'cache') {
        path.push(k);
        visit(x);
        path.pop();
      }
    }
  };
  if (value && typeof value === 'object') visit(value);
}

/** The positions of each kind for a document: inside it, past its end, negative. */
export function positionsOf(model: DocumentModel, picks: Subject['picks']): Record<'inside' | 'past the end' | 'negative', Position[]> {
  const lines = model.lines;
  const n = lines.length;
  const inside: Position[] = [{ line: 0, character: 0 }, { line: n - 1, character: lines[n - 1].end - lines[n - 1].start }];
  // Where features have something to say: footnote references, paragraph starts.
  for (const r of model.footnoteReferences.slice(0, 3)) inside.push(rangeOf(model, r.span).start, rangeOf(model, { start: r.span.start + 2, end: r.span.start + 2 }).start);
  for (const p of [...model.preamble.slice(0, 2), ...model.operative.slice(0, 2)]) inside.push(rangeOf(model, p.span).start, rangeOf(model, { start: p.opener.textStart, end: p.opener.textStart }).start);
  const past: Position[] = [{ line: n, character: 0 }, { line: n - 1, character: lines[n - 1].end - lines[n - 1].start + 1 }, { line: 2 ** 31 - 1, character: 2 ** 31 - 1 }];
  const negative: Position[] = [{ line: -1, character: 0 }, { line: 0, character: -1 }];
  for (const [a, b] of picks) {
    const line = a % n;
    const width = lines[line].end - lines[line].start;
    inside.push({ line, character: b % (width + 1) });
    past.push(b % 2 ? { line: n + (b % 5), character: b % 7 } : { line, character: width + 1 + (b % 9) });
    negative.push(b % 2 ? { line: -1 - (b % 3), character: b % 5 } : { line, character: -1 - (b % 4) });
  }
  return { inside, 'past the end': past, negative };
}

/** The segments of `before` outside every edit of `fixes` (cut at insertion points too). */
function untouchedSegments(before: string, fixes: readonly Fix[]): { start: number; end: number }[] {
  const edits = fixes.flatMap((f) => f.edits.map((e) => e.span)).filter((s) => s.start >= 0 && s.end >= s.start && s.end <= before.length);
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const segments: { start: number; end: number }[] = [];
  let at = 0;
  for (const e of edits) {
    if (e.start > at) segments.push({ start: at, end: e.start });
    at = Math.max(at, e.end);
  }
  if (at < before.length) segments.push({ start: at, end: before.length });
  return segments;
}

/** Checks that the text outside the edits of `fixes` survives, in order, in `after`. */
export function assertKeepsOutside(before: string, after: string, fixes: readonly Fix[], where: string): void {
  let at = 0;
  for (const seg of untouchedSegments(before, fixes)) {
    const piece = before.slice(seg.start, seg.end);
    const found = after.indexOf(piece, at);
    if (found < 0) fail(`${where}: the text ${JSON.stringify(piece.slice(0, 80))} at offset ${seg.start}, outside every edit, did not survive (in order)`);
    at = found + piece.length;
  }
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Checks the issue's wording: every word of the input that no edit targets (or touches) survives, in order. */
export function assertKeepsWords(before: string, after: string, fixes: readonly Fix[], where: string): void {
  const spans = fixes.flatMap((f) => f.edits.map((e) => e.span)).sort((a, b) => a.start - b.start);
  const kept: string[] = [];
  let k = 0;
  for (const m of before.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    while (k < spans.length && spans[k].end < start) k++;
    let touched = false;
    for (let j = k; j < spans.length && spans[j].start <= end; j++) if (spans[j].end >= start) touched = true;
    if (!touched) kept.push(m[0]);
  }
  let i = 0;
  for (const m of after.matchAll(WORD)) if (i < kept.length && m[0] === kept[i]) i++;
  if (i < kept.length) fail(`${where}: the word ${JSON.stringify(kept[i])} (untouched word ${i + 1} of ${kept.length}) was lost or moved`);
}

/** Sub-paragraph labels (the formatter relabels them): `(a)`, `(iv)` as a run of letters in parentheses. */
const LABEL = /\([a-z]{1,6}\)/g;
/**
 * The same, and `a.`, `ii.`, `b)` at a line start, for whole texts. (Not for `loose`, which reads
 * protected texts, comments and Word-export footnotes: the parser never reads labels inside them,
 * and a fragment's edges would mask differently from the text around it: long fuzz 16000000014:1385.)
 * The white space before the label is the parser's (`isSpace`): a zero-width space before `ii.`
 * leaves it a label (long fuzz 17000000128:1064, 17000000067:472).
 */
const LABEL_IN_TEXT = /\([a-z]{1,6}\)|^[ \t\u00a0\ufeff\v\f\u2000-\u200b\u202f\u205f\u3000\u1680\u0085]*[a-z]{1,6}[.)](?=[\s\u00a0]|$)/gm;

/**
 * The words of a text, sorted, leaving out what the formatter may change: numbers (paragraph and
 * footnote numbers) and sub-paragraph labels. Sorted because it moves footnote definitions into
 * the order of their first reference.
 */
export function wordsBesidesNumbers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.replace(LABEL_IN_TEXT, ' ').matchAll(WORD)) if (!/^\p{N}+$/u.test(m[0])) out.push(m[0]);
  return out.sort();
}

/** A text with its numbers, sub-paragraph labels and runs of white space each made one token, for comparisons that allow renumbering. */
function loose(text: string): string {
  return text.replace(LABEL, '(#)').replace(/\p{N}+/gu, '#').replace(/\s+/g, ' ');
}

/**
 * Where `text` (a Word-export footnote text) survives in `after` from `from` on: verbatim, except
 * that the interior of a closed comment inside it may have been edited (a fix corrects the rule
 * name of a directive there, as it may in any comment), as long as the comment stays one comment.
 * Returns where it is, or undefined.
 */
export function survivorOf(after: string, text: string, from: number): Span | undefined {
  // The pieces of the text around the interiors of its closed comments: `… <!--`, `--> … <!--`, `--> …`.
  const pieces: string[] = [];
  let at = 0;
  for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', at)) {
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    pieces.push(text.slice(at, open + 4));
    at = close;
  }
  pieces.push(text.slice(at));
  let start = -1;
  let pos = from;
  for (let k = 0; k < pieces.length; k++) {
    const found = after.indexOf(pieces[k], pos);
    if (found < 0) return undefined;
    // Between two pieces is a comment's interior: it must not close the comment early.
    if (k === 0) start = found;
    else if (after.slice(pos, found).includes('-->')) return undefined;
    pos = found + pieces[k].length;
  }
  return { start, end: pos };
}

/**
 * Where a comment's text occurs verbatim in `after` from `from` on as a comment of `after` (one
 * starting there, `starts`), or undefined: a copy of it inside a later comment (`<!-- note <!--
 * unres-disable … -->`, whose `<!--` does not nest) is not the comment, which a fix may have edited
 * inside (see `followComment`). Found by the fuzz: a directive's rule name corrected, the check
 * matched the directive's copy in the next comment and then missed that comment.
 */
export function verbatimComment(after: string, text: string, from: number, starts: ReadonlySet<number>): Span | undefined {
  for (let found = after.indexOf(text, from); found >= 0; found = after.indexOf(text, found + 1)) {
    if (starts.has(found)) return { start: found, end: found + text.length };
  }
  return undefined;
}

/** A text that fixes must never delete: a closed comment or a Word-export footnote text. */
interface ProtectedText {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly comment: boolean;
}

/** Comments and Word-export footnote texts (drafters' notes and footnotes that fixes must never delete), in order, outermost only. */
function protectedTexts(model: DocumentModel): ProtectedText[] {
  const spans = [...model.comments.filter((c) => c.closed).map((c) => ({ ...c.span, comment: true })), ...model.footnoteDefinitions.filter((d) => d.syntax === 'word').map((d) => ({ ...d.textSpan, comment: false }))];
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ProtectedText[] = [];
  let end = -1;
  for (const s of spans) {
    if (s.start < end || s.end === s.start) continue;
    out.push({ start: s.start, end: s.end, text: model.text.slice(s.start, s.end), comment: s.comment });
    end = s.end;
  }
  return out;
}

/** Two edits overlap when their spans intersect, or both insert at the same point (as in applyFixes). */
function editsOverlap(a: TextEdit, b: TextEdit): boolean {
  if (a.span.start === a.span.end && b.span.start === b.span.end) return a.span.start === b.span.start;
  return a.span.start < b.span.end && b.span.start < a.span.end;
}

/**
 * The edits that `applyFixes(text, fixes)` applies: the same selection (fixes in order of their
 * first edit, a fix skipped whole when invalid, overlapping a taken edit or itself, or deleting a
 * comment), written plainly, so that a check can follow a span of the text through a pass.
 */
function takenEdits(text: string, fixes: readonly Fix[]): TextEdit[] {
  const ordered = fixes
    .map((f, i) => ({ f, i, start: Math.min(...f.edits.map((e) => e.span.start)) }))
    .filter((x) => x.f.edits.length > 0)
    .sort((a, b) => a.start - b.start || a.i - b.i);
  const taken: TextEdit[] = [];
  for (const { f } of ordered) {
    const valid = f.edits.every((e) => e.span.start >= 0 && e.span.end >= e.span.start && e.span.end <= text.length);
    const selfOverlap = f.edits.some((e, i) => f.edits.some((o, j) => j !== i && editsOverlap(e, o)));
    if (!valid || selfOverlap || f.edits.some((e) => taken.some((t) => editsOverlap(t, e))) || deletesComment(text, f)) continue;
    taken.push(...f.edits);
  }
  return taken.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/**
 * Follows a comment (`span` in `text`) through the passes of a rewriter (the same passes as
 * `rewrite`). A fix may edit a comment's interior (the directive-unknown-rule fix corrects a rule
 * name inside `<!-- unres-enable … -->`), so an edit that lies wholly between `<!--` and `-->`
 * is allowed, as long as the comment stays one comment (delimiters intact, no `-->` put inside).
 * Returns the comment's span in the final text, or a message saying how it was lost.
 */
export function followComment(rewriter: Rewriter, text: string, span: { start: number; end: number }): { start: number; end: number } | string {
  const limit = rewriter.onePass ? 1 : MAX_PASSES;
  let current = text;
  let { start, end } = span;
  for (let pass = 1; pass <= limit; pass++) {
    const fixes = rewriter.fixes(current);
    const next = fixes.length === 0 ? current : applyFixes(current, fixes).text;
    if (next === current) break;
    const taken = takenEdits(current, fixes);
    let shiftStart = 0;
    let shiftEnd = 0;
    for (const e of taken) {
      const delta = e.newText.length - (e.span.end - e.span.start);
      if (e.span.end <= start) {
        // Wholly before the comment (an insertion at its start goes before it).
        shiftStart += delta;
        shiftEnd += delta;
      } else if (e.span.start >= end) {
        // Wholly after it (an insertion at its end goes after it).
      } else if (e.span.start >= start + 4 && e.span.end <= end - 3) {
        shiftEnd += delta;
      } else {
        return `pass ${pass}: the edit of ${JSON.stringify(current.slice(e.span.start, e.span.end).slice(0, 40))} → ${JSON.stringify(e.newText.slice(0, 40))} at ${e.span.start}–${e.span.end} cuts the comment at ${start}–${end}`;
      }
    }
    const s2 = start + shiftStart;
    const e2 = end + shiftEnd;
    const now = next.slice(s2, e2);
    if (!now.startsWith('<!--') || !now.endsWith('-->') || now.length < 7 || now.indexOf('-->', 4) !== now.length - 3) return `pass ${pass}: the comment became ${JSON.stringify(now.slice(0, 80))}`;
    current = next;
    start = s2;
    end = e2;
  }
  return { start, end };
}

/** The outcome of running a rewriter pass after pass. */
export interface Rewrite {
  readonly text: string;
  /** False when the text still changed after the last allowed pass. */
  readonly converged: boolean;
  readonly passes: number;
  /** The rules whose fixes still changed the text in the last passes (when not converged). */
  readonly stillFixing: readonly string[];
  /** The fixes of the first pass. */
  readonly firstFixes: readonly Fix[];
  /** Text outside the edits that did not survive a pass. */
  readonly violations: readonly string[];
}

/** Rewrites already computed, by rewriter and input text (several checks ask for the same document). */
const rewrites = new Map<string, Rewrite>();

/**
 * Runs a rewriter to its fixed point (one pass for `onePass` rewriters, at most `MAX_PASSES`
 * otherwise), checking after each pass that the text outside the edits survived. Results are
 * remembered (a few thousand), since several checks ask for the same document.
 */
export function rewrite(name: string, rewriter: Rewriter, text: string): Rewrite {
  const key = `${name}\u0000${text}`;
  const known = rewrites.get(key);
  if (known) return known;
  const limit = rewriter.onePass ? 1 : MAX_PASSES;
  const violations: string[] = [];
  let current = text;
  let passes = 0;
  let converged = false;
  let firstFixes: readonly Fix[] | undefined;
  const lastFixes: Fix[] = [];
  for (;;) {
    const fixes = rewriter.fixes(current);
    firstFixes ??= fixes;
    // The fixes of the last three passes: enough to name both sides of an oscillation.
    if (passes >= limit - 2) lastFixes.push(...fixes);
    const next = fixes.length === 0 ? current : applyFixes(current, fixes).text;
    if (next === current) {
      converged = true;
      break;
    }
    if (passes === limit) break;
    passes++;
    for (const check of [assertKeepsOutside, assertKeepsWords]) {
      try {
        check(current, next, fixes, `${name}, pass ${passes}`);
      } catch (e) {
        violations.push(e instanceof Error ? e.message : String(e));
      }
    }
    current = next;
  }
  const stillFixing = converged ? [] : [...new Set(lastFixes.map((f) => ruleOfFix.get(f) ?? f.title))].sort();
  const result = { text: current, converged, passes, stillFixing, firstFixes: firstFixes ?? [], violations };
  if (rewrites.size >= 4000) rewrites.clear();
  rewrites.set(key, result);
  return result;
}

/** Checks a lint result: sorted diagnostics with ranges inside, consistent with their spans, and filled messages. */
function assertDiagnostics(model: DocumentModel, found: readonly LintDiagnostic[] | undefined, where: string): void {
  if (!found) fail(`${where}: lint returned undefined without cancellation`);
  assertRangesInside(found, model, where);
  for (const d of found) {
    const r = rangeOf(model, d.span);
    if (r.start.line !== d.range.start.line || r.start.character !== d.range.start.character || r.end.line !== d.range.end.line || r.end.character !== d.range.end.character) {
      fail(`${where}: ${d.ruleId} range ${JSON.stringify(d.range)} does not match its span [${d.span.start}, ${d.span.end})`);
    }
    if (!d.message || /\{\{\s*\w+\s*\}\}/.test(d.message)) fail(`${where}: ${d.ruleId} message has an unfilled placeholder: ${d.message}`);
    if (d.fix) for (const e of d.fix.edits) if (typeof e.newText !== 'string') fail(`${where}: ${d.ruleId} fix edit without text`);
  }
}

/** A rule that throws, at its start or after its first report, to test the runner's isolation. */
export function throwingRule(base: Rule, when: 'start' | 'after-report'): Rule {
  return {
    meta: base.meta,
    check(context) {
      if (when === 'start') throw new Error(`${base.meta.id} exploded`);
      let reported = 0;
      base.check({ ...context, report: (r) => {
        context.report(r);
        if (++reported === 1) throw new Error(`${base.meta.id} exploded after a report`);
      } });
      throw new Error(`${base.meta.id} exploded at the end`);
    },
  };
}

/** The checks, by name. A name is also the key of `KNOWN_BUGS`. */
/** What the reparse check types: letters and spaces mostly, and marks the parser reads. */
const TYPED = 'etaoin ,.;’éA0\u00a0\u2003-_*[]^<>!:\n';

/**
 * Fails when a rewriter (run pass after pass) deleted a closed comment or a Word-export footnote
 * text of `model` (the model of `text`); edits inside a comment are allowed (`followComment`).
 */
function assertKeepsProtected(name: string, rewriter: Rewriter, text: string, model: DocumentModel): void {
  const kept = protectedTexts(model);
  if (kept.length === 0) return;
  const after = rewrite(name, rewriter, text).text;
  if (rewriter.renumbers) {
    const rest = loose(after);
    for (const t of kept) if (!rest.includes(loose(t.text))) fail(`${name}: ${JSON.stringify(t.text.slice(0, 80))} was deleted (numbers, labels and spacing aside) by a fix`);
    return;
  }
  let at = 0;
  let previous: { text: string; at: number } | undefined;
  let starts: ReadonlySet<number> | undefined;
  const commentStarts = () => (starts ??= new Set(parse(after).comments.map((c) => c.span.start)));
  for (const t of kept) {
    // A Word-export footnote text may hold a comment whose interior a fix edited (see `survivorOf`).
    const survivor = t.comment ? verbatimComment(after, t.text, at, commentStarts()) : survivorOf(after, t.text, at);
    if (survivor) {
      at = survivor.end;
      previous = { text: t.text, at: survivor.start };
      continue;
    }
    // A comment whose interior a fix edited (a directive's rule name corrected) is kept.
    const followed = t.comment ? followComment(rewriter, text, t) : 'deleted';
    if (typeof followed === 'string' || followed.start < at) {
      // Found, but only before the previous protected text: that one (a short footnote text
      // such as `x`) was most likely deleted and matched further on. Name both.
      const earlier = previous && after.includes(t.text) ? `; it is still there, but before where ${JSON.stringify(previous.text.slice(0, 40))} (protected too) was found, at offset ${previous.at}: that one was probably deleted and matched later` : '';
      fail(`${name}: ${JSON.stringify(t.text.slice(0, 80))} was deleted by a fix${typeof followed === 'string' && t.comment ? ` (${followed})` : ''}${earlier}`);
    }
    at = followed.end;
    previous = { text: t.text, at: followed.start };
  }
}

export function makeChecks(): Check[] {
  const checks: Check[] = [
    {
      name: 'parse never throws and every span of the model lies inside the document',
      run(subject) {
        const { text } = subject;
        const { model } = stateOf(subject);
        if (model.text !== text || model.masked.length !== text.length) fail('parse: the model does not keep the text, or the masked text changed length');
        assertRangesInside(model, model, 'parse');
      },
    },
    {
      name: 'reparse after a character typed or deleted inside a paragraph gives the model a full parse gives',
      run(subject) {
        const { text, picks } = subject;
        let model = stateOf(subject).model;
        let current = text;
        for (const [x, y] of picks.slice(0, 4)) {
          const paragraphs = [...model.preamble, ...model.operative];
          const p = paragraphs[x % Math.max(1, paragraphs.length)];
          const at = p ? p.body.start + (y % Math.max(1, p.span.end - p.body.start)) : y % (current.length + 1);
          const typed = TYPED[(x + y) % TYPED.length];
          const next = y % 3 === 0 ? current.slice(0, at) + current.slice(at + 1 + (x % 4)) : current.slice(0, at) + typed + current.slice(at);
          const got = reparse(model, next);
          if (!isDeepStrictEqual(comparableModel(got), comparableModel(parse(next)))) fail(`reparse: the model of an edit at ${at} differs from a full parse`);
          current = next;
          model = got;
        }
      },
    },
    {
      name: 'the incremental lint of an edited draft reports what a full lint of it reports',
      run(subject) {
        // Edits as drafters make them (test/support/edits.ts), chosen and shaped by the picks; the
        // lint of each version starts from what the lint of the previous one kept.
        const { text, picks } = subject;
        let current = text;
        let memory = lintIncremental(parse(current), undefined)?.memory;
        for (const [x, y] of picks.slice(0, 3)) {
          const next = EDITS[(x + y) % EDITS.length](current, rng(x * 7919 + y + 1));
          const result = lintIncremental(parse(next), memory);
          const full = lintModel(parse(next));
          if (!result || !full) fail('lint: cancelled without a token');
          const got = result.diagnostics.map(diagnosticKey);
          const want = full.map(diagnosticKey);
          if (!isDeepStrictEqual(got, want)) {
            const extra = got.filter((k) => !want.includes(k));
            const missing = want.filter((k) => !got.includes(k));
            fail(`incremental lint (${result.mode}${result.why ? `: ${result.why}` : ''}) differs from a full lint after an edit; only incremental: ${extra.slice(0, 2).join(' | ') || 'none'}; only full: ${missing.slice(0, 2).join(' | ') || 'none'}`.slice(0, 1200));
          }
          current = next;
          memory = result.memory;
        }
      },
    },
    {
      name: 'lint never throws, no rule throws, and every diagnostic lies inside the document',
      run(subject) {
        const { errors, model } = stateOf(subject);
        assertDiagnostics(model, lintOf(subject), 'lint');
        noLoggedErrors(errors, 'lint');
      },
    },
  ];
  for (const [feature, call] of Object.entries(documentFeatures)) {
    checks.push({
      name: `${feature} never throws and its ranges lie inside the document`,
      run(subject) {
        const { service, errors, model, document } = stateOf(subject);
        const result = call(service, document);
        assertRangesInside(result, model, feature);
        noLoggedErrors(errors, feature);
      },
    });
  }
  for (const kind of ['inside', 'past the end', 'negative'] as const) {
    for (const [feature, call] of Object.entries(positionFeatures)) {
      checks.push({
        name: `${feature} never throws at positions ${kind === 'inside' ? 'inside the document' : kind === 'negative' ? 'with negative numbers' : 'past the end'}, and its ranges lie inside`,
        run(subject) {
          const { service, errors, model, document } = stateOf(subject);
          for (const position of positionsOf(model, subject.picks)[kind]) {
            let result: unknown;
            try {
              result = call(service, document, position);
            } catch (e) {
              fail(`${feature} at ${JSON.stringify(position)} threw: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
            }
            assertRangesInside(result, model, `${feature} at ${JSON.stringify(position)}`);
          }
          noLoggedErrors(errors, feature);
        },
      });
    }
  }
  for (const [name, rewriter] of Object.entries(rewriters)) {
    checks.push(
      {
        name: `${name} change nothing outside their edits (text and words kept in order), pass after pass`,
        run({ text }) {
          const r = rewrite(name, rewriter, text);
          if (r.violations.length > 0) fail(r.violations[0]);
        },
      },
      {
        name: `${name}: applying the same fixes twice in one call equals applying them once`,
        run({ text }) {
          const fixes = rewrite(name, rewriter, text).firstFixes;
          const once = applyFixes(text, fixes).text;
          if (applyFixes(text, [...fixes, ...fixes]).text !== once) fail(`${name}: duplicated fixes changed the result`);
        },
      },
      {
        name: rewriter.onePass ? `${name} is idempotent: a second pass changes nothing` : `${name} reach a fixed point within ${MAX_PASSES} passes`,
        run({ text }) {
          const r = rewrite(name, rewriter, text);
          if (!r.converged) fail(`${name}: still changing the text after ${r.passes} passes; fixes still coming from: ${r.stillFixing.join(', ')}`);
        },
      },
      {
        name: `${name} never delete a comment or a Word-export footnote text`,
        run(subject) {
          assertKeepsProtected(name, rewriter, subject.text, stateOf(subject).model);
        },
      },
    );
  }
  checks.push(
    {
      name: 'formatting changes only numbers, labels and spacing: every other word is kept, and LF-only text stays LF-only',
      run({ text }) {
        const fixes = formatting(text);
        if (fixes.length === 0) return;
        const after = applyFixes(text, fixes).text;
        // Read as the parser reads them, comments and footnote texts blanked (protected by their own
        // check): a label after a comment on its line (`<!-- x -->v. …`) is one, and relabelled.
        const a = wordsBesidesNumbers(parse(text).masked);
        const b = wordsBesidesNumbers(parse(after).masked);
        if (a.join('\u0000') !== b.join('\u0000')) {
          const lost = a.find((w, i) => b[i] !== w) ?? a[a.length - 1];
          fail(`formatting changed the words of the text (sorted, numbers and labels left out): ${a.length} before, ${b.length} after; first difference at ${JSON.stringify(lost)}`);
        }
        if (!text.includes('\r') && after.includes('\r')) fail('formatting put a CR into a text with LF line ends only');
      },
    },
    {
      name: 'fixAll is idempotent: fixAll(fixAll(x)) == fixAll(x), and equals the checked passes',
      every: 2,
      run(subject) {
        const { text } = subject;
        const { service, errors } = stateOf(subject);
        const once = service.fixAll(doc(text));
        if (!once.converged) return; // not converging is the business of the fixed-point check
        const twice = service.fixAll(doc(once.text, 'file:///fuzz-2.unres'));
        if (twice.text !== once.text) fail(`fixAll is not idempotent: a second fixAll applied ${twice.applied} more fix(es)`);
        const checked = rewrite('quick fixes', rewriters['quick fixes'], text);
        if (once.converged && checked.converged && checked.text !== once.text) fail('fixAll differs from applying the quick fixes pass after pass');
        noLoggedErrors(errors, 'fixAll');
      },
    },
    {
      name: 'a rule that throws is skipped and logged once, and the other rules report as without it',
      every: 5,
      run(subject) {
        const { model, service } = stateOf(subject);
        // A rule the draft's profile turns off is not run: the victim is one that runs.
        const settings = resolveSettings(undefined, model);
        const rules = service.rules.filter((r) => (settings.rules[r.meta.id] ?? r.meta.defaultSeverity) !== 'off');
        const [a, b] = subject.picks[0] ?? [0, 0];
        const victim = rules[a % rules.length];
        const expected = (lintOf(subject) ?? []).filter((d) => d.ruleId !== victim.meta.id);
        const logged: string[] = [];
        const failures = new Set<string>();
        const swapped = service.rules.map((r) => (r === victim ? throwingRule(r, b % 2 ? 'start' : 'after-report') : r));
        for (let round = 0; round < 2; round++) {
          const got = lintModel(model, { rules: swapped, logger: { error: (m) => logged.push(m) }, loggedFailures: failures }) ?? [];
          const show = (ds: readonly LintDiagnostic[]) => ds.map((d) => `${d.ruleId}@${d.span.start}`).join(',');
          if (show(got) !== show(expected)) fail(`with ${victim.meta.id} throwing, the others reported ${show(got)} instead of ${show(expected)}`);
        }
        if (logged.length !== 1 || !logged[0].includes(victim.meta.id)) fail(`the failure of ${victim.meta.id} was logged ${logged.length} times`);
      },
    },
  );
  return checks;
}

/** Characters outside the Char production of XML 1.0 (with the `u` flag a lone surrogate is one too). */
const NOT_XML_CHAR = /[^\t\n\r\u{20}-\u{D7FF}\u{E000}-\u{FFFD}\u{10000}-\u{10FFFF}]/u;
/** An `&` that starts no entity or character reference (a bounded look-ahead: linear time). */
const BAD_AMPERSAND = /&(?!(?:lt|gt|amp|quot|apos|#\d{1,7}|#x[\dA-Fa-f]{1,6});)/;
const XML_NAME = '[A-Za-z_:][-\\w.:]*';
// Attributes are `name="value"` with no `<` in the value; each starts after white space and ends
// at its closing quote, so no two repetitions can share characters (linear time).
const START_TAG = new RegExp(`<(${XML_NAME})((?:\\s+${XML_NAME}\\s*=\\s*(?:"[^<"]*"|'[^<']*'))*)\\s*(/?)>`, 'y');
const END_TAG = new RegExp(`</(${XML_NAME})\\s*>`, 'y');

/**
 * Why a text is not a well-formed XML 1.0 document, or undefined when it is, as far as a Word
 * part needs: characters of the Char production only, tags that nest and close, quoted attribute
 * values without `<`, `&` only as a reference, one root element. A check without a parser (no new
 * dependency), in one pass.
 */
export function xmlProblem(xml: string): string | undefined {
  const bad = NOT_XML_CHAR.exec(xml);
  if (bad) return `U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} (not an XML character) at ${bad.index}`;
  const open: string[] = [];
  let roots = 0;
  let at = 0;
  const till = (from: number, end: string, what: string): number | string => {
    const i = xml.indexOf(end, from);
    return i < 0 ? `${what} at ${from} is not closed` : i + end.length;
  };
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const text = xml.slice(at, lt < 0 ? xml.length : lt);
    if (BAD_AMPERSAND.test(text)) return `a bare & in the text at ${at}`;
    if (text.includes(']]>')) return `]]> in the text at ${at}`;
    if (open.length === 0 && text.trim() !== '') return `text outside the root element at ${at}`;
    if (lt < 0) break;
    let next: number | string;
    if (xml.startsWith('<?', lt)) next = till(lt + 2, '?>', 'a processing instruction');
    else if (xml.startsWith('<!--', lt)) next = till(lt + 4, '-->', 'a comment');
    else if (xml.startsWith('<![CDATA[', lt)) next = open.length === 0 ? `a CDATA section outside the root element at ${lt}` : till(lt + 9, ']]>', 'a CDATA section');
    else if (xml.startsWith('</', lt)) {
      END_TAG.lastIndex = lt;
      const m = END_TAG.exec(xml);
      if (!m) return `a malformed end tag at ${lt}: ${JSON.stringify(xml.slice(lt, lt + 60))}`;
      const expected = open.pop();
      if (expected !== m[1]) return `</${m[1]}> at ${lt} closes ${expected === undefined ? 'nothing' : `<${expected}>`}`;
      next = END_TAG.lastIndex;
    } else {
      START_TAG.lastIndex = lt;
      const m = START_TAG.exec(xml);
      if (!m) return `a malformed tag at ${lt}: ${JSON.stringify(xml.slice(lt, lt + 60))}`;
      if (BAD_AMPERSAND.test(m[2])) return `a bare & in an attribute at ${lt}`;
      if (open.length === 0 && ++roots > 1) return `a second root element at ${lt}`;
      if (!m[3]) open.push(m[1]);
      next = START_TAG.lastIndex;
    }
    if (typeof next === 'string') return next;
    at = next;
  }
  if (open.length > 0) return `<${open[open.length - 1]}> is not closed`;
  return roots === 1 ? undefined : 'no root element';
}

/** A named property of one document that waits for its result (the Word export zips asynchronously). */
export interface AsyncCheck {
  readonly name: string;
  /** The property tests run it on one document in `every` (a Word export is costly). */
  readonly every: number;
  run(subject: Subject): Promise<void>;
}

/**
 * What the Word export property inserts into a draft at the picked places: what XML cannot carry
 * (U+FFFE, U+FFFF, lone surrogates, control characters) and what it must escape. The generated
 * drafts hold random code units, but too rarely these (none of U+FFFE and U+FFFF in 2,000).
 */
const XML_HAZARDS = ['\uFFFE', '\uFFFF', '\uD800', '\uDFFF', '\u0000', '\u000B', '&', '<', '>', ']]>', '"', "'", '&amp;'];

/** The properties that wait: the Word export of a draft is a file Word opens (issue 8). */
export function makeAsyncChecks(): AsyncCheck[] {
  return [
    {
      name: 'export to Word writes well-formed XML parts of XML 1.0 characters only',
      every: 20,
      async run({ text, picks }) {
        // The draft with one hazard inserted per pick (a fresh parse: the shared model is of the draft as generated).
        let draft = text;
        for (const [x, y] of picks) {
          const at = x % (draft.length + 1);
          draft = draft.slice(0, at) + XML_HAZARDS[y % XML_HAZARDS.length] + draft.slice(at);
        }
        const files = unzip(await toDocx(parse(draft)));
        for (const part of ['word/document.xml', 'word/footnotes.xml', 'docProps/core.xml']) if (!files.has(part)) fail(`export to Word: no ${part}`);
        for (const [name, xml] of files) {
          const problem = xmlProblem(xml);
          if (problem) fail(`export to Word: ${name} is not well-formed XML: ${problem}`);
        }
      },
    },
  ];
}
