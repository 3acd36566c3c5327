/**
 * What a message too long to read was: the framing check (framing.ts) drops the body of a message
 * over its limit as it comes, without holding it, but the editor still waits for the answer to a
 * request, and a change it sent is one the server never saw. So the dropped body is read on the
 * way past by this scanner, which keeps what the server needs to answer for it and nothing else:
 *
 * - the top-level `"id"` (a number or a string: the request or response it names),
 * - the top-level `"method"`,
 * - `"params"."textDocument"."uri"` (the draft a `didOpen` or `didChange` was about),
 * - whether the top level has `"result"` or `"error"` (a response).
 *
 * It follows JSON's structure byte by byte (strings, escapes, nesting) and holds at most a few
 * kilobytes whatever the body: a value it keeps is dropped once longer than its limit, nesting
 * deeper than the paths it looks for is counted, not stored. It does not validate the JSON: a body
 * that is not JSON gives whatever keys it seemed to have, which is all an answer can be based on.
 */

/** What was found in a dropped body. */
export interface DroppedMessage {
  /** The top-level id, when a string or a finite number. */
  readonly id?: string | number;
  readonly method?: string;
  /** `params.textDocument.uri`, when a string. */
  readonly uri?: string;
  /** The top level has `"result"` or `"error"`. */
  readonly response: boolean;
}

/** Longest key kept (a key longer than this is none of ours). */
const MAX_KEY_BYTES = 64;
/** Longest value kept, as JSON (an id, a method name, a URI). */
const MAX_VALUE_BYTES = 16 * 1024;
/** Deepest level whose keys are followed: `params.textDocument.uri` is at level 3. */
const MAX_TRACKED_DEPTH = 3;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

function isWhite(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}

/** The key paths whose values are kept, joined by a character no JSON key we keep contains. */
const WANTED = new Set(['id', 'method', 'params\u0000textDocument\u0000uri']);

export class DroppedMessageScanner {
  /** Containers open: `depth` of them; the kinds of the first `MAX_TRACKED_DEPTH` + 1 only. */
  private depth = 0;
  private readonly objectAt: boolean[] = [];
  /** The key read last at each tracked object level (1-based; undefined when too long or not read). */
  private readonly keys: (string | undefined)[] = [];
  /** In an object, before its next key (after `{` or `,`). */
  private expectKey = false;
  private inString = false;
  private escaped = false;
  /** The string being read is a key at the current level. */
  private stringIsKey = false;
  /** Bytes of the key or value kept so far (undefined: not kept). */
  private buffer: number[] | undefined;
  /** A scalar value (number, true, false, null) being kept for this path. */
  private scalarPath: string | undefined;
  private stringPath: string | undefined;
  private readonly values = new Map<string, string>();
  private responseKeys = false;

  /** Reads the next piece of the body. */
  push(bytes: Uint8Array): void {
    for (let i = 0; i < bytes.length; i++) this.byte(bytes[i]);
  }

  /** What the body held, read so far. */
  result(): DroppedMessage {
    this.endScalar();
    const parsed = (path: string): unknown => {
      const raw = this.values.get(path);
      if (raw === undefined) return undefined;
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        return undefined;
      }
    };
    const id = parsed('id');
    const method = parsed('method');
    const uri = parsed('params\u0000textDocument\u0000uri');
    return {
      ...(typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) ? { id } : {}),
      ...(typeof method === 'string' ? { method } : {}),
      ...(typeof uri === 'string' ? { uri } : {}),
      response: this.responseKeys,
    };
  }

  private byte(b: number): void {
    if (this.inString) {
      this.keep(b);
      if (this.escaped) this.escaped = false;
      else if (b === BACKSLASH) this.escaped = true;
      else if (b === QUOTE) this.endString();
      return;
    }
    if (this.scalarPath !== undefined) {
      if (!isWhite(b) && b !== COMMA && b !== CLOSE_OBJECT && b !== CLOSE_ARRAY && b !== OPEN_OBJECT && b !== OPEN_ARRAY && b !== QUOTE && b !== COLON) {
        this.keep(b);
        return;
      }
      this.endScalar();
    }
    if (isWhite(b)) return;
    switch (b) {
      case QUOTE:
        this.inString = true;
        this.stringIsKey = this.expectKey;
        this.stringPath = this.stringIsKey ? undefined : this.valuePath();
        this.buffer = this.stringIsKey || this.stringPath !== undefined ? [QUOTE] : undefined;
        return;
      case OPEN_OBJECT:
      case OPEN_ARRAY:
        this.depth++;
        if (this.depth <= MAX_TRACKED_DEPTH + 1) {
          this.objectAt[this.depth] = b === OPEN_OBJECT;
          this.keys[this.depth] = undefined;
        }
        this.expectKey = b === OPEN_OBJECT;
        return;
      case CLOSE_OBJECT:
      case CLOSE_ARRAY:
        if (this.depth > 0) this.depth--;
        this.expectKey = false;
        return;
      case COMMA:
        this.expectKey = this.inObject();
        return;
      case COLON:
        this.expectKey = false;
        return;
      default: {
        // The first byte of a number or literal.
        const path = this.valuePath();
        if (path !== undefined) {
          this.scalarPath = path;
          this.buffer = [b];
        }
      }
    }
  }

  /** Whether the innermost open container is an object (unknown below the tracked levels: false). */
  private inObject(): boolean {
    return this.depth > 0 && this.depth <= MAX_TRACKED_DEPTH + 1 && this.objectAt[this.depth] === true;
  }

  /** The wanted path a value starting here has, if any. */
  private valuePath(): string | undefined {
    if (this.depth === 0 || this.depth > MAX_TRACKED_DEPTH) return undefined;
    const parts: string[] = [];
    for (let d = 1; d <= this.depth; d++) {
      if (!this.objectAt[d]) return undefined;
      const key = this.keys[d];
      if (key === undefined) return undefined;
      parts.push(key);
    }
    const path = parts.join('\u0000');
    return WANTED.has(path) ? path : undefined;
  }

  private keep(b: number): void {
    const buffer = this.buffer;
    if (buffer === undefined) return;
    if (buffer.length >= (this.stringIsKey ? MAX_KEY_BYTES : MAX_VALUE_BYTES)) this.buffer = undefined;
    else buffer.push(b);
  }

  private endString(): void {
    this.inString = false;
    const text = this.buffer === undefined ? undefined : Buffer.from(this.buffer).toString('utf8');
    this.buffer = undefined;
    if (this.stringIsKey) {
      this.stringIsKey = false;
      let key: string | undefined;
      try {
        key = text === undefined ? undefined : (JSON.parse(text) as string);
      } catch {
        key = undefined;
      }
      if (this.depth <= MAX_TRACKED_DEPTH) this.keys[this.depth] = key;
      if (this.depth === 1 && (key === 'result' || key === 'error')) this.responseKeys = true;
      return;
    }
    if (this.stringPath !== undefined) {
      if (text !== undefined) this.values.set(this.stringPath, text);
      else this.values.delete(this.stringPath);
      this.stringPath = undefined;
    }
  }

  private endScalar(): void {
    if (this.scalarPath === undefined) return;
    if (this.buffer !== undefined) this.values.set(this.scalarPath, Buffer.from(this.buffer).toString('latin1'));
    else this.values.delete(this.scalarPath);
    this.scalarPath = undefined;
    this.buffer = undefined;
  }
}
