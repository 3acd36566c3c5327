/**
 * Reading a file with a size limit, for the command line and the language server: a workspace
 * is someone else's data, and a path in it (a draft, `.unresrc.json`, an `extends`) may name a
 * device (`/dev/zero` never ends), a named pipe (opening one waits for a writer) or a socket.
 * A file is opened without waiting, its kind checked on the open descriptor (no race between a
 * check and the read); a named pipe, known from its path, is opened once, waiting for its writer
 * (only where streams may be read); no more than `max` bytes are ever read.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync } from 'node:fs';

/** The most a configuration file (`.unresrc.json`, what it extends) may hold: settings are small. */
export const MAX_CONFIG_BYTES = 1_000_000;

/** Why a file was not read: `code` says which case, for callers that word their own message. */
export class ReadFileError extends Error {
  constructor(
    readonly code: 'not-regular' | 'too-large' | 'directory',
    message: string,
    /** The size of the file, or how much was read before giving up. */
    readonly size: number,
    /** Whether it was read as a stream (a pipe, a device, standard input), whose size is not known before. */
    readonly streamed = false,
  ) {
    super(message);
  }
}

export interface ReadOptions {
  /** The most bytes read; a longer file is refused with `too-large`. */
  readonly max: number;
  /**
   * Whether a named pipe or a character device (`/dev/stdin`, `<(…)` of a shell) may be read,
   * up to `max` bytes; otherwise only regular files are. Sockets and the like never are.
   */
  readonly streams?: boolean;
}

/**
 * The bytes of `file`. Throws ReadFileError when it is not a file that may be read or is longer
 * than `max`, and the system's error (ENOENT, EACCES …) when it cannot be opened or read.
 */
export function readFileLimited(file: string, options: ReadOptions): Buffer {
  // A socket cannot be opened at all (ENXIO), and a named pipe must be opened only once: said from
  // the path first. (Opened without waiting, then closed and opened again to wait for its writer,
  // a pipe would lose what a writer already waiting wrote in between, and the second open would
  // then wait for a writer that never comes.)
  let before: ReturnType<typeof statSync> | undefined;
  try {
    before = statSync(file);
  } catch {
    // Not there or not reachable: the open below says why, in the system's words.
  }
  if (before?.isSocket()) throw new ReadFileError('not-regular', `${file} is a socket`, 0);
  if (before?.isFIFO()) {
    if (!options.streams) throw new ReadFileError('not-regular', `${file} is not a regular file`, 0);
    // A named pipe named on purpose: opened waiting for its writer, as `cat` does.
    const pipe = openSync(file, constants.O_RDONLY);
    try {
      if (!fstatSync(pipe).isFIFO()) throw new ReadFileError('not-regular', `${file} changed while it was opened`, 0);
      return readAll(pipe, options.max, file);
    } finally {
      closeSync(pipe);
    }
  }
  // Anything else is opened without waiting, and its kind checked on the open descriptor, with no
  // race between the check and the read. (A path replaced by a pipe since the check above is
  // refused: opened without waiting, it would read as empty until a writer came.)
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new ReadFileError('directory', `${file} is a folder`, 0);
    const device = st.isCharacterDevice();
    if (!st.isFile() && !(device && options.streams)) throw new ReadFileError('not-regular', `${file} is not a regular file`, 0);
    if (st.isFile() && st.size > options.max) throw new ReadFileError('too-large', `${file} is larger than ${options.max} bytes`, st.size);
    return readAll(fd, options.max, file);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads an open descriptor (a file, a pipe, standard input) until its end or until more than
 * `max` bytes came (then throws `too-large`); `name` says what it is in that error.
 */
export function readAll(fd: number, max: number, name: string): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const buffer = Buffer.alloc(65536);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, buffer, 0, buffer.length, null);
    } catch (e) {
      // A pipe opened without waiting has nothing yet: wait a moment for its writer.
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      // Standard input at its end on Windows.
      if (code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    total += n;
    if (total > max) throw new ReadFileError('too-large', `${name} is larger than ${max} bytes`, total, true);
    chunks.push(Buffer.from(buffer.subarray(0, n)));
  }
  return Buffer.concat(chunks, total);
}

/**
 * Whether a path that could not be opened for want of a file (ENOENT) is a link to nothing: a
 * configuration file that is such a link is a mistake to report (a shared configuration not checked
 * out), not the absence of one.
 */
export function isDanglingLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
