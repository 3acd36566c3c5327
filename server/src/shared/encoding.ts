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
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new EncodingError('it is not valid UTF-8 (Latin-1 or another legacy encoding?); save it as UTF-8');
  }
}
