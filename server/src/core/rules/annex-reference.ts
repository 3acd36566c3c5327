import { memo } from '../model/derived';
import type { DocumentModel } from '../model/types';
import type { Rule, RuleContext } from './types';
import { SKIP_DEFAULT, skipped } from './kinds/text';
import { literalOffsets } from './util';

const SP = '[ \\t\\u00a0]+(?:\\r?\\n[ \\t\\u00a0]*)?';
/**
 * `the annex to the present resolution`, `annex II to the present resolution`, `annexed to the
 * present resolution`. Sticky: tried only where a match can start (`annexReferences`).
 */
const ANNEX_REF = new RegExp(`\\b(?:(annex(?:es)?)(?:${SP}([IVX]{1,6}))?${SP}(?:to|of)${SP}the${SP}present${SP}resolution|(annexed)${SP}(?:to${SP}the${SP}present${SP}resolution|hereto))\\b`, 'iy');

/**
 * The matches of `ANNEX_REF` in the masked text, in order, as a global scan would find them. Every
 * match starts with `annex` in some case, whose `x` or `X` (no other character folds to them
 * without the `u` flag) is found natively: the expression is tried only four code units before
 * one, where an `a` or `A` stands, and not inside the previous match.
 */
function annexReferences(model: DocumentModel): RegExpExecArray[] {
  const s = model.masked;
  const lower = literalOffsets(model, 'x');
  const upper = literalOffsets(model, 'X');
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let i = 0, j = 0; i < lower.length || j < upper.length; ) {
    const at = j >= upper.length || (i < lower.length && lower[i] < upper[j]) ? lower[i++] : upper[j++];
    const start = at - 4;
    if (start < from || (s.charCodeAt(start) | 0x20) !== 0x61 /* a */) continue;
    ANNEX_REF.lastIndex = start;
    const m = ANNEX_REF.exec(s);
    if (!m) continue;
    out.push(m);
    from = start + m[0].length;
  }
  return out;
}

/**
 * `section II of the present resolution`, `part B of the present resolution`. Run on one stretch
 * of the text at a time (`sectionReferences`).
 */
const SECTION_REF = new RegExp(`\\b(section|part)${SP}([IVX]{1,6}|[A-Z])${SP}(?:of|to)${SP}the${SP}present${SP}resolution\\b`, 'gi');

/**
 * The empty lines of the masked text (`literalOffsets` of two line ends): the text breaks there
 * into stretches that no match of `SECTION_REF` crosses, each starting after an empty line (a match
 * holds at most one line break between two of its words, and none at its edges). Blank lines that
 * hold spaces are not needed: fewer stretches are as good.
 */
function emptyLines(model: DocumentModel): readonly number[] {
  return literalOffsets(model, model.eol + model.eol);
}

/** A match of `SECTION_REF`, by offsets only (kept from one version to the next). */
interface SectionReference {
  readonly start: number;
  readonly end: number;
  readonly kind: 'section' | 'part';
  /** Where the numeral or letter starts; it is `numeralLength` code units long. */
  readonly numeral: number;
  readonly numeralLength: number;
}

const NONE: readonly SectionReference[] = [];

/** The matches of `SECTION_REF` in `[from, to)`, offsets relative to `from`. */
function sectionReferencesIn(s: string, from: number, to: number): readonly SectionReference[] {
  // On the stretch's own text: a search of the whole draft would run on to the next match. At its
  // edges stand line breaks or the ends of the text, for `\b` as in the whole draft.
  const text = s.slice(from, to);
  let out: SectionReference[] | undefined;
  SECTION_REF.lastIndex = 0;
  for (let m = SECTION_REF.exec(text); m; m = SECTION_REF.exec(text)) {
    let numeral = m.index + m[1].length;
    while (!/[A-Za-z]/.test(text[numeral])) numeral++;
    (out ??= []).push({ start: m.index, end: m.index + m[0].length, kind: m[1].length === 4 ? 'part' : 'section', numeral, numeralLength: m[2].length });
  }
  return out ?? NONE;
}

/**
 * The matches of `SECTION_REF` in the masked text, in order, as a scan of the whole text finds
 * them: stretch by stretch, each kept from one version to the next while its text is the same.
 */
function sectionReferences(model: DocumentModel, keep: RuleContext['keep']): SectionReference[] {
  const s = model.masked;
  const gaps = emptyLines(model);
  const gap = model.eol.length * 2;
  const out: SectionReference[] = [];
  for (let i = 0; i <= gaps.length; i++) {
    const from = i === 0 ? 0 : gaps[i - 1] + gap;
    const to = i < gaps.length ? gaps[i] + gap : s.length;
    for (const r of keep({ start: from, end: to }, () => sectionReferencesIn(s, from, to))) {
      out.push({ ...r, start: r.start + from, end: r.end + from, numeral: r.numeral + from });
    }
  }
  return out;
}

/** The numerals of the annex headings (`Annex`, `Annex I`, `Annex II` …), `''` for an unnumbered one. */
function annexHeadings(model: DocumentModel): ReadonlySet<string> {
  return memo(model, 'xref:annexes', () => {
    const set = new Set<string>();
    // The parser's annex starts at an `Annex` block of its own; a heading directly followed by the
    // annex title (`Annex` / `Awaza Political Declaration`) is an annex heading too.
    const re = /^[ \t\u00a0]*(?:Annex(?:es)?|ANNEX(?:ES)?)(?:[ \t\u00a0]+([IVXLC]{1,6}))?[ \t\u00a0]*\r?$/gm;
    const s = model.masked;
    re.lastIndex = model.annex?.heading.start ?? model.organ?.span.end ?? model.header.span.end;
    for (let m = re.exec(s); m; m = re.exec(s)) set.add((m[1] ?? '').toUpperCase());
    return set;
  });
}

/** Where the first annex heading starts (the text after it is the annex). */
function firstAnnex(model: DocumentModel): number {
  return memo(model, 'xref:firstAnnex', () => {
    const re = /^[ \t\u00a0]*(?:Annex(?:es)?|ANNEX(?:ES)?)(?:[ \t\u00a0]+[IVXLC]{1,6})?[ \t\u00a0]*\r?$/m;
    const from = model.organ?.span.end ?? model.header.span.end;
    const m = re.exec(model.masked.slice(from));
    return m ? from + m.index : model.masked.length;
  });
}

/** The section and part headings of the body: a line that is a roman numeral or a capital letter, alone or before a title. */
function sectionHeadings(model: DocumentModel): ReadonlySet<string> {
  return memo(model, 'xref:sections', () => {
    const set = new Set<string>();
    const re = /^[ \t\u00a0]*(?:(?:Section|Part)[ \t\u00a0]+)?([IVX]{1,6}|[A-Z])\.?(?:[ \t\u00a0]+\p{Lu}[^\r\n]{0,200}|[ \t\u00a0]*)\r?$/gmu;
    const s = model.masked;
    const from = model.organ?.span.end ?? model.header.span.end;
    re.lastIndex = from;
    for (let m = re.exec(s); m; m = re.exec(s)) set.add(m[1]);
    return set;
  });
}

/**
 * XREF-02: `the annex to the present resolution` needs an annex, `annex II to the present
 * resolution` an `Annex II`, and `section II of the present resolution` a section II.
 */
export const annexReference: Rule = {
  meta: {
    id: 'annex-reference',
    description: '`the annex to the present resolution`, `annex II to the present resolution` and `section II of the present resolution` point at an annex or section that exists.',
    category: 'cross-references',
    defaultSeverity: 'error',
    fixable: false,
    conventions: ['XREF-02'],
    messages: {
      noAnnex: 'The text refers to {{what}}, but has no annex: add an `Annex` heading and the annexed text at the end.',
      noNumberedAnnex: 'There is no `Annex {{numeral}}` heading for this reference.',
      noSection: 'There is no {{kind}} {{numeral}} in the present resolution.',
    },
  },
  check({ model, report, keep }) {
    const s = model.masked;
    const bodyStart = model.organ?.span.end ?? model.header.span.end;
    for (const m of annexReferences(model)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (span.start < bodyStart || (model.annex && span.start >= model.annex.span.start) || (annexHeadings(model).size > 0 && span.start > firstAnnex(model)) || skipped(model, span.start, span.end, { ...SKIP_DEFAULT, footnotes: true })) continue;
      const headings = annexHeadings(model);
      if (headings.size === 0) {
        report({ span, messageId: 'noAnnex', data: { what: `"${m[0].replace(/\s+/g, ' ')}"` } });
        continue;
      }
      const numeral = m[2]?.toUpperCase();
      if (numeral && !headings.has(numeral)) report({ span, messageId: 'noNumberedAnnex', data: { numeral } });
    }
    for (const r of sectionReferences(model, keep)) {
      const span = { start: r.start, end: r.end };
      if (span.start < bodyStart || skipped(model, span.start, span.end, { ...SKIP_DEFAULT, footnotes: true })) continue;
      const numeral = s.slice(r.numeral, r.numeral + r.numeralLength);
      if (!sectionHeadings(model).has(numeral)) report({ span, messageId: 'noSection', data: { kind: r.kind, numeral } });
    }
  },
};
