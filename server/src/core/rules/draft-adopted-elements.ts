import type { Span } from '../model/types';
import { documentFacts } from './documentFacts';
import type { Rule } from './types';

/**
 * An element name without its closing parenthesis (`adoption line (…)` → `adoption line`): what
 * `/ \(.*\)$/` removes, found without a regex (one scan).
 */
function withoutParenthesis(element: string): string {
  if (!element.endsWith(')')) return element;
  const from = Math.max(element.lastIndexOf('\n'), element.lastIndexOf('\r'), element.lastIndexOf('\u2028'), element.lastIndexOf('\u2029')) + 1;
  const at = element.indexOf(' (', from);
  return at >= 0 && at + 2 < element.length ? element.slice(0, at) : element;
}

/** SKEL-10, CONS-07: a draft and an adopted text have different header elements. */
export const draftAdoptedElements: Rule = {
  meta: {
    id: 'draft-adopted-elements',
    description: 'A draft has a sponsor line and no resolution number, adoption line, provenance line or closing block; an adopted text has these and no sponsor line; `/Rev.n` drafts say `revised draft resolution`.',
    category: 'consistency',
    defaultSeverity: 'error',
    fixable: true,
    conventions: ['SKEL-10', 'CONS-07'],
    messages: {
      notInDraft: 'This is a draft ({{why}}): a draft has no {{element}}; it is added when the resolution is adopted.',
      notInAdopted: 'This is an adopted text ({{why}}): remove the {{element}}, which belongs to the draft only.',
      missingInAdopted: 'An adopted text has {{element}}: {{example}}.',
      missingSponsors: 'A draft names its sponsors before the title: `Armenia, Belarus and Tajikistan: draft resolution`.',
      revised: 'The symbol `{{symbol}}` is a revision: write `revised draft resolution`.',
      notRevised: 'The symbol `{{symbol}}` is not a revision: write `draft resolution`, not `revised draft resolution`.',
    },
  },
  check({ model, report }) {
    const facts = documentFacts(model);
    const title = model.header.title;
    const symbol = facts.symbol?.info;
    const adoptedElements: { span: Span; element: string }[] = [];
    if (facts.adoption) adoptedElements.push({ span: facts.adoption.span, element: 'adoption line' });
    if (facts.provenance) adoptedElements.push({ span: facts.provenance.span, element: 'provenance line (`[on the report of …]`)' });
    if (title?.number) adoptedElements.push({ span: title.number.span, element: 'resolution number' });
    if (facts.closing) adoptedElements.push({ span: facts.closing.meetingSpan, element: 'closing block (meeting and date)' });
    const draftElements: { span: Span; element: string }[] = [];
    if (facts.sponsors) draftElements.push({ span: facts.sponsors.span, element: 'sponsor line' });
    // The symbol decides when it says which the document is; otherwise the majority of elements.
    let stage: 'draft' | 'adopted' | undefined;
    let why = '';
    if (symbol?.kind === 'draft') [stage, why] = ['draft', `its symbol is \`${symbol.text}\``];
    else if (symbol?.kind === 'resolution') [stage, why] = ['adopted', `its symbol is \`${symbol.text}\``];
    else if (draftElements.length > 0 && adoptedElements.length === 0) [stage, why] = ['draft', 'it has a sponsor line'];
    else if (adoptedElements.length > 0 && draftElements.length === 0) [stage, why] = ['adopted', `it has an ${withoutParenthesis(adoptedElements[0].element)}`];
    else if (adoptedElements.length > 0 && draftElements.length > 0) {
      // Mixed: an adoption line outweighs a sponsor line (a draft being turned into the adopted text).
      [stage, why] = facts.adoption ? ['adopted', 'it has an adoption line'] : ['draft', 'it has a sponsor line'];
    }
    if (stage === 'draft') {
      for (const e of adoptedElements) report({ span: e.span, messageId: 'notInDraft', data: { why, element: e.element } });
      if (symbol?.kind === 'draft' && !facts.sponsors && !model.header.lines.some((l) => /^Draft (?:resolution|decision) submitted by\b/i.test(l.text))) {
        report({ span: facts.symbol!.span, messageId: 'missingSponsors' });
      }
    } else if (stage === 'adopted') {
      for (const e of draftElements) report({ span: e.span, messageId: 'notInAdopted', data: { why, element: e.element } });
      const family = facts.family;
      const anchor = title?.span ?? model.organ?.span ?? { start: 0, end: 0 };
      // Which elements an adopted text needs depends on its organ: unknown organ, nothing required.
      if (family && family !== 'sc') {
        // A number written badly (`73/331 Cooperation`) is title-line's business.
        if (title && !title.number && facts.adoption && !/^(?:Resolution\s+)?(?:S-|ES-)?\d{1,4}\/\d{1,4}/.test(title.text)) report({ span: anchor, messageId: 'missingInAdopted', data: { element: 'a resolution number before its title', example: '`73/331. Cooperation between …`' } });
        if (!facts.adoption) report({ span: anchor, messageId: 'missingInAdopted', data: { element: 'an adoption line', example: '`Resolution adopted by the General Assembly on 25 July 2019`' } });
        if (family === 'ga' && facts.adoption && !facts.provenance) report({ span: facts.adoption.span, messageId: 'missingInAdopted', data: { element: 'a provenance line after the adoption line', example: '`[on the report of the Third Committee (A/74/399)]` or `[without reference to a Main Committee (A/73/L.103)]`' } });
        if (!facts.closing && model.operative.length > 0) {
          const last = model.operative[model.operative.length - 1];
          report({ span: { start: last.fullSpan.end, end: last.fullSpan.end }, messageId: 'missingInAdopted', data: { element: 'a closing block after the last paragraph', example: '`101st plenary meeting` and, on the next line, `25 July 2019`' } });
        }
      }
    }
    // `/Rev.n` ⇔ `revised draft resolution`.
    if (facts.sponsors && symbol?.kind === 'draft') {
      const m = /(revised\s+)?draft\s+(?:resolution|decision)s?\s*$/i.exec(facts.sponsors.text);
      if (m) {
        const at = facts.sponsors.span.start + m.index;
        if (symbol.revision !== undefined && !m[1]) report({ span: { start: at, end: at + m[0].length }, messageId: 'revised', data: { symbol: symbol.text }, fix: { title: 'Write "revised draft …"', edits: [{ span: { start: at, end: at }, newText: 'revised ' }] } });
        else if (symbol.revision === undefined && m[1]) report({ span: { start: at, end: at + m[0].length }, messageId: 'notRevised', data: { symbol: symbol.text }, fix: { title: 'Remove "revised"', edits: [{ span: { start: at, end: at + m[1].length }, newText: '' }] } });
      }
    }
  },
};
