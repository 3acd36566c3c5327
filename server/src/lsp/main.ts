/**
 * The unres language server: the only code that imports vscode-languageserver. A thin adapter
 * from LSP to the core's language service.
 */
import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeAction,
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  DocumentHighlightKind,
  ErrorCodes,
  FoldingRangeKind,
  InsertTextFormat,
  MarkupKind,
  MessageType,
  ProposedFeatures,
  ResponseError,
  ShowMessageNotification,
  SymbolKind,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CodeActionParams,
  type CompletionItem,
  type Connection,
  type Diagnostic,
  type DocumentSymbol,
  type InitializeParams,
  type SymbolInformation,
  type TextDocumentIdentifier,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  FIX_ALL_KIND,
  OPEN_RULE_DOCS_COMMAND,
  TRIGGER_CHARACTERS,
  createLanguageService,
  docsUrl,
  type ActionDiagnostic,
  type CompletionResult,
  type LintDiagnostic,
  type OutlineKind,
  type OutlineSymbol,
  type RangeEdit,
  type UnresSettings,
} from '../core/languageService';
import { rangeOf } from '../core/model/text';
import type { DocumentModel } from '../core/model/types';
import { createConfigResolver, type ConfigHost, type LoadedConfig } from '../core/config/configFile';
import { mergeSettings, validateSettings } from '../core/config/settings';
import type { Severity } from '../core/rules/types';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];

if (!process.argv.some((a) => TRANSPORTS.some((t) => a === t || a.startsWith(`${t}=`)))) {
  process.stderr.write('unres language server: choose a transport: --stdio, --node-ipc or --socket=PORT (e.g. `node dist/server.js --stdio`).\n');
  process.exit(2);
}

const connection: Connection = createConnection(ProposedFeatures.all);
// A request the client refuses must not take the server down: log it and carry on.
process.on('unhandledRejection', (e) => connection.console.error(`unres: ${e instanceof Error ? e.stack ?? e.message : String(e)}`));
const documents = new TextDocuments(TextDocument);
const service = createLanguageService({ logger: { error: (m) => connection.console.error(m) } });

/** The folder of the rule pages shipped beside the bundle (dist/ → server/docs/rules/). */
const DOCS_BASE = `${pathToFileURL(path.join(__dirname, '..', 'server', 'docs', 'rules')).href}/`;

let pullDiagnostics = false;
let configurationSupport = false;
let refreshSupport = false;
let inlayHintRefreshSupport = false;
let hierarchicalSymbols = false;
let snippetSupport = false;
let showDocumentSupport = false;
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
  return validateSettings(raw ?? {}, { extraKeys: ['trace', 'inlayHints'] }).settings;
}

/** Reads `.unresrc.json` files from disk for the config resolver (pure core, injected host). */
const configHost: ConfigHost = {
  readFile(file) {
    try {
      return readFileSync(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
      throw new Error(`cannot read ${file} (${code ?? String(e)})`);
    }
  },
  dirname: path.dirname,
  join: path.join,
};
const configResolver = createConfigResolver(configHost);
/** Config files that currently carry a problem diagnostic, so that it can be cleared. */
const configFilesWithProblems = new Set<string>();

/**
 * The configuration file that applies to a document (found by walking up from it), or undefined.
 * A broken file gets one diagnostic on itself and the defaults apply; it never silences the linter.
 */
function projectConfigFor(uri: string): LoadedConfig | undefined {
  if (!uri.startsWith('file:')) return undefined;
  let loaded: LoadedConfig | undefined;
  try {
    loaded = configResolver.forFile(fileURLToPath(uri));
  } catch (e) {
    connection.console.error(`unres: could not read the configuration for ${uri}: ${String(e)}`);
    return undefined;
  }
  if (loaded) publishConfigProblems(loaded);
  return loaded;
}

function publishConfigProblems(loaded: LoadedConfig): void {
  const first = loaded.problems[0];
  if (!first) {
    if (configFilesWithProblems.delete(loaded.file)) void connection.sendDiagnostics({ uri: pathToFileURL(loaded.file).href, diagnostics: [] });
    return;
  }
  configFilesWithProblems.add(first.file);
  const range = { start: { line: first.line - 1, character: first.column - 1 }, end: { line: first.line - 1, character: first.column - 1 + Math.max(1, first.length) } };
  const more = loaded.problems.length > 1 ? ` (and ${loaded.problems.length - 1} more problems)` : '';
  void connection.sendDiagnostics({
    uri: pathToFileURL(first.file).href,
    diagnostics: [{ range, severity: DiagnosticSeverity.Error, source: 'unres', code: 'config', message: `${first.message}${more}. The defaults apply until it is fixed.` }],
  });
}

/** The raw `unres` settings for a document: asked of the client when it can answer, else the last ones sent. */
function rawSettingsFor(uri: string): Promise<unknown> {
  if (!configurationSupport) return Promise.resolve(globalRaw);
  let s = rawCache.get(uri);
  if (!s) {
    s = connection.workspace.getConfiguration({ scopeUri: uri, section: 'unres' }).then(
      (v: unknown) => v,
      () => globalRaw,
    );
    rawCache.set(uri, s);
  }
  return s;
}

/** Editor settings, overridden by the project's `.unresrc.json` (issue 3: the file wins). */
function settingsFor(uri: string): Promise<UnresSettings> {
  return rawSettingsFor(uri).then((raw) => {
    const editor = toSettings(raw);
    const project = projectConfigFor(uri);
    return project ? mergeSettings(editor, project.settings) : editor;
  });
}

/** `unres.inlayHints.enabled` (off unless set to true). */
async function inlayHintsEnabled(uri: string): Promise<boolean> {
  const raw = await rawSettingsFor(uri);
  const hints = raw && typeof raw === 'object' ? (raw as { inlayHints?: unknown }).inlayHints : undefined;
  return !!hints && typeof hints === 'object' && (hints as { enabled?: unknown }).enabled === true;
}

function toLspDiagnostic(model: DocumentModel, d: LintDiagnostic): Diagnostic {
  const diagnostic: Diagnostic = {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.ruleId,
    codeDescription: { href: docsUrl(d.ruleId, DOCS_BASE) },
    source: 'unres',
    message: d.message,
  };
  if (d.fix) {
    diagnostic.data = { fix: { title: d.fix.title, edits: d.fix.edits.map((e) => ({ range: rangeOf(model, e.span), newText: e.newText })) } };
  }
  return diagnostic;
}

async function diagnose(document: TextDocument, token?: { isCancellationRequested: boolean }): Promise<Diagnostic[] | undefined> {
  const settings = await settingsFor(document.uri);
  if (token?.isCancellationRequested) return undefined;
  const found = service.lint(document, settings, token);
  if (!found) return undefined;
  const model = service.getModel(document);
  return found.map((d) => toLspDiagnostic(model, d));
}

connection.onInitialize((params: InitializeParams) => {
  const caps = params.capabilities;
  pullDiagnostics = !!caps.textDocument?.diagnostic;
  refreshSupport = !!caps.workspace?.diagnostics?.refreshSupport;
  configurationSupport = !!caps.workspace?.configuration;
  inlayHintRefreshSupport = !!caps.workspace?.inlayHint?.refreshSupport;
  hierarchicalSymbols = !!caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport;
  snippetSupport = !!caps.textDocument?.completion?.completionItem?.snippetSupport;
  showDocumentSupport = !!caps.window?.showDocument?.support;
  const init = params.initializationOptions as { settings?: unknown } | undefined;
  if (init?.settings) globalRaw = init.settings;
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
    serverInfo: { name: 'unres', version: process.env.UNRES_VERSION ?? '0.1.0' },
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

documents.onDidOpen((e) => schedulePush(e.document));
documents.onDidChangeContent((e) => schedulePush(e.document));
documents.onDidClose((e) => {
  service.forget(e.document.uri);
  rawCache.delete(e.document.uri);
  const t = pending.get(e.document.uri);
  if (t) clearTimeout(t);
  pending.delete(e.document.uri);
  if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

// A `.unresrc.json` changed (the client watches them): forget what was read and lint again.
connection.onDidChangeWatchedFiles(() => {
  configResolver.clear();
  if (pullDiagnostics && refreshSupport) void connection.languages.diagnostics.refresh();
  for (const d of documents.all()) schedulePush(d);
});

connection.onDidChangeConfiguration((change) => {
  rawCache.clear();
  const raw = (change.settings as { unres?: unknown } | undefined)?.unres;
  if (raw !== undefined) globalRaw = raw;
  if (pullDiagnostics && refreshSupport) void connection.languages.diagnostics.refresh();
  if (inlayHintRefreshSupport) void connection.languages.inlayHint.refresh().catch(() => undefined);
  for (const d of documents.all()) schedulePush(d);
});

connection.languages.diagnostics.on(async (params, token) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  const items = await diagnose(document, token);
  return { kind: DocumentDiagnosticReportKind.Full, items: items ?? [] };
});

connection.onHover(async (params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return null;
  const h = service.hover(document, params.position, await settingsFor(document.uri));
  return h ? { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: h.range } : null;
});

const COMPLETION_KIND: Record<CompletionResult['kind'], CompletionItemKind> = {
  preambular: CompletionItemKind.Keyword,
  operative: CompletionItemKind.Keyword,
  footnote: CompletionItemKind.Reference,
  organ: CompletionItemKind.Constant,
  header: CompletionItemKind.Snippet,
};

/** A snippet as plain text, for clients without snippet support: `${1:number}` → `number`. */
function plainSnippet(text: string): string {
  return text.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
}

connection.onCompletion((params): CompletionItem[] => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  return service.complete(document, params.position).map((c) => {
    const snippet = !!c.snippet && snippetSupport;
    return {
      label: c.label,
      kind: COMPLETION_KIND[c.kind],
      detail: c.detail,
      documentation: c.documentation ? { kind: MarkupKind.Markdown, value: c.documentation } : undefined,
      filterText: c.filterText,
      sortText: c.sortText,
      insertTextFormat: snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: { range: c.range, newText: c.snippet && !snippet ? plainSnippet(c.newText) : c.newText },
    };
  });
});

type DataFix = { title: string; edits: RangeEdit[] };

/** Reads the fix a diagnostic carries in `data`, checking its shape (the client echoes it back). */
function fixOf(d: Diagnostic): DataFix | undefined {
  const fix = (d.data as { fix?: unknown } | undefined)?.fix as Partial<DataFix> | undefined;
  if (!fix || typeof fix.title !== 'string' || !Array.isArray(fix.edits)) return undefined;
  const ok = fix.edits.every((e) => e && typeof e.newText === 'string' && e.range && typeof e.range.start?.line === 'number' && typeof e.range.end?.line === 'number');
  return ok ? { title: fix.title, edits: fix.edits } : undefined;
}

connection.onCodeAction(async (params: CodeActionParams): Promise<CodeAction[]> => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  const ours = params.context.diagnostics.filter((d) => d.source === 'unres' && typeof d.code === 'string');
  const diagnostics: ActionDiagnostic[] = ours.map((d) => ({ ruleId: d.code as string, range: d.range, fix: fixOf(d) }));
  const settings = await settingsFor(document.uri);
  const uri = params.textDocument.uri;
  return service.codeActions(document, { range: params.range, diagnostics, only: params.context.only }, settings).map((a) => {
    const action: CodeAction = { title: a.title, kind: a.kind };
    if (a.diagnostics.length > 0) action.diagnostics = a.diagnostics.map((i) => ours[i]);
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
  if (!document || !(await inlayHintsEnabled(document.uri))) return [];
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
  if ('error' in r) return new ResponseError(ErrorCodes.InvalidRequest, r.error);
  return { changes: { [document.uri]: r.edits } };
});

connection.onDocumentHighlight((params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  return service.documentHighlights(document, params.position).map((h) => ({ range: h.range, kind: h.kind === 'write' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
});

connection.onDocumentLinks((params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  return service.documentLinks(document).map((l) => ({ range: l.range, target: l.target, tooltip: l.tooltip }));
});

/**
 * `unres/documentStatistics`: counts for the status bar, and which profile and settings apply.
 * The profile is the General Assembly's by default: no profile or configuration file is read yet.
 */
connection.onRequest('unres/documentStatistics', async (params: { textDocument?: TextDocumentIdentifier } | undefined) => {
  const uri = params?.textDocument?.uri;
  const document = uri ? documents.get(uri) : undefined;
  if (!document) return null;
  const stats = service.statistics(document, await settingsFor(document.uri));
  return {
    uri: document.uri,
    version: document.version,
    ...stats,
    profile: { name: 'GA', source: 'default', reason: 'No profile is set, so the General Assembly profile (the default) applies.' },
    configFile: null,
    settingsSource: configurationSupport ? 'the editor settings (workspace/configuration, section "unres")' : 'the settings sent at start-up and by workspace/didChangeConfiguration',
  };
});

documents.listen(connection);
connection.listen();
