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
import { parse } from '../../server/src/core/parser/parse';
import type { UnresSettings } from '../../server/src/core/config/settings';
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
  readonly viewColumn: number | undefined;
  /** The document version the HTML was rendered from. */
  readonly version: number;
  /** How many times the HTML was set. */
  readonly renders: number;
  readonly html: string;
  readonly enableScripts: boolean;
}

/** Delay after the last keystroke before the preview re-renders. */
const RENDER_DELAY_MS = 250;

interface PreviewState {
  readonly panel: vscode.WebviewPanel;
  readonly uri: string;
  version: number;
  layout?: Layout;
  /** The index of the block the page is scrolled to. */
  activeBlock: number;
  timer?: ReturnType<typeof setTimeout>;
  /** The last HTML given to the webview, and how many times it was set (for the test-only snapshot). */
  html: string;
  renders: number;
}

function settingsFor(document: vscode.TextDocument): UnresSettings {
  const config = vscode.workspace.getConfiguration('unres', document.uri);
  const style = config.get<string>('footnoteStyle');
  return { footnoteStyle: style === 'legacy' || style === 'current' ? style : 'auto' };
}

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

/** Registers the "Open preview" command and keeps every open preview up to date. */
/** What the extension calls once the preview is first used: open a preview, report one (tests). */
export interface PreviewController {
  open(uri?: vscode.Uri): void;
  snapshot(uri: vscode.Uri): PreviewSnapshot | undefined;
}

/**
 * Wires the previews (listeners for edits, selection, settings and closing). Loaded on first use
 * from dist/preview.js, so that opening a draft does not load the parser and the exporter into
 * the extension host.
 */
export function createPreviewController(context: vscode.ExtensionContext): PreviewController {
  const previews = new Map<string, PreviewState>();

  const render = (state: PreviewState, document: vscode.TextDocument, force: boolean) => {
    if (force || !state.layout || state.version !== document.version) {
      state.layout = buildLayout(parse(document.getText()), settingsFor(document));
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
      if (!state.panel.visible && !force) return;
      render(state, document, force);
    }, RENDER_DELAY_MS);
  };

  const open = (uri?: vscode.Uri) => {
    const document = uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'unres') {
      void vscode.window.showInformationMessage('unres: open a .unres draft to preview it.');
      return;
    }
    const key = document.uri.toString();
    const existing = previews.get(key);
    if (existing) {
      existing.panel.reveal(vscode.ViewColumn.Beside, true);
      return;
    }
    const name = document.uri.path.split('/').pop() ?? 'draft';
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, `Preview ${name}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: false,
      enableForms: false,
      enableCommandUris: false,
      localResourceRoots: [],
      retainContextWhenHidden: false,
    });
    const state: PreviewState = { panel, uri: key, version: -1, activeBlock: -2, html: '', renders: 0 };
    previews.set(key, state);
    panel.onDidDispose(() => {
      if (state.timer) clearTimeout(state.timer);
      previews.delete(key);
    });
    panel.onDidChangeViewState(() => {
      if (panel.visible) render(state, document, false);
    });
    render(state, document, true);
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
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('unres')) return;
      for (const state of previews.values()) {
        const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === state.uri);
        if (document) render(state, document, true);
      }
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      previews.get(document.uri.toString())?.panel.dispose();
    }),
    { dispose: () => [...previews.values()].forEach((s) => s.panel.dispose()) },
  );

  return {
    open,
    snapshot(uri) {
      const state = previews.get(uri.toString());
      if (!state) return undefined;
      const { panel } = state;
      return {
        viewType: panel.viewType,
        title: panel.title,
        visible: panel.visible,
        viewColumn: panel.viewColumn,
        version: state.version,
        renders: state.renders,
        html: state.html,
        enableScripts: panel.webview.options.enableScripts === true,
      };
    },
  };
}
