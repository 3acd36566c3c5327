import { footnotePageLocator } from '../../../server/src/core/rules/footnote-page-locator';
import assert from 'node:assert/strict';
import { lintModel } from '../../../server/src/core/lint';
import { parse } from '../../../server/src/core/parser/parse';
import { ruleTester } from '../ruleTester';
import { ADOPTED, at, edit } from './structureTexts';

const DEF = '[^1]: A/73/328–S/2018/592.';
const with_ = (d: string) => edit(ADOPTED, DEF, d);

ruleTester(footnotePageLocator, {
  valid: [
    { name: 'a symbol with a paragraph locator', text: with_('[^1]: A/73/328–S/2018/592, para. 12.') },
    { name: 'an outside publication may be cited by page (FN-03 FP risk)', text: with_('[^1]: J. Smith, _The Law of Treaties_ (Oxford, 2001), p. 12.') },
    { name: 'a Treaty Series volume and number', text: with_('[^1]: United Nations, _Treaty Series_, vol. 1577, No. 27531.') },
    {
      name: 'a page of a printed volume, before the symbol or after a publication (found on the Security Council texts of the corpus, S/RES/3, 533)',
      text: with_('[^1]: Ibid., First Year, First Series, No. 2, 29th meeting, p. 84 (document S/24); document S/15444. See _Resolutions and Decisions of the Security Council, 1982_, p. 16; A/73/328, annex.'),
    },
  ],
  invalid: [
    {
      name: 'a UN document cited by page (EM-INSTR)',
      text: with_('[^1]: A/73/328–S/2018/592, p. 12.'),
      errors: [{ line: at(ADOPTED, DEF).line, column: 28, messageId: 'page' }],
      output: null,
    },
    {
      name: 'the whole locator is underlined, all its digits and a range (found by a review: `p. 8` of `p. 84`)',
      text: with_('[^1]: A/73/328, pp. 84-86.'),
      errors: [{ line: at(ADOPTED, DEF).line, column: 17, messageId: 'page' }],
      output: null,
    },
    {
      name: 'pages spelled out',
      text: with_('[^1]: See A/73/328, pages 4–6.'),
      errors: [{ line: at(ADOPTED, DEF).line, messageId: 'page' }],
      output: null,
    },
  ],
});

describe('footnote-page-locator spans', () => {
  it('underlines the whole locator, all its digits and a range (found by a review: `p. 8` of `p. 84`)', () => {
    for (const [def, locator] of [['[^1]: A/73/328, pp. 84-86.', 'pp. 84-86'], ['[^1]: A/73/328–S/2018/592, p. 12.', 'p. 12'], ['[^1]: See A/73/328, pages 4–6.', 'pages 4–6']]) {
      const text = with_(def);
      const found = lintModel(parse(text), { rules: [footnotePageLocator] })!;
      assert.deepEqual(found.map((d) => text.slice(d.span.start, d.span.end)), [locator], def);
    }
  });
});
