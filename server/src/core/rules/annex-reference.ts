import { memo } from '../model/derived';
import type { DocumentModel } from '../model/types';
import type { Rule } from './types';
import { SKIP_DEFAULT, skipped } from './kinds/text';

const SP = '[ \\t\\u00a0]+(?:\\r?\\n[ \\t\\u00a0]*)?';
/** `the annex to the present resolution`, `annex II to the present resolution`, `annexed to the present resolution`. */
const ANNEX_REF = new RegExp(`\\b(?:(annex(?:es)?)(?:${SP}([IVX]{1,6}))?${SP}(?:to|of)${SP}the${SP}present${SP}resolution|(annexed)${SP}(?:to${SP}the${SP}present${SP}resolution|hereto))\\b`, 'gi');
/** `section II of the present resolution`, `part B of the present resolution`. */
const SECTION_REF = new RegExp(`\\b(section|part)${SP}([IVX]{1,6}|[A-Z])${SP}(?:of|to)${SP}the${SP}present${SP}resolution\\b`, 'gi');

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
  check({ model, report }) {
    const s = model.masked;
    const bodyStart = model.organ?.span.end ?? model.header.span.end;
    ANNEX_REF.lastIndex = 0;
    for (let m = ANNEX_REF.exec(s); m; m = ANNEX_REF.exec(s)) {
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
    SECTION_REF.lastIndex = 0;
    for (let m = SECTION_REF.exec(s); m; m = SECTION_REF.exec(s)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (span.start < bodyStart || skipped(model, span.start, span.end, { ...SKIP_DEFAULT, footnotes: true })) continue;
      if (!sectionHeadings(model).has(m[2])) report({ span, messageId: 'noSection', data: { kind: m[1].toLowerCase(), numeral: m[2] } });
    }
  },
};
