/**
 * The one public facade of the core: `createLanguageService(init)`. The LSP server, the CLI and
 * the tests call only this.
 */
import { resolveSettings, type UnresSettings } from './config/settings';
import { applyFixes, type ApplyResult } from './fixes/applyFixes';
import { codeActions, type CodeActionRequest, type CodeActionResult } from './features/codeActions';
import { complete, type CompletionResult } from './features/completion';
import { documentLinks, type DocumentLinkResult } from './features/documentLinks';
import { documentSymbols, type OutlineSymbol } from './features/documentSymbols';
import { toRangeEdits, type RangeEdit } from './features/edits';
import { foldingRanges, type FoldingRangeResult } from './features/foldingRanges';
import { formatEdits } from './features/formatting';
import { hover, type HoverResult } from './features/hover';
import { inlayHints, type InlayHintResult } from './features/inlayHints';
import { definition, occurrences, prepareRename, references, rename, type HighlightKind } from './features/navigation';
import { statistics, type DocumentStatistics } from './features/statistics';
import { lintIncremental, lintModel, type CancellationToken, type LintDiagnostic, type LintMemory, type Logger } from './lint';
import { offsetAt, rangeOf } from './model/text';
import type { DocumentModel, Position, Range } from './model/types';
import { parse } from './parser/parse';
import { reparse } from './parser/reparse';
import { rules } from './rules';
import type { Fix, Rule } from './rules/types';

/** What the core needs of a document: LSP's TextDocument fits. */
export interface TextDocumentLike {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

/** Dependencies injected into the service. */
export interface LanguageServiceInit {
  readonly logger?: Logger;
  /** How many parsed drafts to keep (the most recently used); 8 by default. */
  readonly maxModels?: number;
  /**
   * Whether `lint` keeps what it found to re-check only the edited paragraphs of the next version
   * (true by default: an editor); false for one-off runs over many files (the CLI).
   */
  readonly incremental?: boolean;
  /** The rules to run; the whole registry by default. */
  readonly rules?: readonly Rule[];
}

/** The core's API. */
export interface LanguageService {
  /** The parsed model of a document, cached by (uri, version). */
  getModel(document: TextDocumentLike): DocumentModel;
  /** Forgets the cached model of a closed document. */
  forget(uri: string): void;
  /** Lints a document; undefined when cancelled. */
  lint(document: TextDocumentLike, settings?: UnresSettings, token?: CancellationToken): LintDiagnostic[] | undefined;
  hover(document: TextDocumentLike, position: Position, settings?: UnresSettings): HoverResult | undefined;
  /** Completion at a position: the profile's phrases (from the settings or the organ line), footnote labels, header lines. */
  complete(document: TextDocumentLike, position: Position, settings?: UnresSettings): CompletionResult[];
  /** Applies every available fix, repeating until nothing more applies (at most `maxPasses`). */
  fixAll(document: TextDocumentLike, settings?: UnresSettings, maxPasses?: number): FixAllResult;
  /** Quick fixes, fix-all of a rule, disable-for-this-line, rule documentation, `source.fixAll.unres`. */
  codeActions(document: TextDocumentLike, request: CodeActionRequest, settings?: UnresSettings): CodeActionResult[];
  /** The renumbering formatter's edits; with a range, only what can change there on its own. */
  format(document: TextDocumentLike, range?: Range): RangeEdit[];
  /** The outline tree. */
  documentSymbols(document: TextDocumentLike): OutlineSymbol[];
  foldingRanges(document: TextDocumentLike): FoldingRangeResult[];
  /** `PP3` / `OP5` labels before the paragraphs that start in `range`. */
  inlayHints(document: TextDocumentLike, range?: Range): InlayHintResult[];
  /** Where a footnote reference or a paragraph reference points (ranges in the same document). */
  definition(document: TextDocumentLike, position: Position): Range[];
  references(document: TextDocumentLike, position: Position, includeDeclaration: boolean): Range[];
  /** The footnote label a rename would change, or undefined. */
  prepareRename(document: TextDocumentLike, position: Position): { range: Range; placeholder: string } | undefined;
  rename(document: TextDocumentLike, position: Position, newName: string): { edits: RangeEdit[] } | { error: string };
  documentHighlights(document: TextDocumentLike, position: Position): { range: Range; kind: HighlightKind }[];
  /** Links to https://undocs.org/ for document symbols and resolution references. */
  documentLinks(document: TextDocumentLike): { range: Range; target: string; tooltip: string }[];
  /** Paragraph, footnote and word counts for the status bar. */
  statistics(document: TextDocumentLike, settings?: UnresSettings): DocumentStatistics;
  readonly rules: readonly Rule[];
}

/** The outcome of `fixAll`. */
export interface FixAllResult {
  readonly text: string;
  readonly applied: number;
  /** False when fixes kept producing new fixable problems until the pass limit. */
  readonly converged: boolean;
}

/** Creates the language service. */
export function createLanguageService(init: LanguageServiceInit = {}): LanguageService {
  const cache = new Map<string, { version: number; text: string; model: DocumentModel }>();
  // What the last lint of each document kept, so that the next version re-checks only the
  // paragraphs an edit touched (see lintIncremental).
  const memories = new Map<string, LintMemory>();
  const loggedFailures = new Set<string>();
  const maxModels = Math.max(1, init.maxModels ?? 8);
  const lintOptions = { logger: init.logger, loggedFailures, rules: init.rules };

  function getModel(document: TextDocumentLike): DocumentModel {
    const hit = cache.get(document.uri);
    const text = document.getText();
    if (hit && hit.version === document.version && hit.text === text) {
      // The caller's string from now on: equal strings of two objects compare character by
      // character on every call, the same object at once (and the older copy can be collected).
      hit.text = text;
      // Most recently used last: the eviction below takes the first.
      cache.delete(document.uri);
      cache.set(document.uri, hit);
      return hit.model;
    }
    // A new version of a draft in use: from the previous version's model when the edit allows.
    const model = hit ? reparse(hit.model, text) : parse(text);
    cache.delete(document.uri);
    cache.set(document.uri, { version: document.version, text, model });
    // A model takes several times the memory of its text: keep those of the drafts in use only
    // (a draft whose model was dropped is parsed again, in milliseconds, when it is next needed).
    while (cache.size > maxModels) {
      const oldest = cache.keys().next().value as string;
      cache.delete(oldest);
      memories.delete(oldest);
    }
    return model;
  }

  function lint(document: TextDocumentLike, settings?: UnresSettings, token?: CancellationToken) {
    if (init.incremental === false) return lintModel(getModel(document), { ...lintOptions, settings, token });
    const result = lintIncremental(getModel(document), memories.get(document.uri), { ...lintOptions, settings, token });
    if (!result) return undefined;
    memories.set(document.uri, result.memory);
    return result.diagnostics;
  }

  function fixAll(document: TextDocumentLike, settings?: UnresSettings, maxPasses = 10): FixAllResult {
    let text = document.getText();
    let applied = 0;
    // Every pass runs under the profile and footnote style the draft as it stands was linted
    // under: a fix may change what chose them (`THE GENERAL ASSEMBLY,` in ordinary case would
    // make a Model UN draft a General Assembly one, whose fixes then rewrote its `__Calls upon__`
    // and `Further recalling`; found by a review).
    let pinned = settings;
    for (let pass = 0; pass < maxPasses; pass++) {
      const model = parse(text);
      if (pass === 0) {
        const resolved = resolveSettings(settings, model);
        pinned = { ...settings, profile: resolved.profile, footnoteStyle: resolved.footnoteStyle };
      }
      const diagnostics = lintModel(model, { ...lintOptions, settings: pinned }) ?? [];
      const fixes: Fix[] = diagnostics.flatMap((d) => (d.fix ? [d.fix] : []));
      if (fixes.length === 0) return { text, applied, converged: true };
      const result: ApplyResult = applyFixes(text, fixes);
      if (result.applied === 0 || result.text === text) return { text, applied, converged: true };
      text = result.text;
      applied += result.applied;
    }
    return { text, applied, converged: false };
  }

  /** The model and the offset of a position. */
  function at(document: TextDocumentLike, position: Position): { model: DocumentModel; offset: number } {
    const model = getModel(document);
    return { model, offset: offsetAt(model, position) };
  }

  return {
    rules: init.rules ?? rules,
    getModel,
    forget(uri) {
      cache.delete(uri);
      memories.delete(uri);
    },
    lint,
    hover(document, position, settings) {
      const model = getModel(document);
      return hover(model, offsetAt(model, position), resolveSettings(settings, model));
    },
    complete(document, position, settings) {
      const model = getModel(document);
      return complete(model, position, resolveSettings(settings, model));
    },
    fixAll,
    codeActions(document, request, settings) {
      const model = getModel(document);
      return codeActions(model, request, {
        lint: () => lint(document, settings) ?? [],
        fixAll: () => fixAll(document, settings).text,
      });
    },
    format(document, range) {
      const model = getModel(document);
      const span = range ? { start: offsetAt(model, range.start), end: offsetAt(model, range.end) } : undefined;
      return toRangeEdits(model, formatEdits(model, { range: span }));
    },
    documentSymbols(document) {
      return documentSymbols(getModel(document));
    },
    foldingRanges(document) {
      return foldingRanges(getModel(document));
    },
    inlayHints(document, range) {
      const model = getModel(document);
      return inlayHints(model, range ? { start: offsetAt(model, range.start), end: offsetAt(model, range.end) } : undefined);
    },
    definition(document, position) {
      const { model, offset } = at(document, position);
      return definition(model, offset).map((s) => rangeOf(model, s));
    },
    references(document, position, includeDeclaration) {
      const { model, offset } = at(document, position);
      return references(model, offset, includeDeclaration).map((s) => rangeOf(model, s));
    },
    prepareRename(document, position) {
      const { model, offset } = at(document, position);
      const r = prepareRename(model, offset);
      return r ? { range: rangeOf(model, r.span), placeholder: r.placeholder } : undefined;
    },
    rename(document, position, newName) {
      const { model, offset } = at(document, position);
      const r = rename(model, offset, newName);
      return 'error' in r ? r : { edits: toRangeEdits(model, r.edits) };
    },
    documentHighlights(document, position) {
      const { model, offset } = at(document, position);
      return occurrences(model, offset).map((o) => ({ range: rangeOf(model, o.span), kind: o.kind }));
    },
    documentLinks(document) {
      const model = getModel(document);
      return documentLinks(model).map((l: DocumentLinkResult) => ({ range: rangeOf(model, l.span), target: l.target, tooltip: l.tooltip }));
    },
    statistics(document, settings) {
      const model = getModel(document);
      return statistics(model, resolveSettings(settings, model));
    },
  };
}

export type { LintDiagnostic, Logger, CancellationToken } from './lint';
export type { CompletionResult } from './features/completion';
export { TRIGGER_CHARACTERS } from './features/completion';
export type { HoverResult } from './features/hover';
export type { ActionDiagnostic, CodeActionRequest, CodeActionResult } from './features/codeActions';
export { FIX_ALL_KIND, OPEN_RULE_DOCS_COMMAND } from './features/codeActions';
export type { RangeEdit } from './features/edits';
export type { OutlineKind, OutlineSymbol } from './features/documentSymbols';
export type { FoldingRangeResult } from './features/foldingRanges';
export type { InlayHintResult } from './features/inlayHints';
export type { HighlightKind } from './features/navigation';
export type { DocumentStatistics } from './features/statistics';
export type { UnresSettings } from './config/settings';
export type { Rule, RuleMeta, Severity, Fix, TextEdit } from './rules/types';
export type { DocumentModel, Position, Range, Span } from './model/types';
export { applyFixes } from './fixes/applyFixes';
export { docsUrl } from './rules';
