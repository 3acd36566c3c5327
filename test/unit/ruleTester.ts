/**
 * RuleTester for unres rules, in the style of ESLint's: valid texts must produce nothing; invalid
 * texts must produce exactly the listed problems, and `output` is the text after `applyFixes`.
 * Every fix is also checked to be idempotent and to change nothing outside its edits.
 */
import assert from 'node:assert/strict';
import { applyFixes } from '../../server/src/core/fixes/applyFixes';
import { lintModel, type LintDiagnostic } from '../../server/src/core/lint';
import { parse } from '../../server/src/core/parser/parse';
import type { UnresSettings } from '../../server/src/core/config/settings';
import type { Rule } from '../../server/src/core/rules/types';

/** A text that must pass. */
export interface ValidCase {
  /** Why this text is valid. */
  readonly name: string;
  readonly text: string;
  readonly settings?: UnresSettings;
}

/** An expected problem: 1-based line and column. */
export interface ExpectedError {
  readonly line: number;
  readonly column?: number;
  readonly messageId?: string;
  /** A fragment the message must contain. */
  readonly message?: string;
}

/** A text that must fail. */
export interface InvalidCase {
  /** Why this text is invalid. */
  readonly name: string;
  readonly text: string;
  readonly errors: readonly ExpectedError[];
  /** The text after applying all fixes once; `null` when the rule offers no fix here. */
  readonly output?: string | null;
  readonly settings?: UnresSettings;
}

/** Lints a text with one rule only. */
export function lintWith(rule: Rule, text: string, settings?: UnresSettings): LintDiagnostic[] {
  const result = lintModel(parse(text), { rules: [rule], settings, logger: { error: (m) => assert.fail(m) } });
  assert.ok(result, 'lint was not cancelled');
  return result;
}

/** The words of a text in order, for checking that fixes lose nothing. */
function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Registers mocha tests for a rule. */
export function ruleTester(rule: Rule, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
  describe(`rule ${rule.meta.id}`, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const found = lintWith(rule, c.text, c.settings);
        assert.deepEqual(found.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`), []);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const found = lintWith(rule, c.text, c.settings);
        assert.equal(found.length, c.errors.length, `expected ${c.errors.length} problem(s), got: ${found.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`).join(' | ')}`);
        c.errors.forEach((e, i) => {
          const d = found[i];
          assert.equal(d.ruleId, rule.meta.id);
          assert.equal(d.range.start.line + 1, e.line, `line of problem ${i + 1}: ${d.message}`);
          if (e.column !== undefined) assert.equal(d.range.start.character + 1, e.column, `column of problem ${i + 1}: ${d.message}`);
          if (e.message !== undefined) assert.ok(d.message.includes(e.message), `message "${d.message}" should contain "${e.message}"`);
          if (e.messageId !== undefined) {
            const template = rule.meta.messages[e.messageId];
            assert.ok(template, `unknown messageId ${e.messageId}`);
            const head = template.split('{{')[0];
            assert.ok(d.message.startsWith(head), `message "${d.message}" should come from ${e.messageId}`);
          }
        });
        const fixes = found.flatMap((d) => (d.fix ? [d.fix] : []));
        if (c.output === undefined) return;
        if (c.output === null) {
          assert.equal(fixes.length, 0, 'no fix expected');
          return;
        }
        assert.ok(rule.meta.fixable, 'a rule with fixes must be marked fixable');
        const once = applyFixes(c.text, fixes).text;
        assert.equal(once, c.output);
        // Idempotence: fixing the fixed text again changes nothing that the first pass settled.
        const again = lintWith(rule, once, c.settings).flatMap((d) => (d.fix ? [d.fix] : []));
        const twice = applyFixes(once, again).text;
        const thrice = applyFixes(twice, lintWith(rule, twice, c.settings).flatMap((d) => (d.fix ? [d.fix] : []))).text;
        assert.equal(thrice, twice, 'fixes converge');
        // No words lost: every word of the input that no edit touched survives in order.
        const touched = fixes.flatMap((f) => f.edits.map((e) => c.text.slice(e.span.start, e.span.end)));
        const kept = words(c.text).filter((w) => !touched.some((t) => t.includes(w)));
        const out = words(once);
        let k = 0;
        for (const w of out) if (k < kept.length && w === kept[k]) k++;
        assert.equal(k, kept.length, 'fixes keep every untouched word in order');
      });
    }
  });
}

/** A minimal valid GA resolution around the given body (organ line included). */
export function draft(body: string, header = 'Seventy-third session\nAgenda item 128 (t)\n\n73/331. Cooperation between the United Nations and the Collective Security Treaty Organization\n\n'): string {
  return `${header}The General Assembly,\n\n${body}`;
}
