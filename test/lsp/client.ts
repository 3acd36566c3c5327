/** Starts the bundled server over stdio and drives it with a real JSON-RPC client. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type ClientCapabilities,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const SERVER = fileURLToPath(new URL('../../dist/server.js', import.meta.url));

/** A running server and a connection to it. */
export interface TestServer {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  /** Diagnostics pushed by the server, by uri (latest first wins). */
  readonly pushed: Map<string, PublishDiagnosticsParams>;
  /** Everything the server wrote to stderr. */
  stderr(): string;
  /** Settings returned to workspace/configuration requests. */
  settings: Record<string, unknown>;
  /** The `client/registerCapability` requests the server sent, in order. */
  readonly registrations: { id: string; method: string; registerOptions?: unknown }[];
  /** While set, the client answers workspace/configuration only once this settles (a slow editor). */
  configurationGate: Promise<void> | undefined;
  stop(): Promise<void>;
}

/** Polls until `check` returns a value, or fails after `ms`. */
export async function waitFor<T>(check: () => T | undefined, ms = 10_000, what = 'condition'): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = check();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setImmediate(r));
  }
}

/**
 * Spawns `node dist/server.js --stdio` and initializes it with the given capabilities; `nodeArgs`
 * go to node before the server (the memory tests preload a heap probe), `env` is laid over this
 * process's environment, a variable set to undefined taken out of it (the benchmark starts the
 * server as the extension does, and without the extension's settings).
 */
export async function startServer(capabilities: ClientCapabilities, initializationOptions?: unknown, nodeArgs: readonly string[] = [], env?: Readonly<Record<string, string | undefined>>): Promise<TestServer> {
  const child = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], ...(env ? { env: { ...process.env, ...env } } : {}) });
  let err = '';
  child.stderr!.on('data', (d) => (err += String(d)));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const pushed = new Map<string, PublishDiagnosticsParams>();
  const server: TestServer = {
    connection,
    process: child,
    pushed,
    stderr: () => err,
    settings: {},
    registrations: [],
    configurationGate: undefined,
    async stop() {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        // The connection may already be gone in abuse tests.
      }
      connection.dispose();
      if (child.exitCode === null) child.kill();
    },
  };
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    pushed.set(p.uri, p);
  });
  connection.onNotification('window/logMessage', () => undefined);
  connection.onRequest('workspace/configuration', async (params: { items: { section?: string }[] }) => {
    if (server.configurationGate) await server.configurationGate;
    return params.items.map(() => server.settings);
  });
  connection.onRequest('client/registerCapability', (params: { registrations: TestServer['registrations'] }) => {
    server.registrations.push(...params.registrations);
    return null;
  });
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.listen();
  try {
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities, initializationOptions });
  } catch (e) {
    // A server that failed to initialize is not left running behind the failed test.
    connection.dispose();
    child.kill();
    throw e;
  }
  await connection.sendNotification('initialized', {});
  return server;
}

/** Client capabilities of an editor with pull diagnostics and configuration (VS Code-like). */
export const PULL_CLIENT: ClientCapabilities = {
  textDocument: { diagnostic: { dynamicRegistration: false }, hover: { contentFormat: ['markdown'] }, completion: { completionItem: { snippetSupport: false } } },
  workspace: { configuration: true, diagnostics: { refreshSupport: true } },
};

/** Client capabilities of an editor without pull diagnostics (Neovim 0.7-like). */
export const PUSH_CLIENT: ClientCapabilities = { textDocument: { hover: { contentFormat: ['markdown'] } } };

/**
 * For a describe block: one pull-client server for its tests and a temporary folder for their
 * drafts and configuration files (its real path: on some systems the temporary folder is a
 * symbolic link), removed after; the editor settings are reset before each test.
 */
export function serverWithFolder(prefix: string): { readonly server: TestServer; readonly root: string } {
  const root = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  let server: TestServer | undefined;
  before(async () => {
    server = await startServer(PULL_CLIENT);
  });
  after(async () => {
    await server?.stop();
    rmSync(root, { recursive: true, force: true });
  });
  beforeEach(() => {
    if (server) server.settings = {};
  });
  return {
    get server(): TestServer {
      if (!server) throw new Error('the server is started in before()');
      return server;
    },
    root,
  };
}
