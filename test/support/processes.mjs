// Cleanup for the launchers of a real VS Code (test/e2e/run.mjs, scripts/screenshot.mjs): the
// workbenches they start and their temp folders go away once, whether the script ends normally or is
// stopped by SIGINT, SIGTERM or SIGHUP (then it exits with 128 + the signal number).
import * as fs from 'node:fs';

const SIGNALS = [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]];

/**
 * Creates the cleanup of a launcher whose messages start with `label`. `add(task)` registers an
 * async task and returns a function that runs it now (each task runs at most once); `run()` runs every
 * task not run yet, the last added first, and resolves when all are done (a failing task is reported,
 * the others still run). The signal handlers are installed here.
 */
export function createCleanup(label) {
  const tasks = [];
  let running;
  const run = () => {
    running ??= (async () => {
      while (tasks.length > 0) await tasks.pop()();
    })();
    return running;
  };
  for (const [signal, code] of SIGNALS) {
    process.on(signal, () => {
      console.error(`${label}: ${signal}, stopping`);
      run().finally(() => process.exit(code));
    });
  }
  const add = (task) => {
    let done;
    const once = () => {
      done ??= Promise.resolve()
        .then(task)
        .catch((e) => console.error(`${label}: cleanup failed: ${e?.message ?? e}`));
      return done;
    };
    tasks.push(once);
    return once;
  };
  return { add, run };
}

/**
 * A cleanup task for a temp folder: removes it, or, when `keep()` says so, leaves it and logs where it
 * is with `log`.
 */
export function removeFolder(folder, { keep = () => false, log = console.log } = {}) {
  return () => {
    if (keep()) {
      log(`kept ${folder}`);
    } else {
      fs.rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
    }
  };
}
