import type { DocumentModel, Paragraph, Subparagraph } from '../model/types';
import { endsWithOneOf, historicSc } from './operative-punctuation';
import { checkTerminal } from './punctuation';
import { operativeParagraphs } from './util';
import type { Rule } from './types';

/**
 * Whether every item of a series but the last ends with a comma (`, or`, `, and` included) and has
 * no items of its own: the items cut one sentence (`…of Libya,` / `(ii) Any entity …, or` / `(iii)
 * Any person …`, S/RES/883 (1993); `(a) To maintain …,` … `(i)`, S/RES/169 (1961)), as Security
 * Council texts print them.
 */
function commaSeries(model: DocumentModel, items: readonly Subparagraph[]): boolean {
  if (items.length < 2) return false;
  return items.slice(0, -1).every((s) => s.children.length === 0 && endsWithOneOf(model, s.span, ','));
}

/** OP-04, OP-05: sub-paragraphs end with `;`, the last one with its paragraph's mark, a lead-in with `:`. */
export const subparagraphPunctuation: Rule = {
  meta: {
    id: 'subparagraph-punctuation',
    description: 'Sub-paragraphs end with a semicolon; the last sub-paragraph carries its paragraph\'s mark (a full stop at the end of the resolution) and one that introduces further sub-paragraphs ends with a colon.',
    category: 'operative',
    defaultSeverity: 'error',
    fixable: true,
    conventions: ['OP-04', 'OP-05'],
    messages: {
      wrong: 'This sub-paragraph should end with {{expected}}, not {{found}} ({{why}}).',
      missing: 'This sub-paragraph should end with {{expected}} ({{why}}): add "{{mark}}".',
      insideQuote: 'Put {{expected}} outside the closing quotation mark: write `{{quote}}{{mark}}`.',
    },
  },
  check(context) {
    const { model } = context;
    const ids = { wrong: 'wrong', missing: 'missing', insideQuote: 'insideQuote' };
    const operative = operativeParagraphs(model);
    const sc = context.settings.profile === 'sc';
    const mun = context.settings.profile === 'mun';
    const historic = historicSc(context);
    // `finalMark` undefined: the last item's mark is another rule's business (preamble-punctuation).
    const visit = (items: readonly Subparagraph[], finalMark: string | undefined, finalWhy: string) => {
      // Under `sc`, a series cut from one sentence by commas: its items, and a last item ending with
      // a comma (the sentence goes on after the list), are as printed.
      const sentence = sc && commaSeries(model, items);
      items.forEach((s, i) => {
        const isLast = i === items.length - 1;
        if (sentence && s.children.length === 0 && (!isLast || endsWithOneOf(model, s.span, ','))) return;
        // Historic Security Council texts: items end with the marks of their time (`,`, `.`, `; and,`),
        // the last one too unless it ends the resolution.
        if (historic && s.children.length === 0 && (!isLast || finalMark !== '.') && endsWithOneOf(model, s.span, ';.,')) return;
        // Under `mun`, THIMUN-style sub-clauses are separated by commas (CONVENTIONS MUN-03): a comma
        // stands for the semicolon, but not for the full stop that ends the resolution.
        if (mun && s.children.length === 0 && (!isLast || finalMark !== '.') && endsWithOneOf(model, s.span, ',')) return;
        if (s.children.length > 0) {
          const r = checkTerminal(model, s.span, ':', 'it introduces further sub-paragraphs', ids);
          if (r) context.report(r);
          visit(s.children, isLast ? finalMark : ';', isLast ? finalWhy : 'sub-paragraphs end with a semicolon');
          return;
        }
        const [mark, why] = isLast ? [finalMark, finalWhy] : [';', 'sub-paragraphs end with a semicolon'];
        if (mark === undefined) return;
        const r = checkTerminal(model, s.span, mark, why, ids);
        if (r) context.report(r);
      });
    };
    const check = (p: Paragraph, mark: string | undefined, why: string) => {
      if (p.subparagraphs.length > 0) visit(p.subparagraphs, mark, why);
    };
    operative.forEach((p, i) => {
      const last = i === operative.length - 1;
      check(p, last ? '.' : ';', last ? 'it ends the last operative paragraph' : 'it ends an operative paragraph');
    });
    for (const p of model.preamble) check(p, undefined, 'it ends a preambular paragraph');
  },
};
