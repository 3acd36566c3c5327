import type { Rule } from './types';
import { isSecurityCouncilText, SKIP_DEFAULT, skipped } from './kinds/text';
import { citations } from './kinds/citations';

/** REF-06: no serial comma before `and` in lists of cited resolutions (the sponsor line is the header rules' business). */
export const serialComma: Rule = {
  meta: {
    id: 'serial-comma',
    description: 'Lists of cited resolutions take no serial comma: `69/12 of 11 November 2014 and 71/12 of 21 November 2016`.',
    category: 'references',
    defaultSeverity: 'warning',
    fixable: true,
    scope: 'block',
    conventions: ['REF-06'],
    messages: {
      citation: 'No comma before "and" in a list of resolutions: write "… and {{next}}".',
    },
  },
  check({ model, report }) {
    // Security Council texts print the serial comma in lists of resolutions (S/RES/253 (1968), 571 (1985), 727 (1992)).
    const sc = isSecurityCouncilText(model);
    for (const c of sc ? [] : citations(model)) {
      for (const item of c.items) {
        const comma = item.separator?.comma;
        if (!comma || skipped(model, item.span.start, item.span.end, SKIP_DEFAULT)) continue;
        report({ span: comma, messageId: 'citation', data: { next: item.number }, fix: { title: 'Remove the comma', edits: [{ span: comma, newText: '' }] } });
      }
    }
  },
};
