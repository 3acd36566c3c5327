import { documentFacts, resolutionParagraphs } from './documentFacts';
import type { Rule } from './types';

/** A document symbol in parentheses: `(A/73/328)`, `(S/2002/914)`, `(E/2009/28, chap. I)`. */
const SYMBOL_IN_PARENTHESES = /\(((?:A|S|E)\/[A-Z0-9][A-Za-z0-9./*–-]{1,40}(?:\s(?:and|–)\s(?:A|S|E)\/[A-Za-z0-9./*–-]{1,40})?)(?:,[^()]{0,60})?\)/g;

/** FN-09: GA, ECOSOC and HRC texts cite documents in footnotes; only Security Council texts put symbols in the text. */
export const inTextSymbol: Rule = {
  meta: {
    id: 'in-text-symbol',
    description: 'General Assembly, ECOSOC and Human Rights Council texts cite documents in footnotes, not with a symbol in parentheses in the text (Security Council texts do the opposite).',
    category: 'footnotes',
    defaultSeverity: 'warning',
    fixable: false,
    scope: 'block',
    conventions: ['FN-09'],
    messages: {
      symbol: 'Cite `{{symbol}}` in a footnote (`…report,[^1]` with `[^1]: {{symbol}}.`): General Assembly texts keep document symbols out of the running text.',
    },
  },
  check({ model, report }) {
    if (documentFacts(model).family === 'sc') return;
    for (const p of resolutionParagraphs(model)) {
      const text = model.masked.slice(p.fullSpan.start, p.fullSpan.end);
      SYMBOL_IN_PARENTHESES.lastIndex = 0;
      let open = 0;
      let counted = 0;
      for (let m = SYMBOL_IN_PARENTHESES.exec(text); m; m = SYMBOL_IN_PARENTHESES.exec(text)) {
        // Inside a quotation the symbol is part of the quoted words (quotes counted as the scan advances).
        for (; counted < m.index; counted++) {
          if (text[counted] === '“') open++;
          else if (text[counted] === '”') open--;
        }
        if (open > 0) continue;
        report({ span: { start: p.fullSpan.start + m.index, end: p.fullSpan.start + m.index + m[0].length }, messageId: 'symbol', data: { symbol: m[1] } });
      }
    }
  },
};
