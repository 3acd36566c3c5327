/**
 * The environment the extension starts the language server with: the editor's own, plus two
 * settings of glibc's allocator (Linux; other C libraries and systems ignore them) that let a
 * long-running server give memory back. A server holding a hundred large drafts settled at about
 * 76 MB of RSS without them and 68–69 MB with them (the benchmark's footprint section, README):
 *
 * - `MALLOC_ARENA_MAX=2`: the engine's background threads (compiler, collector) share two
 *   allocator arenas instead of one each, whose freed memory glibc keeps.
 * - `MALLOC_MMAP_THRESHOLD_=131072`: blocks of 128 kB and more (the buffers of a draft's
 *   messages, the deflate state of a packed draft) are always mapped on their own and unmapped when
 *   freed; by default glibc raises that threshold after the first such block is freed, and later
 *   ones stay in the heap as holes it cannot return.
 *
 * A variable the user has set is left as it is. No file of this module imports `vscode`: the
 * benchmark starts the server with the same environment.
 */
export const SERVER_MALLOC_SETTINGS: Readonly<Record<string, string>> = {
  MALLOC_ARENA_MAX: '2',
  MALLOC_MMAP_THRESHOLD_: '131072',
};

/** The tunable of `GLIBC_TUNABLES` that sets what each variable sets (glibc 2.26 and later). */
const TUNABLES: Readonly<Record<string, string>> = {
  MALLOC_ARENA_MAX: 'glibc.malloc.arena_max',
  MALLOC_MMAP_THRESHOLD_: 'glibc.malloc.mmap_threshold',
};

/**
 * The variables to add to `env` for the server: the settings above that `env` does not set, either
 * as that variable or as the same tunable in `GLIBC_TUNABLES`.
 */
export function serverEnvironment(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const tunables = env.GLIBC_TUNABLES ?? '';
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(SERVER_MALLOC_SETTINGS)) if (env[key] === undefined && !tunables.includes(`${TUNABLES[key]}=`)) out[key] = value;
  return out;
}
