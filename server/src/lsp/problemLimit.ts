/**
 * The most problems the language server sends for one draft (`unres.maxNumberOfProblems`). A text
 * that is not a resolution (a whole report pasted into a draft, a file renamed to `.unres`) can
 * have hundreds of thousands: sent whole, their messages took the server to 1.1 GB and 7.7 s for
 * the 300,000 problems of a 4.8 MB draft, most of it in making and writing the protocol's copy,
 * and an editor slows down under that many markers. Over the limit, the errors come first, then the
 * warnings, the information and the hints, each in document order, and one more diagnostic says
 * how many there are. `unres lint` always reports them all.
 */
import type { Severity } from '../core/rules/types';

/** The limit when the setting is absent or not a positive whole number. */
export const DEFAULT_MAX_PROBLEMS = 10_000;

/** `maxNumberOfProblems` from the raw `unres` settings of the editor: a whole number of at least 1, else the default. */
export function maxProblemsOf(raw: unknown): number {
  const value = raw !== null && typeof raw === 'object' ? (raw as { maxNumberOfProblems?: unknown }).maxNumberOfProblems : undefined;
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : DEFAULT_MAX_PROBLEMS;
}

const RANK: Readonly<Record<Exclude<Severity, 'off'>, number>> = { error: 0, warning: 1, info: 2, hint: 3 };

/**
 * At most `max` of `found`, the most severe first, in their order (`found` as it is when it has no
 * more than `max`). Linear: the problems of each severity are counted, then taken in one pass.
 */
export function limitProblems<T extends { readonly severity: Exclude<Severity, 'off'> }>(found: readonly T[], max: number): readonly T[] {
  if (found.length <= max) return found;
  const counts = [0, 0, 0, 0];
  for (const d of found) counts[RANK[d.severity]]++;
  // Every problem of a rank below `cut` is taken, and the first `room` of rank `cut`.
  let cut = 0;
  let room = max;
  while (cut < counts.length && counts[cut] <= room) room -= counts[cut++];
  const shown: T[] = [];
  for (const d of found) {
    const rank = RANK[d.severity];
    if (rank < cut) shown.push(d);
    else if (rank === cut && room > 0) {
      shown.push(d);
      room--;
    }
  }
  return shown;
}

/** The message of the diagnostic that stands for the problems not sent. */
export function limitMessage(total: number, max: number): string {
  const n = (x: number) => x.toLocaleString('en');
  return `unres found ${n(total)} problems in this draft and shows ${n(max)}, the most severe first. Raise the setting unres.maxNumberOfProblems to see more; \`unres lint\` lists them all.`;
}
