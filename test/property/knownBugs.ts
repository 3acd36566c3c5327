/**
 * Properties that fail today because of a bug in the core, by check name (see `properties.ts`).
 * The property tests skip them (`it.skip`) and the fuzz leaves them out unless `--all` is given.
 * When a bug is fixed, delete its line: the test and the fuzz check it again.
 */
export const KNOWN_BUGS: Readonly<Record<string, string>> = {};

/**
 * Failures tolerated inside a check that otherwise runs: a failure whose message matches `when` is
 * a known bug (counted and shown, not failed); any other failure of the check still fails.
 */
export const KNOWN_FAILURES: Readonly<Record<string, readonly { readonly bug: string; readonly when: RegExp }[]>> = {};

/** The tolerated known failure that a check's failure message shows, if any. */
export function knownFailure(check: string, message: string): string | undefined {
  return KNOWN_FAILURES[check]?.find((k) => k.when.test(message))?.bug;
}

/** Adversarial inputs (see `timeBounds.test.ts`) on which lint time grows super-linearly today. */
export const KNOWN_SLOW: Readonly<Record<string, string>> = {};
