/**
 * Code actions: the quick fix each fixable diagnostic carries (preferred), "fix all <rule>
 * problems in this document", "disable <rule> for this line" (an `unres-disable-next-line`
 * directive), "show documentation for <rule>" (a command), and the `source.fixAll.unres` action
 * that `editor.codeActionsOnSave` runs. Every edit comes from the one fix engine (`applyFixes`).
 */
import type { LintDiagnostic } from '../lint';
import { allParagraphs } from '../model/derived';
import { lineAt, offsetAt, skipSpace, trimEnd } from '../model/text';
import type { DocumentModel, Range, Subparagraph } from '../model/types';
import type { Fix, TextEdit } from '../rules/types';
import { differenceEdit, editsOfFixes, spliceEdits, toRangeEdits, type RangeEdit } from './edits';

/** The kind of the fix-all source action (`editor.codeActionsOnSave: { "source.fixAll.unres": "explicit" }`). */
export const FIX_ALL_KIND = 'source.fixAll.unres';
/** The command that opens a rule's documentation; its argument is the rule id. */
export const OPEN_RULE_DOCS_COMMAND = 'unres.openRuleDocs';

/** A diagnostic as the editor sends it back: its rule, range, and the fix from `diagnostic.data`. */
export interface ActionDiagnostic {
  readonly ruleId: string;
  readonly range: Range;
  readonly fix?: { readonly title: string; readonly edits: readonly RangeEdit[] };
}

/** What the editor asks for. */
export interface CodeActionRequest {
  readonly range: Range;
  readonly diagnostics: readonly ActionDiagnostic[];
  /** Kinds asked for (`quickfix`, `source.fixAll` …); without it, the quick fixes. */
  readonly only?: readonly string[];
}

/** A code action: edits to apply, or a command to run. */
export interface CodeActionResult {
  readonly title: string;
  readonly kind: 'quickfix' | typeof FIX_ALL_KIND;
  readonly isPreferred?: boolean;
  /** Indices into the request's diagnostics that the action resolves. */
  readonly diagnostics: readonly number[];
  readonly edits?: readonly RangeEdit[];
  readonly command?: { readonly title: string; readonly command: string; readonly arguments: readonly unknown[] };
}

/** What code actions need besides the model: lint results and the fix-all text, computed on demand. */
export interface CodeActionSources {
  lint(): readonly LintDiagnostic[];
  /** The text after applying every fix until nothing more applies. */
  fixAll(): string;
}

/** Whether an action of `kind` is wanted by `only` (kinds are hierarchical: `source` covers `source.fixAll.unres`). */
export function kindWanted(kind: string, only: readonly string[] | undefined): boolean {
  if (!only || only.length === 0) return kind === 'quickfix';
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

/** The code actions for a request. */
export function codeActions(model: DocumentModel, request: CodeActionRequest, sources: CodeActionSources): CodeActionResult[] {
  const out: CodeActionResult[] = [];
  if (kindWanted(FIX_ALL_KIND, request.only)) {
    const edits = fixAllEdits(model, sources);
    if (edits.length > 0) out.push({ title: 'Fix all unres problems', kind: FIX_ALL_KIND, diagnostics: [], edits: toRangeEdits(model, edits) });
  }
  if (!kindWanted('quickfix', request.only)) return out;
  let lint: readonly LintDiagnostic[] | undefined;
  const lintOnce = () => (lint ??= sources.lint());
  // Indexed once, not searched per diagnostic: a request may carry thousands of them (a selection
  // over a long line of footnote references), and per-diagnostic scans made it quadratic.
  let fixes: Map<string, Fix> | undefined;
  const fixAt = (ruleId: string, start: number, end: number) => {
    if (!fixes) {
      fixes = new Map();
      for (const x of lintOnce()) {
        const key = spanKey(x.ruleId, x.span.start, x.span.end);
        // The first of the rule's diagnostics at that span, as a search in order finds it.
        if (x.fix && !fixes.has(key)) fixes.set(key, x.fix);
      }
    }
    return fixes.get(spanKey(ruleId, start, end));
  };
  const byRule = new Map<string, number[]>();
  request.diagnostics.forEach((d, i) => {
    const list = byRule.get(d.ruleId);
    if (list) list.push(i);
    else byRule.set(d.ruleId, [i]);
  });
  const fixAllDone = new Set<string>();
  const disableDone = new Set<string>();
  const docsDone = new Set<string>();
  const follow: CodeActionResult[] = [];
  request.diagnostics.forEach((d, i) => {
    const fix = d.fix ?? findFix(model, fixAt, d);
    if (fix && fix.edits.length > 0) out.push({ title: fix.title, kind: 'quickfix', isPreferred: true, diagnostics: [i], edits: fix.edits });
    const same = byRule.get(d.ruleId) ?? [i];
    if (!fixAllDone.has(d.ruleId)) {
      fixAllDone.add(d.ruleId);
      const fixes = lintOnce().filter((x) => x.ruleId === d.ruleId && x.fix).map((x) => x.fix as Fix);
      if (fixes.length > 1) {
        const edits = editsOfFixes(model.text, fixes);
        if (edits.length > 0) follow.push({ title: `Fix all ${d.ruleId} problems in this document`, kind: 'quickfix', diagnostics: same, edits: toRangeEdits(model, edits) });
      }
    }
    const line = d.range.start.line;
    if (!disableDone.has(`${d.ruleId}:${line}`)) {
      disableDone.add(`${d.ruleId}:${line}`);
      const edit = disableEdit(model, d.ruleId, line);
      if (edit) follow.push({ title: `Disable ${d.ruleId} for this line`, kind: 'quickfix', diagnostics: [i], edits: toRangeEdits(model, [edit]) });
    }
    if (!docsDone.has(d.ruleId)) {
      docsDone.add(d.ruleId);
      const title = `Show documentation for ${d.ruleId}`;
      follow.push({ title, kind: 'quickfix', diagnostics: same, command: { title, command: OPEN_RULE_DOCS_COMMAND, arguments: [d.ruleId] } });
    }
  });
  return [...out, ...follow];
}

function spanKey(ruleId: string, start: number, end: number): string {
  return `${ruleId}\u0000${start}\u0000${end}`;
}

/** The fix a lint diagnostic of the same rule and range offers (when the editor did not send `data`). */
function findFix(model: DocumentModel, fixAt: (ruleId: string, start: number, end: number) => Fix | undefined, d: ActionDiagnostic): ActionDiagnostic['fix'] {
  const found = fixAt(d.ruleId, offsetAt(model, d.range.start), offsetAt(model, d.range.end));
  return found ? { title: found.title, edits: toRangeEdits(model, found.edits) } : undefined;
}

/**
 * The edits of fix-all: exactly the fixes of one pass when that is all there is to fix, else one
 * edit from the first change to the last (fixes that uncover further fixable problems).
 */
function fixAllEdits(model: DocumentModel, sources: CodeActionSources): TextEdit[] {
  const fixed = sources.fixAll();
  if (fixed === model.text) return [];
  const fixes = sources.lint().flatMap((d) => (d.fix ? [d.fix] : []));
  const { text, sorted } = spliceEdits(model.text, editsOfFixes(model.text, fixes));
  if (text === fixed) return sorted;
  const one = differenceEdit(model.text, fixed);
  return one ? [one] : [];
}

/** Whether a line starts a block of the body by itself (a paragraph, a sub-paragraph, a footnote). */
function startsBodyBlock(model: DocumentModel, line: number): boolean {
  const starts = new Set<number>();
  for (const p of allParagraphs(model)) {
    starts.add(lineAt(model.lines, p.span.start));
    const visit = (items: readonly Subparagraph[]) => {
      for (const s of items) {
        starts.add(lineAt(model.lines, s.span.start));
        visit(s.children);
      }
    };
    visit(p.subparagraphs);
  }
  for (const d of model.footnoteDefinitions) if (d.syntax === 'caret') starts.add(lineAt(model.lines, d.span.start));
  return starts.has(line);
}

/**
 * The edit that disables a rule for one line: the rule id added to an `unres-disable-next-line`
 * directive right above, or a new directive on its own line above (with the line's indentation
 * and the file's line end). Where a line of its own would split a block (a paragraph's
 * continuation line, a header block), the directive goes at the end of the line above instead:
 * a line holding only a comment counts as a blank line.
 */
export function disableEdit(model: DocumentModel, ruleId: string, line: number): TextEdit | undefined {
  if (line < 0 || line >= model.lines.length) return undefined;
  const existing = model.directives.find((d) => d.kind === 'disable-next-line' && d.line === line - 1);
  if (existing) {
    if (existing.ruleIds.length === 0 || existing.ruleIds.some((r) => r.id === ruleId)) return undefined;
    const last = existing.ruleIds[existing.ruleIds.length - 1].span.end;
    return { span: { start: last, end: last }, newText: ` ${ruleId}` };
  }
  const directive = `<!-- unres-disable-next-line ${ruleId} -->`;
  const l = model.lines[line];
  const previous = line > 0 ? model.lines[line - 1] : undefined;
  // Blank in the text itself: a continuation line of a Word-export footnote is blank in the masked
  // text, and a directive line put after it cut the footnote in two (found by a review).
  const previousBlank = !previous || skipSpace(model.text, previous.start, previous.end) === previous.end;
  // No directive where its `-->` would close a comment the drafter opened: inside a comment over
  // several lines, or anywhere after an unclosed `<!--` (found by a review: text became comment).
  const breaksComment = (at: number) => model.comments.some((c) => (c.span.start < at && at < c.span.end) || (!c.closed && c.span.start < at));
  if (previousBlank || startsBodyBlock(model, line)) {
    if (breaksComment(l.start)) return undefined;
    const indentEnd = indentationEnd(model.text, l.start, l.end);
    return { span: { start: l.start, end: l.start }, newText: `${model.text.slice(l.start, indentEnd)}${directive}${model.eol}` };
  }
  const end = trimEnd(model.text, previous!.start, previous!.end);
  if (breaksComment(end)) return undefined;
  return { span: { start: end, end }, newText: ` ${directive}` };
}

function indentationEnd(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i++;
  return i;
}
