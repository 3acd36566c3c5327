/**
 * Checks the examples of a rule's doc page against the rule: every ```unres block under
 * "Incorrect" must get at least one diagnostic of the rule, every block under "Correct" (or "Also
 * correct") none. Keeps the pages honest: their examples are run through the linter.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Rule } from '../../../server/src/core/rules/types';
import { lintWith } from '../ruleTester';

/** The ```unres blocks of a page, each with the label line before it. */
export function examplesOf(markdown: string): { label: string; text: string }[] {
  const out: { label: string; text: string }[] = [];
  const re = /^([^\n]*)\n\n```unres\n([\s\S]*?)```/gm;
  for (let m = re.exec(markdown); m; m = re.exec(markdown)) out.push({ label: m[1].trim(), text: m[2] });
  return out;
}

/** Registers a test that the doc page's examples behave as labelled. */
export function docExamples(rule: Rule): void {
  it(`doc page examples of ${rule.meta.id} are linted as labelled`, () => {
    const page = readFileSync(new URL(`../../../server/docs/rules/${rule.meta.id}.md`, import.meta.url), 'utf8');
    const examples = examplesOf(page);
    assert.ok(examples.some((e) => /^Incorrect/.test(e.label)), 'the page has an incorrect example');
    assert.ok(examples.some((e) => /correct/i.test(e.label) && !/^Incorrect/.test(e.label)), 'the page has a correct example');
    for (const e of examples) {
      const found = lintWith(rule, e.text);
      if (/^Incorrect/.test(e.label)) assert.ok(found.length > 0, `"${e.label}" example gets a diagnostic`);
      else if (/correct/i.test(e.label)) assert.deepEqual(found.map((d) => d.message), [], `"${e.label}" example is clean`);
    }
  });
}
