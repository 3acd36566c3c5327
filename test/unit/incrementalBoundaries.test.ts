/**
 * What a block-scope rule reports in a paragraph depends only on that paragraph's block (and the
 * header, organ line and closing): the incremental runner re-checks an edited block alone, in a
 * small draft. Each case below is a rule whose look-around window once crossed a blank line into
 * the block before or after (a line holding only white space, as the parser reads one), so that
 * re-checking the edited block alone gave another result than a full run. Each is edited so that
 * the runner re-checks the blocks, and must report what a full run of the edited text reports.
 */
import assert from 'node:assert/strict';
import { lintIncremental, lintModel, type LintDiagnostic } from '../../server/src/core/lint';
import { parse } from '../../server/src/core/parser/parse';
import type { UnresSettings } from '../../server/src/core/config/settings';

const HEAD = ['Seventy-third session', 'Agenda item 128', '', 'The General Assembly,', ''];
const SC = ['The Security Council,', ''];
const LAST = ['', '1. _Decides_ to remain seized of the matter.', ''];

interface Case {
  readonly name: string;
  /** The lines of the draft before the edit. */
  readonly lines: readonly string[];
  /** The edit: the last occurrence of `from` (on one line) becomes `to`. */
  readonly from: string;
  readonly to: string;
  readonly settings?: UnresSettings;
  /** The rule the case is about, and how many times a full run of the edited text reports it. */
  readonly rule: string;
  readonly expected: number;
}

const cases: readonly Case[] = [
  // 4. A line holding only a no-break space is a blank line: straight marks are not paired across it.
  { name: 'quotation-marks: a no-break space line between two paragraphs', lines: [...HEAD, '_Recalling_ the "first words of the text,', '\u00a0', '_Noting_ the second" words of the text,', ...LAST], from: 'the second"', to: 'the very second"', rule: 'quotation-marks', expected: 0 },
  { name: 'quotation-marks: a line of spaces, tabs and no-break spaces', lines: [...HEAD, '_Recalling_ the "first words of the text,', ' \t\u00a0 ', '_Noting_ the second" words of the text,', ...LAST], from: 'words of the text,', to: 'words of that text,', rule: 'quotation-marks', expected: 0 },
  // 5. A bare number ending its block is read without looking at the next block (`2. …`, a capital).
  { name: 'resolution-year: a number ending a paragraph before `2. `', lines: [...SC, '_Recalling_ its resolutions,', '', '1. _Recalls_ its resolutions 1325 (2000) and 1820', '', '2. _Decides_ to remain seized of the matter.', ''], from: 'Recalls_ its', to: 'Recalls_ also its', rule: 'resolution-year', expected: 0 },
  { name: 'serial-comma: a number ending a paragraph before a capital', lines: [...HEAD, '_Recalling_ Security Council resolutions 1325 (2000), 1820 (2008), and 1888', ...LAST], from: '_Recalling_ Security', to: '_Recalling also_ Security', rule: 'serial-comma', expected: 0 },
  // 6. American spelling: the capitalized word after `Organisation` is in the next block.
  { name: 'spelling (american): the next word opens the next block', lines: [...HEAD, '_Recalling_ the mandate of the Organisation,', '', '_Noting_ the report,', ...LAST], from: 'the mandate', to: 'the broad mandate', settings: { spelling: 'american' }, rule: 'spelling', expected: 1 },
  // 7. `NATO Secretary General`: the acronym ends the block before.
  { name: 'secretary-general: an acronym ending the block before', lines: [...HEAD, '_Recalling_ the cooperation with NATO', '', 'Secretary General and staff are thanked,', ...LAST], from: 'and staff', to: 'and the staff', rule: 'secretary-general', expected: 1 },
  // 8. The notFollowedBy and notPrecededBy phrases of the substitution lists.
  { name: 'country-name: notFollowedBy in the next block', lines: [...HEAD, '_Recalling_ the situation in Iran', '', '(Islamic Republic of) and the region,', ...LAST], from: 'the situation', to: 'the present situation', rule: 'country-name', expected: 1 },
  { name: 'country-name: notPrecededBy in the block before', lines: [...HEAD, '_Recalling_ the situation in the Islamic Republic of', '', 'Iran and the region,', ...LAST], from: 'and the region', to: 'and in the region', rule: 'country-name', expected: 1 },
  { name: 'capitalization: notPrecededBy in the block before', lines: [...HEAD, '_Recalling_ the reform of the national', '', 'security council of the country,', ...LAST], from: 'of the country', to: 'of that country', rule: 'capitalization', expected: 1 },
  { name: 'un-spelling: notPrecededBy in the block before', lines: [...HEAD, '_Recalling_ the health of all as', '', 'well being of all is essential,', ...LAST], from: 'of all is', to: 'of everyone is', rule: 'un-spelling', expected: 1 },
  // 9. `article 51 of the Charter` and `of <another organization>` read in one block.
  { name: 'capitalization: `article` ending the block before `51 of the Charter`', lines: [...HEAD, '_Recalling_ the measures taken under article', '', '51 of the Charter by Member States,', ...LAST], from: 'measures taken', to: 'measures recently taken', rule: 'capitalization', expected: 0 },
  { name: 'capitalization: `the European Union` after `of` in the next block', lines: [...HEAD, '_Recalling_ the role of Member States of', '', 'the European Union in the region,', ...LAST], from: 'the role', to: 'the important role', rule: 'capitalization', expected: 0 },
  { name: 'secretary-general: `the European Union` after `of` in the next block', lines: [...HEAD, '_Recalling_ the role of the Secretary General of', '', 'the European Union in the region,', ...LAST], from: 'the role', to: 'the important role', rule: 'secretary-general', expected: 1 },
  // 10. The characters before a number.
  { name: 'number-format: a slash ending the block before', lines: [...HEAD, '_Recalling_ the report A/', '', '12345 people were displaced,', ...LAST], from: 'were displaced', to: 'were again displaced', rule: 'number-format', expected: 1 },
  { name: 'number-words: `10 and 2` ending the block before', lines: [...HEAD, '_Recalling_ Goals 10 and 2', '', '3 reports were issued,', ...LAST], from: 'were issued', to: 'were then issued', rule: 'number-words', expected: 1 },
];

function key(d: LintDiagnostic): string {
  return JSON.stringify([d.ruleId, d.span.start, d.span.end, d.message]);
}

describe('incremental lint: no block-scope rule reads past a blank line', () => {
  for (const c of cases) {
    it(c.name, () => {
      for (const eol of ['\n', '\r\n']) {
        const before = c.lines.join(eol);
        const at = before.lastIndexOf(c.from);
        assert.ok(at > 0, `${c.name}: "${c.from}" is in the draft`);
        const after = before.slice(0, at) + c.to + before.slice(at + c.from.length);
        const options = c.settings ? { settings: c.settings } : {};
        const first = lintIncremental(parse(before), undefined, options);
        assert.ok(first);
        const result = lintIncremental(parse(after), first.memory, options);
        assert.ok(result);
        assert.equal(result.mode, 'blocks', `${c.name} (${JSON.stringify(eol)}): the edit is re-checked block by block`);
        const full = lintModel(parse(after), options)!;
        assert.deepEqual(result.diagnostics.map(key).sort(), full.map(key).sort(), `${c.name} (${JSON.stringify(eol)})`);
        assert.equal(full.filter((d) => d.ruleId === c.rule).length, c.expected, `${c.name} (${JSON.stringify(eol)}): a full run reports ${c.rule} ${c.expected} time(s)`);
      }
    });
  }
});
