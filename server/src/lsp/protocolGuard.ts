/**
 * The protocol guard: sits between the transport and the language server's connection, so that
 * every message is either passed on or answered with the JSON-RPC error it deserves (issue 8,
 * point 4: the server answers every request, with a result or a proper error).
 *
 * - A body that is not JSON: Parse error (-32700), id null.
 * - JSON that is not a JSON-RPC 2.0 message (not an object, `"jsonrpc"` not "2.0", a method that
 *   is not a string, an id that is not a string or a number, neither method nor result nor error)
 *   and batches (an array: LSP has no batches): Invalid Request (-32600), with the id when it is a
 *   string or a number, else null. Nothing of such a message is passed on.
 * - A request the server handles whose params are malformed (see PARAMS): InvalidParams (-32602)
 *   with one line saying what is wrong, so that no handler meets a value of the wrong type.
 *
 * The transports are those of vscode-languageserver's `createConnection` (`--stdio`,
 * `--node-ipc`, `--socket=PORT`, `--pipe=NAME`), built here because its own readers cannot be
 * wrapped; for `--stdio` this module also does what `createConnection` does for stdin and stdout
 * (exit when stdin ends; `console` output goes to the client's log, never into the stream).
 */
import { createConnection as createSocket } from 'node:net';
import { Transform, type Readable } from 'node:stream';
import { format } from 'node:util';
import {
  Disposable,
  ErrorCodes,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type DataCallback,
  type Message,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node';
import type { DroppedMessage } from './droppedMessage';
import { FramingCheck, MAX_BODY_BYTES } from './framing';

/** What the JSON decoder gives for a body that is not JSON, instead of failing the reader. */
class Unparsable {
  constructor(readonly reason: string) {}
}

/** The JSON parser's complaint on one short line (it may quote the body). */
function shortReason(reason: string): string {
  const line = reason.replace(/\s+/g, ' ');
  return line.length > 100 ? `${line.slice(0, 97)}...` : line;
}

/** Decodes a frame's body as JSON; a body that is not JSON becomes an `Unparsable`, answered by the guard. */
const tolerantJson = {
  name: 'application/json',
  decode(buffer: Uint8Array, options: { charset: string }): Promise<Message> {
    const text = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength).toString(options.charset as BufferEncoding);
    try {
      return Promise.resolve(JSON.parse(text) as Message);
    } catch (e) {
      return Promise.resolve(new Unparsable(e instanceof Error ? e.message : String(e)) as unknown as Message);
    }
  },
};

// ---------------------------------------------------------------------------------------------
// Params of the requests the server handles: one table of checks.

/** A check of a value at a path (`position.line`): undefined when it is fine, else what is wrong. */
type Check = (value: unknown, at: string) => string | undefined;

/** A value quoted in a message: short, and on one line (JSON escapes line breaks). */
function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  let s: string;
  try {
    s = JSON.stringify(value) ?? typeof value;
  } catch {
    s = typeof value;
  }
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** LSP's `uinteger`: 0 to 2^31 - 1. */
const MAX_UINTEGER = 2 ** 31 - 1;

const uinteger: Check = (v, at) => (Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_UINTEGER ? undefined : `${at} must be an integer from 0 to ${MAX_UINTEGER}, not ${shown(v)}`);
const string: Check = (v, at) => (typeof v === 'string' ? undefined : `${at} must be a string, not ${shown(v)}`);
const boolean: Check = (v, at) => (typeof v === 'boolean' ? undefined : `${at} must be true or false, not ${shown(v)}`);
const anything: Check = () => undefined;

/** An array whose every element passes `item`. */
function array(item: Check): Check {
  return (v, at) => {
    if (!Array.isArray(v)) return `${at} must be an array, not ${shown(v)}`;
    for (let i = 0; i < v.length; i++) {
      const problem = item(v[i], `${at}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  };
}

/**
 * An object with these fields (others are allowed). A key ending in `?` is optional: it may be
 * absent or null (some clients send null for what they leave out).
 */
function object(fields: Record<string, Check>): Check {
  const entries = Object.entries(fields).map(([key, check]) => ({ name: key.endsWith('?') ? key.slice(0, -1) : key, optional: key.endsWith('?'), check }));
  return (v, at) => {
    if (!isObject(v)) return `${at} must be an object, not ${shown(v)}`;
    for (const { name, optional, check } of entries) {
      const value = v[name];
      const path = at === 'params' ? name : `${at}.${name}`;
      if (value === undefined || (optional && value === null)) {
        if (optional) continue;
        return `${path} is missing`;
      }
      const problem = check(value, path);
      if (problem) return problem;
    }
    return undefined;
  };
}

const position = object({ line: uinteger, character: uinteger });
const range = object({ start: position, end: position });
const textDocument = object({ uri: string });
const diagnostic = object({ range, message: string });
const formattingOptions = object({ tabSize: uinteger, insertSpaces: boolean });

/** `TextDocumentPositionParams` plus more fields. */
const atPosition = (more: Record<string, Check> = {}) => object({ textDocument, position, ...more });

/** The params of every request the server handles, as LSP defines them (the fields it reads). */
export const PARAMS: Readonly<Record<string, Check>> = {
  initialize: object({ capabilities: object({}) }),
  'textDocument/hover': atPosition(),
  'textDocument/completion': atPosition({ 'context?': object({ triggerKind: uinteger, 'triggerCharacter?': string }) }),
  'textDocument/definition': atPosition(),
  'textDocument/references': atPosition({ context: object({ includeDeclaration: boolean }) }),
  'textDocument/documentHighlight': atPosition(),
  'textDocument/prepareRename': atPosition(),
  'textDocument/rename': atPosition({ newName: string }),
  'textDocument/codeAction': object({ textDocument, range, context: object({ diagnostics: array(diagnostic), 'only?': array(string), 'triggerKind?': uinteger }) }),
  'textDocument/formatting': object({ textDocument, options: formattingOptions }),
  'textDocument/rangeFormatting': object({ textDocument, range, options: formattingOptions }),
  'textDocument/documentSymbol': object({ textDocument }),
  'textDocument/foldingRange': object({ textDocument }),
  'textDocument/documentLink': object({ textDocument }),
  'textDocument/inlayHint': object({ textDocument, range }),
  'textDocument/diagnostic': object({ textDocument, 'identifier?': string, 'previousResultId?': string }),
  'workspace/executeCommand': object({ command: string, 'arguments?': array(anything) }),
  'unres/documentStatistics': object({ textDocument }),
  'unres/exportSettings': object({ textDocument }),
};

/** What is wrong with the params of a request the server handles, or undefined (fine, or not one of them). */
export function paramsProblem(method: string, params: unknown): string | undefined {
  const check = Object.prototype.hasOwnProperty.call(PARAMS, method) ? PARAMS[method] : undefined;
  if (!check) return undefined;
  const problem = params === undefined ? 'params are missing' : check(params, 'params');
  return problem && `unres: invalid params of ${method}: ${problem}`;
}

// ---------------------------------------------------------------------------------------------
// JSON-RPC 2.0 messages.

/** Why a notification is dropped (it cannot be answered), for the notifications the transport itself reads. */
const NOTIFICATION_PARAMS: Readonly<Record<string, Check>> = {
  '$/cancelRequest': object({ id: (v, at) => (typeof v === 'string' || Number.isInteger(v) ? undefined : `${at} must be a string or an integer, not ${shown(v)}`) }),
};

type Verdict =
  | { readonly pass: true; readonly message?: Message; readonly log?: string }
  | { readonly pass: false; readonly answer?: Message; readonly log?: string };

const PASS: Verdict = { pass: true };

function errorAnswer(id: string | number | null, code: number, message: string): Message {
  return { jsonrpc: '2.0', id, error: { code, message } } as Message;
}

function invalidRequest(id: string | number | null, why: string): Verdict {
  return { pass: false, answer: errorAnswer(id, ErrorCodes.InvalidRequest, `unres: invalid JSON-RPC message: ${why}`), log: `unres: refused a message that is not JSON-RPC 2.0: ${why}` };
}

/** Sorts incoming messages: passed on, or answered with an error; tracks `shutdown`. */
export class MessageGuard {
  /** A `shutdown` request went by: the server now refuses every request itself (InvalidRequest). */
  shutdownReceived = false;

  check(raw: unknown): Verdict {
    if (raw instanceof Unparsable) {
      return { pass: false, answer: errorAnswer(null, ErrorCodes.ParseError, `unres: the message is not valid JSON (${shortReason(raw.reason)})`), log: 'unres: refused a message that is not JSON' };
    }
    if (Array.isArray(raw)) return invalidRequest(null, 'a batch (an array of messages); the Language Server Protocol sends one message per frame');
    if (!isObject(raw)) return invalidRequest(null, `a message is an object, not ${shown(raw)}`);
    const { id } = raw;
    const idOk = typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id));
    const hasMethod = 'method' in raw;
    const response = !hasMethod && ('result' in raw || 'error' in raw);
    // A response answers one of the server's own requests (workspace/configuration …): it is never
    // refused nor answered (JSON-RPC answers no response), or the request it answers would wait
    // for ever. Clients send slightly malformed ones (both "result" and "error": null, no
    // "jsonrpc"), which the library used to take: they pass on, mended, and the flaw is logged.
    if (response) return mendedResponse(raw);
    const answerId = idOk ? id : null;
    if (raw.jsonrpc !== '2.0') return invalidRequest(answerId, `"jsonrpc" must be "2.0", not ${shown(raw.jsonrpc)}`);
    if (hasMethod) {
      const { method } = raw;
      if (typeof method !== 'string') return invalidRequest(answerId, `"method" must be a string, not ${shown(method)}`);
      if ('id' in raw && !idOk) return invalidRequest(null, `"id" must be a string or a number, not ${shown(id)} (a notification has no id)`);
      if (!('id' in raw)) {
        const check = Object.prototype.hasOwnProperty.call(NOTIFICATION_PARAMS, method) ? NOTIFICATION_PARAMS[method] : undefined;
        const problem = check?.(raw.params, 'params');
        return problem ? { pass: false, log: `unres: ignored ${method}: ${problem}` } : PASS;
      }
      // After `shutdown` the server refuses every request with InvalidRequest, whatever its params.
      if (!this.shutdownReceived) {
        const problem = paramsProblem(method, raw.params);
        if (problem) return { pass: false, answer: errorAnswer(id as string | number, ErrorCodes.InvalidParams, problem) };
      }
      if (method === 'shutdown') this.shutdownReceived = true;
      return PASS;
    }
    return invalidRequest(answerId, 'neither "method" (a request or a notification) nor "result" or "error" (a response)');
  }
}

/**
 * A response as the connection takes it: an error object (with an integer code and a string
 * message, supplied when missing) wins over a result; otherwise the result, null when absent.
 */
function mendedResponse(raw: Record<string, unknown>): Verdict {
  const flaws: string[] = [];
  if (raw.jsonrpc !== '2.0') flaws.push(`"jsonrpc" is ${shown(raw.jsonrpc)}, not "2.0"`);
  const e = raw.error;
  let message: Message;
  if (isObject(e)) {
    if ('result' in raw) flaws.push('it has both "result" and "error"');
    const code = Number.isInteger(e.code) ? (e.code as number) : ErrorCodes.InternalError;
    const text = typeof e.message === 'string' ? e.message : 'an error without a message';
    if (code !== e.code || text !== e.message) flaws.push(`its "error" is ${shown(e)}`);
    message = { jsonrpc: '2.0', id: raw.id, error: { code, message: text, ...('data' in e ? { data: e.data } : {}) } } as Message;
  } else {
    if (e !== undefined && e !== null) flaws.push(`its "error" is ${shown(e)}, not an object`);
    else if ('error' in raw && 'result' in raw) flaws.push('it has both "result" and "error": null');
    message = { jsonrpc: '2.0', id: raw.id, result: raw.result ?? null } as Message;
  }
  return flaws.length === 0 ? PASS : { pass: true, message, log: `unres: took a malformed response to request ${shown(raw.id)}: ${flaws.join('; ')}` };
}

/** A reader that passes on the valid messages of `inner` and answers the others through `writer`. */
class GuardedReader implements MessageReader {
  constructor(
    private readonly inner: MessageReader,
    private readonly writer: MessageWriter,
    private readonly guard: MessageGuard,
    private readonly log: (message: string) => void,
  ) {}
  get onError() {
    return this.inner.onError;
  }
  get onClose() {
    return this.inner.onClose;
  }
  get onPartialMessage() {
    return this.inner.onPartialMessage;
  }
  listen(callback: DataCallback): Disposable {
    const listener = this.inner.listen((message) => {
      const verdict = this.guard.check(message);
      if (verdict.log) this.log(verdict.log);
      if (verdict.pass) return callback(verdict.message ?? message);
      if (verdict.answer) this.writer.write(verdict.answer).catch(() => undefined);
    });
    return listener;
  }
  dispose(): void {
    this.inner.dispose();
  }
}

/** A `window/logMessage` notification (1 error, 2 warning, 3 info, 4 log). */
function logMessage(writer: MessageWriter, type: 1 | 2 | 3 | 4, message: string): void {
  writer.write({ jsonrpc: '2.0', method: 'window/logMessage', params: { type, message } } as Message).catch(() => undefined);
}

/** Sends `console` output to the client's log: over stdio, stdout is the protocol stream. */
function consoleToClient(writer: MessageWriter): void {
  const to = (type: 1 | 2 | 3 | 4) => (...args: unknown[]) => logMessage(writer, type, format(...args));
  console.log = to(4);
  console.debug = to(4);
  console.dir = to(4);
  console.table = to(4);
  console.info = to(3);
  console.warn = to(2);
  console.error = to(1);
  console.trace = to(1);
}

/** The value of `--name=value` or `--name value` in argv. */
function option(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === name) return argv[i + 1];
    if (argv[i].startsWith(`${name}=`)) return argv[i].slice(name.length + 1);
  }
  return undefined;
}

/** The transport argument as vscode-languageserver reads it: the first of `--node-ipc`, `--stdio`, `--socket`, `--pipe` (with or without `=…`). */
function namedTransport(argv: readonly string[]): string | undefined {
  return argv.find((a) => ['--node-ipc', '--stdio', '--socket', '--pipe'].some((t) => a === t || a.startsWith(`${t}=`)));
}

/**
 * What is wrong with the transport named in argv, in one line (to print before exiting with 2), or
 * undefined: a port that is not a whole number from 1 to 65535, a pipe without a name,
 * `--node-ipc` in a process that has no IPC channel. Without this, vscode-languageserver throws
 * with a stack, or the server exits at once with 0 and says nothing.
 */
export function transportProblem(argv: readonly string[], hasIpcChannel: boolean): string | undefined {
  const transport = namedTransport(argv);
  if (transport === undefined) return 'choose a transport, e.g. `unres-language-server --stdio` (--node-ipc, --socket=PORT and --pipe=NAME also work; --help lists them).';
  for (const flag of ['--stdio', '--node-ipc']) if (transport.startsWith(`${flag}=`)) return `${flag} takes no value: write \`${flag}\`, not \`${transport}\`.`;
  if (transport === '--node-ipc' && !hasIpcChannel) return '--node-ipc needs the IPC channel of the process that starts the server (VS Code gives one); from a terminal or another editor use --stdio.';
  if (transport.startsWith('--socket')) {
    const port = option(argv, '--socket') ?? '';
    if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) return `--socket needs the port the editor listens on, a whole number from 1 to 65535 (e.g. --socket=6009), not "${port}".`;
  }
  if (transport.startsWith('--pipe') && !option(argv, '--pipe')) return '--pipe needs the name of the pipe the editor listens on, e.g. --pipe=/tmp/unres.sock.';
  return undefined;
}

export interface GuardedTransport {
  readonly reader: MessageReader;
  readonly writer: MessageWriter;
  readonly guard: MessageGuard;
}

/**
 * The reader and writer for `createConnection`, over the transport named in argv (as
 * vscode-languageserver reads it: the first of `--node-ipc`, `--stdio`, `--socket`, `--pipe`).
 */
export function guardedTransport(argv: readonly string[] = process.argv.slice(2)): GuardedTransport {
  const reading = { charset: 'utf-8' as const, contentTypeDecoder: tolerantJson };
  const guard = new MessageGuard();
  let reader: MessageReader;
  let writer: MessageWriter;
  const transport = namedTransport(argv);
  if (transport === '--node-ipc') {
    reader = new IPCMessageReader(process);
    writer = new IPCMessageWriter(process);
  } else if (transport === '--stdio') {
    writer = new StreamMessageWriter(process.stdout);
    reader = new StreamMessageReader(checkedFraming(process.stdin, 'standard input', writer), reading);
    // As vscode-languageserver does for a stdin it is given: the client has gone, so exit
    // (0 after `shutdown`, else 1).
    const exit = () => process.exit(guard.shutdownReceived ? 0 : 1);
    process.stdin.on('end', exit);
    process.stdin.on('close', exit);
    consoleToClient(writer);
  } else {
    const port = transport?.startsWith('--socket') ? Number.parseInt(option(argv, '--socket') ?? '', 10) : NaN;
    const pipe = transport?.startsWith('--pipe') ? option(argv, '--pipe') : undefined;
    if (!(port > 0) && !pipe) throw new Error('unres language server: choose a transport: --stdio, --node-ipc, --socket=PORT or --pipe=NAME');
    const socket = pipe ? createSocket(pipe) : createSocket(port, '127.0.0.1');
    // Nobody listening (or no such pipe): say so in one line, rather than exit at once with 0.
    const where = pipe ?? `127.0.0.1:${port}`;
    const refused = (e: NodeJS.ErrnoException) => {
      process.stderr.write(`unres-language-server: cannot connect to ${where} (${e.code ?? e.message}); start the server after the editor listens there, or use --stdio.\n`);
      process.exit(1);
    };
    socket.once('error', refused);
    socket.once('connect', () => socket.off('error', refused));
    // The editor closed the connection: exit, 0 after `shutdown`, else 1 (as over stdio).
    socket.once('close', () => process.exit(guard.shutdownReceived ? 0 : 1));
    writer = new StreamMessageWriter(socket);
    reader = new StreamMessageReader(checkedFraming(socket, `the connection to ${where}`, writer), reading);
  }
  if (transport !== '--node-ipc') {
    // A malformed header (no Content-Length, or not a number): the server stays up and reads on
    // (test/lsp/abuse.test.ts), but says so on standard error, since the messages around it may be
    // lost: the reader cannot always tell where the next one starts.
    reader.onError((e) => process.stderr.write(`unres-language-server: a malformed message header (${(e instanceof Error ? e.message : String(e)).split('\n')[0]}); messages around it may be lost\n`));
  }
  const guarded = new GuardedReader(reader, writer, guard, (m) => logMessage(writer, 2, m));
  return { reader: guarded, writer, guard };
}

/**
 * `stream` as the reader is to read it, through the framing check (framing.ts): input that is not
 * LSP framing ends the server with one line, a message too long to read is dropped with one line
 * on standard error and answered for (`droppedAnswer`), and nothing makes the server buffer
 * without limit.
 */
function checkedFraming(stream: Readable, what: string, writer: MessageWriter): Readable {
  const checked = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      check.push(chunk);
      done();
    },
  });
  const say = (line: string) => process.stderr.write(`unres-language-server: ${line}\n`);
  const check = new FramingCheck({
    pass: (bytes) => checked.push(bytes),
    log: say,
    fatal: (why) => notLsp(what, why),
    dropped(message, bytes) {
      const answer = droppedAnswer(message, bytes);
      say(answer.log);
      if (answer.send) writer.write(answer.send).catch(() => undefined);
      for (const m of answer.read ?? []) checked.push(frameOf(m));
    },
  });
  return stream.pipe(checked);
}

/** A message framed as the editor frames it, for the reader. */
function frameOf(message: Message): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}

/** The file name at the end of a URI, decoded when it decodes (`file:///p/C%C3%B4te.unres` → `Côte.unres`). */
function fileNameOf(uri: string): string {
  const last = uri.replace(/[?#].*$/s, '').replace(/^.*\//s, '') || uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Read after the `didClose` of a draft the server forgot (`droppedAnswer`): main.ts asks a pulling client to pull again. */
export const DRAFT_FORGOTTEN = 'unres/draftForgotten';

/** What the server does for a message it dropped unread: the line it logs, what it sends the editor, what it reads in its place. */
export interface DroppedAnswer {
  readonly log: string;
  /** Sent to the editor: the error answer to a request, or a warning for the drafter. */
  readonly send?: Message;
  /** Read in place of the message, as if the editor had sent them. */
  readonly read?: readonly Message[];
}

/**
 * The answer for a message too long to read (framing.ts), from what its body said it was
 * (droppedMessage.ts):
 *
 * - a request is answered with InvalidRequest, so that the editor does not wait for ever;
 * - a response (to the server's own request, `workspace/configuration` …) is read as an error
 *   response with its id, so that what the server was waiting for fails instead of hanging;
 * - a `didOpen` or `didChange` is read as a `didClose` of its draft: the server never saw that
 *   text, and linting or fixing the text it had instead would report, and edit, what the drafter
 *   no longer has. The draft is linted again once the editor opens it again;
 * - anything else (another notification, a body without a method or an id) is logged only.
 */
export function droppedAnswer(message: DroppedMessage, bytes: number): DroppedAnswer {
  const tooLong = `the message of ${bytes} bytes is over the server's limit of ${MAX_BODY_BYTES / (1024 * 1024)} MiB and was not read`;
  const { id, method, uri } = message;
  if (method !== undefined && id !== undefined) {
    return { log: `it was a ${method} request (id ${JSON.stringify(id)}): answered with an error`, send: errorAnswer(id, ErrorCodes.InvalidRequest, `unres: ${tooLong}`) };
  }
  if (method === undefined && id !== undefined && message.response) {
    return { log: `it was the editor's answer to the server's request ${JSON.stringify(id)}: that request fails`, read: [errorAnswer(id, ErrorCodes.InvalidRequest, `unres: ${tooLong}`)] };
  }
  if ((method === 'textDocument/didOpen' || method === 'textDocument/didChange') && uri !== undefined) {
    const name = fileNameOf(uri);
    return {
      log: `it was a ${method} of ${uri}: the server forgets that draft (and its problems) until the editor opens it again`,
      read: [
        { jsonrpc: '2.0', method: 'textDocument/didClose', params: { textDocument: { uri } } } as Message,
        // Then the server asks a client that pulls diagnostics to pull again (a client that is
        // sent them has been sent none for the draft on its close).
        { jsonrpc: '2.0', method: DRAFT_FORGOTTEN, params: { uri } } as Message,
      ],
      // Said to the drafter too: the draft's problems vanish, and silence would read as a clean draft.
      send: {
        jsonrpc: '2.0',
        method: 'window/showMessage',
        params: { type: 2, message: `unres: ${name} is no longer checked: the editor sent ${method === 'textDocument/didOpen' ? 'it' : 'an edit of it'} as a message of more than ${MAX_BODY_BYTES / (1024 * 1024)} MiB, the most the language server reads. Close it and open it again once it is smaller.` },
      } as Message,
    };
  }
  return { log: method !== undefined ? `it was a ${method} notification: ignored` : 'it had no method and no id: ignored' };
}

/** Ends the server on input that is not the Language Server Protocol, with one line on standard error. */
function notLsp(what: string, why: string): never {
  process.stderr.write(`unres-language-server: ${what} is not the Language Server Protocol (${why}); the server is started by an editor, which sends each message after a Content-Length header (--help)\n`);
  process.exit(1);
}
