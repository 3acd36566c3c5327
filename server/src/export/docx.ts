/**
 * Word (.docx) export in the layout of an official document: A4, Times New Roman, the header
 * block, the title in bold, the organ line, italic openers and secondary verbs (as the draft marks
 * them), preambular paragraphs with a first-line indent, numbered operative paragraphs with a
 * hanging indent, indented sub-paragraphs, part labels centred in bold and section headings in
 * bold (styles `UN Part heading`, `UN Section heading`), real Word footnotes numbered in order of first reference
 * (a legacy re-citation repeats the number, a current one prints a new footnote), closing lines.
 */
import { AlignmentType, Document, FootnoteReferenceRun, Packer, Paragraph, Tab, TextRun, type IParagraphStyleOptions, type ParagraphChild } from 'docx';
import type { UnresSettings } from '../core/config/settings';
import type { DocumentModel } from '../core/model/types';
import { buildLayout, type Inline, type Layout, type LayoutBlock } from './layout';

/** Options of `toDocx`. */
export interface DocxOptions {
  readonly settings?: UnresSettings;
  /** Document property `creator`. */
  readonly creator?: string;
}

/** Twips per millimetre. */
const MM = 56.7;
const INDENT = Math.round(12.7 * MM);
const FONT = 'Times New Roman';

/** Paragraph styles named like the parts of a resolution, so a drafter can restyle them in Word. */
const STYLES: IParagraphStyleOptions[] = [
  { id: 'UNHeader', name: 'UN Header', basedOn: 'Normal', paragraph: { spacing: { before: 0, after: 0 } } },
  { id: 'UNAdoption', name: 'UN Adoption line', basedOn: 'Normal', run: { bold: true, size: 24 }, paragraph: { indent: { left: INDENT }, spacing: { before: 240, after: 0 } } },
  { id: 'UNCommittee', name: 'UN Committee line', basedOn: 'Normal', paragraph: { indent: { left: INDENT }, spacing: { before: 240, after: 0 } } },
  { id: 'UNTitle', name: 'UN Title', basedOn: 'Normal', next: 'Normal', run: { bold: true, size: 26 }, paragraph: { indent: { left: INDENT }, spacing: { before: 360, after: 240 }, keepNext: true } },
  { id: 'UNOrgan', name: 'UN Organ line', basedOn: 'Normal', paragraph: { indent: { firstLine: INDENT }, spacing: { before: 240, after: 120 }, keepNext: true } },
  { id: 'UNPreamble', name: 'UN Preambular paragraph', basedOn: 'Normal', paragraph: { indent: { firstLine: INDENT }, alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 } } },
  {
    id: 'UNOperative',
    name: 'UN Operative paragraph',
    basedOn: 'Normal',
    paragraph: { indent: { left: Math.round(19 * MM), hanging: Math.round(6.3 * MM) }, leftTabStop: Math.round(19 * MM), alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 } },
  },
  {
    id: 'UNSubparagraph1',
    name: 'UN Sub-paragraph (a)',
    basedOn: 'Normal',
    paragraph: { indent: { left: Math.round(31.7 * MM), hanging: INDENT }, leftTabStop: Math.round(31.7 * MM), alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 } },
  },
  {
    id: 'UNSubparagraph2',
    name: 'UN Sub-paragraph (i)',
    basedOn: 'Normal',
    paragraph: { indent: { left: Math.round(44.4 * MM), hanging: INDENT }, leftTabStop: Math.round(44.4 * MM), alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 } },
  },
  { id: 'UNClosing', name: 'UN Closing line', basedOn: 'Normal', paragraph: { alignment: AlignmentType.RIGHT, spacing: { before: 0, after: 0 } } },
  { id: 'UNPartHeading', name: 'UN Part heading', basedOn: 'Normal', next: 'Normal', run: { bold: true }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 120 }, keepNext: true } },
  { id: 'UNSectionHeading', name: 'UN Section heading', basedOn: 'Normal', next: 'Normal', run: { bold: true }, paragraph: { indent: { left: INDENT }, spacing: { before: 240, after: 120 }, keepNext: true } },
  { id: 'UNAnnexHeading', name: 'UN Annex heading', basedOn: 'Normal', run: { bold: true }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 360, after: 240 }, keepNext: true } },
  { id: 'UNAnnex', name: 'UN Annex text', basedOn: 'Normal', paragraph: { indent: { firstLine: INDENT }, alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 } } },
];

function styleOf(b: LayoutBlock): string {
  switch (b.kind) {
    case 'title':
      return 'UNTitle';
    case 'adoption':
      return 'UNAdoption';
    case 'committee':
      return 'UNCommittee';
    case 'organ':
      return 'UNOrgan';
    case 'preamble':
      return 'UNPreamble';
    case 'operative':
      return b.marker ? 'UNOperative' : 'UNPreamble';
    case 'subparagraph':
      return (b.level ?? 1) >= 2 ? 'UNSubparagraph2' : 'UNSubparagraph1';
    case 'heading':
      return 'UNPartHeading';
    case 'sectionHeading':
      return 'UNSectionHeading';
    case 'closing':
      return 'UNClosing';
    case 'annexHeading':
      return 'UNAnnexHeading';
    case 'annex':
      return 'UNAnnex';
    default:
      return 'UNHeader';
  }
}

/**
 * What XML 1.0 cannot carry and the docx library lets through: U+FFFE, U+FFFF (outside the Char
 * production: `word/document.xml` would not parse and Word would refuse the file) and lone
 * surrogates (no character at all; the UTF-8 encoder would turn them into U+FFFD anyway), and the
 * C0 control characters but tab, line feed and carriage return, which the library drops (the words
 * on either side ran together; found by a review). Each alternative looks at one code unit and at
 * most one neighbour: linear time.
 */
// eslint-disable-next-line no-control-regex -- control characters are what must be replaced
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A string made safe for the document's XML parts: each character XML cannot carry becomes U+FFFD. */
export function xmlSafe(s: string): string {
  return s.replace(NOT_XML_CHAR, '\uFFFD');
}

function safeInline(x: Inline): Inline {
  return x.kind === 'text' ? { ...x, text: xmlSafe(x.text) } : x;
}

/**
 * The one choke point of the strings that reach the document: run texts, paragraph markers,
 * footnote texts and the title of a layout (the creator goes through `xmlSafe` beside it).
 */
function safeLayout(layout: Layout): Layout {
  return {
    ...layout,
    blocks: layout.blocks.map((b) => ({ ...b, marker: b.marker === undefined ? undefined : xmlSafe(b.marker), inlines: b.inlines.map(safeInline) })),
    footnotes: layout.footnotes.map((f) => ({ ...f, inlines: f.inlines.map(safeInline) })),
    title: layout.title === undefined ? undefined : xmlSafe(layout.title),
  };
}

function runsOf(inlines: readonly Inline[]): ParagraphChild[] {
  return inlines.map((x) => {
    if (x.kind === 'ref') {
      // A legacy re-citation repeats the number of the footnote it cites (FN-04): a superscript, not a new note.
      return x.footnote !== undefined ? new FootnoteReferenceRun(x.footnote) : new TextRun({ text: String(x.printed), superScript: true });
    }
    // A line end of the layout (before a quoted paragraph) is a line break in Word.
    const style = { italics: x.italic || undefined, underline: x.underline ? {} : undefined };
    return x.text.split('\n').map((text, k) => new TextRun({ text, break: k > 0 ? 1 : undefined, ...style }));
  }).flat();
}

/** Builds the Word document of a layout. */
export function layoutToDocument(unsafe: Layout, options: DocxOptions = {}): Document {
  const layout = safeLayout(unsafe);
  const children: Paragraph[] = [];
  let closingSeen = false;
  for (const b of layout.blocks) {
    const runs = runsOf(b.inlines);
    if (b.marker && (b.kind === 'operative' || b.kind === 'subparagraph' || b.kind === 'preamble')) {
      runs.unshift(new TextRun({ text: b.marker }), new TextRun({ children: [new Tab()] }));
    }
    const spacing = b.groupStart && styleOf(b) === 'UNHeader' ? { before: 240 } : b.kind === 'closing' && !closingSeen ? { before: 360 } : undefined;
    if (b.kind === 'closing') closingSeen = true;
    children.push(new Paragraph({ style: styleOf(b), children: runs, spacing, pageBreakBefore: b.kind === 'annexHeading' || undefined }));
  }
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  // Word puts the footnote's number first; a tab after it reaches the hanging indent, as UN
  // footnotes print (`1<tab>Resolution 59/50.`).
  for (const f of layout.footnotes) footnotes[String(f.id)] = { children: [new Paragraph({ style: 'FootnoteText', children: [new TextRun({ children: [new Tab()] }), ...runsOf(f.inlines)] })] };
  return new Document({
    creator: xmlSafe(options.creator ?? 'unres'),
    title: layout.title ?? 'Resolution',
    styles: {
      default: {
        document: { run: { font: FONT, size: 20 }, paragraph: { spacing: { line: 240 } } },
        footnoteText: { run: { font: FONT, size: 16 }, paragraph: { indent: { left: INDENT, hanging: Math.round(6.3 * MM) }, spacing: { after: 60 } } },
        footnoteReference: { run: { font: FONT, superScript: true } },
      },
      paragraphStyles: STYLES,
    },
    footnotes,
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: Math.round(25 * MM), bottom: Math.round(25 * MM), left: Math.round(20 * MM), right: Math.round(20 * MM) },
          },
        },
        children,
      },
    ],
  });
}

/** The bytes of a Word document's .docx file. */
export async function docxBytes(doc: Document): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(doc);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** Exports a parsed draft as a .docx file (the bytes of the file). */
export async function toDocx(model: DocumentModel, options: DocxOptions = {}): Promise<Uint8Array> {
  return docxBytes(layoutToDocument(buildLayout(model, options.settings), options));
}
