import * as presentData from '../data/presentResolution.json';
import { memo } from '../model/derived';
import { bodyParagraphAt, SKIP_DEFAULT } from './kinds/text';
import { substitutionRule, type SubstitutionEntry } from './kinds/substitution';

const entries: readonly SubstitutionEntry[] = presentData.entries;

/** A resolution number cited earlier in the same paragraph: `this resolution` may point back at it. */
const CITED = /\bresolutions?\s+(?:[A-Z]+-)?\d/;

/** LANG-05: a resolution calls itself `the present resolution`. */
export const presentResolution = substitutionRule({
  meta: {
    id: 'present-resolution',
    description: 'A resolution refers to itself as `the present resolution`, not `this resolution` or `the current resolution`.',
    category: 'language',
    defaultSeverity: 'warning',
    fixable: true,
    scope: 'block',
    conventions: ['LANG-05'],
    messages: {
      replace: 'A resolution refers to itself as "{{replacement}}": write it instead of "{{found}}"{{note}}.',
      avoid: 'Refer to the resolution itself as "the present resolution", not "{{found}}"{{note}}.',
    },
  },
  entries: () => entries,
  skip: { ...SKIP_DEFAULT, footnotes: true },
  refine(match, model) {
    // `Recalling resolution 1244 (1999) … the implementation of this resolution`: `this` may
    // point back at the cited resolution, so only an unambiguous self-reference is reported.
    if (!/^this\b/i.test(match.found)) return undefined;
    const p = bodyParagraphAt(model, match.span.start);
    if (!p) return CITED.test(model.masked.slice(Math.max(0, match.span.start - 400), match.span.start)) ? false : undefined;
    const firstCitation = memo(model, 'present-resolution:citations', () => new Map<number, number>());
    let at = firstCitation.get(p.span.start);
    if (at === undefined) {
      const m = CITED.exec(model.masked.slice(p.span.start, p.fullSpan.end));
      at = m ? p.span.start + m.index : Infinity;
      firstCitation.set(p.span.start, at);
    }
    return at < match.span.start ? false : undefined;
  },
});
