/**
 * How the bytes of a text file are encoded, where it is not UTF-8: the command line refuses a
 * UTF-16 draft or configuration with the advice to save it as UTF-8, and `unres import` reads
 * UTF-16 text (what Word saves as "Unicode" plain text).
 */

/** `PK\x03\x04`: a zip archive, such as a .docx file. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** FF FE or FE FF: never the start of UTF-8 text. */
export function hasUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/**
 * Whether the bytes look like UTF-16: a UTF-16 byte-order mark (FF FE or FE FF), or NUL bytes in
 * every other byte (most of the text is Latin, whose UTF-16 code units have a zero byte).
 */
export function isUtf16(bytes: Uint8Array): boolean {
  if (hasUtf16Bom(bytes)) return true;
  if (bytes.length < 2 || bytes.length % 2 !== 0) return false;
  // Count the NULs at even and at odd offsets: UTF-16 has them on one side only.
  const zeros = [0, 0];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) zeros[i % 2]++;
  const half = bytes.length / 2;
  const [many, few] = zeros[0] >= zeros[1] ? zeros : [zeros[1], zeros[0]];
  return many >= half * 0.9 && few === 0;
}

/**
 * Decodes UTF-16 text (`isUtf16` said so): the byte-order mark decides the byte order and is
 * dropped (by the decoder); without one, the side of the zero bytes does (little-endian: zeros at odd offsets).
 * Returns undefined when the bytes are not well-formed UTF-16.
 */
export function decodeUtf16(bytes: Uint8Array): string | undefined {
  let bigEndian: boolean;
  if (hasUtf16Bom(bytes)) bigEndian = bytes[0] === 0xfe;
  else {
    let even = 0;
    for (let i = 0; i < bytes.length; i += 2) if (bytes[i] === 0) even++;
    bigEndian = even > 0;
  }
  try {
    return new TextDecoder(bigEndian ? 'utf-16be' : 'utf-16le', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Whether decoded text holds nothing but white space (an empty draft saved with a byte-order mark, say). */
export function isBlank(text: string): boolean {
  return text.trim() === '';
}

/** A text file that is not in the encoding it must be in, with the advice to save it so (one line). */
export class EncodingError extends Error {}

/** The text of a configuration file: UTF-8 only (JSON is), with or without a byte-order mark. */
export function decodeConfig(bytes: Uint8Array): string {
  if (isUtf16(bytes)) throw new EncodingError('it is UTF-16; save it as UTF-8');
  const text = decodeUtf8(bytes);
  if (text === undefined) throw new EncodingError(`it is not valid UTF-8 (${firstInvalidLine(bytes)}; Latin-1 or another legacy encoding?); save it as UTF-8`);
  return text;
}

/** UTF-8 bytes decoded by the platform's strict decoder (a byte-order mark dropped); undefined when they are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The smallest code point a sequence of 1 + n bytes may hold (a smaller one is an overlong form). */
const MIN_CODE = [0, 0x80, 0x800, 0x10000];

/**
 * Whether bytes are well-formed UTF-8 (read byte by byte, for the place of the first bad byte: the
 * platform's decoder is faster where the answer is yes, `decodeUtf8`): the offset of the first byte of the first bad sequence
 * (-1 when there is none), and how many well-formed multi-byte sequences they hold in all (text in
 * a legacy encoding has next to none; UTF-8 text with one stray byte has many).
 */
export function utf8Check(bytes: Uint8Array): { readonly invalidAt: number; readonly multiByte: number } {
  let invalidAt = -1;
  let multiByte = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    let code = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) ok = false;
      else code = (code << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (ok && (code < MIN_CODE[need] || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff)) ok = false;
    if (ok) {
      multiByte++;
      i += need + 1;
    } else {
      if (invalidAt < 0) invalidAt = i;
      i++;
    }
  }
  return { invalidAt, multiByte };
}

/** `line N`: where the first byte that is not UTF-8 stands. */
export function firstInvalidLine(bytes: Uint8Array): string {
  return `line ${lineOfByte(bytes, Math.max(0, utf8Check(bytes).invalidAt))}`;
}

/** The line (1-based) of a byte offset. */
export function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  // A line ends at LF, CRLF or a lone CR (as the parser reads line ends).
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  return line;
}

/**
 * Text that is not UTF-8, read as Windows-1252 (what Word and Notepad on a Western Windows save as
 * "ANSI" plain text, a superset of Latin-1): only when it has no well-formed UTF-8 multi-byte
 * sequence (UTF-8 with a stray byte in it would turn into `â€™` everywhere else) and at most a
 * quarter of its bytes are above 127, as in English or French text with curly quotes, dashes and
 * accents (a text in Cyrillic, Greek or Arabic in a legacy code page has them in every letter, most
 * of its bytes, and would come out as Latin letters).
 * Undefined otherwise.
 */
export function decodeWindows1252(bytes: Uint8Array): string | undefined {
  if (utf8Check(bytes).multiByte > 0) return undefined;
  let high = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    // The five bytes Windows-1252 leaves undefined are in no text saved in it (a Mac Roman `ç` is 0x8D).
    if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) return undefined;
    high++;
  }
  if (high > bytes.length * 0.25) return undefined;
  // Node's TextDecoder('windows-1252') decodes Latin-1, 0x80–0x9F as control characters: those
  // become the characters Windows-1252 has there (a decoder that reads them right leaves none).
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]);
}

/** The characters of Windows-1252 at 0x80–0x9F (the five it leaves undefined are refused before this is read). */
const WINDOWS_1252_C1 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** What an import makes of the bytes of a text file: its text, or why it has none (one line, lower case). */
export type ImportTextDecoding = { readonly text: string; readonly windows1252: boolean } | { readonly error: string };

/** The note an import adds when it read the text as Windows-1252. */
export const WINDOWS_1252_NOTE = 'The file is not UTF-8: it was read as Windows-1252 ("ANSI" text from Word or Notepad). Check the letters with accents, the quotation marks and the dashes.';

/**
 * Decodes a text file to import: UTF-16 (Word's "Unicode" text), UTF-8, or else Windows-1252
 * (`decodeWindows1252`, Word's "ANSI" text); a file in none of them gets a one-line error that
 * names the line of the first byte that is not UTF-8.
 */
export function decodeImportText(bytes: Uint8Array): ImportTextDecoding {
  if (isUtf16(bytes)) {
    const text = decodeUtf16(bytes);
    return text === undefined ? { error: 'the file looks like UTF-16 but is not well-formed; save it as UTF-8' } : { text, windows1252: false };
  }
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, windows1252: false };
  const text = decodeWindows1252(bytes);
  if (text !== undefined) return { text, windows1252: true };
  return { error: `the file is not valid UTF-8 (${firstInvalidLine(bytes)}) and not plain text in Windows-1252 either; save it as UTF-8` };
}
