/**
 * The outline: header, organ line, preamble (`PP1` … with their opening words), operative part
 * (`OP1` … with sub-paragraphs `OP3 (b)`), annex and footnotes, as a tree for the outline view
 * and the breadcrumbs. Headings (format.md, decision 15) group the paragraphs under them: a
 * section heading (`Peacebuilding financing`, A/RES/80/11) or part label inside a part is an entry
 * of that part with its paragraphs as children; parts that open with their own organ line
 * (S/RES/161 (1961): `A` / `The Security Council,` …, `B` / `The Security Council,` …) are entries
 * at the top, each with its organ line, preamble and operative part.
 */
import { writeLabel } from '../model/derived';
import { lineAt, rangeOf, trimEnd } from '../model/text';
import type { DocumentModel, HeaderLineKind, Heading, Paragraph, Range, Span, Subparagraph } from '../model/types';
import { annexBody, subparagraphFullSpan } from './references';

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

/** A sub-paragraph and its children; `parent` is the name of what holds it (`OP3`, `OP3 (b)`), as `subparagraphName` spells it, passed down rather than searched for each (quadratic). */
function subSymbol(model: DocumentModel, parent: string, s: Subparagraph): OutlineSymbol {
  const name = `${parent} ${writeLabel(s.style, s.label)}`;
  return {
    name,
    detail: openingWords(model, s.body),
    kind: 'subparagraph',
    range: rangeOf(model, subparagraphFullSpan(s)),
    selectionRange: rangeOf(model, s.labelSpan),
    children: s.children.map((c) => subSymbol(model, name, c)),
  };
}

function paragraphSymbol(model: DocumentModel, p: Paragraph): OutlineSymbol {
  return {
    name: p.label,
    detail: openingWords(model, p.body),
    kind: 'paragraph',
    range: rangeOf(model, p.fullSpan),
    selectionRange: rangeOf(model, p.number ? p.number.span : firstLine(model, p.span)),
    children: p.subparagraphs.map((s) => subSymbol(model, p.label, s)),
  };
}

/** A heading grouping the paragraphs under it (kind `part`: the LSP shows it as a part of the text). */
function headingSymbol(model: DocumentModel, h: Heading, list: readonly Paragraph[]): OutlineSymbol {
  const what = h.kind === 'part' ? 'part' : 'section';
  return {
    name: h.text.replace(/[\s\u00a0]+/g, ' '),
    detail: `${what} · ${list.length} paragraph${list.length === 1 ? '' : 's'}`,
    kind: 'part',
    range: rangeOf(model, { start: h.span.start, end: list[list.length - 1].fullSpan.end }),
    selectionRange: rangeOf(model, h.span),
    children: list.map((p) => paragraphSymbol(model, p)),
  };
}

/** The paragraphs of a list as entries, runs under the same heading (other than `top`'s) grouped under it. */
function grouped(model: DocumentModel, list: readonly Paragraph[], top: ReadonlySet<Heading>): OutlineSymbol[] {
  const out: OutlineSymbol[] = [];
  for (let i = 0; i < list.length; ) {
    const h = list[i].heading;
    if (!h || top.has(h)) {
      out.push(paragraphSymbol(model, list[i++]));
      continue;
    }
    let j = i;
    while (j < list.length && list[j].heading === h) j++;
    out.push(headingSymbol(model, h, list.slice(i, j)));
    i = j;
  }
  return out;
}

function part(model: DocumentModel, name: string, list: readonly Paragraph[], top: ReadonlySet<Heading> = new Set()): OutlineSymbol | undefined {
  if (list.length === 0) return undefined;
  const children = grouped(model, list, top);
  // A heading that opens the part stands before its first paragraph: the part starts there.
  const start = Math.min(list[0].span.start, children[0].kind === 'part' ? list[0].heading!.span.start : list[0].span.start);
  const span = { start, end: list[list.length - 1].fullSpan.end };
  return {
    name,
    detail: `${list.length} paragraph${list.length === 1 ? '' : 's'}`,
    kind: 'part',
    range: rangeOf(model, span),
    selectionRange: rangeOf(model, firstLine(model, { start, end: list[0].span.end })),
    children,
  };
}

/** Organ line, preamble and operative part of the paragraphs in `[start, end)`, and how many paragraphs. */
function body(model: DocumentModel, start: number, end: number, top: ReadonlySet<Heading>): { symbols: OutlineSymbol[]; count: number } {
  const inside = (p: Paragraph) => p.span.start >= start && p.span.start < end;
  const preamble = model.preamble.filter(inside);
  const operative = model.operative.filter(inside);
  const symbols = [part(model, 'Preamble', preamble, top), part(model, 'Operative part', operative, top)].filter((x): x is OutlineSymbol => x !== undefined);
  return { symbols, count: preamble.length + operative.length };
}

function organSymbol(model: DocumentModel, organ: { readonly span: Span }): OutlineSymbol {
  return { name: model.text.slice(organ.span.start, organ.span.end), detail: 'organ line', kind: 'organ', range: rangeOf(model, organ.span), selectionRange: rangeOf(model, organ.span), children: [] };
}

/**
 * The parts of a text in parts with their own organ line (S/RES/161 (1961)): the part label over
 * the organ line (`where: 'header'`) and every later part label with an organ line of its own.
 */
function ownParts(model: DocumentModel): readonly Heading[] {
  const list = model.headings.filter((h) => h.kind === 'part' && (h.where === 'header' || h.organ));
  return list.some((h) => h.organ) ? list : [];
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
    // A part label over the organ line (`A`, S/RES/161 (1961)) opens the first part, not the header.
    const lines = header.lines.filter((l) => l.kind !== 'heading');
    if (lines.length > 0) {
      const span = { start: lines[0].span.start, end: lines[lines.length - 1].span.end };
      out.push({ name: 'Header', kind: 'header', range: rangeOf(model, span), selectionRange: rangeOf(model, lines[0].span), children });
    }
  }
  const parts = ownParts(model);
  if (parts.length > 0) {
    const top = new Set(parts);
    const bodyEnd = model.closing?.span.start ?? model.annex?.span.start ?? model.text.length;
    // Paragraphs before the first part label (when the label is not in the header).
    if (model.organ && model.organ.span.start < parts[0].span.start) out.push(organSymbol(model, model.organ));
    for (const s of body(model, 0, parts[0].span.start, top).symbols) out.push(s);
    parts.forEach((h, i) => {
      const end = i + 1 < parts.length ? parts[i + 1].span.start : bodyEnd;
      const organ = h.organ ?? (h.where === 'header' ? model.organ : undefined);
      const { symbols, count } = body(model, h.span.start, end, top);
      const children = [...(organ ? [organSymbol(model, organ)] : []), ...symbols];
      const last = children[children.length - 1];
      const rangeEnd = last ? last.range.end : rangeOf(model, h.span).end;
      out.push({ name: h.text.replace(/[\s\u00a0]+/g, ' '), detail: `part · ${count} paragraph${count === 1 ? '' : 's'}`, kind: 'part', range: { start: rangeOf(model, h.span).start, end: rangeEnd }, selectionRange: rangeOf(model, h.span), children });
    });
  } else {
    if (model.organ) out.push(organSymbol(model, model.organ));
    const preamble = part(model, 'Preamble', model.preamble);
    if (preamble) out.push(preamble);
    const operative = part(model, 'Operative part', model.operative);
    if (operative) out.push(operative);
  }
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
