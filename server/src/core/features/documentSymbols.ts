/**
 * The outline: header, organ line, preamble (`PP1` … with their opening words), operative part
 * (`OP1` … with sub-paragraphs `OP3 (b)`), annex and footnotes, as a tree for the outline view
 * and the breadcrumbs.
 */
import { lineAt, rangeOf, trimEnd } from '../model/text';
import type { DocumentModel, HeaderLineKind, Paragraph, Range, Span, Subparagraph } from '../model/types';
import { annexBody, subparagraphFullSpan, subparagraphName } from './references';

/** What an outline entry stands for (the LSP adapter picks an icon for each). */
export type OutlineKind = 'header' | 'headerLine' | 'organ' | 'part' | 'paragraph' | 'subparagraph' | 'annex' | 'footnotes' | 'footnote';

/** An entry of the outline. */
export interface OutlineSymbol {
  readonly name: string;
  readonly detail?: string;
  readonly kind: OutlineKind;
  /** Everything the entry covers. */
  readonly range: Range;
  /** What to reveal and select: the number, the label, the first line. */
  readonly selectionRange: Range;
  readonly children: readonly OutlineSymbol[];
}

const HEADER_LINE_NAMES: Partial<Record<HeaderLineKind, string>> = {
  symbol: 'document symbol',
  session: 'session',
  agendaItem: 'agenda item',
  adoption: 'adoption',
  committee: 'committee',
  sponsors: 'sponsors',
  resolutionNumber: 'resolution number',
};

/** The first words of a text span, without italics marks or footnote references, cut near `max` characters. */
export function openingWords(model: DocumentModel, span: Span, max = 50, source = model.masked): string {
  const raw = source.slice(span.start, Math.min(span.end, span.start + max * 3));
  const text = raw
    .replace(/\[\^[^\]\s[]{1,100}\]|\[footnoteRef:\d{1,6}\]/g, '')
    .replace(/(^|[^\p{L}\p{N}])[_*]{1,2}|[_*]{1,2}(?=[^\p{L}\p{N}]|$)/gu, '$1')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return `${text.slice(0, cut > max / 2 ? cut : max)}…`;
}

/** The span of the first line of a block. */
function firstLine(model: DocumentModel, span: Span): Span {
  const line = model.lines[lineAt(model.lines, span.start)];
  return { start: span.start, end: Math.max(span.start, Math.min(span.end, trimEnd(model.text, span.start, line.end))) };
}

function subSymbol(model: DocumentModel, p: Paragraph, s: Subparagraph): OutlineSymbol {
  return {
    name: subparagraphName(p, s),
    detail: openingWords(model, s.body),
    kind: 'subparagraph',
    range: rangeOf(model, subparagraphFullSpan(s)),
    selectionRange: rangeOf(model, { start: s.labelSpan.start, end: s.labelSpan.start + s.label.length + 2 }),
    children: s.children.map((c) => subSymbol(model, p, c)),
  };
}

function paragraphSymbol(model: DocumentModel, p: Paragraph): OutlineSymbol {
  return {
    name: p.label,
    detail: openingWords(model, p.body),
    kind: 'paragraph',
    range: rangeOf(model, p.fullSpan),
    selectionRange: rangeOf(model, p.number ? p.number.span : firstLine(model, p.span)),
    children: p.subparagraphs.map((s) => subSymbol(model, p, s)),
  };
}

function part(model: DocumentModel, name: string, list: readonly Paragraph[]): OutlineSymbol | undefined {
  if (list.length === 0) return undefined;
  const span = { start: list[0].span.start, end: list[list.length - 1].fullSpan.end };
  return {
    name,
    detail: `${list.length} paragraph${list.length === 1 ? '' : 's'}`,
    kind: 'part',
    range: rangeOf(model, span),
    selectionRange: rangeOf(model, firstLine(model, list[0].span)),
    children: list.map((p) => paragraphSymbol(model, p)),
  };
}

/** The outline of a draft. */
export function documentSymbols(model: DocumentModel): OutlineSymbol[] {
  const out: OutlineSymbol[] = [];
  const header = model.header;
  if (header.lines.length > 0) {
    const children: OutlineSymbol[] = [];
    for (const h of header.lines) {
      const what = HEADER_LINE_NAMES[h.kind];
      if (what) children.push({ name: h.text, detail: what, kind: 'headerLine', range: rangeOf(model, h.span), selectionRange: rangeOf(model, h.span), children: [] });
    }
    if (header.title) {
      const name = header.title.text.replace(/[\s\u00a0]+/g, ' ');
      children.push({ name, detail: 'title', kind: 'headerLine', range: rangeOf(model, header.title.span), selectionRange: rangeOf(model, header.title.span), children: [] });
      children.sort((a, b) => a.range.start.line - b.range.start.line);
    }
    const span = { start: header.lines[0].span.start, end: header.lines[header.lines.length - 1].span.end };
    out.push({ name: 'Header', kind: 'header', range: rangeOf(model, span), selectionRange: rangeOf(model, header.lines[0].span), children });
  }
  if (model.organ) {
    out.push({ name: model.text.slice(model.organ.span.start, model.organ.span.end), detail: 'organ line', kind: 'organ', range: rangeOf(model, model.organ.span), selectionRange: rangeOf(model, model.organ.span), children: [] });
  }
  const preamble = part(model, 'Preamble', model.preamble);
  if (preamble) out.push(preamble);
  const operative = part(model, 'Operative part', model.operative);
  if (operative) out.push(operative);
  const annex = annexBody(model);
  if (model.annex && annex) {
    const heading = model.annex.heading;
    out.push({ name: model.text.slice(heading.start, heading.end), kind: 'annex', range: rangeOf(model, annex), selectionRange: rangeOf(model, heading), children: [] });
  }
  const defs = model.footnoteDefinitions;
  if (defs.length > 0) {
    const children = defs.map<OutlineSymbol>((d) => ({
      name: d.syntax === 'caret' ? `[^${d.label}]` : `[${d.label}]`,
      detail: openingWords(model, d.textSpan, 60, model.text) || undefined,
      kind: 'footnote',
      range: rangeOf(model, d.span),
      selectionRange: rangeOf(model, d.labelSpan),
      children: [],
    }));
    const span = { start: defs[0].span.start, end: defs[defs.length - 1].span.end };
    out.push({ name: 'Footnotes', detail: `${defs.length}`, kind: 'footnotes', range: rangeOf(model, span), selectionRange: rangeOf(model, defs[0].labelSpan), children });
  }
  return out;
}
