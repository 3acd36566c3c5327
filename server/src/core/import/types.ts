/** Types shared by the importers (official text → `.unres` draft). */

/** The kinds of source text the importer reads. */
export type ImportFormat = 'word-text' | 'pdf-text' | 'markdown' | 'docx';

/** Something the importer wants the user to know: a repair it made or a doubt it has. */
export interface ImportNote {
  readonly severity: 'info' | 'warning';
  readonly message: string;
}

/** The outcome of an import: a draft, or a one-line reason why there is none. */
export type ImportResult =
  | { readonly ok: true; readonly text: string; readonly format: ImportFormat; readonly notes: readonly ImportNote[] }
  | { readonly ok: false; readonly error: string; readonly notes: readonly ImportNote[] };

/** Options of `importResolution`. */
export interface ImportOptions {
  /** The source format; detected from the text when absent. */
  readonly format?: Exclude<ImportFormat, 'docx'>;
}

/** A block of the source: consecutive lines, as the extractor left them. */
export interface SourceBlock {
  readonly lines: readonly string[];
  /** A page break (running head, footnotes at the foot of a page) came right before this block. */
  readonly pageBreakBefore?: boolean;
}

/** What a front end (Word text, PDF text, Markdown, .docx) hands to the composer. */
export interface SourceDocument {
  readonly format: ImportFormat;
  /** The text in order; explicit footnote references are markers (`refMarker`). */
  readonly blocks: readonly SourceBlock[];
  /** Footnote texts by their label in the source. */
  readonly notes: ReadonlyMap<string, string>;
  /** Each line is a paragraph of its own (Word's plain-text export does not wrap lines). */
  readonly paragraphPerLine: boolean;
  /** The text already carries italics as `_…_` (a .docx file): keep them, add none. */
  readonly hasItalics: boolean;
  /** Notes collected while reading the source. */
  readonly notesLog: readonly ImportNote[];
  /**
   * The footnotes are marked `1/`, `2/` … (Security Council texts of 1992–1994: `the Joint
   * Declaration 1/ signed at Geneva`, bodies `1/ S/24476, annex.` at the end): such an indicator is
   * a reference wherever it stands.
   */
  readonly slashIndicators?: boolean;
}
