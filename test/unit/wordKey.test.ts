/** `wordKey` takes shortcuts (no copy for lower-case ASCII, no replacements without typographic marks): it must fold exactly as the plain definition does. */
import assert from 'node:assert/strict';
import { wordKey } from '../../server/src/core/rules/kinds/text';
import { rng } from '../../bench/generate';

const plain = (w: string) => w.toLowerCase().replace(/[\u2019]/g, "'").replace(/[\u2010\u2011]/g, '-');

describe('wordKey', () => {
  it('folds like lower case plus typographic apostrophes and hyphens to ASCII, on 50,000 random words', () => {
    const alphabet = [...'abcXYZ09-\'\u2019\u2010\u2011éÉİßΣςǅ𝐀'];
    const random = rng(20261130);
    for (let k = 0; k < 50_000; k++) {
      let w = '';
      const n = 1 + Math.floor(random() * 8);
      for (let i = 0; i < n; i++) w += alphabet[Math.floor(random() * alphabet.length)];
      assert.equal(wordKey(w), plain(w), JSON.stringify(w));
    }
  });

  it('returns a lower-case ASCII word as it is', () => {
    assert.equal(wordKey('organization'), 'organization');
    assert.equal(wordKey('Organization'), 'organization');
    assert.equal(wordKey('Côte\u2010d\u2019Ivoire'), "côte-d'ivoire");
  });
});
