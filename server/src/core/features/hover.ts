/**
 * Hover: footnote previews (the footnote text as Markdown, its printed number, where else it is
 * cited); document symbols and resolution references decoded (CONVENTIONS.md REF-02, REF-04) with
 * a link to https://undocs.org/; opening phrases with their kind, counterpart and usage note;
 * paragraph numbers and sub-paragraph labels (`OP5 of 9`); internal cross-references with a
 * preview of the paragraph they name.
 */
import { matchPhrase, readWords, toOperative, toPreambular, type Part, type PhraseMatch } from '../data/lexicon';
import { footnoteNumbers, openerInfo, paragraphAt, referencesByLabel } from '../model/derived';
import { rangeOf } from '../model/text';
import type { DocumentModel, Emphasis, Paragraph, Range, Span, Subparagraph } from '../model/types';
import type { ResolvedSettings } from '../config/settings';
import { allSubparagraphs, crossReferenceAt, itemAt, referenceAt, subparagraphLabelAt, subparagraphName } from './references';
import { mentionAt, type ResolutionMention, type SymbolMention } from './unSymbols';

/** A hover result: Markdown and the range it describes. */
export interface HoverResult {
  readonly markdown: string;
  readonly range: Range;
}

/** Escapes Markdown syntax in draft text, keeping the draft's own `_italic_` and `*italic*` marks. */
export function draftTextToMarkdown(text: string): string {
  return text
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .replace(/[\\`[\]<>#|!]/g, (c) => `\\${c}`);
}

/** Where a reference stands: `PP1`, `OP3 (b)`, or the part of the document. */
export function placeOf(model: DocumentModel, offset: number): string {
  const p = paragraphAt(model, offset);
  if (p) {
    let label = p.label;
    let subs = p.subparagraphs;
    for (;;) {
      const s = subs.find((x) => offset >= x.span.start && offset <= (x.children.length ? x.children[x.children.length - 1].span.end : x.span.end));
      if (!s) break;
      label += ` (${s.label})`;
      subs = s.children;
    }
    return label;
  }
  if (offset < model.header.span.end) return 'the header';
  if (model.annex && offset >= model.annex.span.start) return 'the annex';
  return 'the text';
}

function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The hover at an offset, or undefined. */
export function hover(model: DocumentModel, offset: number, settings: ResolvedSettings): HoverResult | undefined {
  return (
    footnoteHover(model, offset, settings) ??
    crossReferenceHover(model, offset) ??
    mentionHover(model, offset) ??
    numberHover(model, offset) ??
    phraseHover(model, offset)
  );
}

/** The footnote text, its printed number and where else it is cited. */
function footnoteHover(model: DocumentModel, offset: number, settings: ResolvedSettings): HoverResult | undefined {
  const ref = referenceAt(model, offset);
  if (!ref) return undefined;
  const def = model.footnoteDefinitions.find((d) => d.label === ref.label);
  const refs = referencesByLabel(model).get(ref.label) ?? [ref];
  const lines: string[] = [];
  if (def) lines.push(draftTextToMarkdown(model.text.slice(def.textSpan.start, def.textSpan.end)) || '_(empty footnote)_');
  else lines.push(`Footnote \`[^${ref.label}]\` has no definition yet.`);
  lines.push('', '---', '');
  let printed: string;
  if (settings.footnoteStyle === 'legacy') {
    printed = `Printed as footnote ${footnoteNumbers(model).get(ref.label)}`;
  } else {
    const n = model.footnoteReferences.indexOf(ref) + 1;
    printed = `Printed as footnote ${n}`;
  }
  const others = refs.filter((r) => r !== ref).map((r) => placeOf(model, r.span.start));
  const here = placeOf(model, ref.span.start);
  let where = `cited in ${here}`;
  if (others.length > 0) where += `; also cited in ${joinList([...new Set(others)])}`;
  lines.push(`${printed} (\`[^${ref.label}]\`, ${settings.footnoteStyle} footnote style) · ${where}.`);
  return { markdown: lines.join('\n'), range: rangeOf(model, ref.span) };
}

/** A paragraph's opening words as Markdown, cut at about `max` characters. */
export function preview(model: DocumentModel, span: Span, max = 160): string {
  const raw = model.masked.slice(span.start, Math.min(span.end, span.start + max * 2)).replace(/\[\^[^\]\s[]{1,100}\]/g, '');
  const text = raw.replace(/[\s\u00a0]+/g, ' ').trim();
  if (text.length <= max) return draftTextToMarkdown(text);
  const cut = text.lastIndexOf(' ', max);
  return `${draftTextToMarkdown(text.slice(0, cut > max / 2 ? cut : max))}…`;
}

/** `paragraph 5 above`: the paragraph it names, with a preview. */
function crossReferenceHover(model: DocumentModel, offset: number): HoverResult | undefined {
  const hit = crossReferenceAt(model, offset);
  if (!hit) return undefined;
  const written = model.text.slice(hit.span.start, hit.span.end);
  let markdown: string;
  if (hit.target && 'part' in hit.target) {
    const p = hit.target;
    markdown = `**${p.label}** of ${model.operative.length}: ${preview(model, p.body)}`;
  } else if (hit.target && hit.paragraph) {
    const s = hit.target as Subparagraph;
    markdown = `**${subparagraphName(hit.paragraph, s)}**: ${preview(model, s.body)}`;
  } else if (hit.item.number && hit.span === hit.item.number.span) {
    const count = model.operative.filter((p) => p.number?.value === hit.item.number!.value).length;
    markdown = count > 1 ? `${count} operative paragraphs are numbered ${written}: renumber the paragraphs (Format Document) so that this reference names one.` : `This draft has no operative paragraph numbered ${written}.`;
  } else {
    markdown = `No sub-paragraph (${written}) found${hit.paragraph ? ` in ${hit.paragraph.label}` : ''}.`;
  }
  return { markdown, range: rangeOf(model, hit.span) };
}

function link(url: string): string {
  return `[${url.replace(/^https:\/\//, '')}](${url})`;
}

/** A document symbol or a resolution reference, decoded, with its link. */
function mentionHover(model: DocumentModel, offset: number): HoverResult | undefined {
  const m: SymbolMention | ResolutionMention | undefined = mentionAt(model, offset);
  if (!m) return undefined;
  const head = 'organ' in m ? `**${draftTextToMarkdown(model.text.slice(m.span.start, m.span.end))}** (${m.symbol})` : `**${m.symbol}**`;
  return { markdown: `${head}: ${m.parts.join(' · ')}\n\n${link(m.url)}`, range: rangeOf(model, m.span) };
}

/** A paragraph number (`5.` → `OP5 of 9`) or a sub-paragraph label (`(b)` → `OP3 (b)`). */
function numberHover(model: DocumentModel, offset: number): HoverResult | undefined {
  const p = paragraphAt(model, offset);
  if (!p) return undefined;
  const list = p.part === 'operative' ? model.operative : model.preamble;
  const noun = p.part === 'operative' ? 'operative paragraphs' : 'preambular paragraphs';
  if (p.number && offset >= p.number.span.start && offset <= p.number.span.end) {
    let markdown = `**${p.label}** of ${list.length} ${noun}`;
    if (p.part === 'preamble') markdown += ' (preambular paragraphs are not numbered)';
    else if (p.number.value !== p.index + 1) markdown += ` (numbered ${p.number.text}: Format Document renumbers it ${p.index + 1})`;
    return { markdown, range: rangeOf(model, p.number.span) };
  }
  const sub = subparagraphLabelAt(p, offset);
  if (sub) {
    const siblings = siblingsOf(p, sub);
    const position = siblings.indexOf(sub) + 1;
    const markdown = `**${subparagraphName(p, sub)}**: sub-paragraph ${position} of ${siblings.length}`;
    return { markdown, range: rangeOf(model, { start: sub.labelSpan.start, end: sub.labelSpan.start + sub.label.length + 2 }) };
  }
  return undefined;
}

function siblingsOf(p: Paragraph, sub: Subparagraph): readonly Subparagraph[] {
  if (p.subparagraphs.includes(sub)) return p.subparagraphs;
  return allSubparagraphs(p).find((s) => s.children.includes(sub))?.children ?? [sub];
}

const STATUS: Readonly<Record<string, string>> = {
  UN: 'common in adopted United Nations texts',
  'UN-rare': 'rare in adopted United Nations texts',
  SC: 'Security Council texts',
  'SC-rare': 'rare, Security Council texts',
  OLD: 'older texts',
  MUN: 'Model UN only',
};

function emphasisAt(model: DocumentModel, offset: number): Emphasis | undefined {
  return itemAt(model.emphases, offset, (e) => e.span);
}

/** An opening phrase: its kind, its counterpart in the other part, and the lexicon's usage note. */
function phraseHover(model: DocumentModel, offset: number): HoverResult | undefined {
  const p = paragraphAt(model, offset);
  if (!p) return undefined;
  const own: Part = p.part;
  const other: Part = own === 'preamble' ? 'operative' : 'preamble';
  let match: PhraseMatch | undefined;
  let span: Span | undefined;
  let isOpener = false;
  const info = openerInfo(model, p);
  const openerMatch = info[own === 'preamble' ? 'preambular' : 'operative'] ?? info[own === 'preamble' ? 'operative' : 'preambular'];
  const openerSpan = p.opener.emphasis?.span ?? (openerMatch ? { start: openerMatch.start, end: openerMatch.end } : undefined);
  if (openerMatch && openerSpan && offset >= openerSpan.start && offset <= openerSpan.end) {
    match = openerMatch;
    span = openerSpan;
    isOpener = true;
  } else {
    // A second main verb in italics (`…, and _requests_ the Secretary-General`).
    const e = emphasisAt(model, offset);
    if (!e || e.span.start < p.span.start) return undefined;
    const words = readWords(model.masked, e.inner.start, e.inner.end);
    match = matchPhrase(words, own) ?? matchPhrase(words, other);
    span = e.span;
  }
  if (!match || !span) return undefined;
  const entry = match.entry;
  const kind = match.part === 'preamble' ? 'preambular' : 'operative';
  const lines = [`**${draftTextToMarkdown(match.text)}**: ${kind} phrase (${STATUS[entry.status] ?? entry.status})`];
  const counterpart = match.part === 'preamble' ? toOperative(match) : toPreambular(match);
  if (counterpart) lines.push(`${match.part === 'preamble' ? 'Operative' : 'Preambular'} form: _${counterpart}_`);
  else lines.push(`No ${match.part === 'preamble' ? 'operative' : 'preambular'} form in the lexicon.`);
  if (isOpener && match.part !== own) lines.push(`This ${own === 'preamble' ? 'preambular' : 'operative'} paragraph opens with ${kind === 'operative' ? 'an' : 'a'} ${kind} phrase${counterpart ? `: write _${counterpart}_` : ''}.`);
  if (entry.continuations.length) lines.push(`Usually followed by: ${entry.continuations.join(', ')}`);
  if (entry.note) lines.push(`Note: ${entry.note}`);
  return { markdown: lines.join('\n\n'), range: rangeOf(model, span) };
}
