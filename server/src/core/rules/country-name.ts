import * as countryData from '../data/countryNames.json';
import { onHeaderLine, SKIP_DEFAULT } from './kinds/text';
import { substitutionRule, type SubstitutionEntry } from './kinds/substitution';

const entries: readonly SubstitutionEntry[] = countryData.entries;

/** LANG-08: official United Nations short names of countries (`Russia` → `the Russian Federation`), versioned by year. */
export const countryName = substitutionRule({
  meta: {
    id: 'country-name',
    description: 'Countries are named by their official United Nations short names (`the Russian Federation`, `Viet Nam`, `Türkiye`), as of the year of the document.',
    category: 'language',
    defaultSeverity: 'warning',
    fixable: true,
    scope: 'block',
    conventions: ['LANG-08'],
    messages: {
      replace: 'Use the United Nations name: write "{{replacement}}", not "{{found}}"{{note}}.',
      avoid: '"{{found}}" is not the United Nations name of the country{{note}}.',
    },
  },
  entries: () => entries,
  skip: SKIP_DEFAULT,
  refine(match, model) {
    // A sponsor line lists names without articles (`Armenia, Russian Federation and Tajikistan: draft resolution`).
    const sponsors = onHeaderLine(model, match.span, ['sponsors']);
    if (sponsors && match.entry.replace?.startsWith('the ')) return { replace: match.entry.replace.slice(4) };
    return undefined;
  },
});
