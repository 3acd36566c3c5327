/**
 * The immutable document model of a `.unres` draft, produced by `parse()`.
 * All spans are UTF-16 offsets into the original text (end exclusive), the unit LSP uses.
 */

/** A half-open range of UTF-16 offsets `[start, end)` into the document text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A zero-based line/character position (characters in UTF-16 code units), as in LSP. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/** A range of positions, as in LSP. */
export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** One physical line of the document. */
export interface Line {
  /** Zero-based line number. */
  readonly index: number;
  /** Offset of the first character. */
  readonly start: number;
  /** Offset just after the last character before the line break. */
  readonly end: number;
}

/** What a header line was recognised as (FORMAT.md, "Parts, in order", 1). */
export type HeaderLineKind =
  | 'symbol'
  | 'masthead'
  | 'session'
  | 'agendaItem'
  | 'agendaTitle'
  | 'adoption'
  | 'committee'
  | 'sponsors'
  | 'resolutionNumber'
  | 'title'
  /** A part label standing right before the organ line (`A`, `Part I`), as in S/RES/161 (1961). */
  | 'heading'
  | 'other';

/** A recognised (or free) line of the header. */
export interface HeaderLine {
  readonly kind: HeaderLineKind;
  /** The line's text span without leading and trailing white space. */
  readonly span: Span;
  readonly text: string;
}

/** The title of the resolution: the last header block before the organ line. */
export interface Title {
  readonly span: Span;
  readonly text: string;
  /** `73/331.` in an adopted GA text. */
  readonly number?: { readonly span: Span; readonly session: string; readonly serial: string };
}

/** The enacting formula, e.g. `The General Assembly,`. */
export interface OrganLine {
  readonly span: Span;
  /** The organ's name, e.g. `General Assembly`. */
  readonly name: string;
  /** The trailing punctuation character (`,`, `:`, `.`, `;`) or the empty string. */
  readonly punctuation: string;
  /** Span of the trailing punctuation (empty span at the end when there is none). */
  readonly punctuationSpan: Span;
}

/** An italic (`_x_`, `*x*`) or underlined (`__x__`) span inside a block. */
export interface Emphasis {
  /** Span including the markers. */
  readonly span: Span;
  /** Span of the text between the markers. */
  readonly inner: Span;
  readonly marker: '_' | '*' | '__' | '**';
}

/** The opening phrase of a paragraph, recognised by position (not by lexicon). */
export interface Opener {
  /** The emphasis that opens the paragraph, when the paragraph starts with one. */
  readonly emphasis?: Emphasis;
  /** Span of the text where the opening phrase starts (after the number, or the marker). */
  readonly textStart: number;
}

/** A footnote reference: `[^label]` or the Word-export `[footnoteRef:N]`. */
export interface FootnoteReference {
  readonly label: string;
  readonly span: Span;
  readonly labelSpan: Span;
  readonly syntax: 'caret' | 'word';
}

/** A footnote definition: `[^label]: text` or the Word-export `[N: text]`. */
export interface FootnoteDefinition {
  readonly label: string;
  readonly span: Span;
  readonly labelSpan: Span;
  /** Span of the footnote text (trimmed). */
  readonly textSpan: Span;
  readonly syntax: 'caret' | 'word';
}

/** The kind of a sub-paragraph label. */
export type LabelKind = 'letter' | 'roman';

/**
 * How a sub-paragraph label is written: `(a)` (the first and second degrees of UN texts), `a.` (the
 * third and fourth degrees, CONVENTIONS OP-05) or `a)` (Model UN sub-clauses, MUN-03).
 */
export type LabelStyle = 'paren' | 'dot' | 'close';

/** A sub-paragraph `(a)`, `(ii)`, `a.`, `i.` or `a)` of a paragraph. */
export interface Subparagraph {
  /** The label without parentheses or full stop, e.g. `a`, `ii`. */
  readonly label: string;
  /** The label as written: `(a)`, `a.`, `a)`. */
  readonly labelSpan: Span;
  readonly kind: LabelKind;
  readonly style: LabelStyle;
  /** The position of the label in its series: `(c)` → 3, `(iv)` → 4. */
  readonly ordinal: number;
  /** The degree: 1 for the paragraph's own sub-paragraphs, 2 for theirs, and so on. */
  readonly level: number;
  /** The whole block, label included. */
  readonly span: Span;
  /** The text after the label. */
  readonly body: Span;
  readonly children: readonly Subparagraph[];
}

/** A preambular or operative paragraph. */
export interface Paragraph {
  readonly part: 'preamble' | 'operative';
  /** Zero-based position within its part. */
  readonly index: number;
  /** `PP3`, `OP5` — how negotiators name paragraphs. */
  readonly label: string;
  /** The block of the paragraph's own text (its lead-in when it has sub-paragraphs). */
  readonly span: Span;
  /** The heading the paragraph stands under (the nearest one above it), when there is one. */
  readonly heading?: Heading;
  /**
   * True on the first numbered paragraph under a heading when the text starts its numbering again
   * there (`1.` after `B` in S/RES/101 (1953)): rules expect `1.` here, not the next number.
   */
  readonly restartsNumbering?: boolean;
  /** The paragraph number `12.` when the paragraph is numbered. */
  readonly number?: { readonly value: number; readonly text: string; readonly span: Span };
  readonly opener: Opener;
  /** Span of the text after the number. */
  readonly body: Span;
  readonly subparagraphs: readonly Subparagraph[];
  /** The block span including all sub-paragraphs. */
  readonly fullSpan: Span;
}

/**
 * A heading between paragraphs (server/docs/format.md, "Headings"): a part label (`A`, `B.`, `II`,
 * `Part A`, `I. Title`) or a section heading (a short line with no final punctuation that does not
 * open with a preambular or operative phrase, as in A/RES/80/11).
 */
export interface Heading {
  readonly kind: 'part' | 'section';
  /** The line, trimmed. */
  readonly span: Span;
  readonly text: string;
  /** The part label without `Part` and the full stop (`A`, `II`), for a part heading. */
  readonly label?: string;
  /** The title after the label (`I. Global context` → `Global context`), when there is one. */
  readonly title?: Span;
  /** Where it stands: in the header (right before the organ line), the preamble or the operative part. */
  readonly where: 'header' | 'preamble' | 'operative';
  /** The organ line that opens the part (`B` then `The Security Council,` again), when there is one. */
  readonly organ?: OrganLine;
}

/** The closing block: `101st plenary meeting` and the date (and a Human Rights Council vote note). */
export interface Closing {
  readonly span: Span;
  readonly meetingLine: Span;
  readonly dateLine?: Span;
  /** `[Adopted without a vote.]` after the date (CONVENTIONS.md SKEL-11). */
  readonly note?: Span;
}

/** A comment `<!-- … -->`. */
export interface Comment {
  readonly span: Span;
  readonly inner: Span;
  readonly closed: boolean;
}

/** An inline directive in a comment (FORMAT.md, "Comments and directives"). */
export interface Directive {
  readonly kind: 'disable' | 'enable' | 'disable-next-line';
  /** Rule ids; empty means all rules. */
  readonly ruleIds: readonly { readonly id: string; readonly span: Span }[];
  readonly span: Span;
  /** Zero-based line on which the comment ends. */
  readonly line: number;
}

/** A structural problem the parser recovered from. */
export interface ParseProblem {
  readonly code: 'unclosed-comment' | 'unclosed-emphasis' | 'missing-organ-line' | 'duplicate-organ-line' | 'unclosed-footnote' | 'not-text' | 'text-after-closing';
  readonly span: Span;
  readonly message: string;
}

/** The parsed draft. Immutable; derived views are memoised on it. */
export interface DocumentModel {
  readonly text: string;
  /** The text with comments, bookmarks and inline footnote definitions blanked (same length). */
  readonly masked: string;
  readonly lines: readonly Line[];
  /** The dominant line ending of the file. */
  readonly eol: '\n' | '\r\n' | '\r';
  readonly header: {
    readonly span: Span;
    readonly lines: readonly HeaderLine[];
    readonly title?: Title;
    /**
     * The date of adoption when the header or closing gives one (adoption line, closing date line,
     * `Resolution of 8 May 1946`), else the year of a `Resolution 1631 (2005)` or `1631 (2005).`
     * line: `month` and `day` are then absent. Decides the default footnote style of a text with no
     * session (server/docs/format.md, decision 13).
     */
    readonly adopted?: { readonly year: number; readonly month?: number; readonly day?: number };
  };
  readonly organ?: OrganLine;
  /** Further lines that look like an organ line after the first. */
  readonly extraOrganLines: readonly Span[];
  readonly preamble: readonly Paragraph[];
  readonly operative: readonly Paragraph[];
  readonly closing?: Closing;
  /** Blocks after the closing block that are neither footnotes nor an annex (not paragraphs; reported). */
  readonly afterClosing: readonly Span[];
  /** Headings between paragraphs, and a part label right before the organ line, in document order. */
  readonly headings: readonly Heading[];
  /** The `Annex` heading and everything after it; `title` is the line(s) right under `Annex` in its block. */
  readonly annex?: { readonly heading: Span; readonly span: Span; readonly title?: Span };
  readonly footnoteReferences: readonly FootnoteReference[];
  readonly footnoteDefinitions: readonly FootnoteDefinition[];
  readonly emphases: readonly Emphasis[];
  readonly comments: readonly Comment[];
  readonly directives: readonly Directive[];
  readonly problems: readonly ParseProblem[];
  /** Memoised derived views, keyed by name; see `memo()`. */
  readonly cache: Map<string, unknown>;
}
