import { classifySymbol, isWellFormedSymbol, repairSymbol, symbolOnLine } from './documentFacts';
import type { Rule } from './types';

/** Says what the repair of a symbol changed, for the message. */
function reasons(raw: string): string {
  const out: string[] = [];
  if (/(?:^|\/)(?:add|corr|rev|amend)\.?\s?\d/.test(raw) || /\/(?:ADD|CORR|REV|AMEND)\./.test(raw)) out.push('modifiers written `Add.1`, `Corr.1`, `Rev.1`');
  if (/(?:^|\/)(?:L|PV|SR|CRP|WP|C|CN|AC|CONF)\.?\s\d/.test(raw)) out.push('no space inside a component (`L.103`)');
  if (/(?:^|\/)(?:L|PV|SR|CRP|WP|C|CN|AC|CONF)\d/.test(raw)) out.push('a full stop before the number of a body or draft component (`C.3`, `L.103`)');
  if (/\s(?:Add|Corr|Rev|Amend|add|corr|rev|amend)\./.test(raw)) out.push('`/` before a modifier, not a space');
  if (/\d\((?:\d{4}|Part)/.test(raw)) out.push('a space before the year in parentheses');
  if (/\s\/|\/\s/.test(raw)) out.push('no spaces around `/`');
  if (/\.$/.test(raw)) out.push('no full stop after the symbol');
  return out.length ? out.join(', ') : 'the UN form of the symbol';
}

/** SKEL-09, REF-01: the document symbol of the masthead is well formed. */
export const symbolLine: Rule = {
  meta: {
    id: 'symbol-line',
    description: 'The document symbol of the masthead is well formed (`A/RES/73/331`, `A/73/L.103/Add.1`, `S/RES/1445 (2002)`).',
    category: 'header',
    defaultSeverity: 'error',
    fixable: true,
    conventions: ['SKEL-09', 'REF-01'],
    messages: {
      repair: 'Write the symbol as `{{expected}}`: {{reasons}}.',
      malformed: '"{{found}}" is not a well-formed document symbol: write its components separated by `/`, e.g. `A/RES/73/331`, `A/73/L.103/Add.1` or `S/RES/1445 (2002)`.',
      resolution: '"{{found}}" is not a resolution symbol: write `A/RES/<session>/<number>` (`A/RES/73/331`), `S/RES/<number> (<year>)`, `E/RES/<year>/<number>` or `A/HRC/RES/<session>/<number>`.',
    },
  },
  check({ model, report }) {
    for (const line of model.header.lines) {
      const found = symbolOnLine(line);
      if (!found) continue;
      const { raw, span } = found;
      if (isWellFormedSymbol(raw)) {
        // A resolution series (`…/RES/…`) has a fixed shape; other series are checked by REF-01 only.
        if (/^(?:A|S|E|A\/HRC)\/RES\//.test(raw) && !classifySymbol(raw)) report({ span, messageId: 'resolution', data: { found: raw } });
        continue;
      }
      const expected = repairSymbol(raw);
      if (expected !== raw && isWellFormedSymbol(expected) && (!/^(?:A|S|E|A\/HRC)\/RES\//.test(expected) || classifySymbol(expected))) {
        report({ span, messageId: 'repair', data: { expected, reasons: reasons(raw) }, fix: { title: `Write "${expected}"`, edits: [{ span, newText: expected }] } });
      } else report({ span, messageId: 'malformed', data: { found: raw } });
    }
  },
};
