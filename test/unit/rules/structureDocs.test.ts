/**
 * The examples of the doc pages of the document-structure, footnote and consistency rules
 * (issue 3) are real: an `Incorrect` example gets the rule's diagnostic, a `Correct` one gets
 * none from any of these rules.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ruleById } from '../../../server/src/core/rules';
import type { Rule } from '../../../server/src/core/rules/types';
import { lintWith } from '../ruleTester';
import { STRUCTURE_RULES } from './structureTexts';

/** The ```unres examples of a page with the label line above each (`Incorrect:`, `Correct:`). */
function examples(page: string): { label: string; text: string }[] {
  const out: { label: string; text: string }[] = [];
  const re = /^([^\n]*):\n\n```unres\n([\s\S]*?)\n```$/gm;
  for (let m = re.exec(page); m; m = re.exec(page)) out.push({ label: m[1], text: `${m[2]}\n` });
  return out;
}

describe('doc page examples of the structure rules', () => {
  const rules = STRUCTURE_RULES.map((id) => ruleById(id)).filter((r): r is Rule => r !== undefined);
  it('lists registered rules', () => assert.equal(rules.length, STRUCTURE_RULES.length));
  for (const rule of rules) {
    it(`${rule.meta.id}: the incorrect example is reported, the correct one is clean`, () => {
      const page = readFileSync(new URL(`../../../server/docs/rules/${rule.meta.id}.md`, import.meta.url), 'utf8');
      const found = examples(page);
      assert.ok(found.some((e) => e.label.startsWith('Incorrect')) && found.some((e) => e.label.startsWith('Correct')), 'an incorrect and a correct example');
      for (const e of found) {
        if (e.label.startsWith('Incorrect')) assert.ok(lintWith(rule, e.text).length > 0, `the ${e.label} example of ${rule.meta.id} is not reported`);
        else {
          const all = rules.flatMap((r) => lintWith(r, e.text)).map((d) => `${d.ruleId}: ${d.message}`);
          assert.deepEqual(all, [], `the ${e.label} example of ${rule.meta.id} is clean`);
        }
      }
    });
  }
});
