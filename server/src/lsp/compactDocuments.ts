/**
 * The open drafts as the language server holds them: the few in use as plain strings, the others
 * deflated. A session may keep a hundred large drafts open (the benchmark opens 100 drafts of 1,000
 * paragraphs, 102 MB of text as V8 holds it); only the drafts being edited or linted need their text
 * at hand, and a deflated one is read back in milliseconds when it is needed again.
 *
 * Lossless for every string: a well-formed text (every surrogate paired, as in any draft a person
 * typed) is packed as UTF-8, which round-trips it exactly (NUL and a byte order mark included) and
 * deflates to half the size of its UTF-16 code units; a text with a lone surrogate, which UTF-8
 * cannot carry, is packed as UTF-16 code units (`utf16le`).
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { TextDocument, type Position, type Range, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

/** A surrogate not paired (in Unicode mode a pair is one code point, which the class does not hold). */
const LONE_SURROGATE = /[\ud800-\udfff]/u;

/** Texts shorter than this (in UTF-16 code units) stay strings: packing them saves too little. */
const MIN_PACKED_LENGTH = 32 * 1024;

/** Keeps the last `capacity` documents used as strings and packs the others. */
export class CompactDocumentStore {
  /** The documents held as strings, least recently used first. */
  private readonly unpacked = new Set<CompactTextDocument>();
  /** The document used last (the newest in `unpacked`). */
  private last: CompactTextDocument | undefined;
  /** The documents used since `takeUsed` was last called (see idleTrim.ts). */
  private usedSince = new Set<CompactTextDocument>();

  constructor(private readonly capacity = 4) {}

  /** The `TextDocuments` configuration: documents made and updated through this store. */
  readonly configuration = {
    create: (uri: string, languageId: string, version: number, content: string): CompactTextDocument => new CompactTextDocument(this, uri, languageId, version, content),
    update: (document: CompactTextDocument, changes: TextDocumentContentChangeEvent[], version: number): CompactTextDocument => {
      document.update(changes, version);
      return document;
    },
  };

  /** How many documents are held as strings (for the tests). */
  get unpackedCount(): number {
    return this.unpacked.size;
  }

  /** A document was used: it becomes the most recent, and the least recent beyond capacity are packed. */
  used(document: CompactTextDocument): void {
    // The common case, many reads of the draft in use (a position per diagnostic), costs nothing.
    if (document === this.last || document.released) return;
    this.last = document;
    this.usedSince.add(document);
    this.unpacked.delete(document);
    // A short text is never packed: it takes no place among those held as strings.
    if (!document.packable) return;
    this.unpacked.add(document);
    while (this.unpacked.size > this.capacity) {
      const oldest = this.unpacked.values().next().value as CompactTextDocument;
      this.unpacked.delete(oldest);
      oldest.pack();
    }
  }

  /**
   * A document changed: one that has grown long enough to be packed while it was the one in use
   * (which `used` passes over) takes its place among those held as strings, so that it is packed in
   * its turn once other drafts are used.
   */
  changed(document: CompactTextDocument): void {
    if (document.released || this.unpacked.has(document) || !document.packable) return;
    this.last = undefined;
    this.used(document);
  }

  /** The document used last, if it is still open. */
  get lastUsed(): CompactTextDocument | undefined {
    return this.last;
  }

  /**
   * The open documents used since the last call, but `keep`; from now on, `keep` counts as used
   * (what it holds stays) and the others as not.
   */
  takeUsed(keep: CompactTextDocument | undefined): CompactTextDocument[] {
    const used = [...this.usedSince].filter((d) => d !== keep && !d.released);
    this.usedSince = new Set(keep ? [keep] : []);
    return used;
  }

  /** Packs every document held as a string but `keep` (the server has been idle a while). */
  packAllBut(keep: CompactTextDocument | undefined): void {
    for (const document of [...this.unpacked]) {
      if (document === keep) continue;
      this.unpacked.delete(document);
      document.pack();
    }
  }

  /** A document was closed: the store lets go of it. */
  release(document: TextDocument): void {
    if (!(document instanceof CompactTextDocument)) return;
    document.released = true;
    this.unpacked.delete(document);
    this.usedSince.delete(document);
    if (this.last === document) this.last = undefined;
  }
}

/** A text document whose text the store may pack while it is not in use. */
export class CompactTextDocument implements TextDocument {
  private full: TextDocument | undefined;
  private packed: Buffer | undefined;
  /** How `packed` encodes the text. */
  private encoding: 'utf8' | 'utf16le' = 'utf8';
  private currentVersion: number;
  /** Closed: still readable (a lint under way may read it), no longer tracked by the store. */
  released = false;

  constructor(
    private readonly store: CompactDocumentStore,
    readonly uri: string,
    readonly languageId: string,
    version: number,
    content: string,
  ) {
    this.currentVersion = version;
    this.full = TextDocument.create(uri, languageId, version, content);
    store.used(this);
  }

  get version(): number {
    return this.currentVersion;
  }

  get lineCount(): number {
    return this.text().lineCount;
  }

  /** Whether the text is long enough to be packed. */
  get packable(): boolean {
    return this.full === undefined || this.full.getText().length >= MIN_PACKED_LENGTH;
  }

  /** Whether the text is packed now (for the tests). */
  get isPacked(): boolean {
    return this.full === undefined;
  }

  /** How the packed copy encodes the text, when there is one (for the tests). */
  get packedEncoding(): 'utf8' | 'utf16le' | undefined {
    return this.packed && this.encoding;
  }

  getText(range?: Range): string {
    return this.text().getText(range);
  }

  positionAt(offset: number): Position {
    return this.text().positionAt(offset);
  }

  offsetAt(position: Position): number {
    return this.text().offsetAt(position);
  }

  getLineRange(line: number): Range {
    return this.text().getLineRange(line);
  }

  getEOLCharacters(line: number): string {
    return this.text().getEOLCharacters(line);
  }

  update(changes: TextDocumentContentChangeEvent[], version: number): void {
    TextDocument.update(this.text(), changes, version);
    this.currentVersion = version;
    // The packed copy is of the old text now.
    this.packed = undefined;
    this.store.changed(this);
  }

  /**
   * Packs the text, unless it is short. A text read back and not changed since keeps its packed
   * copy: packing it again is only letting go of the string.
   */
  pack(): void {
    const full = this.full;
    if (!full) return;
    const text = full.getText();
    if (text.length < MIN_PACKED_LENGTH) return;
    if (!this.packed) {
      // UTF-8 where it is lossless; zlib's default level: a 1,000-paragraph draft (0.5 M code
      // units) packs in about 5 ms to 35 kB, against 3 ms and 71 kB as UTF-16 at level 1.
      this.encoding = LONE_SURROGATE.test(text) ? 'utf16le' : 'utf8';
      this.packed = deflateRawSync(Buffer.from(text, this.encoding));
    }
    this.full = undefined;
  }

  /** The document with its text as a string, unpacked if need be; marks it used. */
  private text(): TextDocument {
    let full = this.full;
    if (!full) {
      full = TextDocument.create(this.uri, this.languageId, this.currentVersion, inflateRawSync(this.packed!).toString(this.encoding));
      this.full = full;
    }
    this.store.used(this);
    return full;
  }
}
