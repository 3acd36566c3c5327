import { izeWords, names, pairs as twoFormPairs } from '../data/oxfordSpelling.json';
import type { Spelling } from '../config/settings';
import { atSentenceStart, SKIP_DEFAULT } from './kinds/text';
import { substitutionRule, type SubstitutionEntry } from './kinds/substitution';

/** One pair of the variant map: the Oxford form, the American form, and the British `-ise` form where it differs. */
interface SpellingPair {
  readonly oxford: string;
  readonly american: string;
  readonly british?: string;
  /** Report only under this setting (`licence` is right in Oxford as a noun). */
  readonly only?: string;
  /** `false`: the Oxford form is suggested but not fixed automatically (`program` may be a computer program). */
  readonly fixOxford?: boolean;
  readonly note?: string;
}

/**
 * Every pair of the variant map, in the order of the Oxford form: the -ize words (Oxford and
 * American alike, British with every `iz` written `is`: `organization`, `organisation`) and the
 * pairs of two forms.
 */
export const SPELLING_PAIRS: readonly SpellingPair[] = [
  ...izeWords.map((word) => ({ oxford: word, american: word, british: word.replace(/iz/g, 'is') })),
  ...(twoFormPairs as readonly SpellingPair[]),
].sort((a, b) => (a.oxford < b.oxford ? -1 : a.oxford > b.oxford ? 1 : 0));

/** The entries to report under a spelling setting: every form of a pair other than the chosen one. */
export function spellingEntries(spelling: Spelling): readonly SubstitutionEntry[] {
  const out: SubstitutionEntry[] = [];
  for (const p of SPELLING_PAIRS) {
    if (p.only && p.only !== spelling) continue;
    const target = spelling === 'oxford' ? p.oxford : p.american;
    const wrong = new Set([p.oxford, p.american, p.british].filter((w): w is string => !!w && w !== target));
    for (const find of wrong) out.push({ find, replace: target, note: p.note, fix: spelling === 'oxford' && p.fixOxford === false ? false : undefined });
  }
  return out;
}

/** The Oxford form of every pair: the spelling of UN names. */
const OXFORD_FORMS: ReadonlySet<string> = new Set(SPELLING_PAIRS.map((p) => p.oxford));

// Built once per setting: the data is static, and the matcher compiles each array once.
const ENTRIES: Readonly<Record<Spelling, readonly SubstitutionEntry[]>> = { oxford: spellingEntries('oxford'), american: spellingEntries('american') };

/** LANG-01: Oxford spelling (or American, with `spelling: american`), from the variant map in data/oxfordSpelling.json. */
export const spelling = substitutionRule({
  meta: {
    id: 'spelling',
    description: 'Words follow Oxford spelling (`organization`, `programme`, `centre`, `labour`, `defence`, `analyse`), or American spelling where the `spelling` setting asks for it.',
    category: 'language',
    defaultSeverity: 'warning',
    fixable: true,
    scope: 'block',
    conventions: ['LANG-01'],
    messages: {
      replace: 'Write "{{replacement}}", not "{{found}}" ({{spelling}} spelling){{note}}.',
      avoid: '"{{found}}" is not {{spelling}} spelling{{note}}.',
    },
  },
  entries: (settings) => ENTRIES[settings.spelling],
  names,
  skip: SKIP_DEFAULT,
  parts: true,
  data: (settings) => ({ spelling: settings.spelling === 'american' ? 'American' : 'Oxford' }),
  refine(match, model, settings) {
    if (settings.spelling !== 'american') return undefined;
    // American spelling keeps the UN's (Oxford) form of formal names (`World Food Programme`, `the
    // Programme of Action`, `the Centre`, AMUN): a capitalized Oxford form is taken for part of a
    // name, unless it opens a sentence or a paragraph. A British `-ise` form (`the Organisation`)
    // is no UN name's spelling.
    if (!OXFORD_FORMS.has(match.entry.find) || !/^\p{Lu}/u.test(match.found) || atSentenceStart(model.masked, match.span.start)) return undefined;
    return false;
  },
});
