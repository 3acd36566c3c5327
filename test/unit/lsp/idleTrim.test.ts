/**
 * The idle trim of the language server (server/src/lsp/idleTrim.ts): once nothing has come from
 * the client for a while, only the draft used last keeps its model and its text as a string.
 */
import assert from 'node:assert/strict';
import { CompactDocumentStore } from '../../../server/src/lsp/compactDocuments';
import { IdleTrimmer, trimIdle, type RefreshableTimer } from '../../../server/src/lsp/idleTrim';

const big = (seed: number) => Array.from({ length: 2000 }, (_, i) => `${i + seed}. _Decides_ paragraph ${i} – “quoted”\n`).join('');

describe('the idle trim of the language server', () => {
  it('runs once the delay has passed without activity, each message starting the delay again', () => {
    const timers: { run: () => void; ms: number; refreshed: number; cancelled: boolean }[] = [];
    let trims = 0;
    const trimmer = new IdleTrimmer(
      10_000,
      () => trims++,
      (run, ms) => {
        const t = { run, ms, refreshed: 0, cancelled: false };
        timers.push(t);
        return { refresh: () => t.refreshed++ } satisfies RefreshableTimer;
      },
      () => {
        timers[timers.length - 1].cancelled = true;
      },
    );
    trimmer.activity();
    trimmer.activity();
    trimmer.activity();
    assert.equal(timers.length, 1, 'one timer for a burst of messages');
    assert.equal(timers[0].ms, 10_000);
    assert.equal(timers[0].refreshed, 2, 'each later message starts the delay again');
    assert.equal(trims, 0);
    timers[0].run();
    assert.equal(trims, 1);
    trimmer.activity();
    assert.equal(timers.length, 2, 'activity after a trim waits for the next one');
    trimmer.dispose();
    assert.equal(timers[1].cancelled, true);
  });

  it('lets go of the models of the drafts used since the last trim but the last, and packs their texts', () => {
    const store = new CompactDocumentStore(4);
    const docs = [0, 1, 2].map((i) => store.configuration.create(`file:///d${i}.unres`, 'unres', 1, big(i)));
    const small = store.configuration.create('file:///s.unres', 'unres', 1, 'The General Assembly,\n');
    for (const d of [...docs, small, docs[1]]) d.getText();
    const forgotten: string[] = [];
    const service = { forget: (uri: string) => void forgotten.push(uri) };
    assert.equal(store.unpackedCount, 3);

    assert.equal(trimIdle(store, service), 3);
    assert.deepEqual(forgotten.sort(), ['file:///d0.unres', 'file:///d2.unres', 'file:///s.unres'], 'all but the draft used last (d1)');
    assert.deepEqual(docs.map((d) => d.isPacked), [true, false, true], 'the texts of the others are packed');
    assert.equal(store.unpackedCount, 1);

    // Nothing used since: nothing more to let go of.
    forgotten.length = 0;
    assert.equal(trimIdle(store, service), 0);
    assert.deepEqual(forgotten, []);

    // d2 used again: the kept d1 now gives up its model, and every text still reads as it was.
    assert.equal(docs[2].getText(), big(2));
    assert.equal(trimIdle(store, service), 1);
    assert.deepEqual(forgotten, ['file:///d1.unres']);
    assert.deepEqual(docs.map((d) => d.isPacked), [true, true, false]);
    assert.deepEqual(docs.map((d) => d.getText()), [big(0), big(1), big(2)]);

    // A closed draft is not forgotten twice (the server forgot it when it closed).
    forgotten.length = 0;
    store.release(docs[0]);
    docs[1].getText();
    assert.equal(trimIdle(store, service), 1);
    assert.deepEqual(forgotten, ['file:///d2.unres']);
  });
});
