/**
 * The framing check: reads the byte stream from the editor ahead of vscode-jsonrpc's reader and
 * follows its framing (`Content-Length: N` headers, each ended by an empty line, then N bytes of
 * body), so that no input makes the server buffer without limit or wait in silence:
 *
 * - A stream that does not open with a header name (JSON written straight, garbage) is not the
 *   Language Server Protocol: `fatal`, at once.
 * - A header that has not ended after `maxHeaderBytes` (64 KiB; a real one is some 25 bytes) never
 *   will: the stream has lost its framing for good, since nothing says where the next message
 *   starts. `fatal`. (The library's reader buffered it for ever, scanning it all again with every
 *   chunk.)
 * - A header announcing more than `maxBodyBytes` (256 MiB, 25 times the JSON of a 10 MB draft):
 *   the header and the body are dropped as they come, never held, and `log` says so. On the way
 *   past, the body is read for its id, method and draft (droppedMessage.ts), and `dropped` is told
 *   what it was once it has gone by, so that the server can answer for it. The server reads on
 *   from the next message.
 * - A `Content-Length` that is a negative number: the header is dropped, `log` says so (the
 *   library's reader is left in a broken state by one).
 * - Any other header, well formed or not, is passed on as it is: the library's reader takes it as
 *   it always did (a header without `Content-Length`, or not a number: an error, and the next
 *   header is read).
 *
 * A header is passed on whole, on its own; a body as the pieces it comes in, without copying.
 * The header end and the `Content-Length` value are found exactly as the library finds them
 * (its `MessageBuffer.tryReadHeaders`), so that both read the same frames.
 */

import { DroppedMessageScanner, type DroppedMessage } from './droppedMessage';

/** Where the check sends what it reads. */
export interface FramingSink {
  /** Bytes to pass on to the reader. */
  pass(bytes: Buffer): void;
  /** A message too long to read has gone by (`bytes` long): what its body said it was. */
  dropped?(message: DroppedMessage, bytes: number): void;
  /** One line to say (the server stays up). */
  log(line: string): void;
  /** The stream is not LSP framing: nothing more is read. */
  fatal(why: string): void;
}

export const MAX_HEADER_BYTES = 64 * 1024;
export const MAX_BODY_BYTES = 256 * 1024 * 1024;

const CR = 13;
const LF = 10;

/** Whether a byte may open an LSP header line (`Content-Length: …`): an ASCII letter. */
function isHeaderStart(byte: number): boolean {
  return (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122);
}

/** A size in the unit that says it best. */
function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MiB` : `${Math.round(bytes / 1024)} KiB`;
}

/** What a complete header asks for: pass it on (with the body length, or -1 if the reader will refuse it), or drop it. */
type HeaderVerdict = { readonly pass: true; readonly length: number } | { readonly pass: false; readonly length: number; readonly why: string };

export class FramingCheck {
  /** Bytes of the body still to come; -1 while a header is read. */
  private remaining = -1;
  /** The body coming is dropped, not passed on; read by this scanner. */
  private skipping: { readonly scanner: DroppedMessageScanner; readonly bytes: number } | undefined;
  /** The pieces of the header read so far, and their length. */
  private header: Buffer[] = [];
  private headerBytes = 0;
  /** Where the library's header scan stands: 4 is the end (`\r\n\r\n`), as in its state machine. */
  private state = 0;
  private started = false;
  private failed = false;

  constructor(
    private readonly sink: FramingSink,
    private readonly maxHeaderBytes = MAX_HEADER_BYTES,
    private readonly maxBodyBytes = MAX_BODY_BYTES,
  ) {}

  /** Reads the next chunk of the stream. */
  push(chunk: Buffer): void {
    let i = 0;
    while (i < chunk.length && !this.failed) {
      if (this.remaining > 0) {
        const n = Math.min(this.remaining, chunk.length - i);
        if (this.skipping) this.skipping.scanner.push(chunk.subarray(i, i + n));
        else this.sink.pass(chunk.subarray(i, i + n));
        this.remaining -= n;
        i += n;
        if (this.remaining === 0) this.endBody();
        continue;
      }
      if (!this.started) {
        this.started = true;
        if (!isHeaderStart(chunk[i])) {
          this.fail(`it opens with ${JSON.stringify(chunk.subarray(i, i + 12).toString('latin1'))}, not a header such as Content-Length`);
          return;
        }
      }
      const end = this.scanHeader(chunk, i);
      if (end < 0) {
        this.header.push(chunk.subarray(i));
        this.headerBytes += chunk.length - i;
        if (this.headerBytes > this.maxHeaderBytes) this.fail(`a message header has not ended after ${size(this.maxHeaderBytes)}; a header is a few lines such as Content-Length: 123, then an empty line`);
        return;
      }
      this.header.push(chunk.subarray(i, end));
      i = end;
      const header = this.header.length === 1 ? this.header[0] : Buffer.concat(this.header);
      this.header = [];
      this.headerBytes = 0;
      this.state = 0;
      const verdict = headerVerdict(header, this.maxBodyBytes);
      if (verdict.pass) this.sink.pass(header);
      else this.sink.log(verdict.why);
      if (verdict.length > 0) {
        this.remaining = verdict.length;
        this.skipping = verdict.pass ? undefined : { scanner: new DroppedMessageScanner(), bytes: verdict.length };
      }
    }
  }

  private endBody(): void {
    this.remaining = -1;
    const skipped = this.skipping;
    this.skipping = undefined;
    if (skipped) this.sink.dropped?.(skipped.scanner.result(), skipped.bytes);
  }

  private fail(why: string): void {
    this.failed = true;
    this.header = [];
    this.sink.fatal(why);
  }

  /**
   * Follows the header scan from `from`: the offset just after the header's end, or -1 if it does
   * not end in this chunk. The library's state machine, byte for byte (a CR in the middle of
   * `\r\n` starts it again from nothing, not from a CR).
   */
  private scanHeader(chunk: Buffer, from: number): number {
    let state = this.state;
    for (let i = from; i < chunk.length; i++) {
      const b = chunk[i];
      if (b === CR) state = state === 0 ? 1 : state === 2 ? 3 : 0;
      else if (b === LF) {
        if (state === 3) {
          this.state = 0;
          return i + 1;
        }
        state = state === 1 ? 2 : 0;
      } else state = 0;
    }
    this.state = state;
    return -1;
  }
}

/**
 * What the library's reader makes of a complete header (its lines split at `\r\n`, read as ASCII
 * with the high bit of each byte cleared, as Node's `ascii` decoding does): the body length it will
 * read, or -1 for a header it refuses (a line without `:`, no `Content-Length`, not a number),
 * which is passed on for it to refuse. A negative length, or one above `maxBodyBytes`, is dropped.
 */
function headerVerdict(header: Buffer, maxBodyBytes: number): HeaderVerdict {
  const ascii = Buffer.from(header);
  for (let i = 0; i < ascii.length; i++) ascii[i] &= 0x7f;
  const lines = ascii.toString('latin1').split('\r\n');
  let value: string | undefined;
  for (let i = 0; i < lines.length - 2; i++) {
    const colon = lines[i].indexOf(':');
    if (colon === -1) return { pass: true, length: -1 };
    if (lines[i].slice(0, colon).toLowerCase() === 'content-length') value = lines[i].slice(colon + 1).trim();
  }
  // As the library reads it: `parseInt` without a radix (`0x10` is 16, `12abc` is 12).
  const length = value === undefined ? NaN : parseInt(value);
  if (Number.isNaN(length)) return { pass: true, length: -1 };
  if (length < 0) return { pass: false, length: 0, why: `a message header with Content-Length ${length}, not a number of bytes, was dropped` };
  if (length > maxBodyBytes) return { pass: false, length, why: `a message of ${length} bytes is dropped unread: the server reads messages of up to ${size(maxBodyBytes)}` };
  return { pass: true, length };
}
