/** Hover: footnote previews (the footnote text as Markdown, its printed number, where else it is cited). */
import { footnoteNumbers, paragraphAt, referencesByLabel } from '../model/derived';
import { rangeOf } from '../model/text';
import type { DocumentModel, FootnoteReference, Range } from '../model/types';
import type { ResolvedSettings } from '../config/settings';

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

function referenceAt(model: DocumentModel, offset: number): FootnoteReference | undefined {
  const refs = model.footnoteReferences;
  let lo = 0;
  let hi = refs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = refs[mid];
    if (offset < r.span.start) hi = mid - 1;
    else if (offset > r.span.end) lo = mid + 1;
    else return r;
  }
  return undefined;
}

function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The hover at an offset, or undefined. */
export function hover(model: DocumentModel, offset: number, settings: ResolvedSettings): HoverResult | undefined {
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
