/**
 * The Word round trip in VS Code: "Import resolution…" turns an official text (Word's plain-text
 * export, PDF text, Markdown, a .docx file) into a new `.unres` draft beside it, never replacing a
 * file without asking; "Export to Word" and "Export to HTML" write the draft where the save dialog says.
 *
 * Arguments, for menus, keybindings, other extensions and tests: `(source?: Uri, target?: Uri)` or
 * one object `{ source?: Uri, target?: Uri }`. `source` is the file to import or the draft to export
 * (default: a file dialog, or the active draft); `target` is the file to write instead of asking with
 * a dialog (import default: beside the source). The commands resolve with the URI written, or
 * `undefined` when nothing was written.
 */
import * as vscode from 'vscode';
import { importResolution, type ImportNote, type ImportResult } from '../../server/src/core/import';
import { parse } from '../../server/src/core/parser/parse';
import type { UnresSettings } from '../../server/src/core/config/settings';
import { toDocx } from '../../server/src/export/docx';
import { toHtml } from '../../server/src/export/html';
import { importDocx } from '../../server/src/import/docx';

/** Command ids contributed by these commands. */
export const WORD_COMMANDS = {
  importResolution: 'unres.importResolution',
  exportWord: 'unres.exportWord',
  exportHtml: 'unres.exportHtml',
} as const;

/** Larger files are refused: a resolution is far smaller. */
const MAX_BYTES = 20_000_000;

let notesChannel: vscode.OutputChannel | undefined;

function showNotes(context: vscode.ExtensionContext, source: vscode.Uri, notes: readonly ImportNote[]): void {
  if (!notesChannel) {
    notesChannel = vscode.window.createOutputChannel('unres: import');
    context.subscriptions.push(notesChannel);
  }
  notesChannel.appendLine(`${source.fsPath}:`);
  for (const n of notes) notesChannel.appendLine(`  ${n.severity}: ${n.message}`);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function withExtension(uri: vscode.Uri, extension: string): vscode.Uri {
  const slash = uri.path.lastIndexOf('/');
  const name = uri.path.slice(slash + 1);
  const dot = name.lastIndexOf('.');
  const base = dot > 0 ? name.slice(0, dot) : name;
  return uri.with({ path: `${uri.path.slice(0, slash + 1)}${base}${extension}` });
}

function settingsFor(uri: vscode.Uri): UnresSettings {
  const style = vscode.workspace.getConfiguration('unres', uri).get<string>('footnoteStyle');
  return { footnoteStyle: style === 'legacy' || style === 'current' ? style : 'auto' };
}

/** Reads and imports one source file; a one-line error when it cannot be read or is not a resolution. */
async function importFile(source: vscode.Uri): Promise<ImportResult> {
  const bytes = await vscode.workspace.fs.readFile(source);
  if (bytes.byteLength === 0) return { ok: false, error: 'The file is empty.', notes: [] };
  if (bytes.byteLength > MAX_BYTES) return { ok: false, error: 'The file is too large to be a resolution.', notes: [] };
  if (/\.docx$/i.test(source.path) || (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) return importDocx(bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: 'The file is not UTF-8 text; save it as UTF-8 (or as .docx).', notes: [] };
  }
  return importResolution(text);
}

/** What a command was given: a source and a target URI, positional or as one object. */
export interface CommandTargets {
  readonly source?: vscode.Uri;
  readonly target?: vscode.Uri;
}

/**
 * Reads `(source?, target?)` or `({ source?, target? })`. Anything else is ignored: the explorer's
 * context menu passes the selected URIs (an array) as the second argument.
 */
export function commandTargets(args: readonly unknown[]): CommandTargets {
  const asUri = (value: unknown) => (value instanceof vscode.Uri ? value : undefined);
  const [first, second] = args;
  if (first instanceof vscode.Uri) return { source: first, target: asUri(second) };
  if (first !== null && typeof first === 'object' && !Array.isArray(first)) {
    const { source, target } = first as { source?: unknown; target?: unknown };
    return { source: asUri(source), target: asUri(target) };
  }
  return {};
}

async function importCommand(context: vscode.ExtensionContext, given: CommandTargets): Promise<vscode.Uri | undefined> {
  const picked = given.source ? [given.source] : await vscode.window.showOpenDialog({
    canSelectMany: false,
    openLabel: 'Import',
    title: 'Import resolution',
    filters: { 'Resolution texts': ['txt', 'md', 'docx'], 'All files': ['*'] },
  });
  const source = picked?.[0];
  if (!source) return undefined;
  const name = source.path.split('/').pop() ?? source.path;
  let result: ImportResult;
  try {
    result = await importFile(source);
  } catch (e) {
    void vscode.window.showErrorMessage(`unres: cannot read ${name}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    return undefined;
  }
  if (!result.ok) {
    void vscode.window.showErrorMessage(`unres: ${name}: ${result.error}`);
    return undefined;
  }
  let target = given.target ?? withExtension(source, '.unres');
  if (target.toString() === source.toString()) target = withExtension(source, '.imported.unres');
  if (await exists(target)) {
    const choice = await vscode.window.showWarningMessage(`${target.path.split('/').pop()} already exists. Replace it with the imported draft?`, { modal: true }, 'Replace');
    if (choice !== 'Replace') return undefined;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
  const document = await vscode.workspace.openTextDocument(target);
  await vscode.window.showTextDocument(document);
  if (result.notes.length > 0) {
    showNotes(context, source, result.notes);
    const warnings = result.notes.filter((n) => n.severity === 'warning').length;
    // Not awaited: the command is done once the draft is written and open.
    void vscode.window.showInformationMessage(`unres: imported ${name} with ${result.notes.length} note(s)${warnings ? `, ${warnings} to check` : ''}.`, 'Show notes').then((choice) => {
      if (choice === 'Show notes') notesChannel?.show(true);
    });
  }
  return target;
}

function draftDocument(given?: vscode.Uri): vscode.TextDocument | undefined {
  if (given) return vscode.workspace.textDocuments.find((d) => d.uri.toString() === given.toString());
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === 'unres' ? document : undefined;
}

async function exportCommand(format: 'docx' | 'html', given: CommandTargets): Promise<vscode.Uri | undefined> {
  const document = draftDocument(given.source) ?? (given.source ? await vscode.workspace.openTextDocument(given.source) : undefined);
  if (!document) {
    void vscode.window.showInformationMessage('unres: open a .unres draft to export it.');
    return undefined;
  }
  const extension = format === 'docx' ? '.docx' : '.html';
  const target = given.target ?? await vscode.window.showSaveDialog({
    defaultUri: document.uri.scheme === 'untitled' ? undefined : withExtension(document.uri, extension),
    saveLabel: 'Export',
    title: format === 'docx' ? 'Export to Word' : 'Export to HTML',
    filters: format === 'docx' ? { 'Word document': ['docx'] } : { 'Web page': ['html'] },
  });
  if (!target) return undefined;
  try {
    const model = parse(document.getText());
    const data = format === 'docx' ? await toDocx(model, { settings: settingsFor(document.uri) }) : new TextEncoder().encode(toHtml(model, { settings: settingsFor(document.uri) }));
    await vscode.workspace.fs.writeFile(target, data);
    void vscode.window.showInformationMessage(`unres: exported to ${target.path.split('/').pop()}.`);
    return target;
  } catch (e) {
    void vscode.window.showErrorMessage(`unres: the export failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    return undefined;
  }
}

/**
 * The command handlers of "Import resolution…", "Export to Word" and "Export to HTML", by command id.
 * The extension loads this module (dist/word.js) on first use.
 */
export function wordCommandHandlers(context: vscode.ExtensionContext): Record<string, (...args: unknown[]) => Promise<vscode.Uri | undefined>> {
  return {
    [WORD_COMMANDS.importResolution]: (...args) => importCommand(context, commandTargets(args)),
    [WORD_COMMANDS.exportWord]: (...args) => exportCommand('docx', commandTargets(args)),
    [WORD_COMMANDS.exportHtml]: (...args) => exportCommand('html', commandTargets(args)),
  };
}
