/** Shared helpers of the import and export tests: the shared folder, white-space comparison, linting. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { ImportResult } from '../../server/src/core/import';
import { createLanguageService, type LintDiagnostic, type UnresSettings } from '../../server/src/core/languageService';

/** `../shared/` beside the repository (seed, examples, corpus). */
export const shared = new URL('../../../shared/', import.meta.url);

/** Reads a file of `../shared/`. */
export function readShared(relative: string): string {
  return readFileSync(new URL(relative, shared), 'utf8');
}

/** The text with every run of white space (no-break spaces and line breaks included) as one space. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const service = createLanguageService();
let version = 0;

/** Lints a draft with today's rules and default settings (or the settings given, e.g. a profile). */
export function lint(text: string, settings?: UnresSettings): LintDiagnostic[] {
  const uri = `memory://draft-${++version}.unres`;
  const result = service.lint({ uri, version: 1, getText: () => text }, settings) ?? [];
  service.forget(uri);
  return result;
}

/** The error-level diagnostics of a draft. */
export function errors(text: string, settings?: UnresSettings): LintDiagnostic[] {
  return lint(text, settings).filter((d) => d.severity === 'error');
}

/** The text of an import that must succeed (the error is the assertion's message otherwise). */
export function ok(result: ImportResult): string {
  assert.ok(result.ok, result.ok ? '' : result.error);
  return result.text;
}

/** The paragraphs of a draft (blocks separated by blank lines). */
export function blocks(text: string): string[] {
  return text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
}
