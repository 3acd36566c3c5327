import assert from 'node:assert/strict';
import { symbolFormat, maxGaSession } from '../../../server/src/core/rules/symbol-format';
import { scanSymbols } from '../../../server/src/core/rules/kinds/symbols';
import { draft, ruleTester } from '../ruleTester';
import { docExamples } from './docExamples';

const p = (text: string) => draft(`_Recalling_ ${text},\n\n1. _Decides_ to continue its consideration of the item.\n`);

ruleTester(symbolFormat, {
  valid: [
    { name: 'the symbols of CONVENTIONS.md REF-01 ✔', text: p('the report A/C.3/74/L.20/Rev.1, A/73/L.103/Add.1, S/PRST/2010/1, E/2009/28 and S/RES/1631 (2005)') },
    { name: 'joint symbols with an en dash or a hyphen, parts and volumes', text: p('documents A/73/328–S/2018/592, A/67/828-S/2013/210, A/62/433 (Part II) and A/CONF.151/26/Rev.1 (Vol. I)') },
    { name: 'special and emergency special sessions, HRC, treaty bodies and conferences', text: p('resolutions A/RES/S-27/2 and A/RES/ES-11/1, documents A/HRC/40/L.1, CEDAW/C/GC/38, NPT/CONF.2010/50 (Vol. I) and NPT/CONF.1995/32 (Part I)/Corr.2') },
    { name: 'an older document number with a modifier (A/1234/Add.1, S/6569/Add.1) is not a session or a year', text: p('documents A/1234/Add.1 and S/6569/Add.1') },
    { name: 'slash compounds and symbols of other organizations are not UN symbols (HIV/AIDS, CP/Dec.8, GC(69)/RES/15)', text: p('HIV/AIDS, the declaration CP/Dec.8 and resolution GC(69)/RES/15 of the International Atomic Energy Agency') },
    { name: 'a symbol ending a sentence keeps its full stop outside', text: p('the report of the Secretary-General (A/73/328). It notes') },
    { name: 'symbols in a quotation are quoted as they are', text: p('the document entitled “Comments on A/C3/74/L20”') },
    { name: 'the header symbol and provenance lines are checked by the header rules', text: 'A/73/L. 103\n\nThe General Assembly,\n\n_Recalling_ its resolution 59/50,\n\n1. _Decides_ to continue.\n' },
  ],
  invalid: [
    {
      name: 'missing full stops in numbered components (REF-01 ✘ A/C3/74/L20)',
      text: p('the draft A/C3/74/L20'),
      errors: [{ line: 8, column: 25, messageId: 'missingStop', message: '"C.3"' }, { line: 8, column: 31, messageId: 'missingStop', message: '"L.20"' }],
      output: p('the draft A/C.3/74/L.20'),
    },
    {
      name: 'a space after the full stop (REF-01 ✘ A/73/L. 103)',
      text: p('the draft A/73/L. 103'),
      errors: [{ line: 8, column: 28, messageId: 'spaceAfterStop', message: '"L.103"' }],
      output: p('the draft A/73/L.103'),
    },
    {
      name: 'lower-case modifiers (REF-01 ✘ A/73/L.103/add.1, REV.2)',
      text: p('the drafts A/73/L.103/add.1 and A/C.1/80/L.5/REV.2'),
      errors: [{ line: 8, column: 35, messageId: 'modifierCase', message: '"Add.1"' }, { line: 8, column: 58, messageId: 'modifierCase', message: '"Rev.2"' }],
      output: p('the drafts A/73/L.103/Add.1 and A/C.1/80/L.5/Rev.2'),
    },
    {
      name: 'a modifier after a space instead of a slash (REF-01 ✘ A/73/L.103 Add.1)',
      text: p('the draft A/73/L.103 Add.1'),
      errors: [{ line: 8, column: 33, messageId: 'spacedModifier', message: '"A/73/L.103/Add.1"' }],
      output: p('the draft A/73/L.103/Add.1'),
    },
    {
      name: 'no space before the year (REF-01 ✘ S/RES/1631(2005))',
      text: p('document S/RES/1631(2005)'),
      errors: [{ line: 8, column: 32, messageId: 'suffixSpace', message: '"S/RES/1631 (2005)"' }],
      output: p('document S/RES/1631 (2005)'),
    },
    {
      name: 'a Main Committee that does not exist (C.1 to C.6)',
      text: p('the draft A/C.7/74/L.20'),
      errors: [{ line: 8, column: 25, messageId: 'committee' }],
      output: null,
    },
    {
      name: 'a session of the General Assembly that has not been held, and a year still to come',
      text: p('documents A/250/12, S/2999/5 and S/RES/1631 (2999)'),
      errors: [{ line: 8, column: 23, messageId: 'session', message: `${maxGaSession()}` }, { line: 8, column: 33, messageId: 'futureYear' }, { line: 8, column: 46, messageId: 'futureYear' }],
      output: null,
    },
    {
      name: 'a Security Council resolution symbol without its year',
      text: p('document S/RES/1631'),
      errors: [{ line: 8, column: 22, messageId: 'scYear' }],
      output: null,
    },
    {
      name: 'in a footnote too, with CRLF line ends',
      text: p('the report,[^1]').replace(/\n/g, '\r\n') + '\r\n[^1]: A/C3/73/328.\r\n',
      errors: [{ line: 12, column: 9, messageId: 'missingStop' }],
      output: p('the report,[^1]').replace(/\n/g, '\r\n') + '\r\n[^1]: A/C.3/73/328.\r\n',
    },
  ],
});

describe('symbol scanner', () => {
  it('reads a joint symbol joined by a hyphen as two symbols, and a symbol in parentheses', () => {
    assert.deepEqual(scanSymbols('See A/67/828-S/2013/210 (A/73/328).').map((t) => t.text), ['A/67/828', 'S/2013/210', 'A/73/328']);
  });
  it('stops at sentence punctuation and keeps a star and a part', () => {
    assert.deepEqual(scanSymbols('S/2002/914*, A/62/433 (Part II); A/RES/73/331.').map((t) => t.text), ['S/2002/914*', 'A/62/433 (Part II)', 'A/RES/73/331']);
  });
  it('is linear: four times the adversarial text takes about four times as long, not sixteen', () => {
    const attack = (n: number) => `${'A/'.repeat(n)}x ${'ABCDEFG/'.repeat(n / 4)}${'A/C3 '.repeat(n / 4)}${'A/73/L. 1'.repeat(n / 8)}`;
    const time = (text: string) => {
      const t0 = performance.now();
      scanSymbols(text);
      return performance.now() - t0;
    };
    time(attack(10_000));
    // The fastest of three runs: a run the machine's other load preempted says nothing of the
    // scanner. Both sizes make more tokens than the young generation holds (up to some 100,000
    // characters they all die young, and a 4× text that crosses that line took 10–19 times as
    // long from the collector alone, in the full unit run under load, while the scan stayed linear).
    const fastest = (text: string) => Math.min(...Array.from({ length: 3 }, () => time(text)));
    const small = fastest(attack(200_000));
    const large = fastest(attack(800_000));
    assert.ok(large < small * 8 + 50, `${small.toFixed(1)} ms for 1×, ${large.toFixed(1)} ms for 4×`);
  });
});

describe('symbol-format docs', () => docExamples(symbolFormat));
