/**
 * The `unres` command line (the `bin` of the package, bundled as dist/cli.js). A thin consumer of
 * the core's language service; see `run` for the commands and server/docs/cli.md for the reference.
 */
import { run } from './run';

export { run };

if (require.main === module) {
  // A closed pipe (`unres lint … | head`) ends the output quietly; any other failure to write the
  // report (a full disk, a closed descriptor) says so and exits 2, as `--output` does: a CI job must
  // not pass with its report lost.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`unres: cannot write to standard output (${e.code ?? e.message}); check where it goes, or use --output FILE\n`);
    process.exit(2);
  });
  // A closed standard error (its reader gone) leaves nowhere to say anything: the exit code of the
  // run stands (else the write's uncaught EPIPE would turn an exit code 2 into 1).
  process.stderr.on('error', () => {});
  const internalError = (e: unknown) => {
    // Never a stack trace for the user: one line, and the exit code of input errors.
    process.stderr.write(`unres: internal error: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}; please report it with the command you ran\n`);
    process.exitCode = 2;
  };
  const [command, ...rest] = process.argv.slice(2);
  if (command === 'import' || command === 'export') {
    // Loaded only for these commands, from their own bundle (dist/cli-word.js, see esbuild.mjs):
    // the Word libraries stay out of `unres lint`'s start-up.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const commands = require('./cli-word.js') as typeof import('./importExport');
    const io = { cwd: process.cwd(), stdout: (t: string) => void process.stdout.write(t), stderr: (t: string) => void process.stderr.write(t), stdoutBytes: (b: Uint8Array) => void process.stdout.write(b) };
    (command === 'import' ? commands.runImport(rest, io) : commands.runExport(rest, io)).then((code) => {
      process.exitCode = code;
    }, internalError);
  } else {
    try {
      process.exitCode = run(process.argv.slice(2));
    } catch (e) {
      internalError(e);
    }
  }
}
