/**
 * The unres language server: the only code that imports vscode-languageserver. A thin adapter
 * from LSP to the core's language service.
 */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeAction,
  CodeActionKind,
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  DocumentHighlightKind,
  ErrorCodes,
  FoldingRangeKind,
  LSPErrorCodes,
  MarkupKind,
  MessageType,
  ProposedFeatures,
  ResponseError,
  ShowMessageNotification,
  DidChangeWatchedFilesNotification,
  SymbolKind,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CodeActionParams,
  type CompletionItem,
  type CompletionList,
  type Connection,
  type Diagnostic,
  type DocumentSymbol,
  type InitializeParams,
  type Message,
  type Range,
  type SymbolInformation,
  type TextDocumentIdentifier,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CompactDocumentStore } from './compactDocuments';
import { IdleTrimmer, trimIdle } from './idleTrim';
import {
  FIX_ALL_KIND,
  OPEN_RULE_DOCS_COMMAND,
  TRIGGER_CHARACTERS,
  createLanguageService,
  docsUrl,
  type ActionDiagnostic,
  type LintDiagnostic,
  type OutlineKind,
  type OutlineSymbol,
  type RangeEdit,
  type UnresSettings,
} from '../core/languageService';
import { rangeOf } from '../core/model/text';
import type { DocumentModel } from '../core/model/types';
import { createConfigResolver, type ConfigHost, type LoadedConfig } from '../core/config/configFile';
import { chooseProfile, type Profile } from '../core/config/profiles';
import { mergeSettings, validateSettings } from '../core/config/settings';
import { rules as registry } from '../core/rules';
import type { Rule, Severity } from '../core/rules/types';
import { decodeConfig, EncodingError } from '../shared/encoding';
import { isDanglingLink, MAX_CONFIG_BYTES, ReadFileError, readFileLimited } from '../shared/readFile';
import { version as packageVersion } from '../../../package.json';
import { completionResponse } from './completionItems';
import { DRAFT_FORGOTTEN, guardedTransport, transportProblem } from './protocolGuard';
import { limitMessage, limitProblems, maxProblemsOf } from './problemLimit';

const HELP = `Usage: unres-language-server --stdio | --node-ipc | --socket=PORT | --pipe=NAME

The unres language server (LSP) for drafts of United Nations resolutions (.unres files).
An editor starts it; most use --stdio (Neovim: cmd = { 'unres-language-server', '--stdio' };
Emacs eglot: ("unres-language-server" "--stdio")). Settings come from the editor (section
"unres") and from .unresrc.json files above each draft.

  --stdio          speak LSP over standard input and output
  --node-ipc       over a Node IPC channel (VS Code)
  --socket=PORT    over a TCP socket
  --pipe=NAME      over a named pipe
  -h, --help       print this help
  -v, --version    print the version
`;

const args = process.argv.slice(2);
if (args.includes('-h') || args.includes('--help')) {
  process.stdout.write(HELP);
  process.exit(0);
}
if (args.includes('-v') || args.includes('--version')) {
  process.stdout.write(`${packageVersion}\n`);
  process.exit(0);
}
const transportError = transportProblem(args, typeof process.send === 'function');
if (transportError) {
  process.stderr.write(`unres-language-server: ${transportError}\n`);
  process.exit(2);
}

/**
 * The method a request received after `shutdown` is dispatched as (see `afterShutdown`): LSP says
 * such requests fail with InvalidRequest, whatever their method.
 */
const AFTER_SHUTDOWN = 'unres/$requestAfterShutdown';
let shutDown = false;
/**
 * Requests that come before `initialize` go to this method instead, which answers
 * ServerNotInitialized (-32002), as LSP 3.17 says; notifications before it are dropped (but `exit`).
 */
const BEFORE_INITIALIZE = 'unres/$requestBeforeInitialize';
let initializeReceived = false;

/**
 * Sees every incoming message before it is dispatched, in order. Before `initialize`, a request
 * other than `initialize` is redirected to the BEFORE_INITIALIZE handler (ServerNotInitialized) and
 * a notification other than `exit` is dropped: a draft opened then is not linted, nothing is pushed
 * before the server has answered `initialize`. Once `shutdown` has been dispatched, every further
 * request (a second `shutdown` included) is redirected to the AFTER_SHUTDOWN handler, which answers
 * InvalidRequest; notifications (`exit`, `$/cancelRequest`) pass. vscode-languageserver itself exits
 * 0 on `exit` after `shutdown` and 1 without it.
 */
const lifecycle = {
  handleMessage(message: Message, next: (message: Message) => void | Promise<void>): void | Promise<void> {
    const m = message as { id?: unknown; method?: unknown };
    const isRequest = typeof m.method === 'string' && (typeof m.id === 'number' || typeof m.id === 'string');
    idleTrimmer.activity();
    if (!initializeReceived && typeof m.method === 'string') {
      if (m.method === 'initialize' && isRequest) initializeReceived = true;
      else if (isRequest) return next({ jsonrpc: '2.0', id: m.id, method: BEFORE_INITIALIZE, params: { method: m.method } } as Message);
      else if (m.method !== 'exit') return;
    }
    if (!isRequest) return next(message);
    if (shutDown) return next({ jsonrpc: '2.0', id: m.id, method: AFTER_SHUTDOWN, params: { method: m.method } } as Message);
    if (m.method === 'shutdown') shutDown = true;
    return next(message);
  },
};

// The transport's reader goes through the protocol guard: messages that are not JSON-RPC 2.0 and
// requests with malformed params are answered with the proper error and never reach a handler.
const transport = guardedTransport();
const connection: Connection = createConnection(ProposedFeatures.all, transport.reader, transport.writer, { messageStrategy: lifecycle });
connection.onRequest(AFTER_SHUTDOWN, (params: { method?: unknown } | undefined) =>
  shutDown
    ? new ResponseError(ErrorCodes.InvalidRequest, `unres: the server is shut down; ${typeof params?.method === 'string' ? params.method : 'the request'} is refused (only "exit" is expected now)`)
    : new ResponseError(ErrorCodes.MethodNotFound, `unres: unhandled method ${AFTER_SHUTDOWN}`),
);
connection.onRequest(BEFORE_INITIALIZE, (params: { method?: unknown } | undefined) =>
  new ResponseError(ErrorCodes.ServerNotInitialized, `unres: the server is not initialized; ${typeof params?.method === 'string' ? params.method : 'the request'} is refused (send "initialize" first)`),
);
// A request the client refuses must not take the server down: log it and carry on.
// Once the connection is closed (the editor's end of the pipe gone) nothing can be logged to it:
// one line on standard error, and exit 1, instead of a stack trace of the failed log.
process.on('unhandledRejection', (e) => {
  try {
    connection.console.error(`unres: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
  } catch {
    process.stderr.write(`unres-language-server: the connection to the editor is closed (${(e instanceof Error ? e.message : String(e)).split('\n')[0]}), so the server stops\n`);
    process.exit(1);
  }
});
// The drafts in use as strings, the others deflated (a session may hold a hundred large drafts).
const documentStore = new CompactDocumentStore();
const documents = new TextDocuments(documentStore.configuration);
/**
 * For the tests of the bundled server only: `UNRES_TEST_THROWING_RULE=<rule id>` makes that rule
 * throw on every draft, to check over the protocol that a rule that throws is logged once and the
 * others still report (test/lsp/ruleFailure.test.ts). Unset, the registry runs as it is.
 */
function withInjectedFailure(id: string | undefined): readonly Rule[] | undefined {
  if (!id) return undefined;
  return registry.map((r) => (r.meta.id === id ? { ...r, check: () => { throw new Error(`injected failure of ${id} (UNRES_TEST_THROWING_RULE)`); } } : r));
}

// The models of the 4 drafts last used, as the document store keeps their texts as strings: a
// model takes several times the memory of its text, and one dropped is parsed again when needed.
/**
 * After 10 s without a message from the client, only the draft used last keeps its model and its
 * text as a string (idleTrim.ts); `UNRES_IDLE_TRIM_MS` sets the delay (for the tests).
 */
const IDLE_TRIM_MS = Number(process.env.UNRES_IDLE_TRIM_MS) > 0 ? Number(process.env.UNRES_IDLE_TRIM_MS) : 10_000;
const idleTrimmer = new IdleTrimmer(IDLE_TRIM_MS, () => {
  const trimmed = trimIdle(documentStore, service);
  if (trimmed > 0) connection.console.log(`unres: idle: kept the model of the draft used last, let go of ${trimmed} other${trimmed === 1 ? '' : 's'}`);
});
const service = createLanguageService({ maxModels: 4, logger: { error: (m) => connection.console.error(m) }, rules: withInjectedFailure(process.env.UNRES_TEST_THROWING_RULE) });

/** The folder of the rule pages shipped beside the bundle (dist/ → server/docs/rules/). */
const DOCS_BASE = `${pathToFileURL(path.join(__dirname, '..', 'server', 'docs', 'rules')).href}/`;

let pullDiagnostics = false;
let configurationSupport = false;
let refreshSupport = false;
let inlayHintRefreshSupport = false;
let hierarchicalSymbols = false;
let snippetSupport = false;
/** Whether the client takes a completion list's default edit range (LSP 3.17 `itemDefaults`). */
let editRangeDefault = false;
let showDocumentSupport = false;
/** Whether the client asked to be told when settings may have changed (`unres/didChangeSettings`). */
let settingsNotifications = false;
/** Whether the client watches files for the server when asked (`client/registerCapability`). */
let watchRegistrationSupport = false;
/** The `unres` settings object as the client last sent it (initialization options or a change). */
let globalRaw: unknown = {};
const rawCache = new Map<string, Promise<unknown>>();

const SEVERITY: Record<Exclude<Severity, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Reads the `unres` settings object sent by a client, keeping only well-formed values. */
function toSettings(raw: unknown): UnresSettings {
  // Editor-only keys (trace, inlay hints) are not linter settings.
  return validateSettings(raw ?? {}, { extraKeys: ['trace', 'inlayHints', 'maxNumberOfProblems'] }).settings;
}

/** Reads `.unresrc.json` files from disk for the config resolver (pure core, injected host). */
const configHost: ConfigHost = {
  readFile(file) {
    try {
      // Only a regular file of at most 1 MB: a workspace's `.unresrc.json` (or what it extends)
      // may be a link to a device or a named pipe, which would never end or never open.
      return decodeConfig(readFileLimited(file, { max: MAX_CONFIG_BYTES }));
    } catch (e) {
      if (e instanceof EncodingError) throw new Error(`cannot read ${file}: ${e.message}`);
      if (e instanceof ReadFileError) throw new Error(`cannot read ${file}: ${e.code === 'too-large' ? 'it is larger than 1 MB' : e.code === 'directory' ? 'it is a folder' : 'it is not a regular file'}`);
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && isDanglingLink(file)) throw new Error(`cannot read ${file}: it is a link to a file that does not exist`);
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
      throw new Error(`cannot read ${file} (${code ?? String(e)})`);
    }
  },
  dirname: path.dirname,
  join: path.join,
};
const configResolver = createConfigResolver(configHost);
/**
 * The configuration problem that applies to each open draft: the file it is on and its diagnostic
 * (undefined: the draft's configuration, if any, has none). A config file carries a diagnostic as
 * long as one open draft's configuration has its problem there, and loses it when none has: after
 * the file is fixed or deleted, the `extends` to it removed, or the drafts under it closed.
 */
const configProblemOf = new Map<string, { readonly file: string; readonly diagnostic: Diagnostic } | undefined>();
/**
 * The config files that carry a problem diagnostic now (published, not yet cleared), with the
 * diagnostic published (as JSON): the same one is not sent again at every request.
 */
const configFilesWithProblems = new Map<string, string>();

/**
 * The path of a `file:` URI on this machine, or undefined: another scheme, or a file URL that names
 * no path here (`file://server/share/x.unres` on Linux, a malformed one).
 */
function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/**
 * The configuration file that applies to a document (found by walking up from it), or undefined.
 * A broken file gets one diagnostic on itself and the defaults apply; it never silences the linter.
 */
function projectConfigFor(uri: string): LoadedConfig | undefined {
  const file = filePathOf(uri);
  if (file === undefined) return undefined;
  let loaded: LoadedConfig | undefined;
  try {
    loaded = configResolver.forFile(file);
  } catch (e) {
    connection.console.error(`unres: could not read the configuration for ${uri}: ${String(e)}`);
    loaded = undefined;
  }
  // Only an open draft's configuration counts (a request may name a draft that is not open).
  if (documents.get(uri)) setConfigProblem(uri, loaded && configProblem(loaded));
  return loaded;
}

/** The diagnostic of a configuration's first problem, on the file it is in; undefined without one. */
function configProblem(loaded: LoadedConfig): { file: string; diagnostic: Diagnostic } | undefined {
  const first = loaded.problems[0];
  if (!first) return undefined;
  const range = { start: { line: first.line - 1, character: first.column - 1 }, end: { line: first.line - 1, character: first.column - 1 + Math.max(1, first.length) } };
  const more = loaded.problems.length > 1 ? ` (and ${loaded.problems.length - 1} more problems)` : '';
  return { file: first.file, diagnostic: { range, severity: DiagnosticSeverity.Error, source: 'unres', code: 'config', message: `${first.message}${more}. The defaults apply until it is fixed.` } };
}

/** Records the configuration problem of an open draft (undefined: none, or the draft closed) and publishes what changed. */
function setConfigProblem(uri: string, problem: { file: string; diagnostic: Diagnostic } | undefined): void {
  const before = configProblemOf.get(uri);
  if (problem) configProblemOf.set(uri, problem);
  else configProblemOf.delete(uri);
  if (problem) {
    const published = JSON.stringify(problem.diagnostic);
    if (configFilesWithProblems.get(problem.file) !== published) {
      configFilesWithProblems.set(problem.file, published);
      void connection.sendDiagnostics({ uri: pathToFileURL(problem.file).href, diagnostics: [problem.diagnostic] });
    }
  }
  // The file of the draft's former problem keeps its diagnostic only while another draft's configuration has a problem there.
  if (before && before.file !== problem?.file && ![...configProblemOf.values()].some((p) => p?.file === before.file) && configFilesWithProblems.delete(before.file)) {
    void connection.sendDiagnostics({ uri: pathToFileURL(before.file).href, diagnostics: [] });
  }
}

/**
 * The raw `unres` settings for a document: asked of the client when it can answer, else the last
 * ones sent. Kept only for an open draft, and only while it stays open: nothing would evict the
 * entry of a draft closed before its answer came.
 */
function rawSettingsFor(uri: string): Promise<unknown> {
  if (!configurationSupport) return Promise.resolve(globalRaw);
  const cached = rawCache.get(uri);
  if (cached) return cached;
  const asked = connection.workspace.getConfiguration({ scopeUri: uri, section: 'unres' }).then(
    (v: unknown) => v,
    () => globalRaw,
  );
  if (documents.get(uri)) {
    rawCache.set(uri, asked);
    void asked.then(() => {
      if (!documents.get(uri) && rawCache.get(uri) === asked) rawCache.delete(uri);
    });
  }
  return asked;
}

/** Editor settings from their raw form, overridden by the project's `.unresrc.json` (issue 3: the file wins). */
function resolvedSettings(uri: string, raw: unknown): UnresSettings {
  const editor = toSettings(raw);
  const project = projectConfigFor(uri);
  return project ? mergeSettings(editor, project.settings) : editor;
}

/** Editor settings, overridden by the project's `.unresrc.json`. */
function settingsFor(uri: string): Promise<UnresSettings> {
  return rawSettingsFor(uri).then((raw) => resolvedSettings(uri, raw));
}

/** `unres.inlayHints.enabled` (off unless set to true). */
async function inlayHintsEnabled(uri: string): Promise<boolean> {
  const raw = await rawSettingsFor(uri);
  const hints = raw && typeof raw === 'object' ? (raw as { inlayHints?: unknown }).inlayHints : undefined;
  return !!hints && typeof hints === 'object' && (hints as { enabled?: unknown }).enabled === true;
}

/**
 * The LSP form of a diagnostic of one version of a draft. Its fix travels in `data` with that
 * version: a client sends it back with a code action request, perhaps after the draft changed,
 * and a fix computed for other text would replace the wrong characters.
 */
/**
 * A number for each opened document (each `TextDocument` the documents manager makes): a
 * diagnostic carries it in `data` with the version, since versions start again when a draft is
 * closed and opened again, and a fix of the earlier text must not pass for one of the new.
 */
const openings = new WeakMap<TextDocument, number>();
let openingCount = 0;
function openingOf(document: TextDocument): number {
  let n = openings.get(document);
  if (n === undefined) {
    n = ++openingCount;
    openings.set(document, n);
  }
  return n;
}

/** Whether a diagnostic the client sends back was made for the text the document has now. */
function madeForCurrentText(d: Diagnostic, document: TextDocument): boolean {
  const data = d.data as { version?: unknown; opening?: unknown } | undefined;
  return data?.version === document.version && data.opening === openingOf(document);
}

function toLspDiagnostic(model: DocumentModel, document: TextDocument, version: number, d: LintDiagnostic): Diagnostic {
  const diagnostic: Diagnostic = {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.ruleId,
    codeDescription: { href: docsUrl(d.ruleId, DOCS_BASE) },
    source: 'unres',
    message: d.message,
  };
  // Which text the diagnostic was made for (its version and opening), with its fix: a client sends it
  // back with a code action request, perhaps after the draft changed.
  diagnostic.data = d.fix
    ? { version, opening: openingOf(document), fix: { title: d.fix.title, edits: d.fix.edits.map((e) => ({ range: rangeOf(model, e.span), newText: e.newText })) } }
    : { version, opening: openingOf(document) };
  return diagnostic;
}

async function diagnose(document: TextDocument, token?: { isCancellationRequested: boolean }): Promise<Diagnostic[] | undefined> {
  const raw = await rawSettingsFor(document.uri);
  const settings = resolvedSettings(document.uri, raw);
  // Let the requests already received go first: an editor asks for completions and pulls the
  // diagnostics of each version together as the drafter types, and the completion list (a parse)
  // should not wait behind the lint. A pull cancelled meanwhile is not linted at all.
  await new Promise<void>((resolve) => setImmediate(resolve));
  // Closed meanwhile: linting it would put its model back into the cache.
  if (token?.isCancellationRequested || !stillOpen(document)) return undefined;
  const found = service.lint(document, settings, token);
  if (!found) return undefined;
  const model = service.getModel(document);
  // Over the limit, only the most severe are made into protocol diagnostics (see problemLimit.ts).
  const max = maxProblemsOf(raw);
  const shown = limitProblems(found, max).map((d) => toLspDiagnostic(model, document, document.version, d));
  if (found.length > max) shown.push({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: 'unres', message: limitMessage(found.length, max) });
  return shown;
}

connection.onInitialize((params: InitializeParams) => {
  const caps = params.capabilities;
  pullDiagnostics = !!caps.textDocument?.diagnostic;
  refreshSupport = !!caps.workspace?.diagnostics?.refreshSupport;
  configurationSupport = !!caps.workspace?.configuration;
  inlayHintRefreshSupport = !!caps.workspace?.inlayHint?.refreshSupport;
  hierarchicalSymbols = !!caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport;
  snippetSupport = !!caps.textDocument?.completion?.completionItem?.snippetSupport;
  // Read defensively: the protocol guard checks only that the capabilities are an object.
  const itemDefaults: unknown = caps.textDocument?.completion?.completionList?.itemDefaults;
  editRangeDefault = Array.isArray(itemDefaults) && itemDefaults.includes('editRange');
  showDocumentSupport = !!caps.window?.showDocument?.support;
  watchRegistrationSupport = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  const init = params.initializationOptions as { settings?: unknown; didChangeSettings?: unknown } | undefined;
  if (init?.settings) globalRaw = init.settings;
  settingsNotifications = init?.didChangeSettings === true;
  // For the tests of the extension only (test/e2e/suite/restart.test.js): a server that refuses to
  // start, as one whose start keeps failing does. Unset, the server starts.
  if (process.env.UNRES_TEST_REFUSE_INITIALIZE === '1') return new ResponseError(ErrorCodes.InternalError, 'unres: the server refused to start (UNRES_TEST_REFUSE_INITIALIZE is set)');
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      completionProvider: { triggerCharacters: [...TRIGGER_CHARACTERS], resolveProvider: false },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      executeCommandProvider: { commands: [OPEN_RULE_DOCS_COMMAND] },
      documentFormattingProvider: true,
      documentRangeFormattingProvider: true,
      documentSymbolProvider: { label: 'unres' },
      foldingRangeProvider: true,
      inlayHintProvider: { resolveProvider: false },
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: caps.textDocument?.rename?.prepareSupport ? { prepareProvider: true } : true,
      documentHighlightProvider: true,
      documentLinkProvider: { resolveProvider: false },
      ...(pullDiagnostics ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
    },
    serverInfo: { name: 'unres', version: packageVersion },
  };
});

// Push diagnostics for clients without pull support (Neovim 0.7, Emacs eglot).
const pending = new Map<string, ReturnType<typeof setTimeout>>();
function schedulePush(document: TextDocument): void {
  if (pullDiagnostics) return;
  const previous = pending.get(document.uri);
  if (previous) clearTimeout(previous);
  pending.set(
    document.uri,
    setTimeout(() => {
      pending.delete(document.uri);
      const current = documents.get(document.uri);
      if (!current) return;
      const version = current.version;
      diagnose(current).then(
        (diagnostics) => {
          if (diagnostics && documents.get(current.uri)?.version === version) void connection.sendDiagnostics({ uri: current.uri, version, diagnostics });
        },
        (e) => connection.console.error(`unres: diagnostics failed: ${String(e)}`),
      );
    }, 30),
  );
}

/** The configuration files the server asks the client to watch: wherever they are in the workspace. */
const CONFIG_WATCHERS = [{ globPattern: '**/.unresrc.json' }];

// Every client that can watch files for the server is asked to watch the configuration files
// (VS Code, Neovim 0.9+ where its watcher is on, Emacs eglot), instead of each client's own setup.
connection.onInitialized(() => {
  if (!watchRegistrationSupport) return;
  connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: CONFIG_WATCHERS }).catch((e) => connection.console.error(`unres: the client did not watch the configuration files: ${String(e)}`));
});

documents.onDidOpen((e) => {
  // A draft opened reads its configuration afresh: a client that watches no files (Neovim 0.7, or
  // 0.10 on Linux without a file watcher) sees a changed `.unresrc.json` once the draft is opened
  // again, and any client a changed file that a configuration extends (only `.unresrc.json` files
  // are watched). A few small files read per opening.
  configResolver.clear();
  schedulePush(e.document);
});
documents.onDidChangeContent((e) => schedulePush(e.document));
documents.onDidClose((e) => {
  documentStore.release(e.document);
  service.forget(e.document.uri);
  rawCache.delete(e.document.uri);
  const t = pending.get(e.document.uri);
  if (t) clearTimeout(t);
  pending.delete(e.document.uri);
  setConfigProblem(e.document.uri, undefined);
  if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

// A draft the editor sent in a message too long to read was forgotten (closed as if the editor had
// closed it, protocolGuard.ts): a client that pulls diagnostics still shows what it pulled last,
// so it is asked to pull again, and gets none for that draft.
connection.onNotification(DRAFT_FORGOTTEN, () => {
  if (pullDiagnostics && refreshSupport) void connection.languages.diagnostics.refresh();
});

// A `.unresrc.json` changed (the client watches them): forget what was read and lint again.
connection.onDidChangeWatchedFiles(() => {
  configResolver.clear();
  // Read every open draft's configuration again now, so that the problems of files fixed, deleted
  // or no longer extended are cleared even for drafts the client does not pull again.
  for (const d of documents.all()) projectConfigFor(d.uri);
  if (pullDiagnostics && refreshSupport) void connection.languages.diagnostics.refresh();
  for (const d of documents.all()) schedulePush(d);
  announceSettingsChange();
});

/**
 * Tells a client that asked for it (initialization option `didChangeSettings: true`, the VS Code
 * extension) that the settings of its drafts may have changed: a `.unresrc.json` or the editor
 * settings. It asks again (`unres/exportSettings`, `unres/documentStatistics`) for what it shows
 * outside the protocol: the preview, the status bar.
 */
function announceSettingsChange(): void {
  if (settingsNotifications) void connection.sendNotification('unres/didChangeSettings', {});
}

connection.onDidChangeConfiguration((change) => {
  rawCache.clear();
  // A settings object without an `unres` section (eglot sends `{}` when its workspace
  // configuration has none left) means the defaults; `null` (what clients that answer
  // `workspace/configuration` send) only says that something changed.
  const sent = change.settings as unknown;
  if (sent && typeof sent === 'object') globalRaw = (sent as { unres?: unknown }).unres ?? {};
  if (pullDiagnostics && refreshSupport) void connection.languages.diagnostics.refresh();
  if (inlayHintRefreshSupport) void connection.languages.inlayHint.refresh().catch(() => undefined);
  for (const d of documents.all()) schedulePush(d);
  announceSettingsChange();
});

/**
 * A pull the client cancelled (it has typed on, or closed the draft) is answered with the error
 * RequestCancelled (-32800), never with an empty full report, which would wipe the problems shown.
 * Why RequestCancelled and not ServerCancelled (-32802): the client, not the server, cancelled; and
 * vscode-languageclient (11) turns RequestCancelled without data into a CancellationError, so it
 * keeps the problems it shows and pulls again (its `reschedule` state), whereas ServerCancelled with
 * `retriggerRequest: false` marks the pull outdated and does not pull again. Neovim and Emacs ignore
 * a cancelled request's answer either way.
 */
connection.languages.diagnostics.on(async (params, token) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  const items = await diagnose(document, token);
  if (!items) return new ResponseError(LSPErrorCodes.RequestCancelled, 'unres: the diagnostic pull was cancelled');
  return { kind: DocumentDiagnosticReportKind.Full, items };
});

/**
 * Whether a document is still the open version after a handler awaited something (the settings,
 * which the client is asked for): a draft closed meanwhile must not be parsed again, which would
 * put its model back into the service's cache, where nothing would remove it.
 */
function stillOpen(document: TextDocument): boolean {
  return documents.get(document.uri) === document;
}

/**
 * The answer to a request about positions of a draft that changed while the request waited for
 * the settings (its positions are of the old text; the document object is updated in place, so
 * `stillOpen` does not see it). LSP: ContentModified, which editors drop silently.
 */
function contentModified(what: string): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.ContentModified, `unres: the draft changed while the ${what} request was waiting`);
}

connection.onHover(async (params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return null;
  const version = document.version;
  const settings = await settingsFor(document.uri);
  if (!stillOpen(document)) return null;
  if (document.version !== version) return contentModified('hover');
  const h = service.hover(document, params.position, settings);
  return h ? { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: h.range } : null;
});

connection.onCompletion(async (params): Promise<CompletionItem[] | CompletionList | ResponseError<void>> => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  // The draft's settings choose the profile, the underline style and the extra phrases offered.
  const version = document.version;
  const settings = await settingsFor(document.uri);
  if (!stillOpen(document)) return [];
  if (document.version !== version) return contentModified('completion');
  return completionResponse(service.complete(document, params.position, settings), { snippetSupport, editRangeDefault });
});

type DataFix = { title: string; edits: RangeEdit[] };

/** Reads the fix a diagnostic carries in `data`, checking its shape (the client echoes it back). */
function fixOf(d: Diagnostic): DataFix | undefined {
  const fix = (d.data as { fix?: unknown } | undefined)?.fix as Partial<DataFix> | undefined;
  if (!fix || typeof fix.title !== 'string' || !Array.isArray(fix.edits)) return undefined;
  const ok = fix.edits.every((e) => e && typeof e.newText === 'string' && e.range && typeof e.range.start?.line === 'number' && typeof e.range.end?.line === 'number');
  return ok ? { title: fix.title, edits: fix.edits } : undefined;
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

connection.onCodeAction(async (params: CodeActionParams): Promise<CodeAction[] | ResponseError<void>> => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  // The text the request was made for: if the draft changes while the handler waits (for the
  // settings, for a lint), the actions would mix edits of two versions, so none is answered.
  const version = document.version;
  const modified = () => contentModified('code action');
  const ours = params.context.diagnostics.filter((d) => d.source === 'unres' && typeof d.code === 'string');
  // A diagnostic made for other text (an earlier version, or before the draft was closed and opened
  // again) counts only when the current text has the same diagnostic at the same place, and then
  // with the current one's fix; otherwise it gets no action at all (not even "disable for this
  // line", whose line would be the old text's).
  let current: Diagnostic[] | undefined;
  const kept: Diagnostic[] = [];
  const diagnostics: ActionDiagnostic[] = [];
  for (const d of ours) {
    let fix: DataFix | undefined;
    if (madeForCurrentText(d, document)) fix = fixOf(d);
    else {
      current ??= (await diagnose(document)) ?? [];
      if (document.version !== version) return modified();
      const same = current.find((c) => c.code === d.code && c.message === d.message && sameRange(c.range, d.range));
      if (!same) continue;
      fix = fixOf(same);
    }
    kept.push(d);
    diagnostics.push({ ruleId: d.code as string, range: d.range, fix });
  }
  // Closed while a stale diagnostic was checked: asking its settings now would ask for a closed draft's.
  if (!stillOpen(document)) return [];
  const settings = await settingsFor(document.uri);
  if (!stillOpen(document)) return [];
  if (document.version !== version) return modified();
  const uri = params.textDocument.uri;
  return service.codeActions(document, { range: params.range, diagnostics, only: params.context.only }, settings).map((a) => {
    const action: CodeAction = { title: a.title, kind: a.kind };
    if (a.diagnostics.length > 0) action.diagnostics = a.diagnostics.map((i) => kept[i]);
    if (a.isPreferred) action.isPreferred = true;
    if (a.edits) action.edit = { changes: { [uri]: [...a.edits] } };
    if (a.command) action.command = { title: a.command.title, command: a.command.command, arguments: [...a.command.arguments] };
    return action;
  });
});

connection.onExecuteCommand(async (params) => {
  if (params.command !== OPEN_RULE_DOCS_COMMAND) return null;
  const id = params.arguments?.[0];
  if (typeof id !== 'string' || !service.rules.some((r) => r.meta.id === id)) {
    return new ResponseError(ErrorCodes.InvalidParams, `unres: no rule ${JSON.stringify(id)}`);
  }
  const url = docsUrl(id, DOCS_BASE);
  if (showDocumentSupport) await connection.window.showDocument({ uri: url, takeFocus: true });
  // A notification, not window/showMessageRequest: a client need not answer it.
  else await connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: `Documentation of ${id}: ${url}` });
  return null;
});

connection.onDocumentFormatting((params) => {
  const document = documents.get(params.textDocument.uri);
  return document ? service.format(document) : [];
});

connection.onDocumentRangeFormatting((params) => {
  const document = documents.get(params.textDocument.uri);
  return document ? service.format(document, params.range) : [];
});

const SYMBOL_KIND: Record<OutlineKind, SymbolKind> = {
  header: SymbolKind.Namespace,
  headerLine: SymbolKind.Property,
  organ: SymbolKind.Class,
  part: SymbolKind.Module,
  paragraph: SymbolKind.Field,
  subparagraph: SymbolKind.EnumMember,
  annex: SymbolKind.Module,
  footnotes: SymbolKind.Module,
  footnote: SymbolKind.Key,
};

function toDocumentSymbol(s: OutlineSymbol): DocumentSymbol {
  return { name: s.name, detail: s.detail, kind: SYMBOL_KIND[s.kind], range: s.range, selectionRange: s.selectionRange, children: s.children.map(toDocumentSymbol) };
}

/** The outline as a flat list, for clients without hierarchical symbols. */
function flatten(uri: string, list: readonly OutlineSymbol[], container: string | undefined, out: SymbolInformation[]): SymbolInformation[] {
  for (const s of list) {
    out.push({ name: s.name, kind: SYMBOL_KIND[s.kind], location: { uri, range: s.range }, ...(container ? { containerName: container } : {}) });
    flatten(uri, s.children, s.name, out);
  }
  return out;
}

connection.onDocumentSymbol((params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  const outline = service.documentSymbols(document);
  return hierarchicalSymbols ? outline.map(toDocumentSymbol) : flatten(document.uri, outline, undefined, []);
});

connection.onFoldingRanges((params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  return service.foldingRanges(document).map((f) => ({ startLine: f.startLine, endLine: f.endLine, ...(f.kind ? { kind: f.kind === 'comment' ? FoldingRangeKind.Comment : FoldingRangeKind.Region } : {}) }));
});

connection.languages.inlayHint.on(async (params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  const version = document.version;
  if (!(await inlayHintsEnabled(document.uri)) || !stillOpen(document)) return [];
  if (document.version !== version) return contentModified('inlay hint');
  return service.inlayHints(document, params.range).map((h) => ({ position: h.position, label: h.label, tooltip: h.tooltip, paddingRight: true }));
});

connection.onDefinition((params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return null;
  return service.definition(document, params.position).map((range) => ({ uri: document.uri, range }));
});

connection.onReferences((params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return null;
  return service.references(document, params.position, !!params.context?.includeDeclaration).map((range) => ({ uri: document.uri, range }));
});

connection.onPrepareRename((params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return null;
  return service.prepareRename(document, params.position) ?? null;
});

connection.onRenameRequest((params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return null;
  const r = service.rename(document, params.position, params.newName);
  // RequestFailed (LSP 3.17): a well-formed request that cannot be carried out. InvalidRequest is
  // JSON-RPC's code for a malformed message.
  if ('error' in r) return new ResponseError(LSPErrorCodes.RequestFailed, r.error);
  return { changes: { [document.uri]: r.edits } };
});

connection.onDocumentHighlight((params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  return service.documentHighlights(document, params.position).map((h) => ({ range: h.range, kind: h.kind === 'write' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
});

/** Whether a link target is an https URL (a draft is text: its links open web pages, nothing else). */
function isHttpsUrl(target: string): boolean {
  try {
    return new URL(target).protocol === 'https:';
  } catch {
    return false;
  }
}

connection.onDocumentLinks((params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  // The core makes https://undocs.org/ links only; checked again here, where they leave the server.
  return service.documentLinks(document).filter((l) => isHttpsUrl(l.target)).map((l) => ({ range: l.range, target: l.target, tooltip: l.tooltip }));
});

/** Where a draft's configuration comes from, for the status bar's explanation. */
interface ConfigFileReport {
  /** The `.unresrc.json` found walking up from the draft. */
  readonly path: string;
  /** `applies`, or `broken`: it has problems, and the defaults apply until they are fixed. */
  readonly state: 'applies' | 'broken';
  /** The files it extends, in the order read. */
  readonly extends: readonly string[];
  /** Its problems (the first ten), located. */
  readonly problems: readonly { readonly file: string; readonly line: number; readonly column: number; readonly message: string }[];
  readonly problemCount: number;
}

/** The profile that applies to a draft and why. */
interface ProfileReport {
  /** As shown: `GA`, `SC` … */
  readonly name: string;
  readonly id: Profile;
  /** Where it was chosen: a configuration file, the editor settings, the organ line, the header, or the default. */
  readonly source: 'config file' | 'setting' | 'organ line' | 'header' | 'default';
  /** One or two sentences: where it was set, or why it was chosen. */
  readonly reason: string;
  /** Where a configuration file sets it. */
  readonly file?: string;
  readonly line?: number;
}

/** Which configuration file and profile apply to a draft, and why (the profile as the linter chooses it). */
function configurationReport(document: TextDocument, editor: UnresSettings): { configFile: ConfigFileReport | null; configSearch: string; profile: ProfileReport } {
  let configFile: ConfigFileReport | null = null;
  let configSearch: string;
  let project: LoadedConfig | undefined;
  const file = filePathOf(document.uri);
  if (file === undefined) {
    configSearch = document.uri.startsWith('file:')
      ? 'The draft\'s file URL names no path on the machine of the language server, so no .unresrc.json is looked for.'
      : 'The draft is not a file on disk (it is unsaved or remote), so no .unresrc.json is looked for.';
  } else {
    project = projectConfigFor(document.uri);
    const folder = path.dirname(file);
    if (!project) configSearch = `No .unresrc.json in ${folder} or any folder above it.`;
    else {
      const broken = project.problems.length > 0;
      configFile = {
        path: project.file,
        state: broken ? 'broken' : 'applies',
        extends: project.files.slice(1),
        problems: project.problems.slice(0, 10).map((p) => ({ file: p.file, line: p.line, column: p.column, message: p.message })),
        problemCount: project.problems.length,
      };
      configSearch = broken
        ? `The nearest .unresrc.json above the draft, ${project.file}, has ${project.problems.length === 1 ? 'a problem' : `${project.problems.length} problems`}: the defaults and the editor settings apply until it is fixed.`
        : `The nearest .unresrc.json above the draft, ${project.file}, applies; its values win over the editor settings.`;
    }
  }
  // The same choice as the linter's: the file's profile, else the editor's, else the organ line's or the header's.
  const fromFile = project && project.problems.length === 0 ? project.settings.profile : undefined;
  const choice = chooseProfile(fromFile ?? editor.profile, service.getModel(document));
  const name = choice.profile.toUpperCase();
  let profile: ProfileReport;
  if (fromFile !== undefined && project) {
    const origin = project.origins.profile?.[0];
    profile = {
      name,
      id: choice.profile,
      source: 'config file',
      reason: `"profile": "${fromFile}" in ${origin ? `${origin.file}, line ${origin.line}` : project.file}.`,
      ...(origin ? { file: origin.file, line: origin.line } : {}),
    };
  } else if (choice.source === 'setting') {
    profile = { name, id: choice.profile, source: 'setting', reason: `unres.profile is "${choice.profile}" in the editor settings.` };
  } else profile = { name, id: choice.profile, source: choice.source, reason: choice.reason };
  return { configFile, configSearch, profile };
}

/**
 * `unres/documentStatistics`: counts for the status bar, and which configuration file and profile
 * apply to the draft and why (the status bar's click shows it).
 */
connection.onRequest('unres/documentStatistics', async (params: { textDocument?: TextDocumentIdentifier } | undefined) => {
  const uri = params?.textDocument?.uri;
  const document = uri ? documents.get(uri) : undefined;
  if (!document) return null;
  const raw = await rawSettingsFor(document.uri);
  if (!stillOpen(document)) return null;
  const settings = resolvedSettings(document.uri, raw);
  const stats = service.statistics(document, settings);
  return {
    uri: document.uri,
    version: document.version,
    ...stats,
    ...configurationReport(document, toSettings(raw)),
    settingsSource: configurationSupport ? 'the editor settings (workspace/configuration, section "unres")' : 'the settings sent at start-up and by workspace/didChangeConfiguration',
  };
});

/**
 * `unres/exportSettings`: the settings the exporters and the preview take for a draft, resolved as
 * the linter resolves them (editor settings, then the nearest `.unresrc.json`, which wins). The
 * draft need not be open: an export from the explorer names a file. `configFile` is the
 * `.unresrc.json` that applies (null: none, a broken one, or a draft that is not a file on disk).
 */
connection.onRequest('unres/exportSettings', async (params: { textDocument?: TextDocumentIdentifier } | undefined) => {
  // The protocol guard has checked the params (`PARAMS` in protocolGuard.ts); this is for the type.
  const uri = params?.textDocument?.uri;
  if (typeof uri !== 'string') return new ResponseError(ErrorCodes.InvalidParams, 'unres: invalid params of unres/exportSettings: textDocument.uri is missing');
  // A draft that is not open is not cached: nothing would evict its entry.
  const raw = documents.get(uri) ? await rawSettingsFor(uri) : configurationSupport ? await connection.workspace.getConfiguration({ scopeUri: uri, section: 'unres' }).then((v: unknown) => v, () => globalRaw) : globalRaw;
  const editor = toSettings(raw);
  const project = projectConfigFor(uri);
  const applies = project && project.problems.length === 0 ? project : undefined;
  const settings = project ? mergeSettings(editor, project.settings) : editor;
  return { uri, footnoteStyle: settings.footnoteStyle ?? 'auto', configFile: applies ? applies.file : null };
});

documents.listen(connection);
connection.listen();
