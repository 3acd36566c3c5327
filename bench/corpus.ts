/**
 * The benchmark corpus: every text of ../shared/corpus, converted to a draft by the importer
 * (`importResolution`, as `unres import` converts it): the Markdown of `ga-80/`, the PDF text of
 * `pdf-text/` and the OCR text of `sc-1946-2002/` become `.unres` drafts with their header, organ
 * line, numbered paragraphs and footnotes. A text the importer refuses would be linted as it is,
 * and the run says so; none is refused today.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importResolution } from '../server/src/core/import';

/** The corpus folder beside the repository. */
export const CORPUS = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));

/** The folders of the corpus and the format of their texts (the importer detects it). */
export const FOLDERS: readonly { readonly name: string; readonly format: string }[] = [
  { name: 'ga-80', format: 'Markdown' },
  { name: 'pdf-text', format: 'PDF text' },
  { name: 'sc-1946-2002', format: 'OCR text' },
];

/** One converted text. */
export interface CorpusText {
  readonly name: string;
  readonly folder: string;
  readonly text: string;
  /** UTF-8 size of the converted text. */
  readonly bytes: number;
  /** False when the importer refused the text, which is then linted as it is. */
  readonly imported: boolean;
}

/** Reads and converts every text of the corpus, in a stable order. */
export function loadCorpus(): CorpusText[] {
  if (!existsSync(CORPUS)) throw new Error(`the corpus is not at ${CORPUS} (expected ../shared/corpus beside the repository)`);
  const out: CorpusText[] = [];
  for (const { name: folder } of FOLDERS) {
    for (const name of readdirSync(`${CORPUS}${folder}`).sort()) {
      const raw = readFileSync(`${CORPUS}${folder}/${name}`, 'utf8');
      const imported = importResolution(raw);
      const text = imported.ok ? imported.text : raw;
      out.push({ name: `${folder}/${name}`, folder, text, bytes: Buffer.byteLength(text, 'utf8'), imported: imported.ok });
    }
  }
  return out;
}
