/**
 * What the language server lets go of once it has been idle a while: the parsed models and the
 * plain texts of the drafts not in use. A drafter may keep a hundred drafts open; while they type
 * in one, the few used last are kept ready (see `CompactDocumentStore` and the service's
 * `maxModels`), but once nothing has come from the editor for a while, only the draft used last
 * keeps its model and its text as a string. A draft used again is read back and parsed in
 * milliseconds; its first lint after that is a whole one instead of a re-check of the paragraphs
 * edited.
 */
import type { CompactDocumentStore } from './compactDocuments';

/** A timer that can be started again from now (Node's `Timeout`). */
export interface RefreshableTimer {
  refresh(): unknown;
  unref?(): unknown;
}

/** Calls `trim` once `delayMs` have passed without `activity`. */
export class IdleTrimmer {
  private timer: RefreshableTimer | undefined;

  constructor(
    private readonly delayMs: number,
    private readonly trim: () => void,
    private readonly schedule: (run: () => void, ms: number) => RefreshableTimer = setTimeout,
    private readonly cancel: (timer: RefreshableTimer) => void = (t) => clearTimeout(t as ReturnType<typeof setTimeout>),
  ) {}

  /** A message came from the client: the idle time starts again (cheap: called for every message). */
  activity(): void {
    if (this.timer) {
      this.timer.refresh();
      return;
    }
    this.timer = this.schedule(() => {
      this.timer = undefined;
      this.trim();
    }, this.delayMs);
    // Never what keeps the process alive.
    this.timer.unref?.();
  }

  dispose(): void {
    if (this.timer) this.cancel(this.timer);
    this.timer = undefined;
  }
}

/**
 * Lets go of the models of the drafts used since the last trim, but the one used last, and packs
 * their texts (the others gave theirs up at an earlier trim, or never had one). Returns how many
 * drafts gave up their model.
 */
export function trimIdle(store: CompactDocumentStore, service: { forget(uri: string): void }): number {
  const keep = store.lastUsed;
  const used = store.takeUsed(keep);
  for (const d of used) service.forget(d.uri);
  store.packAllBut(keep);
  return used.length;
}
