/**
 * The rule pages (server/docs/rules/<id>.md) at run time, read beside the bundle: they ship in the
 * npm package (`files` lists server/docs/), so this works in the repository and once installed.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the rule pages are, and their text. */
export interface RuleDocs {
  /** The folder, or undefined when the pages are not installed. */
  readonly dir: string | undefined;
  /** A `file://` URL of the rule's page, when the page exists. */
  url(id: string): string | undefined;
  /** The Markdown of the rule's page, when it exists. */
  markdown(id: string): string | undefined;
}

/** Finds the rule pages: dist/ → ../server/docs/rules, or server/src/cli → ../../docs/rules when run from source. */
export function findRuleDocs(baseDir: string = __dirname): RuleDocs {
  const candidates = [path.join(baseDir, '..', 'server', 'docs', 'rules'), path.join(baseDir, '..', '..', 'docs', 'rules')];
  const dir = candidates.find((d) => existsSync(path.join(d, 'README.md')));
  const cache = new Map<string, string | undefined>();
  const file = (id: string): string | undefined => (dir && /^[a-z0-9-]+$/.test(id) ? path.join(dir, `${id}.md`) : undefined);
  return {
    dir,
    url(id) {
      const f = file(id);
      return f && existsSync(f) ? pathToFileURL(f).href : undefined;
    },
    markdown(id) {
      if (!cache.has(id)) {
        const f = file(id);
        let text: string | undefined;
        try {
          text = f ? readFileSync(f, 'utf8') : undefined;
        } catch {
          text = undefined;
        }
        cache.set(id, text);
      }
      return cache.get(id);
    },
  };
}

/** The first paragraph of a page's "What it checks" section, as one line; undefined when absent or when it introduces a list. */
export function whatItChecks(markdown: string): string | undefined {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((l) => /^## What it checks\s*$/.test(l));
  if (start < 0) return undefined;
  const para: string[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const l = lines[i].trim();
    if (l === '' && para.length === 0) continue;
    if (l === '' || l.startsWith('#') || l.startsWith('```') || l.startsWith('- ') || l.startsWith('|')) break;
    para.push(l);
  }
  const text = para.join(' ');
  // A paragraph that introduces a list does not stand alone.
  return text && !text.endsWith(':') ? text : undefined;
}
