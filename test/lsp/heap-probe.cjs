// Preloaded into the bundled server by the memory tests of abuse.test.ts
// (`node --expose-gc --require heap-probe.cjs dist/server.js --stdio`). On SIGUSR2 it collects all
// the garbage it can and writes one line on stderr, `unres-heap {"live":…,"rss":…}` in bytes,
// where `live` is the JavaScript heap in use plus the memory of buffers outside it.
//
// Why not RSS alone: the collector and the allocator give pages back to the system when they
// like (CI saw 169 → 373 MB with no leak). Why a heap snapshot and not only `gc()`: after `gc()`,
// V8 still kept the last 41 MB response and its objects (300 MB for a 10 MB draft) alive; the
// collection that precedes a heap snapshot (the one V8 runs when memory runs short) frees them,
// so they are not held by the server. The snapshot is read and dropped; it is small once the
// garbage is gone.
'use strict';
const v8 = require('node:v8');

process.on('SIGUSR2', () => {
  const snapshot = v8.getHeapSnapshot();
  snapshot.resume();
  snapshot.on('end', () => {
    // The snapshot's own chunks are garbage now.
    globalThis.gc({ type: 'major', execution: 'sync' });
    const m = process.memoryUsage();
    process.stderr.write(`unres-heap ${JSON.stringify({ live: m.heapUsed + m.external, rss: m.rss })}\n`);
  });
});
