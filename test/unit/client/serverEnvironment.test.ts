/** The environment the extension starts the language server with (client/src/serverEnvironment.ts). */
import assert from 'node:assert/strict';
import { SERVER_MALLOC_SETTINGS, serverEnvironment } from '../../../client/src/serverEnvironment';

describe('the language server environment (serverEnvironment)', () => {
  it('adds the allocator settings the editor does not set', () => {
    assert.deepEqual(serverEnvironment({ PATH: '/usr/bin' }), { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072' });
    assert.deepEqual(Object.keys(SERVER_MALLOC_SETTINGS).sort(), ['MALLOC_ARENA_MAX', 'MALLOC_MMAP_THRESHOLD_']);
  });

  it("leaves a variable the user set as it is, even an empty one, and never repeats the editor's others", () => {
    assert.deepEqual(serverEnvironment({ MALLOC_ARENA_MAX: '8', HOME: '/home/d' }), { MALLOC_MMAP_THRESHOLD_: '131072' });
    assert.deepEqual(serverEnvironment({ MALLOC_ARENA_MAX: '', MALLOC_MMAP_THRESHOLD_: '65536' }), {});
  });

  it('leaves a setting the user gave as a glibc tunable', () => {
    assert.deepEqual(serverEnvironment({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=4:glibc.malloc.tcache_count=0' }), { MALLOC_MMAP_THRESHOLD_: '131072' });
    assert.deepEqual(serverEnvironment({ GLIBC_TUNABLES: 'glibc.malloc.mmap_threshold=65536' }), { MALLOC_ARENA_MAX: '2' });
    assert.deepEqual(serverEnvironment({ GLIBC_TUNABLES: 'glibc.malloc.trim_threshold=0' }), { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072' });
  });
});
