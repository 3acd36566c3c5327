import { DETERMINERS, literalOffsets, matchesAtOffsets, wordBefore } from './util';
import * as acronymData from '../data/acronyms.json';
import { memo } from '../model/derived';
import { lowerBound } from '../model/text';
import type { DocumentModel } from '../model/types';
import type { Rule } from './types';
import { isSecurityCouncilText, SKIP_DEFAULT, skipped } from './kinds/text';
import { compile, findEntries, sentenceCase, type SubstitutionEntry } from './kinds/substitution';

const entries: readonly SubstitutionEntry[] = acronymData.entries;

/** `(MONUC)`: an acronym defined in parentheses (sticky: tried only at a `(`). */
const DEFINITION = /\(([A-Z][a-z]*[A-Z][A-Za-z0-9-]*)\)/y;

/** `(MONUC)`, `(SDGs)`: where the text spells a name out and gives its acronym in parentheses. */
function definitions(model: DocumentModel): ReadonlyMap<string, number> {
  return memo(model, 'acronym:definitions', () => {
    const found = new Map<string, number>();
    // The pattern tried only at each `(` of the draft, found natively once.
    for (const m of matchesAtOffsets(model.masked, literalOffsets(model, '('), 0, 40, DEFINITION)) if (!found.has(m[1])) found.set(m[1], m.index);
    return found;
  });
}

/** `MONUC's mandate`: an acronym in the possessive. */
const POSSESSIVE = /\b([A-Z]{2,}[A-Za-z]?(?:[ \u00a0][IVX]{1,4})?)['’]s\b/g;


/**
 * A spelled-out name takes `the` where the acronym stood without one (`the work of UNHCR and
 * UNICEF` → `the work of the Office of … and the United Nations Children's Fund`; found by a
 * review: the fix wrote `of Office of …`), but not after a determiner, nor before `resolution` or
 * `decision` (`ECOSOC resolution 2020/1` → `Economic and Social Council resolution 2020/1`, as
 * UN texts write it). Lower-case expansions (`least developed countries`) take none.
 */
function withArticle(model: DocumentModel, span: { start: number; end: number }, replacement: string): string {
  if (!/^\p{Lu}/u.test(replacement)) return replacement;
  const s = model.masked;
  if (DETERMINERS.has(wordBefore(s, span.start).toLowerCase())) return replacement;
  if (/^[ \t\u00a0]+(?:resolutions?|decisions?)\b/.test(s.slice(span.end, span.end + 14))) return replacement;
  return `the ${replacement}`;
}

/**
 * LANG-04 (warnings): acronyms that resolution texts spell out (`SDGs`, `NGOs`, `ECOSOC` …), unless
 * the text defines them first (`… Sustainable Development Goals (SDGs)`, the Security Council
 * practice); no acronym in the possessive (`MONUC's mandate` → `the mandate of MONUC`).
 */
export const acronym: Rule = {
  meta: {
    id: 'acronym',
    description: 'Acronyms are spelled out (`the Sustainable Development Goals`, `non-governmental organizations`) unless the text defines them first, and are not used in the possessive.',
    category: 'language',
    defaultSeverity: 'warning',
    fixable: true,
    scope: 'block',
    conventions: ['LANG-04', 'LANG-09'],
    messages: {
      replace: 'Spell the acronym out: write "{{replacement}}", not "{{found}}" (or define it first, as in "{{replacement}} ({{found}})").',
      avoid: 'Spell "{{found}}" out{{note}}.',
      possessive: 'An acronym is not used in the possessive: write "the … of {{acronym}}", not "{{found}}".',
    },
  },
  check({ model, report, whole }) {
    // Run over the paragraphs an edit touched, the definitions are still those of the whole draft.
    const defined = definitions(whole?.model ?? model);
    // Footnotes cite sources in their own words (`Adopted under the UNFCCC in FCCC/CP/2015/10/Add.1`).
    for (const m of findEntries(model, compile(entries), { ...SKIP_DEFAULT, footnotes: true })) {
      const at = defined.get(m.found);
      // The definition itself `(SDGs)` and every later use are fine.
      if (at !== undefined && at < (whole ? whole.offset(m.span.start) : m.span.start)) continue;
      if (m.entry.replace === undefined) {
        report({ span: m.span, messageId: 'avoid', data: { found: m.found, note: m.entry.note ? ` (${m.entry.note})` : '' } });
        continue;
      }
      const replacement = sentenceCase(model, m.span.start, m.found, withArticle(model, m.span, m.entry.replace));
      report({ span: m.span, messageId: 'replace', data: { found: m.found, replacement }, fix: { title: `Write "${replacement}"`, edits: [{ span: m.span, newText: replacement }] } });
    }
    // Security Council texts print possessive acronyms (`MONUC's mandate`, S/RES/1445 (2002)).
    if (isSecurityCouncilText(model)) return;
    const s = model.masked;
    POSSESSIVE.lastIndex = 0;
    for (let m = POSSESSIVE.exec(s); m; m = POSSESSIVE.exec(s)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (skipped(model, span.start, span.end, SKIP_DEFAULT)) continue;
      report({ span, messageId: 'possessive', data: { acronym: m[1], found: m[0] } });
    }
  },
  facts(model) {
    // Which acronyms the draft defines, each with how many times the acronym is written before its
    // definition and in all: what decides whether a use outside the edited blocks is reported (a
    // use in a heading or an annex, between the same two paragraphs as the definition, included).
    // The definition moves across a use outside the edited blocks only if the first count changes
    // while the second stays, or the second changes: the edited blocks cannot make up for it, since
    // the definition's own `(SDGs)` is a writing after it (found by a review).
    const out: string[] = [];
    for (const [acronym, at] of definitions(model)) {
      const written = literalOffsets(model, acronym);
      out.push(`${acronym}@${lowerBound(written, at)}/${written.length}`);
    }
    return out.join(' ');
  },
};
