/**
 * The plain-text form of completion snippets (server/src/lsp/plainSnippet.ts) for clients without
 * snippet support: the same result as the patterns it replaces, in linear time.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { plainSnippet } from '../../server/src/lsp/plainSnippet';

/** What the server did before: correct, but quadratic on many unclosed `${1:`. */
function reference(text: string): string {
  return text.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
}

describe('plainSnippet (completion templates for clients without snippets)', () => {
  it('turns placeholders into their text and drops tab stops', () => {
    assert.equal(plainSnippet('Agenda item ${1:number}'), 'Agenda item number');
    assert.equal(plainSnippet('${1:_Decides_} to ${2:act}$0'), '_Decides_ to act');
    assert.equal(plainSnippet('a$1b$12c'), 'abc');
    assert.equal(plainSnippet('${1:}x'), 'x');
    assert.equal(plainSnippet('${1:a$2b}'), 'ab');
    assert.equal(plainSnippet('${:x} ${a:x} ${1x} ${1:open'), '${:x} ${a:x} ${1x} ${1:open');
    assert.equal(plainSnippet('${1:${2:inner}}'), '${2:inner}');
    assert.equal(plainSnippet('$${1:a}}'), '$a}');
    assert.equal(plainSnippet(''), '');
  });

  it('agrees with the patterns it replaces on random templates', () => {
    const piece = fc.constantFrom('${', '$', '{', '}', ':', '1', '23', 'a', ' ', '\n', '_', '$0', '${1:', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), (text) => {
        assert.equal(plainSnippet(text), reference(text));
      }),
      { seed: 20260806, numRuns: 20_000 },
    );
  });

  it('takes linear time on 200,000 unclosed placeholders and on long digit runs', () => {
    for (const unit of ['${1:', '${1', `\${${'9'.repeat(50)}`, '$$$${{{']) {
      const time = (n: number) => {
        const text = unit.repeat(n);
        const start = process.hrtime.bigint();
        plainSnippet(text);
        return Number(process.hrtime.bigint() - start) / 1e6;
      };
      time(20_000); // warm-up
      const small = Math.max(time(100_000), 1);
      const big = time(200_000);
      assert.ok(big < small * 6 + 20, `${JSON.stringify(unit)}: ${small.toFixed(1)} ms for 100,000, ${big.toFixed(1)} ms for 200,000`);
    }
  });
});
