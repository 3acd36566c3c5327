/** `--fix` and `--fix-dry-run`: the core's fix-all, written back with the file's own line endings and byte-order mark. */
import type { LanguageService, UnresSettings } from '../core/languageService';

/** What fixing one draft produced. */
export type FixOutcome =
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'fixed'; readonly text: string; readonly applied: number }
  /** The fixes kept producing new fixes: the file is left as it was. */
  | { readonly kind: 'diverged' };

/** Runs every fix on a text until nothing more applies; `diverged` when that does not settle. */
export function fixText(service: LanguageService, uri: string, text: string, settings: UnresSettings): FixOutcome {
  const result = service.fixAll({ uri, version: 0, getText: () => text }, settings);
  service.forget(uri);
  if (!result.converged) return { kind: 'diverged' };
  if (result.text === text || result.applied === 0) return { kind: 'unchanged' };
  return { kind: 'fixed', text: keepLineEndings(text, result.text), applied: result.applied };
}

/**
 * Makes line breaks inserted by fixes match the file: in a file written with CRLF (or CR) only,
 * a bare LF that a fix introduced becomes that file's line break. Mixed files are left as fixed.
 */
export function keepLineEndings(original: string, fixed: string): string {
  const eol = uniformEol(original);
  if (eol === undefined || eol === '\n') return fixed;
  let out = '';
  let last = 0;
  for (let i = 0; i < fixed.length; i++) {
    const c = fixed.charCodeAt(i);
    if (c === 13) {
      if (fixed.charCodeAt(i + 1) === 10) i++;
      continue;
    }
    if (c === 10) {
      out += fixed.slice(last, i) + eol;
      last = i + 1;
    }
  }
  return last === 0 ? fixed : out + fixed.slice(last);
}

/** The one line-break style a text uses, or undefined when it mixes them (or has none). */
function uniformEol(text: string): '\n' | '\r\n' | '\r' | undefined {
  let found: '\n' | '\r\n' | '\r' | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let eol: '\n' | '\r\n' | '\r' | undefined;
    if (c === 13) {
      eol = text.charCodeAt(i + 1) === 10 ? '\r\n' : '\r';
      if (eol === '\r\n') i++;
    } else if (c === 10) eol = '\n';
    if (eol === undefined) continue;
    if (found !== undefined && found !== eol) return undefined;
    found = eol;
  }
  return found;
}
