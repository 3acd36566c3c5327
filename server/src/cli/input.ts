/** Reading drafts from disk and standard input, with a one-line reason for every file that cannot be linted. */
import { readFileSync, readSync, statSync } from 'node:fs';

/** Larger files are refused: the longest omnibus resolutions are about 1 MB. */
export const MAX_BYTES = 10_000_000;

/** A file the CLI could not lint, with a one-line reason. */
export class InputError extends Error {}

/** A decoded draft and what is needed to write it back byte for byte. */
export interface Draft {
  /** The text without a byte-order mark (the core sees what an editor shows). */
  readonly text: string;
  /** Whether the file started with a UTF-8 byte-order mark. */
  readonly bom: boolean;
}

/** Reads a draft from disk; throws InputError with a one-line reason. */
export function readDraft(file: string): Draft {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new InputError('is a directory; pass .unres files');
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file; check the path' : code === 'EACCES' ? 'permission denied; make the file readable' : `cannot read the file (${code ?? String(e)}); check that it is a readable file`);
  }
  if (size > MAX_BYTES) throw new InputError(tooLarge(size));
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'EACCES' ? 'permission denied; make the file readable' : `cannot read the file (${code ?? String(e)}); check that it is a readable file`);
  }
  return decodeDraft(bytes);
}

/** Reads all of standard input as a draft; throws InputError with a one-line reason. */
export function readStdin(): Draft {
  const chunks: Buffer[] = [];
  let total = 0;
  const buf = Buffer.alloc(65536);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        // A non-blocking standard input with nothing yet: wait a moment for the writer.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      if (code === 'EOF') break;
      throw new InputError(`cannot read standard input (${code ?? String(e)})`);
    }
    if (n === 0) break;
    total += n;
    if (total > MAX_BYTES) throw new InputError(tooLarge(total));
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
  return decodeDraft(Buffer.concat(chunks));
}

/** Checks and decodes the bytes of a draft. */
export function decodeDraft(bytes: Uint8Array): Draft {
  if (bytes.length === 0) throw new InputError('the file is empty; write a draft or leave the file out');
  if (bytes.length > MAX_BYTES) throw new InputError(tooLarge(bytes.length));
  if (bytes.includes(0)) throw new InputError('the file contains NUL bytes: it is binary, not a text draft; pass .unres text files');
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    // The decoder drops a UTF-8 byte-order mark, as editors do, so columns match the editor.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), bom };
  } catch {
    throw new InputError('the file is not valid UTF-8; save it as UTF-8');
  }
}

function tooLarge(size: number): string {
  return `the file is ${(size / 1e6).toFixed(1)} MB; drafts larger than ${MAX_BYTES / 1e6} MB are not linted, split it`;
}
