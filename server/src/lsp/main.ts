/**
 * The unres language server: the only code that imports vscode-languageserver. A thin adapter
 * from LSP to the core's language service.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeAction,
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  InsertTextFormat,
  MarkupKind,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CodeActionParams,
  type CompletionItem,
  type Connection,
  type Diagnostic,
  type InitializeParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, docsUrl, type LintDiagnostic, type UnresSettings } from '../core/languageService';
import { rangeOf } from '../core/model/text';
import type { DocumentModel } from '../core/model/types';
import { isSeverity } from '../core/config/settings';
import type { Severity } from '../core/rules/types';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];

if (!process.argv.some((a) => TRANSPORTS.some((t) => a === t || a.startsWith(`${t}=`)))) {
  process.stderr.write('unres language server: choose a transport: --stdio, --node-ipc or --socket=PORT (e.g. `node dist/server.js --stdio`).\n');
  process.exit(2);
}

const connection: Connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const service = createLanguageService({ logger: { error: (m) => connection.console.error(m) } });

/** The folder of the rule pages shipped beside the bundle (dist/ → server/docs/rules/). */
const DOCS_BASE = `${pathToFileURL(path.join(__dirname, '..', 'server', 'docs', 'rules')).href}/`;

let pullDiagnostics = false;
let configurationSupport = false;
let refreshSupport = false;
let globalSettings: UnresSettings = {};
const settingsCache = new Map<string, Promise<UnresSettings>>();

const SEVERITY: Record<Exclude<Severity, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Reads the `unres` settings object sent by a client, keeping only well-formed values. */
function toSettings(raw: unknown): UnresSettings {
  if (!raw || typeof raw !== 'object') return {};
  const r = raw as Record<string, unknown>;
  const rules: Record<string, Severity> = {};
  if (r.rules && typeof r.rules === 'object') {
    for (const [id, sev] of Object.entries(r.rules as Record<string, unknown>)) if (isSeverity(sev)) rules[id] = sev;
  }
  const fs = r.footnoteStyle;
  return { rules, footnoteStyle: fs === 'legacy' || fs === 'current' || fs === 'auto' ? fs : undefined };
}

function settingsFor(uri: string): Promise<UnresSettings> {
  if (!configurationSupport) return Promise.resolve(globalSettings);
  let s = settingsCache.get(uri);
  if (!s) {
    s = connection.workspace
      .getConfiguration({ scopeUri: uri, section: 'unres' })
      .then(toSettings, () => globalSettings);
    settingsCache.set(uri, s);
  }
  return s;
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
  const init = params.initializationOptions as { settings?: unknown } | undefined;
  if (init?.settings) globalSettings = toSettings(init.settings);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      completionProvider: { triggerCharacters: ['_'], resolveProvider: false },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
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
  settingsCache.delete(e.document.uri);
  const t = pending.get(e.document.uri);
  if (t) clearTimeout(t);
  pending.delete(e.document.uri);
  if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onDidChangeConfiguration((change) => {
  settingsCache.clear();
  const raw = (change.settings as { unres?: unknown } | undefined)?.unres;
  if (raw !== undefined) globalSettings = toSettings(raw);
  if (pullDiagnostics && refreshSupport) void connection.languages.diagnostics.refresh();
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

connection.onCompletion((params): CompletionItem[] => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  return service.complete(document, params.position).map((c) => ({
    label: c.label,
    kind: CompletionItemKind.Keyword,
    detail: c.detail,
    documentation: c.documentation,
    filterText: c.filterText,
    sortText: c.sortText,
    insertTextFormat: InsertTextFormat.PlainText,
    textEdit: { range: c.range, newText: c.newText },
  }));
});

connection.onCodeAction((params: CodeActionParams): CodeAction[] => {
  const actions: CodeAction[] = [];
  for (const d of params.context.diagnostics) {
    if (d.source !== 'unres') continue;
    const fix = (d.data as { fix?: { title: string; edits: { range: Diagnostic['range']; newText: string }[] } } | undefined)?.fix;
    if (!fix) continue;
    actions.push({
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      isPreferred: true,
      edit: { changes: { [params.textDocument.uri]: fix.edits } },
    });
  }
  return actions;
});

documents.listen(connection);
connection.listen();
