/**
 * The live preview: a webview beside the editor showing the draft in the typography of an official
 * document (the HTML exporter's output), updated as the draft changes and scrolled to the paragraph
 * under the cursor. The webview runs no script at all (`enableScripts: false`) and has a strict
 * Content-Security-Policy; everything from the draft is escaped by the exporter. Scroll sync works
 * without scripts: the page marks the cursor's block and CSS scroll snapping brings it into view
 * when the page loads (see `toHtml`'s `activeLine`).
 */
import * as vscode from 'vscode';
import { PREVIEW_VIEW_TYPE } from './previewIds';
import type { ExtensionServices, FootnoteStyleSetting } from './services';
import { errorLine } from './notify';
import { parse } from '../../server/src/core/parser/parse';
import { buildLayout, type Layout } from '../../server/src/export/layout';
import { layoutToHtml } from '../../server/src/export/html';

/**
 * What the test-only command reports about the preview of a draft: the webview's state and the HTML
 * it was last given (the extension host cannot read a webview's DOM).
 */
export interface PreviewSnapshot {
  readonly viewType: string;
  readonly title: string;
  readonly visible: boolean;
  /** Whether the preview has the focus. */
  readonly active: boolean;
  readonly viewColumn: number | undefined;
  /** The document version the HTML was rendered from. */
  readonly version: number;
  /** How many times the HTML was set. */
  readonly renders: number;
  readonly html: string;
  readonly enableScripts: boolean;
  /** The footnote style setting the preview took (from the server: `.unresrc.json` wins) and the one it printed. */
  readonly footnoteStyle: { readonly setting: FootnoteStyleSetting | undefined; readonly printed: string | undefined };
}

/** Delay after the last keystroke before the preview re-renders. */
const RENDER_DELAY_MS = 250;

interface PreviewState {
  readonly panel: vscode.WebviewPanel;
  readonly uri: vscode.Uri;
  /** The footnote style setting of the draft (undefined until the server has answered). */
  footnoteStyle?: FootnoteStyleSetting;
  /** Counts the requests for the settings, so that an older answer arriving late is dropped. */
  settingsRequests: number;
  version: number;
  layout?: Layout;
  /** The index of the block the page is scrolled to. */
  activeBlock: number;
  timer?: ReturnType<typeof setTimeout>;
  /** The last HTML given to the webview, and how many times it was set (for the test-only snapshot). */
  html: string;
  renders: number;
}

/** The workspace-storage key of the drafts of the previews opened, by title, the latest first. */
const RECORDS_KEY = 'unres.previewDrafts';
/** How many records are kept: a preview closed long ago is not restored, its record only ages. */
const MAX_RECORDS = 50;

interface PreviewRecord {
  readonly title: string;
  readonly uri: string;
}

/** The records kept in the workspace storage, ignoring anything malformed there. */
function recordsOf(memento: vscode.Memento): PreviewRecord[] {
  const stored: unknown = memento.get(RECORDS_KEY);
  if (!Array.isArray(stored)) return [];
  return stored.filter((r): r is PreviewRecord => typeof (r as PreviewRecord | null)?.title === 'string' && typeof (r as PreviewRecord).uri === 'string');
}

/** The options of every preview's webview: no script, no form, no command link, no local file. */
const WEBVIEW_OPTIONS: vscode.WebviewOptions = { enableScripts: false, enableForms: false, enableCommandUris: false, localResourceRoots: [] };

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = 0; i < 32; i++) out += chars[Math.floor(Math.random() * chars.length)];
  return out;
}

/** The block of the layout that holds a source line (the last block starting at or before it). */
function blockAt(layout: Layout, line: number): number {
  let lo = 0;
  let hi = layout.blocks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (layout.blocks[mid].startLine <= line) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function cursorLine(document: vscode.TextDocument): number | undefined {
  const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === document.uri.toString());
  return editor?.selection.active.line;
}

/** What the extension calls once the preview is first used: open a preview, report one (tests). */
export interface PreviewController {
  /** Opens (or reveals) the preview of a draft: the one named, else the active editor's, else the focused preview's. */
  open(uri?: vscode.Uri): Promise<void>;
  /**
   * Brings back a preview VS Code restored after a reload (its `WebviewPanelSerializer`): the draft
   * is the one recorded under the panel's title; a panel whose draft is unknown or gone is closed.
   */
  revive(panel: vscode.WebviewPanel): Promise<void>;
  snapshot(uri: vscode.Uri): PreviewSnapshot | undefined;
  /** The draft of the preview that has the focus, if one has it. */
  activeDraft(): vscode.Uri | undefined;
  /** The settings of the drafts may have changed (a `.unresrc.json`, the editor settings): ask again, re-render. */
  settingsChanged(): void;
}

/**
 * Wires the previews (listeners for edits, selection, settings and closing). Loaded on first use
 * from dist/preview.js, so that opening a draft does not load the parser and the exporter into
 * the extension host.
 *
 * A preview comes back after a reload (`revive`, called by the extension's
 * `WebviewPanelSerializer`). The webview runs no script, so it has no state (`setState` is a script
 * API) that would say which draft it showed: the extension records the draft of each preview it
 * opens under the preview's title, in the workspace's storage, and makes the titles of the previews
 * open at once differ (the file name, else its path in the workspace).
 */
export function createPreviewController(context: vscode.ExtensionContext, services: ExtensionServices): PreviewController {
  const previews = new Map<string, PreviewState>();

  const render = (state: PreviewState, document: vscode.TextDocument, force: boolean) => {
    if (force || !state.layout || state.version !== document.version) {
      state.layout = buildLayout(parse(document.getText()), { footnoteStyle: state.footnoteStyle ?? 'auto' });
      state.version = document.version;
      force = true;
    }
    const line = cursorLine(document);
    const active = line === undefined ? -1 : blockAt(state.layout, line);
    if (!force && active === state.activeBlock) return;
    state.activeBlock = active;
    const webview = state.panel.webview;
    state.html = layoutToHtml(state.layout, {
      sourceLines: true,
      activeLine: line,
      nonce: nonce(),
      styleSource: webview.cspSource,
      title: `Preview ${vscode.workspace.asRelativePath(document.uri)}`,
    });
    state.renders++;
    webview.html = state.html;
  };

  const schedule = (state: PreviewState, document: vscode.TextDocument, force: boolean) => {
    if (state.timer) clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      // Not yet rendered: the first rendering follows the settings.
      if (state.footnoteStyle === undefined) return;
      if (!state.panel.visible && !force) return;
      render(state, document, force);
    }, RENDER_DELAY_MS);
  };

  /** The open document of a preview's draft (a preview is disposed when its draft closes). */
  const documentOf = (state: PreviewState) => vscode.workspace.textDocuments.find((d) => d.uri.toString() === state.uri.toString());

  /**
   * Asks the server for the draft's footnote style (a `.unresrc.json` wins over the editor
   * setting) and renders again when it changed, or when `force` (the first rendering).
   */
  const refreshSettings = async (state: PreviewState, force: boolean) => {
    const request = ++state.settingsRequests;
    const { footnoteStyle } = await services.exportSettings(state.uri);
    // A newer request answers for this preview, or the preview was closed meanwhile (perhaps
    // opened again for the same draft: a new state, and a disposed panel for this one).
    if (request !== state.settingsRequests || previews.get(state.uri.toString()) !== state) return;
    const changed = footnoteStyle !== state.footnoteStyle;
    state.footnoteStyle = footnoteStyle;
    const document = documentOf(state);
    if (document && (changed || force)) render(state, document, true);
  };

  const activePreview = () => [...previews.values()].find((s) => s.panel.active);

  const open = async (uri?: vscode.Uri) => {
    let document: vscode.TextDocument | undefined;
    if (uri) {
      try {
        document = await vscode.workspace.openTextDocument(uri);
      } catch (e) {
        void services.notify.error(`unres: cannot open ${uri.path.split('/').pop()} to preview it: ${errorLine(e)}`);
        return;
      }
      // A preview lives as long as its draft is open: show a draft that no editor shows, or VS
      // Code would close the document (and so the preview) once it is no longer in use.
      const key = document.uri.toString();
      const shown = vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === key));
      if (!shown && document.languageId === 'unres') await vscode.window.showTextDocument(document, { preview: true });
    } else {
      document = vscode.window.activeTextEditor?.document;
      const focused = document ? undefined : activePreview();
      if (focused) {
        focused.panel.reveal(undefined, false);
        return;
      }
    }
    if (!document || document.languageId !== 'unres') {
      void services.notify.info('unres: open a .unres draft to preview it.');
      return;
    }
    const key = document.uri.toString();
    const existing = previews.get(key);
    if (existing) {
      existing.panel.reveal(vscode.ViewColumn.Beside, true);
      return;
    }
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, titleFor(document.uri), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      ...WEBVIEW_OPTIONS,
      retainContextWhenHidden: false,
    });
    await attach(panel, document);
  };

  /**
   * The title of a new preview: `Preview <file name>`, or with the file's path in the workspace when
   * a preview open now has that title already (the title is what names the draft after a reload).
   */
  const titleFor = (uri: vscode.Uri) => {
    // Previews in use, and those VS Code keeps in background tabs after a reload, not restored yet
    // (it hands a panel to the serializer only when its tab is first shown).
    const taken = new Set([...previews.values()].map((s) => s.panel.title));
    for (const label of previewTabLabels()) taken.add(label);
    const short = `Preview ${uri.path.split('/').pop() || 'draft'}`;
    if (!taken.has(short)) return short;
    const long = `Preview ${vscode.workspace.asRelativePath(uri)}`;
    return taken.has(long) ? `Preview ${uri.toString(true)}` : long;
  };

  /** The labels of the tabs of previews, restored or not. */
  const previewTabLabels = () =>
    vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(PREVIEW_VIEW_TYPE)).map((t) => t.label);

  /**
   * Records the draft of a preview under its title, for `revive`. The newest come first; beyond
   * MAX_RECORDS the oldest go, but never the record of a preview that has a tab now.
   */
  const record = async (title: string, uri: vscode.Uri) => {
    const records = recordsOf(context.workspaceState).filter((r) => r.title !== title);
    records.unshift({ title, uri: uri.toString() });
    const open = new Set(previewTabLabels());
    for (const s of previews.values()) open.add(s.panel.title);
    let kept = 0;
    const trimmed = records.filter((r) => open.has(r.title) || ++kept <= MAX_RECORDS);
    await context.workspaceState.update(RECORDS_KEY, trimmed);
  };

  /** Makes a panel the preview of a draft: listeners, the record of its draft, the first rendering. */
  const attach = async (panel: vscode.WebviewPanel, document: vscode.TextDocument) => {
    const key = document.uri.toString();
    const state: PreviewState = { panel, uri: document.uri, settingsRequests: 0, version: -1, activeBlock: -2, html: '', renders: 0 };
    previews.set(key, state);
    panel.onDidDispose(() => {
      if (state.timer) clearTimeout(state.timer);
      if (previews.get(key) === state) previews.delete(key);
    });
    panel.onDidChangeViewState(() => {
      const current = documentOf(state);
      if (panel.visible && current && state.footnoteStyle !== undefined) render(state, current, false);
    });
    await record(panel.title, document.uri).catch((e: unknown) => services.output.warn(`The preview of ${key} will not come back after a reload: its draft could not be recorded (${errorLine(e)}).`));
    // The first rendering waits for the settings: a draft under a `.unresrc.json` must not flash
    // in the editor setting's footnote style first.
    await refreshSettings(state, true);
  };

  const revive = async (panel: vscode.WebviewPanel) => {
    const found = recordsOf(context.workspaceState).find((r) => r.title === panel.title);
    const uri = found ? vscode.Uri.parse(found.uri) : undefined;
    // Already previewed (opened again while VS Code was restoring): one preview per draft.
    if (!uri || previews.has(uri.toString())) {
      panel.dispose();
      return;
    }
    let document: vscode.TextDocument;
    try {
      document = await vscode.workspace.openTextDocument(uri);
    } catch (e) {
      // Deleted or moved since: nothing to show, and nothing the drafter asked for just now.
      services.output.warn(`The preview of ${uri.toString(true)} was not restored: ${errorLine(e)}`);
      panel.dispose();
      return;
    }
    if (document.languageId !== 'unres' || previews.has(uri.toString())) {
      panel.dispose();
      return;
    }
    // The options VS Code restored are those the panel was made with; set them again all the same.
    panel.webview.options = WEBVIEW_OPTIONS;
    // A preview lives as long as its draft is open (see `open`): show a draft no editor shows.
    const shown = vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString()));
    if (!shown) await vscode.window.showTextDocument(document, { preview: true, preserveFocus: true });
    // Opened meanwhile (`unres.openPreview` during the await): that preview stays, this panel goes.
    if (previews.has(uri.toString())) {
      panel.dispose();
      return;
    }
    await attach(panel, document);
  };

  context.subscriptions.push(
    vscode.workspace.onDidChangeTextDocument((e) => {
      const state = previews.get(e.document.uri.toString());
      if (state && e.contentChanges.length > 0) schedule(state, e.document, true);
    }),
    vscode.window.onDidChangeTextEditorSelection((e) => {
      const state = previews.get(e.textEditor.document.uri.toString());
      if (state) schedule(state, e.textEditor.document, false);
    }),
    // The server also announces a changed setting (`settingsChanged`), after it has read it; this
    // covers a server that is not running, when the editor setting is all there is.
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('unres')) settingsChanged();
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      previews.get(document.uri.toString())?.panel.dispose();
    }),
    { dispose: () => [...previews.values()].forEach((s) => s.panel.dispose()) },
  );

  function settingsChanged() {
    for (const state of previews.values()) {
      refreshSettings(state, false).catch((e: unknown) => services.output.warn(`The preview of ${state.uri.toString()} could not follow the settings: ${e instanceof Error ? e.message : String(e)}`));
    }
  }

  return {
    open,
    revive,
    activeDraft: () => activePreview()?.uri,
    settingsChanged,
    snapshot(uri) {
      const state = previews.get(uri.toString());
      if (!state) return undefined;
      const { panel } = state;
      return {
        viewType: panel.viewType,
        title: panel.title,
        visible: panel.visible,
        active: panel.active,
        viewColumn: panel.viewColumn,
        version: state.version,
        renders: state.renders,
        html: state.html,
        enableScripts: panel.webview.options.enableScripts === true,
        footnoteStyle: { setting: state.footnoteStyle, printed: state.layout?.footnoteStyle },
      };
    },
  };
}
