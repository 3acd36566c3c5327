/** Reading drafts from disk and standard input, with a one-line reason for every file that cannot be linted. */
import { ReadFileError, readAll, readFileLimited } from '../shared/readFile';

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
  let bytes: Buffer;
  try {
    // A named pipe or a device (`/dev/stdin`, a shell's `<(…)`) is read too, never past the limit.
    bytes = readFileLimited(file, { max: MAX_BYTES, streams: true });
  } catch (e) {
    if (e instanceof ReadFileError) {
      throw new InputError(e.code === 'too-large' ? tooLarge(e) : e.code === 'directory' ? 'is a directory; pass .unres files' : 'is not a file (a socket or the like); pass .unres files');
    }
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file; check the path' : code === 'EACCES' ? 'permission denied; make the file readable' : `cannot read the file (${code ?? String(e)}); check that it is a readable file`);
  }
  return decodeDraft(bytes);
}

/** Reads all of standard input as a draft; throws InputError with a one-line reason. */
export function readStdin(): Draft {
  let bytes: Buffer;
  try {
    bytes = readAll(0, MAX_BYTES, 'standard input');
  } catch (e) {
    if (e instanceof ReadFileError) throw new InputError(tooLarge(e));
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new InputError('standard input is a folder, not a draft; pass the folder as an argument (`unres lint FOLDER`) or redirect a file (`unres lint - < draft.unres`)');
    throw new InputError(`cannot read standard input (${code ?? String(e)})`);
  }
  return decodeDraft(bytes);
}

/** Checks and decodes the bytes of a draft. */
export function decodeDraft(bytes: Uint8Array): Draft {
  if (bytes.length === 0) throw new InputError('the file is empty; write a draft or leave the file out');
  if (bytes.length > MAX_BYTES) throw new InputError(tooLarge({ size: bytes.length, streamed: false }));
  if (bytes.includes(0) || hasUtf16Bom(bytes)) throw new InputError(isUtf16(bytes) ? 'the file is UTF-16; save it as UTF-8' : 'the file contains NUL bytes: it is binary, not a text draft; pass .unres text files');
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    // The decoder drops a UTF-8 byte-order mark, as editors do, so columns match the editor.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), bom };
  } catch {
    throw new InputError('the file is not valid UTF-8; save it as UTF-8');
  }
}

/**
 * Whether the bytes look like UTF-16: a UTF-16 byte-order mark (FF FE or FE FF), or NUL bytes in
 * every other byte (most of the text is Latin, whose UTF-16 code units have a zero byte).
 */
function isUtf16(bytes: Uint8Array): boolean {
  if (hasUtf16Bom(bytes)) return true;
  if (bytes.length < 2 || bytes.length % 2 !== 0) return false;
  // Count the NULs at even and at odd offsets: UTF-16 has them on one side only.
  const zeros = [0, 0];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) zeros[i % 2]++;
  const half = bytes.length / 2;
  const [many, few] = zeros[0] >= zeros[1] ? zeros : [zeros[1], zeros[0]];
  return many >= half * 0.9 && few === 0;
}

/** FF FE or FE FF: never the start of UTF-8 text. */
function hasUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

function tooLarge(e: { readonly size: number; readonly streamed: boolean }): string {
  // Read as a stream (a device such as /dev/urandom, a pipe): its size is only what was read.
  if (e.streamed) return `it gave more than ${MAX_BYTES / 1e6} MB without ending (a device or a stream?); drafts larger than ${MAX_BYTES / 1e6} MB are not linted`;
  return `the file is ${(e.size / 1e6).toFixed(1)} MB; drafts larger than ${MAX_BYTES / 1e6} MB are not linted, split it`;
}
