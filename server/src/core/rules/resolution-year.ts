import type { Rule } from './types';
import { SKIP_DEFAULT, skipped } from './kinds/text';
import { citations } from './kinds/citations';

/** Organs whose resolutions carry a slash or a roman session number, not a year. */
const OTHER_ORGANS = /^(?:General Assembly|Economic and Social Council|Human Rights Council)$/;

/**
 * REF-04: a Security Council resolution is cited with its year in parentheses, `resolution 1631
 * (2005)`: after `Security Council resolution(s)`, and in a Security Council text for every
 * resolution number without a slash. With a date (`of 17 October 2005`) the year is known and fixed.
 */
export const resolutionYear: Rule = {
  meta: {
    id: 'resolution-year',
    description: 'Security Council resolutions are cited with their year in parentheses: `resolution 1631 (2005)`.',
    category: 'references',
    defaultSeverity: 'error',
    fixable: true,
    scope: 'block',
    conventions: ['REF-04', 'CONS-08'],
    messages: {
      missingYear: 'A Security Council resolution is cited with its year: write "{{number}} (YYYY)".',
      missingYearFix: 'A Security Council resolution is cited with its year: write "{{fixed}}".',
    },
  },
  check({ model, report }) {
    const scText = model.organ?.name.replace(/\s+/g, ' ') === 'Security Council';
    for (const c of citations(model)) {
      const sc = c.organ === 'Security Council' || (scText && (c.organ === undefined || c.organ === 'its'));
      if (!sc || (c.organ !== undefined && OTHER_ORGANS.test(c.organ))) continue;
      for (const item of c.items) {
        if (item.slashed || item.suffix || /^(?:S|ES)-/.test(item.number)) continue;
        // The header's own number (`Resolution 1631 (2005)`) is the header rules' business.
        if (skipped(model, item.span.start, item.span.end, { ...SKIP_DEFAULT, header: true })) continue;
        // `resolution 1631 1993`: the year is there without parentheses (resolution-reference).
        if (/^[ \t\u00a0]+(?:19|20)\d\d(?!\d)/.test(model.masked.slice(item.numberSpan.end, item.numberSpan.end + 6))) continue;
        const number = model.masked.slice(item.numberSpan.start, item.numberSpan.end);
        if (item.date) {
          const fixed = `${number} (${item.date.year})`;
          report({ span: item.numberSpan, messageId: 'missingYearFix', data: { fixed }, fix: { title: `Write "${fixed}"`, edits: [{ span: { start: item.numberSpan.end, end: item.numberSpan.end }, newText: ` (${item.date.year})` }] } });
        } else report({ span: item.numberSpan, messageId: 'missingYear', data: { number } });
      }
    }
  },
};
