/**
 * The VS Code extension: starts the unres language server over IPC and adds the commands,
 * the output channel and the status-bar items (server state; profile and counts of the active
 * draft). All language features live in the server.
 */
// First: its evaluation marks the start of the bundle's (see `Activation.loadMs`).
import { loadStart } from './loadStart';
import * as vscode from 'vscode';
import { PREVIEW_COMMANDS, PREVIEW_VIEW_TYPE } from './previewIds';
import { exportDefault } from './uris';
import { createNotifier, errorLine, type ShownMessage } from './notify';
import { footnoteStyleOf, type ExportSettings, type ExtensionServices } from './services';
import { serverEnvironment } from './serverEnvironment';
import { CloseAction, DocumentFormattingRequest, LanguageClient, State, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions, vsdiag } from 'vscode-languageclient/node';

/** The language client now running (a restart after a failed start replaces it). */
let client: LanguageClient | undefined;
/** Set by `deactivate`: a restart under way then starts no new server. */
let deactivated = false;
/** Restarts in progress, one after the other: a second click waits for the first, `deactivate` for all. */
let restarting: Promise<void> = Promise.resolve();
/** When the bundle's modules had been evaluated (imports run before the body of this module). */
const loadEnd = performance.now();

/** Commands of client/src/wordCommands.ts (kept in step with its WORD_COMMANDS). */
const WORD_COMMAND_IDS = ['unres.importResolution', 'unres.exportWord', 'unres.exportHtml'] as const;

/** Test-only (`ExtensionMode.Test`): the URI, as a string, where an export's save dialog opens for a draft. */
const EXPORT_DEFAULT_TEST_COMMAND = 'unres.test.exportDefault';

/** The command the server's "Show documentation for <rule>" code actions run (argument: the rule id). */
const OPEN_RULE_DOCS = 'unres.openRuleDocs';

/** What `unres/documentStatistics` answers. */
interface DocumentStatistics {
  readonly uri: string;
  readonly version: number;
  readonly preambular: number;
  readonly operative: number;
  readonly footnotes: number;
  readonly words: number;
  /** The profile that applies and where it was chosen (`config file`, `setting`, `organ line`, `header`, `default`). */
  readonly profile: { readonly name: string; readonly source: string; readonly reason: string; readonly file?: string; readonly line?: number };
  /** The `.unresrc.json` found walking up from the draft, or null. */
  readonly configFile: {
    readonly path: string;
    readonly state: 'applies' | 'broken';
    readonly extends: readonly string[];
    readonly problems: readonly { readonly file: string; readonly line: number; readonly column: number; readonly message: string }[];
    readonly problemCount: number;
  } | null;
  /** Where the server looked for a configuration file and what it found, as a sentence. */
  readonly configSearch?: string;
  readonly settingsSource: string;
}

/** The explanation `unres.showProfile` shows: which configuration file and profile apply, and why. */
export function profileExplanation(s: DocumentStatistics | undefined, origins: readonly string[]): string[] {
  const lines: string[] = [];
  if (!s) lines.push('Profile: GA (default).', 'Configuration file: not known yet (the language server has not answered).');
  else {
    lines.push(`Profile: ${s.profile.name} (${s.profile.source}). ${s.profile.reason}`);
    const f = s.configFile;
    if (!f) lines.push('Configuration file: none.');
    else {
      const more = f.extends.length ? `; it extends ${f.extends.join(', ')}` : '';
      lines.push(f.state === 'broken' ? `Configuration file: ${f.path} (broken: ${f.problemCount} problem${f.problemCount === 1 ? '' : 's'}; the defaults apply until it is fixed${more}).` : `Configuration file: ${f.path} (applies${more}).`);
      for (const p of f.problems.slice(0, 3)) lines.push(`  ${p.file}:${p.line}:${p.column}: ${p.message}`);
    }
    if (s.configSearch) lines.push(s.configSearch);
  }
  lines.push(`Editor settings are read from ${s?.settingsSource ?? 'the editor settings'}:`, ...origins.map((l) => `  ${l}`));
  return lines;
}

/** What the extension exports: the client, and the statistics item's state (for tests). */
export interface UnresApi {
  /** The language client now (a restart after a failed start replaces it). */
  readonly client: LanguageClient;
  statusText(): { text: string; tooltip: string; visible: boolean };
  /** The last messages the extension showed (for tests: the workbench's notifications cannot be read). */
  messages(): readonly ShownMessage[];
  /** The title and lines `unres.showProfile` shows for a draft (for tests: the command's dialog is modal). */
  profileExplanation(document: vscode.TextDocument): Promise<{ title: string; lines: string[] }>;
  /** How long activation took, as VS Code splits it (read by the benchmark through the e2e harness). */
  readonly activation: Activation;
}

/** The activation time of the extension, in milliseconds on the extension host's clock. */
export interface Activation {
  /** The evaluation of the bundle's modules (the language client above all), not counting the compilation of its script. */
  readonly loadMs: number;
  /** From the end of that evaluation to the call of `activate` (VS Code's own work in between). */
  readonly waitMs: number;
  /** From the call of `activate` to its end: commands registered, the server spawned and initialized. */
  readonly activateMs: number;
}

/** The status-bar text for a draft: `GA · 15 PP · 9 OP · 7 fn · 1,204 words`. */
export function statisticsText(s: DocumentStatistics): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return `${s.profile.name} · ${n(s.preambular)} PP · ${n(s.operative)} OP · ${n(s.footnotes)} fn · ${n(s.words)} word${s.words === 1 ? '' : 's'}`;
}

/** Where each unres setting that applies to a document comes from. */
function settingsOrigins(uri: vscode.Uri): string[] {
  const config = vscode.workspace.getConfiguration('unres', uri);
  const out: string[] = [];
  for (const key of ['profile', 'rules', 'footnoteStyle', 'spelling', 'inlayHints.enabled']) {
    const i = config.inspect(key);
    if (!i) continue;
    const where =
      i.workspaceFolderLanguageValue !== undefined ? 'folder settings for [unres]' :
      i.workspaceFolderValue !== undefined ? 'folder settings' :
      i.workspaceLanguageValue !== undefined ? 'workspace settings for [unres]' :
      i.workspaceValue !== undefined ? 'workspace settings' :
      i.globalLanguageValue !== undefined ? 'user settings for [unres]' :
      i.globalValue !== undefined ? 'user settings' : 'default';
    out.push(`unres.${key}: ${where}`);
  }
  return out;
}

/** Activates on the `unres` language. */
export async function activate(context: vscode.ExtensionContext): Promise<UnresApi> {
  const activateStart = performance.now();
  const output = vscode.window.createOutputChannel('unres', { log: true });
  const notify = createNotifier();
  const serverModule = context.asAbsolutePath('dist/server.js');
  // The library merges these variables into the extension host's environment.
  const env = serverEnvironment(process.env);
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { env } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { env, execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  /** The clients a restart replaced: their server must not be restarted by their own error handler. */
  const retired = new WeakSet<LanguageClient>();
  /** Listeners of the client now running, disposed when a restart replaces it. */
  let clientListeners: vscode.Disposable[] = [];
  const createClient = (): LanguageClient => {
    /** The library's own handler, made once the client exists (it counts the client's crashes). */
    const library: { handler?: ErrorHandler } = {};
    const clientOptions: LanguageClientOptions = {
      // Every unres draft, whatever its scheme: files, untitled drafts, remote and virtual file
      // systems (vscode-vfs:, git:, other extensions' providers). The server looks for a
      // .unresrc.json only above `file:` drafts.
      documentSelector: [{ language: 'unres' }],

      // The server asks for the `.unresrc.json` files to be watched (dynamic registration), as of every client.
      synchronize: { configurationSection: 'unres' },
      outputChannel: output,
      // didChangeSettings: the server says when a setting or a .unresrc.json changed (the preview and the status bar ask again).
      initializationOptions: { settings: vscode.workspace.getConfiguration('unres'), didChangeSettings: true },
      // The library's handler (restart after a crash, up to 4 times in 3 minutes), except for a client
      // a restart has replaced: it would restart its server beside the new one.
      // A client whose start failed stays failed (the status bar says so and names Restart): the
      // library would otherwise start it again when it kills the server that refused, four times
      // over, each with its own messages.
      errorHandler: {
        error: (error, message, count) => library.handler!.error(error, message, count),
        closed: () => (retired.has(made) || made.state === State.StartFailed || deactivated ? { action: CloseAction.DoNotRestart, handled: true } : library.handler!.closed()),
      },
      // The failed start is reported once, by this extension (see showState and restartServer).
      initializationFailedHandler: () => false,
      middleware: {
        // The old side of a diff (`git:`, from the Source Control view) is not linted, as VS Code's
        // TypeScript leaves it: its problems would stand in the Problems view beside the file's
        // own, checked without the project's .unresrc.json (looked for above files only).
        provideDiagnostics: (document, previousResultId, token, next) =>
          (document instanceof vscode.Uri ? document : document.uri).scheme === 'git' ? { kind: vsdiag.DocumentDiagnosticReportKind.full, items: [] } : next(document, previousResultId, token),
        // The rule pages ship with the extension: show them as a Markdown preview here (other
        // editors get them through window/showDocument from the server).
        executeCommand: async (command, args, next) => (command === OPEN_RULE_DOCS ? openRuleDocs(context, args[0]) : next(command, args)),
      },
    };
    const made = new LanguageClient('unres', 'unres', serverOptions, clientOptions);
    library.handler = made.createDefaultErrorHandler();
    for (const d of clientListeners) d.dispose();
    clientListeners = [
      made.onDidChangeState((e) => {
        showState(e.newState);
        scheduleStatistics();
      }),
      made.onNotification('unres/didChangeSettings', () => {
        scheduleStatistics();
        preview?.settingsChanged();
      }),
    ];
    client = made;
    return made;
  };

  const status = vscode.window.createStatusBarItem('unres.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'unres language server';
  status.command = 'unres.showOutput';
  const showState = (state: State) => {
    switch (state) {
      case State.Running:
        status.text = '$(check) unres';
        status.tooltip = 'unres language server: running. Click to show its output.';
        status.backgroundColor = undefined;
        break;
      case State.Starting:
        status.text = '$(sync~spin) unres';
        status.tooltip = 'unres language server: starting';
        status.backgroundColor = undefined;
        break;
      default:
        status.text = '$(error) unres';
        status.tooltip = 'unres language server: stopped. Run "unres: Restart language server".';
        status.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
    }
  };
  showState(State.Starting);
  const updateVisibility = () => {
    if (vscode.window.activeTextEditor?.document.languageId === 'unres') status.show();
    else status.hide();
  };
  updateVisibility();

  // The profile and counts of the active draft; clicking explains which profile and settings apply.
  const stats = vscode.window.createStatusBarItem('unres.statistics', vscode.StatusBarAlignment.Right, 101);
  stats.name = 'unres draft statistics';
  stats.command = 'unres.showProfile';
  let last: DocumentStatistics | undefined;
  let statsVisible = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hideStatistics = () => {
    stats.hide();
    statsVisible = false;
  };
  const refreshStatistics = async () => {
    const c = client;
    const editor = vscode.window.activeTextEditor;
    if (!c || !editor || editor.document.languageId !== 'unres' || c.state !== State.Running) {
      hideStatistics();
      return;
    }
    const uri = editor.document.uri;
    try {
      const s = await c.sendRequest<DocumentStatistics | null>('unres/documentStatistics', { textDocument: { uri: c.code2ProtocolConverter.asUri(uri) } });
      if (vscode.window.activeTextEditor?.document.uri.toString() !== uri.toString()) return;
      // The server does not know the draft (not synchronized, or closed meanwhile): the counts of
      // another draft must not stay in the status bar as if they were this one's.
      if (!s) {
        hideStatistics();
        return;
      }
      last = s;
      stats.text = statisticsText(s);
      stats.tooltip = `unres: profile ${s.profile.name} (${s.profile.source}). Click to see which configuration and profile apply.`;
      stats.show();
      statsVisible = true;
    } catch {
      // The server is restarting: the next state change refreshes.
    }
  };
  /** What `unres.showProfile` shows for a draft (the server is asked again: a .unresrc.json may have changed). */
  const explain = async (document: vscode.TextDocument): Promise<{ title: string; lines: string[] }> => {
    const c = client ?? createClient();
    const uri = c.code2ProtocolConverter.asUri(document.uri);
    let s = last?.uri === uri ? last : undefined;
    try {
      s = (await c.sendRequest<DocumentStatistics | null>('unres/documentStatistics', { textDocument: { uri } })) ?? s;
    } catch {
      // The server is restarting: show what was known.
    }
    return { title: s ? statisticsText(s) : 'unres', lines: profileExplanation(s, settingsOrigins(document.uri)) };
  };
  const scheduleStatistics = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void refreshStatistics(), 200);
  };

  /** The settings the preview and the exporters take for a draft: the server's, else the editor setting. */
  const exportSettings = async (uri: vscode.Uri): Promise<ExportSettings> => {
    const c = client;
    let why = 'the language server is not running';
    // Starting: the request waits for the server to be up.
    if (c && (c.state === State.Running || c.state === State.Starting)) {
      try {
        const s = await c.sendRequest<{ footnoteStyle?: unknown; configFile?: unknown } | null>('unres/exportSettings', { textDocument: { uri: c.code2ProtocolConverter.asUri(uri) } });
        if (s) return { footnoteStyle: footnoteStyleOf(s.footnoteStyle), configFile: typeof s.configFile === 'string' ? s.configFile : null, fromServer: true };
        why = 'the language server did not answer';
      } catch (e) {
        why = `the language server did not answer (${errorLine(e)})`;
        output.warn(`The settings of ${uri.toString(true)} could not be asked of the language server (${errorLine(e)}); the editor setting unres.footnoteStyle applies.`);
      }
    }
    return { footnoteStyle: footnoteStyleOf(vscode.workspace.getConfiguration('unres', uri).get('footnoteStyle')), configFile: null, fromServer: false, why };
  };

  // The preview carries the parser and the exporter: dist/preview.js is loaded on first use.
  let preview: import('./preview').PreviewController | undefined;
  const services: ExtensionServices = { notify, output, exportSettings, activePreviewDraft: () => preview?.activeDraft() };
  const previewController = () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    preview ??= (require('./preview.js') as typeof import('./preview')).createPreviewController(context, services);
    return preview;
  };
  // Previews come back after a reload: VS Code activates the extension for them
  // (`onWebviewPanel:unres.preview` in package.json) and hands each panel to this serializer.
  const previewSerializer: vscode.WebviewPanelSerializer = {
    deserializeWebviewPanel: (panel) =>
      previewController()
        .revive(panel)
        .catch((e: unknown) => {
          output.warn(`A preview could not be restored: ${errorLine(e)}`);
          panel.dispose();
        }),
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(PREVIEW_COMMANDS.open, (uri?: unknown) => previewController().open(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, previewSerializer),
    ...(context.extensionMode === vscode.ExtensionMode.Test
      ? [
          vscode.commands.registerCommand(PREVIEW_COMMANDS.snapshot, (uri?: unknown) => (uri instanceof vscode.Uri ? preview?.snapshot(uri) : undefined)),
          // What VS Code does for a preview after a reload: a panel with the saved title, given to the serializer.
          vscode.commands.registerCommand(PREVIEW_COMMANDS.revive, async (title?: unknown) => {
            if (typeof title !== 'string') return;
            const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {});
            await previewSerializer.deserializeWebviewPanel(panel, undefined);
          }),
          // Where the export's save dialog would open for a draft (the dialog itself cannot be driven by tests).
          vscode.commands.registerCommand(EXPORT_DEFAULT_TEST_COMMAND, (uri?: unknown, extension?: unknown) =>
            uri instanceof vscode.Uri && typeof extension === 'string' ? exportDefault(uri, extension)?.toString() : undefined,
          ),
        ]
      : []),
  );
  /** Says that the server failed to start, in the output channel and once on screen, with a way to the output. */
  const startFailed = (e: unknown, again: string) => {
    output.error(`The unres language server failed to start: ${errorLine(e)}`);
    void notify.error(`unres: the language server failed to start${again}: ${errorLine(e)}. See the "unres" output channel.`, 'Show output').then((choice) => {
      if (choice === 'Show output') output.show(true);
    });
  };
  /**
   * Restarts the language server from whatever state the client is in. vscode-languageclient's
   * `restart()` stops first, and `stop()` throws unless the client is running: after failed
   * starts (the status bar then asks for this very command) or while it is still starting. A
   * running client is stopped and started again; any other is replaced by a new one (a client
   * whose start failed cannot start again: it keeps answering with the failed start; one that is
   * still stopping refuses to start).
   */
  const restartServer = async () => {
    if (deactivated) return;
    let c = client ?? createClient();
    // Still starting: let the start finish (or fail) first.
    if (c.state === State.Starting) await c.start().catch(() => undefined);
    let stopped = false;
    if (c.state === State.Running) {
      try {
        await c.stop();
        stopped = true;
      } catch (e) {
        output.warn(`The unres language server did not stop cleanly: ${errorLine(e)}`);
      }
    }
    if (!stopped) {
      // Not running (failed, stopped by a crash, stopping): a new client. The old one gives up its server.
      retired.add(c);
      try {
        await c.dispose();
      } catch {
        // A client that is not running cannot be stopped; disposing it is what matters here.
      }
      if (deactivated) return;
      c = createClient();
    }
    if (deactivated) return;
    try {
      await c.start();
    } catch (e) {
      startFailed(e, ' again');
    }
  };

  createClient();
  context.subscriptions.push(
    output,
    status,
    stats,
    { dispose: () => timer && clearTimeout(timer) },
    { dispose: () => clientListeners.forEach((d) => d.dispose()) },
    vscode.window.onDidChangeActiveTextEditor(() => {
      updateVisibility();
      scheduleStatistics();
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) scheduleStatistics();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('unres')) scheduleStatistics();
    }),
    // The Word commands carry docx and mammoth: they live in dist/word.js, loaded on first use,
    // so that opening a draft does not load them.
    ...WORD_COMMAND_IDS.map((id) =>
      vscode.commands.registerCommand(id, (...args: unknown[]) => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const word = require('./word.js') as typeof import('./wordCommands');
        return word.wordCommandHandlers(context, services)[id](...args);
      }),
    ),
    vscode.commands.registerCommand('unres.restartServer', () => {
      output.appendLine('Restarting the unres language server…');
      restarting = restarting.then(restartServer).catch((e: unknown) => {
        output.error(`The restart of the unres language server failed: ${errorLine(e)}`);
        void notify.error(`unres: the restart of the language server failed: ${errorLine(e)}`);
      });
      return restarting;
    }),
    vscode.commands.registerCommand('unres.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('unres.showProfile', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'unres') return;
      const { title, lines } = await explain(editor.document);
      await vscode.window.showInformationMessage(title, { modal: true, detail: lines.join('\n') });
    }),
    vscode.commands.registerCommand('unres.renumber', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'unres') return false;
      const document = editor.document;
      const name = document.uri.path.split('/').pop() || 'the draft';
      // A read-only file system (a commit shown by git:, a read-only provider): the menus do not
      // offer the command there (!editorReadonly), but a keybinding may run it.
      if (vscode.workspace.fs.isWritableFileSystem(document.uri.scheme) === false) {
        void notify.info(`unres: ${name} is read-only; it cannot be renumbered.`);
        return false;
      }
      const c = client;
      if (!c || (c.state !== State.Running && c.state !== State.Starting)) {
        void notify.warn('unres: the language server is not running, so the draft cannot be renumbered. Run "unres: Restart language server".', 'Restart').then((choice) => {
          if (choice === 'Restart') void vscode.commands.executeCommand('unres.restartServer');
        });
        return false;
      }
      const version = document.version;
      let changes: vscode.TextEdit[];
      try {
        const edits = await c.sendRequest(DocumentFormattingRequest.type, {
          textDocument: { uri: c.code2ProtocolConverter.asUri(document.uri) },
          options: { tabSize: Number(editor.options.tabSize) || 4, insertSpaces: editor.options.insertSpaces !== false },
        });
        changes = await c.protocol2CodeConverter.asTextEdits(edits ?? []);
      } catch (e) {
        void notify.error(`unres: ${name} could not be renumbered: ${errorLine(e)}`);
        return false;
      }
      // Checked after every await: typed over while the server renumbered, the edits no longer fit.
      if (document.version !== version) {
        void notify.info(`unres: ${name} changed while it was being renumbered, so nothing was changed. Run "Renumber paragraphs" again.`);
        return false;
      }
      if (changes.length === 0) return true;
      const edit = new vscode.WorkspaceEdit();
      edit.set(document.uri, changes);
      if (await vscode.workspace.applyEdit(edit)) return true;
      void notify.warn(`unres: the renumbering of ${name} could not be applied (the editor refused the change).`);
      return false;
    }),
  );

  try {
    await client!.start();
  } catch (e) {
    startFailed(e, '');
  }
  scheduleStatistics();
  const activation: Activation = { loadMs: loadEnd - loadStart, waitMs: activateStart - loadEnd, activateMs: performance.now() - activateStart };
  output.info(`activated in ${activation.activateMs.toFixed(0)} ms (the bundle loaded in ${activation.loadMs.toFixed(0)} ms)`);
  return {
    get client() {
      return client ?? createClient();
    },
    statusText: () => ({ text: stats.text, tooltip: String(stats.tooltip ?? ''), visible: statsVisible }),
    messages: () => [...notify.shown],
    profileExplanation: explain,
    activation,
  };
}

/** Opens a rule's page (shipped in server/docs/rules/) as a Markdown preview; returns its URI. */
async function openRuleDocs(context: vscode.ExtensionContext, id: unknown): Promise<string | undefined> {
  if (typeof id !== 'string' || !/^[a-z0-9-]{1,80}$/.test(id)) return undefined;
  const uri = vscode.Uri.joinPath(context.extensionUri, 'server', 'docs', 'rules', `${id}.md`);
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    void vscode.window.showWarningMessage(`unres: no documentation page for ${id}.`);
    return undefined;
  }
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    await vscode.window.showTextDocument(uri, { preview: true });
  }
  return uri.toString();
}

/**
 * Stops the language server. Only a running client can be stopped (`stop()` throws otherwise):
 * one still starting is let finish first, one whose start failed has nothing to stop.
 */
export async function deactivate(): Promise<void> {
  deactivated = true;
  // A restart under way finishes first (it starts no server once deactivated).
  await restarting.catch(() => undefined);
  const c = client;
  client = undefined;
  if (!c) return;
  if (c.state === State.Starting) await c.start().catch(() => undefined);
  if (c.state !== State.Running) return;
  try {
    await c.stop();
  } catch {
    // The extension host is going away: the server exits with it (it watches its parent process).
  }
}
