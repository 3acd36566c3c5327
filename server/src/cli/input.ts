/** Reading drafts from disk and standard input, with a one-line reason for every file that cannot be linted. */
import { decodeUtf8, firstInvalidLine, hasUtf16Bom, isBlank, isUtf16, isZip } from '../shared/encoding';
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
    throw new InputError(openFailure(file, (e as NodeJS.ErrnoException).code ?? String(e)));
  }
  return decodeDraft(bytes);
}

/** The one line for a draft that could not be opened or read. */
function openFailure(file: string, code: string): string {
  // Found by a folder's walk or a glob, its name read as UTF-8 with a replacement character: the
  // name on disk has bytes that are not UTF-8, and the name as read does not open it.
  if (code === 'ENOENT' && file.includes('\ufffd')) return 'cannot be opened: its name is not valid UTF-8 (shown with \ufffd); rename the file';
  if (code === 'ENOENT') return 'no such file; check the path';
  if (code === 'EACCES') return 'permission denied; make the file readable';
  if (code === 'ENXIO') return 'is not a file that can be read (a device or a socket); pass .unres files';
  return `cannot read the file (${code}); check that it is a readable file`;
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
  if (isZip(bytes)) throw new InputError('the file is a zip archive (a Word document?), not a text draft: turn it into one with `unres import`, then lint the .unres draft');
  if (bytes.includes(0) || hasUtf16Bom(bytes)) throw new InputError(isUtf16(bytes) ? 'the file is UTF-16; save it as UTF-8' : 'the file contains NUL bytes: it is binary, not a text draft; pass .unres text files');
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  // The decoder drops a UTF-8 byte-order mark, as editors do, so columns match the editor.
  const text = decodeUtf8(bytes);
  if (text === undefined) throw new InputError(`the file is not valid UTF-8 (${firstInvalidLine(bytes)}); save it as UTF-8, or turn a Windows-1252 ("ANSI") text into a draft with \`unres import\``);
  // Nothing but a byte-order mark (what Notepad saves for an empty document) or white space: as
  // empty as a file of no bytes, and as much a mistake in a pull request.
  if (isBlank(text)) throw new InputError('the file is empty (nothing but white space); write a draft or leave the file out');
  return { text, bom };
}

function tooLarge(e: { readonly size: number; readonly streamed: boolean }): string {
  // Read as a stream (a device such as /dev/urandom, a pipe): its size is only what was read.
  if (e.streamed) return `it gave more than ${MAX_BYTES / 1e6} MB without ending (a device or a stream?); drafts larger than ${MAX_BYTES / 1e6} MB are not linted`;
  return `the file is ${(e.size / 1e6).toFixed(1)} MB; drafts larger than ${MAX_BYTES / 1e6} MB are not linted, split it`;
}
