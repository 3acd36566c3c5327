/**
 * Reading a file with a size limit, for the command line and the language server: a workspace
 * is someone else's data, and a path in it (a draft, `.unresrc.json`, an `extends`) may name a
 * device (`/dev/zero` never ends), a named pipe (opening one waits for a writer) or a socket.
 * The file is opened without waiting, its kind checked on the open descriptor (no race between a
 * check and the read), and no more than `max` bytes are ever read.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';

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
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  let pipe = false;
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new ReadFileError('directory', `${file} is a folder`, 0);
    const stream = st.isFIFO() || st.isCharacterDevice();
    if (!st.isFile() && !(stream && options.streams)) throw new ReadFileError('not-regular', `${file} is not a regular file`, 0);
    if (st.isFile() && st.size > options.max) throw new ReadFileError('too-large', `${file} is larger than ${options.max} bytes`, st.size);
    pipe = st.isFIFO();
    if (!pipe) return readAll(fd, options.max, file);
  } finally {
    closeSync(fd);
  }
  // A named pipe named on purpose: opened again, waiting for its writer as `cat` does (opened
  // without waiting, it reads as empty until a writer comes, and a late writer then blocks).
  const wait = openSync(file, constants.O_RDONLY);
  try {
    return readAll(wait, options.max, file);
  } finally {
    closeSync(wait);
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
