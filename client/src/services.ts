/**
 * What the extension gives the parts it loads on first use (the preview in dist/preview.js, the
 * Word commands in dist/word.js): they hold no language client of their own.
 */
import type * as vscode from 'vscode';
import type { Notifier } from './notify';

/** A `footnoteStyle` setting: `auto` follows the draft's session line. */
export type FootnoteStyleSetting = 'auto' | 'legacy' | 'current';

/** The settings the exporters and the preview take for a draft. */
export interface ExportSettings {
  readonly footnoteStyle: FootnoteStyleSetting;
  /** The `.unresrc.json` that applies, as the server found it (null: none, or not asked). */
  readonly configFile: string | null;
  /**
   * Whether the language server resolved them (editor settings and `.unresrc.json`, which wins);
   * false: it is not running, and only the editor setting was read.
   */
  readonly fromServer: boolean;
  /** Why the server did not resolve them (when `fromServer` is false), as a message says it. */
  readonly why?: string;
}

/** The extension's services for the preview and the Word commands. */
export interface ExtensionServices {
  readonly notify: Notifier;
  /** The `unres` output channel. */
  readonly output: vscode.LogOutputChannel;
  /** The settings the preview and the exporters take for a draft, as the server resolves them. */
  exportSettings(uri: vscode.Uri): Promise<ExportSettings>;
  /** The draft of the preview that has the focus, if one has it (the export commands fall back to it). */
  activePreviewDraft(): vscode.Uri | undefined;
}

/** Reads a `footnoteStyle` value, `auto` for anything else. */
export function footnoteStyleOf(value: unknown): FootnoteStyleSetting {
  return value === 'legacy' || value === 'current' ? value : 'auto';
}
