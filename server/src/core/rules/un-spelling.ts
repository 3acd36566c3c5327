import * as listData from '../data/unSpellingList.json';
import { SKIP_DEFAULT } from './kinds/text';
import { substitutionRule, type SubstitutionEntry } from './kinds/substitution';

const entries: readonly SubstitutionEntry[] = listData.entries;

/** LANG-02: items of the UN spelling list and compounds (`cooperation`, `peacekeeping`, `human-made`), as hints. */
export const unSpelling = substitutionRule({
  meta: {
    id: 'un-spelling',
    description: 'Compounds and words follow the UN spelling list (`cooperation`, `peacekeeping`, `socioeconomic`, `non-governmental`, `human-made`).',
    category: 'language',
    defaultSeverity: 'hint',
    fixable: true,
    scope: 'block',
    conventions: ['LANG-02'],
    messages: {
      replace: 'The UN spelling list has "{{replacement}}", not "{{found}}"{{note}}.',
      avoid: '"{{found}}" is not in the UN spelling list{{note}}.',
    },
  },
  entries: () => entries,
  names: listData.names,
  skip: SKIP_DEFAULT,
});
