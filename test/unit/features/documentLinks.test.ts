import assert from 'node:assert/strict';
import { doc, example, service, textOf } from './cursor';

const ls = service();

describe('document links', () => {
  it('links every document symbol and resolution of the example to undocs.org, over https only', () => {
    const links = ls.documentLinks(doc(example));
    const shown = links.map((l) => `${textOf(example, l.range)} → ${l.target}`);
    assert.deepEqual(shown.slice(0, 4), [
      'A/73/L.103 → https://undocs.org/A/73/L.103',
      'A/73/L.103/Add.1 → https://undocs.org/A/73/L.103/Add.1',
      '59/50 → https://undocs.org/A/RES/59/50',
      '64/256 → https://undocs.org/A/RES/64/256',
    ]);
    assert.ok(shown.includes('1631 (2005) → https://undocs.org/S/RES/1631(2005)'));
    assert.ok(shown.includes('A/73/328 → https://undocs.org/A/73/328'));
    assert.ok(shown.includes('S/2018/592 → https://undocs.org/S/2018/592'));
    assert.ok(shown.includes('S/PRST/2010/1 → https://undocs.org/S/PRST/2010/1'));
    assert.ok(shown.includes('S-30/1 → https://undocs.org/A/RES/S-30/1'));
    assert.ok(links.every((l) => l.target.startsWith('https://undocs.org/')));
  });

  it('links each resolution of a list and the other organs\' resolutions to their own series', () => {
    const text = 'The General Assembly,\n\n_Recalling_ its resolutions 64/256 of 2 March 2010, 65/122 and 71/12, Security Council resolution 1325 (2000), Economic and Social Council resolution 2019/15, resolution 2625 (XXV) and resolution ES-10/19,\n';
    assert.deepEqual(ls.documentLinks(doc(text)).map((l) => `${textOf(text, l.range)} → ${l.target.replace('https://undocs.org/', '')}`), [
      '64/256 → A/RES/64/256',
      '65/122 → A/RES/65/122',
      '71/12 → A/RES/71/12',
      '1325 (2000) → S/RES/1325(2000)',
      '2019/15 → E/RES/2019/15',
      '2625 (XXV) → A/RES/2625(XXV)',
      'ES-10/19 → A/RES/ES-10/19',
    ]);
  });

  it('leaves slash compounds, decisions, dates and comments unlinked', () => {
    const text = 'The General Assembly,\n\n_Concerned_ about HIV/AIDS, its decision 50/411, the year 2019/20 and <!-- A/73/L.1 -->,\n';
    assert.deepEqual(ls.documentLinks(doc(text)), []);
  });

  it('keeps a symbol\'s sentence-final full stop and a reissue star apart', () => {
    const text = 'The General Assembly,\n\n_Recalling_ a,[^1]\n\n[^1]: S/2002/914*; A/73/328.\n';
    assert.deepEqual(ls.documentLinks(doc(text)).map((l) => `${textOf(text, l.range)} → ${l.target}`), ['S/2002/914* → https://undocs.org/S/2002/914', 'A/73/328 → https://undocs.org/A/73/328']);
  });
});
