/**
 * Every position feature at EVERY position of real drafts (issue 8: "hover, completion, symbols,
 * folding and code actions never throw at any position"): each character of each line, the line's
 * end and one past it, and a line past the last. The property tests try a few positions of each
 * of thousands of generated drafts; this tries all of them on the seed draft, the example
 * resolution and the fixtures, whose constructs are the real ones.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createLanguageService } from '../../../server/src/core/languageService';
import { assertRangesInside, positionFeatures } from '../../property/properties';

const drafts: [string, URL][] = [
  ['the seed draft', new URL('../../../../shared/examples/A-73-L.103.unres', import.meta.url)],
  ['the example resolution', new URL('../../../../shared/examples/A-RES-73-331.unres', import.meta.url)],
  ['the faulty fixture', new URL('../../fixtures/faulty.unres', import.meta.url)],
  ['the structure-rules fixture', new URL('../../fixtures/structure-rules.unres', import.meta.url)],
];

describe('position features at every position', function () {
  this.timeout(300_000);
  for (const [name, url] of drafts) {
    it(`never throw and give ranges inside: ${name}`, () => {
      const errors: string[] = [];
      const service = createLanguageService({ logger: { error: (m) => errors.push(m) } });
      const text = readFileSync(url, 'utf8');
      const document = { uri: `file:///every/${name}.unres`, version: 1, getText: () => text };
      const model = service.getModel(document);
      let calls = 0;
      const positions = model.lines.flatMap((l, line) => Array.from({ length: l.end - l.start + 2 }, (_, character) => ({ line, character })));
      positions.push({ line: model.lines.length, character: 0 });
      for (const position of positions) {
        for (const [feature, call] of Object.entries(positionFeatures)) {
          let result: unknown;
          try {
            result = call(service, document, position);
          } catch (e) {
            assert.fail(`${feature} at ${JSON.stringify(position)} threw: ${e instanceof Error ? e.stack : String(e)}`);
          }
          assertRangesInside(result, model, `${feature} at ${JSON.stringify(position)}`);
          calls++;
        }
      }
      assert.deepEqual(errors, [], 'no rule failed');
      assert.ok(calls >= positions.length * 13, `${calls} calls`);
    });
  }
});
