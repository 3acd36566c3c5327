import { memo } from '../model/derived';
import type { DocumentModel, Paragraph, Span } from '../model/types';
import type { Report, Rule } from './types';
import { bodyParagraphAt, SKIP_DEFAULT, skipped } from './kinds/text';
import { literalOffsets } from './util';

/** One paragraph a reference points at: `5`, `1 (a)`. */
export interface ReferencedParagraph {
  readonly number: number;
  readonly sub?: string;
  readonly span: Span;
}

/** `paragraph 5 above`, `paragraphs 3 and 4 below`, `paragraph 1 (a) of the present resolution`, `subparagraph (b) above`. */
export interface ParagraphReference {
  readonly span: Span;
  readonly sub: boolean;
  readonly targets: readonly ReferencedParagraph[];
  /** `above`, `below`, or `present` (`of the present resolution`: no direction). */
  readonly direction: 'above' | 'below' | 'present';
}

const SP = '[ \\t\\u00a0]+(?:\\r?\\n[ \\t\\u00a0]*)?';
/** Sticky: tried only where a match can start (`headStarts`). */
const HEAD = /\b(sub)?(paragraphs?)[ \t\u00a0]+(?:\r?\n[ \t\u00a0]*)?(?=\d|\()/iy;
const TARGET = /(\d{1,3})?(?:[ \t\u00a0]?\(([a-z]{1,4})\))?/y;
const SEPARATOR = new RegExp(`(?:,${SP}(?:and${SP})?|${SP}and${SP}|${SP}to${SP}|–)`, 'y');
const TAIL = new RegExp(`${SP}(above|below|of${SP}the${SP}present${SP}resolution)\\b`, 'y');

/**
 * Where a match of `HEAD` can start, in order: every match holds `paragraph` in some case, whose
 * `ph` (in one of its four cases; no other character folds to them without the `u` flag) is
 * found natively, and starts at its `p` or at the `s` of a `sub` before it. Only the `sub` start
 * of a `ph` may come before the plain start of an earlier one (one or two code units before it),
 * and then not both match: a match is tried at every start in turn and none overlaps the last.
 */
function headStarts(model: DocumentModel): number[] {
  const s = model.masked;
  // `pH` and `PH` through the rare capital `H`, rather than a second search for every `p` and `P`.
  const anchors = [...literalOffsets(model, 'ph'), ...literalOffsets(model, 'Ph')];
  for (const at of literalOffsets(model, 'H')) if ((s.charCodeAt(at - 1) | 0x20) === 0x70 /* p */) anchors.push(at - 1);
  anchors.sort((a, b) => a - b);
  const out: number[] = [];
  for (const at of anchors) {
    if (at >= 10 && (s.charCodeAt(at - 10) | 0x20) === 0x73 /* s */) out.push(at - 10);
    if (at >= 7 && (s.charCodeAt(at - 7) | 0x20) === 0x70 /* p */) out.push(at - 7);
  }
  return out;
}

/** The internal paragraph references of a document. */
export function paragraphReferences(model: DocumentModel): readonly ParagraphReference[] {
  return memo(model, 'xref:references', () => {
    const s = model.masked;
    const out: ParagraphReference[] = [];
    // The next match starts at or after `from`, as the global scan this replaces went on from there.
    let from = 0;
    for (const start of headStarts(model)) {
      if (start < from) continue;
      HEAD.lastIndex = start;
      const h = HEAD.exec(s);
      if (!h) continue;
      const sub = !!h[1];
      const targets: ReferencedParagraph[] = [];
      let at = h.index + h[0].length;
      let lastNumber: number | undefined;
      for (;;) {
        TARGET.lastIndex = at;
        const t = TARGET.exec(s);
        if (!t || t[0] === '') break;
        const number = t[1] ? Number(t[1]) : lastNumber;
        if (number === undefined && !sub) break;
        targets.push({ number: number ?? 0, sub: t[2], span: { start: at, end: at + t[0].length } });
        if (t[1]) lastNumber = Number(t[1]);
        at += t[0].length;
        SEPARATOR.lastIndex = at;
        const sep = SEPARATOR.exec(s);
        if (!sep || !/^[\d(]/.test(s.slice(at + sep[0].length, at + sep[0].length + 1))) break;
        at += sep[0].length;
      }
      TAIL.lastIndex = at;
      const tail = TAIL.exec(s);
      from = Math.max(start + h[0].length, at);
      if (!tail || targets.length === 0) continue;
      const word = tail[1].toLowerCase();
      const direction = word === 'above' ? 'above' : word === 'below' ? 'below' : 'present';
      out.push({ span: { start: h.index, end: at + tail[0].length }, sub, targets, direction });
    }
    return out;
  });
}

/** The operative numbering when it is 1…N without gaps or repeats (otherwise references cannot be resolved). */
function cleanNumbering(model: DocumentModel): Map<number, Paragraph> | undefined {
  const byNumber = new Map<number, Paragraph>();
  for (const p of model.operative) {
    if (!p.number || byNumber.has(p.number.value)) return undefined;
    byNumber.set(p.number.value, p);
  }
  for (let i = 1; i <= byNumber.size; i++) if (!byNumber.has(i)) return undefined;
  return byNumber.size > 0 ? byNumber : undefined;
}

/** The position of the sub-paragraph containing an offset (its ordinal), or 0 in the lead-in. */
function subAt(p: Paragraph, offset: number): number {
  for (const s of p.subparagraphs) if (offset >= s.span.start && offset <= s.span.end) return s.ordinal;
  for (const s of p.subparagraphs) {
    const last = s.children[s.children.length - 1];
    if (offset >= s.span.start && last && offset <= last.span.end) return s.ordinal;
  }
  return 0;
}

function subOrdinal(p: Paragraph, label: string): number | undefined {
  return p.subparagraphs.find((s) => s.label === label)?.ordinal;
}

/**
 * XREF-01: `paragraph 5 above` points at a paragraph that exists, above the reference; `below`,
 * below it; `paragraph 1 (a)` names a sub-paragraph that exists; `subparagraph (b) above` one of
 * the same paragraph. References to other texts (`paragraph 5 of resolution 72/21`) are not checked.
 */
export const paragraphReference: Rule = {
  meta: {
    id: 'paragraph-reference',
    description: '`paragraph 5 above`, `paragraph 1 (a) below`, `subparagraph (b) above` and `paragraph 3 of the present resolution` point at paragraphs that exist, in the direction they say.',
    category: 'cross-references',
    defaultSeverity: 'error',
    fixable: false,
    conventions: ['XREF-01', 'CONS-11'],
    messages: {
      missing: 'There is no operative paragraph {{number}} (the resolution has {{count}}).',
      missingSub: 'Paragraph {{number}} has no subparagraph ({{sub}}).',
      missingOwnSub: 'This paragraph has no subparagraph ({{sub}}).',
      direction: 'Paragraph {{target}} is {{actual}} this one, not {{said}}: write "{{actual}}".',
    },
  },
  check({ model, report }) {
    const refs = paragraphReferences(model);
    if (refs.length === 0) return;
    const numbering = cleanNumbering(model);
    for (const ref of refs) {
      if (skipped(model, ref.span.start, ref.span.end, { ...SKIP_DEFAULT, header: true, footnotes: true, annex: true })) continue;
      const here = bodyParagraphAt(model, ref.span.start);
      if (ref.sub) {
        checkOwnSubs(ref, here, report);
        continue;
      }
      if (!numbering) {
        // With a broken numbering only a number past every paragraph is certainly missing.
        const highest = Math.max(model.operative.length, ...model.operative.map((p) => p.number?.value ?? 0));
        for (const t of ref.targets) if (highest > 0 && t.number > highest) report({ span: t.span, messageId: 'missing', data: { number: t.number, count: model.operative.length } });
        continue;
      }
      const current = here?.part === 'operative' ? here.number?.value : here ? 0 : undefined;
      for (const t of ref.targets) {
        const target = numbering.get(t.number);
        if (!target) {
          report({ span: t.span, messageId: 'missing', data: { number: t.number, count: numbering.size } });
          continue;
        }
        if (t.sub && subOrdinal(target, t.sub) === undefined) {
          report({ span: t.span, messageId: 'missingSub', data: { number: t.number, sub: t.sub } });
          continue;
        }
        if (current === undefined || ref.direction === 'present') continue;
        let order = t.number - current;
        if (order === 0 && t.sub && here) order = (subOrdinal(target, t.sub) ?? 0) - subAt(here, ref.span.start);
        if (order === 0) continue;
        const actual = order < 0 ? 'above' : 'below';
        if (actual !== ref.direction) report({ span: ref.span, messageId: 'direction', data: { target: `${t.number}${t.sub ? ` (${t.sub})` : ''}`, actual, said: ref.direction } });
      }
    }
  },
};

function checkOwnSubs(ref: ParagraphReference, here: Paragraph | undefined, report: (r: Report) => void): void {
  if (!here || here.subparagraphs.length === 0) return;
  const position = subAt(here, ref.span.start);
  for (const t of ref.targets) {
    if (!t.sub) continue;
    const ordinal = subOrdinal(here, t.sub);
    if (ordinal === undefined) {
      report({ span: t.span, messageId: 'missingOwnSub', data: { sub: t.sub } });
      continue;
    }
    if (ref.direction === 'present' || position === 0 || ordinal === position) continue;
    const actual = ordinal < position ? 'above' : 'below';
    if (actual !== ref.direction) report({ span: ref.span, messageId: 'direction', data: { target: `(${t.sub})`, actual, said: ref.direction } });
  }
}
