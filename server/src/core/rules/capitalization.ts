import * as capitalizationData from '../data/capitalization.json';
import { BLOCK_SPACE } from '../model/text';
import type { Rule } from './types';
import { otherBodyFollows, SKIP_DEFAULT, skipped } from './kinds/text';
import { substitutionRule, type SubstitutionEntry } from './kinds/substitution';
import { literalOffsets, matchesAtOffsets } from './util';

/** An entry of the capitalization table: what to write when another organization is meant. */
interface CapitalizationEntry extends SubstitutionEntry {
  /** `of (the) <another organization>` follows: write this instead, or `skip` to report nothing. */
  readonly otherBody?: string;
}

const entries: readonly CapitalizationEntry[] = capitalizationData.entries;

const table = substitutionRule<CapitalizationEntry>({
  meta: {
    id: 'capitalization',
    description: 'Capitals where the Editorial Manual gives a mechanical test: `Member States` (of the United Nations) but `member States` of another organization, organs (`General Assembly`), `Heads of State and Government`, `Article 51 of the Charter`.',
    category: 'language',
    defaultSeverity: 'warning',
    fixable: true,
    scope: 'block',
    conventions: ['LANG-03', 'LANG-09'],
    messages: {
      replace: 'Write "{{replacement}}", not "{{found}}"{{note}}.',
      avoid: 'Check the capitals of "{{found}}"{{note}}.',
      charterArticle: 'Articles of the Charter take a capital: write "Article", not "{{found}}".',
    },
  },
  entries: () => entries,
  skip: { ...SKIP_DEFAULT, organ: true },
  refine(match, model) {
    const other = match.entry.otherBody;
    if (other === undefined || !otherBodyFollows(model.masked, match.span.end)) return undefined;
    if (other === 'skip') return false;
    return { replace: other, note: 'members of an organization other than the United Nations' };
  },
});

/**
 * `article 51 of the Charter`, `articles 41 and 42 of the Charter` (lower case), not inside
 * quotations, the words in one block (no blank line between); sticky: tried where an `article` starts.
 */
const S = BLOCK_SPACE;
const CHARTER_ARTICLE = new RegExp(String.raw`\b(articles?)(?=${S}\d{1,3}(?:(?:,${S}|${S}and${S})\d{1,3})*(?:,${S}paragraph${S}\d{1,2},)?${S}of${S}the${S}Charter\b)`, 'y');

/** LANG-03: context-dependent capitalization, only where the catalogue gives a mechanical test. */
export const capitalization: Rule = {
  meta: table.meta,
  check(context) {
    table.check(context);
    const { model, report } = context;
    const s = model.masked;
    // Every match starts at an `article`: the pattern is tried there only, not at every position.
    for (const m of matchesAtOffsets(s, literalOffsets(model, 'article'), 0, 97 /* a */, CHARTER_ARTICLE)) {
      const span = { start: m.index, end: m.index + m[1].length };
      if (skipped(model, span.start, span.end, SKIP_DEFAULT)) continue;
      const replacement = `A${m[1].slice(1)}`;
      report({ span, messageId: 'charterArticle', data: { found: m[1] }, fix: { title: `Write "${replacement}"`, edits: [{ span, newText: replacement }] } });
    }
  },
};
