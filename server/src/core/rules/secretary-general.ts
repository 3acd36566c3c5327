import * as sgData from '../data/secretaryGeneral.json';
import { blankLineBetween } from '../model/text';
import { documentWords, otherBodyFollows, SKIP_DEFAULT } from './kinds/text';
import { substitutionRule, type SubstitutionEntry } from './kinds/substitution';

const entries: readonly SubstitutionEntry[] = sgData.entries;

/** LANG-03: `Secretary-General` and the related titles, with a hyphen and capitals. */
export const secretaryGeneral = substitutionRule({
  meta: {
    id: 'secretary-general',
    description: '`Secretary-General`, `Deputy Secretary-General`, `Under-Secretary-General` and `Assistant Secretary-General` are written with hyphens and capitals.',
    category: 'language',
    defaultSeverity: 'error',
    fixable: true,
    scope: 'block',
    conventions: ['LANG-03'],
    messages: {
      replace: 'Write "{{replacement}}", not "{{found}}": the title takes a hyphen and capitals{{note}}.',
      avoid: 'Check the title "{{found}}"{{note}}.',
    },
  },
  entries: () => entries,
  skip: SKIP_DEFAULT,
  refine(match, model) {
    // The heads of other organizations keep their own titles: `the Secretary General of the
    // Organization of American States`, `the NATO Secretary General`.
    if (otherBodyFollows(model.masked, match.span.end)) return false;
    const words = documentWords(model);
    const before = words.indexAt(match.span.start) - 1;
    if (before < 0) return undefined;
    const word = words.wordText(before);
    // `the NATO Secretary General`: the acronym in the same block (no blank line between).
    const between = model.masked.slice(words.ends[before], match.span.start);
    if (/^[A-Z]{2,}$/.test(word) && word !== 'UN' && /^[\s\u00a0]+$/.test(between) && !blankLineBetween(model.masked, words.ends[before], match.span.start)) return false;
    return undefined;
  },
});
