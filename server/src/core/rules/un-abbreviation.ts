import * as abbreviationData from '../data/unAbbreviations.json';
import { SKIP_DEFAULT } from './kinds/text';
import { substitutionRule, type SubstitutionEntry } from './kinds/substitution';

const entries: readonly SubstitutionEntry[] = abbreviationData.entries;

/** LANG-04 (errors): `United Nations` is never abbreviated; principal organs and titles are written in full. */
export const unAbbreviation = substitutionRule({
  meta: {
    id: 'un-abbreviation',
    description: '`United Nations`, the principal organs and the titles of the Secretary-General are written in full: no `UN`, `U.N.`, `UNGA`, `UNSC`, `SG`.',
    category: 'language',
    defaultSeverity: 'error',
    fixable: true,
    scope: 'block',
    conventions: ['LANG-04', 'LANG-09'],
    messages: {
      replace: 'Write "{{replacement}}", not "{{found}}"{{note}}.',
      avoid: 'Do not abbreviate "{{found}}"{{note}}.',
    },
  },
  entries: () => entries,
  skip: { ...SKIP_DEFAULT, organ: true },
});
