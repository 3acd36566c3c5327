/**
 * The one public facade of the core: `createLanguageService(init)`. The LSP server, the CLI and
 * the tests call only this.
 */
import { resolveSettings, type UnresSettings } from './config/settings';
import { applyFixes, type ApplyResult } from './fixes/applyFixes';
import { complete, type CompletionResult } from './features/completion';
import { hover, type HoverResult } from './features/hover';
import { lintModel, type CancellationToken, type LintDiagnostic, type Logger } from './lint';
import { offsetAt } from './model/text';
import type { DocumentModel, Position } from './model/types';
import { parse } from './parser/parse';
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
  complete(document: TextDocumentLike, position: Position): CompletionResult[];
  /** Applies every available fix, repeating until nothing more applies (at most `maxPasses`). */
  fixAll(document: TextDocumentLike, settings?: UnresSettings, maxPasses?: number): FixAllResult;
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
  const loggedFailures = new Set<string>();

  function getModel(document: TextDocumentLike): DocumentModel {
    const hit = cache.get(document.uri);
    const text = document.getText();
    if (hit && hit.version === document.version && hit.text === text) return hit.model;
    const model = parse(text);
    cache.set(document.uri, { version: document.version, text, model });
    return model;
  }

  function lint(document: TextDocumentLike, settings?: UnresSettings, token?: CancellationToken) {
    return lintModel(getModel(document), { settings, token, logger: init.logger, loggedFailures });
  }

  return {
    rules,
    getModel,
    forget(uri) {
      cache.delete(uri);
    },
    lint,
    hover(document, position, settings) {
      const model = getModel(document);
      return hover(model, offsetAt(model, position), resolveSettings(settings, model));
    },
    complete(document, position) {
      return complete(getModel(document), position);
    },
    fixAll(document, settings, maxPasses = 10) {
      let text = document.getText();
      let applied = 0;
      for (let pass = 0; pass < maxPasses; pass++) {
        const model = parse(text);
        const diagnostics = lintModel(model, { settings, logger: init.logger, loggedFailures }) ?? [];
        const fixes: Fix[] = diagnostics.flatMap((d) => (d.fix ? [d.fix] : []));
        if (fixes.length === 0) return { text, applied, converged: true };
        const result: ApplyResult = applyFixes(text, fixes);
        if (result.applied === 0 || result.text === text) return { text, applied, converged: true };
        text = result.text;
        applied += result.applied;
      }
      return { text, applied, converged: false };
    },
  };
}

export type { LintDiagnostic, Logger, CancellationToken } from './lint';
export type { CompletionResult } from './features/completion';
export type { HoverResult } from './features/hover';
export type { UnresSettings } from './config/settings';
export type { Rule, RuleMeta, Severity, Fix, TextEdit } from './rules/types';
export type { DocumentModel, Position, Range, Span } from './model/types';
export { applyFixes } from './fixes/applyFixes';
export { docsUrl } from './rules';
