/**
 * The benchmark corpus: every text of ../shared/corpus, converted to drafts. Until an importer
 * exists the conversion is deliberately small: the Markdown of `ga-80/` loses its YAML block of
 * metadata (the `[^n]:` footnote bodies and the digits glued to words stay as they are); the PDF
 * text of `pdf-text/` and the OCR text of `sc-1946-2002/` are linted as they are.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The corpus folder beside the repository. */
export const CORPUS = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));

/** The folders of the corpus and how each is converted. */
export const FOLDERS: readonly { readonly name: string; readonly conversion: string }[] = [
  { name: 'ga-80', conversion: 'Markdown, YAML block dropped' },
  { name: 'pdf-text', conversion: 'PDF text, as is' },
  { name: 'sc-1946-2002', conversion: 'OCR text, as is' },
];

/** One converted text. */
export interface CorpusText {
  readonly name: string;
  readonly folder: string;
  readonly text: string;
  /** UTF-8 size of the converted text. */
  readonly bytes: number;
}

/** Drops a leading YAML block (`---` … `---`) and the blank lines after it. */
export function dropFrontMatter(text: string): string {
  const m = /^\ufeff?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n)+/.exec(text);
  return m ? text.slice(m[0].length) : text;
}

/** Reads and converts every text of the corpus, in a stable order. */
export function loadCorpus(): CorpusText[] {
  if (!existsSync(CORPUS)) throw new Error(`the corpus is not at ${CORPUS} (expected ../shared/corpus beside the repository)`);
  const out: CorpusText[] = [];
  for (const { name: folder } of FOLDERS) {
    for (const name of readdirSync(`${CORPUS}${folder}`).sort()) {
      const raw = readFileSync(`${CORPUS}${folder}/${name}`, 'utf8');
      const text = folder === 'ga-80' ? dropFrontMatter(raw) : raw;
      out.push({ name: `${folder}/${name}`, folder, text, bytes: Buffer.byteLength(text, 'utf8') });
    }
  }
  return out;
}
