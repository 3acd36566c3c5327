/**
 * The Security Council's texts before 1975 (`historicSc`) wrote their paragraphs as the time did:
 * a lead-in completed by its paragraphs (`Resolves:` / `That the Security Council …`), the organ as
 * subject (`1. The Security Council requests …`), openers such as `In view of` and `Whereas`, and
 * several sentences to a paragraph. operative-opener, preamble-opener and single-sentence leave
 * them alone (found by a review of the corpus warnings: 101 + 12 + 30 false warnings on
 * S/RES/1–103); the same text from 1975 on, or under another profile, is still checked.
 */
import assert from 'node:assert/strict';
import { lintModel } from '../../../server/src/core/lint';
import { parse } from '../../../server/src/core/parser/parse';
import { operativeOpener } from '../../../server/src/core/rules/operative-opener';
import { preambleOpener } from '../../../server/src/core/rules/preamble-opener';
import { singleSentence } from '../../../server/src/core/rules/single-sentence';
import type { UnresSettings } from '../../../server/src/core/config/settings';

/** S/RES/39 and S/RES/15 (1948, 1946), shortened, adopted in `year`. */
const historic = (year: number) =>
  `Resolution 39 (${year})\nof 20 January ${year}\n\nThe Security Council,\n\n` +
  'In view of the recommendation contained in paragraph 2 of its resolution 5,\n\n' +
  'Considering that it may investigate any dispute or situation. It shall act under the Charter,\n\n' +
  '_Resolves_:\n\n' +
  'That the Security Council establish a Commission of Investigation;\n\n' +
  '1. The Security Council requests the permanent members to direct their Chiefs of Staff to meet.\n\n' +
  `Adopted at the 230th meeting.\n`;

const ids = (text: string, settings: UnresSettings) => lintModel(parse(text), { settings, rules: [operativeOpener, preambleOpener, singleSentence] })!.map((d) => d.ruleId);

describe('historic Security Council texts: openers and sentences', () => {
  it('are left alone under sc before 1975', () => {
    assert.deepEqual(ids(historic(1948), { profile: 'sc' }), []);
    assert.deepEqual(ids(historic(1974), { profile: 'sc' }), []);
  });

  it('are checked from 1975 on, and under another profile', () => {
    for (const [text, settings] of [[historic(1975), { profile: 'sc' }], [historic(1948), { profile: 'ga' }]] as const) {
      const found = ids(text, settings);
      for (const rule of ['operative-opener', 'preamble-opener', 'single-sentence']) assert.ok(found.includes(rule), `${rule} in ${JSON.stringify(settings)}: ${found.join(', ')}`);
    }
  });
});
