/**
 * The Word round trip in VS Code: "Import resolution…" turns an official text (Word's plain-text
 * export, PDF text, Markdown, a .docx file) into a new `.unres` draft beside it, never replacing a
 * file without asking, nor a draft open with unsaved changes; "Export to Word" and "Export to HTML"
 * write the draft where the save dialog says, in the footnote style the server resolves for it (a
 * `.unresrc.json` wins over the editor setting), and say what the export could not print as written.
 *
 * Arguments, for menus, keybindings, other extensions and tests: `(source?: Uri, target?: Uri)` or
 * one object `{ source?: Uri, target?: Uri, replace?: boolean }`. `source` is the file to import or
 * the draft to export (default: a file dialog, or the active draft, or the draft of the focused
 * preview); `target` is the file to write instead of asking with a dialog (import default: beside
 * the source); `replace: true` replaces an existing import target without asking. The commands
 * resolve with the URI written, or `undefined` when nothing was written.
 */
import * as vscode from 'vscode';
import { realpath } from 'node:fs/promises';
import { errorLine } from './notify';
import { exportDefault, nameOf, withExtension } from './uris';
import type { ExtensionServices } from './services';
import { decodeImportText, isZip, WINDOWS_1252_NOTE } from '../../server/src/shared/encoding';
import { importResolution, type ImportNote, type ImportResult } from '../../server/src/core/import';
import { parse } from '../../server/src/core/parser/parse';
import { docxBytes, layoutToDocument } from '../../server/src/export/docx';
import { layoutToHtml } from '../../server/src/export/html';
import { buildLayout } from '../../server/src/export/layout';
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

/** Reads and imports one source file; a one-line error when it cannot be read or is not a resolution. */
async function importFile(source: vscode.Uri): Promise<ImportResult> {
  const bytes = await vscode.workspace.fs.readFile(source);
  if (bytes.byteLength === 0) return { ok: false, error: 'The file is empty.', notes: [] };
  if (bytes.byteLength > MAX_BYTES) return { ok: false, error: 'The file is too large to be a resolution.', notes: [] };
  if (/\.docx$/i.test(source.path) || isZip(bytes)) return importDocx(bytes);
  const decoded = decodeImportText(bytes);
  if ('error' in decoded) return { ok: false, error: `${decoded.error[0].toUpperCase()}${decoded.error.slice(1)} (or as .docx).`, notes: [] };
  const result = importResolution(decoded.text);
  return decoded.windows1252 && result.ok ? { ...result, notes: [{ severity: 'warning', message: WINDOWS_1252_NOTE }, ...result.notes] } : result;
}

/** What a command was given: a source and a target URI, positional or as one object. */
export interface CommandTargets {
  readonly source?: vscode.Uri;
  readonly target?: vscode.Uri;
  /** Import: replace an existing target without asking (a draft open with unsaved changes is still refused). */
  readonly replace?: boolean;
}

/**
 * Reads `(source?, target?)` or `({ source?, target?, replace? })`. Anything else is ignored: the
 * explorer's context menu passes the selected URIs (an array) as the second argument.
 */
export function commandTargets(args: readonly unknown[]): CommandTargets {
  const asUri = (value: unknown) => (value instanceof vscode.Uri ? value : undefined);
  const [first, second] = args;
  if (first instanceof vscode.Uri) return { source: first, target: asUri(second) };
  if (first !== null && typeof first === 'object' && !Array.isArray(first)) {
    const { source, target, replace } = first as { source?: unknown; target?: unknown; replace?: unknown };
    return { source: asUri(source), target: asUri(target), replace: replace === true };
  }
  return {};
}

/** The open document of a URI, if VS Code has one (its buffer, perhaps with unsaved changes). */
function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
}

/**
 * The open document of the file at `uri`, also when it is open under another spelling of its
 * path: another case on a case-insensitive file system (`Res.unres` for `res.unres`), or through a
 * symbolic link. An import must find it there too, or it would write under unsaved changes.
 */
async function openDocumentOfFile(uri: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  const exact = openDocument(uri);
  if (exact || uri.scheme !== 'file') return exact;
  for (const d of vscode.workspace.textDocuments) {
    if (d.uri.scheme === 'file' && (await sameFile(d.uri, uri))) return d;
  }
  return undefined;
}

/**
 * Puts the imported text into a draft open in VS Code: the whole buffer replaced by one edit and
 * saved, so that the editor shows what is on disk (writing the file under an open buffer would
 * leave the buffer with the old text). Throws with a one-line reason when it cannot.
 */
async function replaceOpenDocument(document: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text);
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error('the editor refused the change (is the file read-only?)');
  if (!(await document.save())) throw new Error('it could not be saved');
}

async function importCommand(context: vscode.ExtensionContext, services: ExtensionServices, given: CommandTargets): Promise<vscode.Uri | undefined> {
  const picked = given.source ? [given.source] : await vscode.window.showOpenDialog({
    canSelectMany: false,
    openLabel: 'Import',
    title: 'Import resolution',
    filters: { 'Resolution texts': ['txt', 'md', 'docx'], 'All files': ['*'] },
  });
  const source = picked?.[0];
  if (!source) return undefined;
  const name = nameOf(source);
  let result: ImportResult;
  try {
    result = await importFile(source);
  } catch (e) {
    void services.notify.error(`unres: cannot read ${name}: ${errorLine(e)}`);
    return undefined;
  }
  if (!result.ok) {
    void services.notify.error(`unres: ${name}: ${result.error}`);
    return undefined;
  }
  let target = given.target ?? withExtension(source, '.unres');
  if (target.toString() === source.toString()) target = withExtension(source, '.imported.unres');
  const targetName = nameOf(target);
  // Asked before the question: a draft with unsaved changes is never replaced.
  if ((await openDocumentOfFile(target))?.isDirty) {
    void services.notify.warn(`unres: ${targetName} is open with unsaved changes; save or revert it, then import again. Nothing was imported.`);
    return undefined;
  }
  if (!given.replace && (await exists(target))) {
    const choice = await vscode.window.showWarningMessage(`${targetName} already exists. Replace it with the imported draft?`, { modal: true }, 'Replace');
    if (choice !== 'Replace') return undefined;
  }
  try {
    // Looked up again: the question may have stayed open while the draft was edited or opened.
    const open = await openDocumentOfFile(target);
    if (open?.isDirty) throw new Error('it was changed in the editor meanwhile and not saved');
    if (open) await replaceOpenDocument(open, result.text);
    else await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
  } catch (e) {
    void services.notify.error(`unres: cannot write ${targetName}: ${errorLine(e)}`);
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument(target);
  await vscode.window.showTextDocument(document);
  if (result.notes.length > 0) {
    showNotes(context, source, result.notes);
    const warnings = result.notes.filter((n) => n.severity === 'warning').length;
    // Not awaited: the command is done once the draft is written and open.
    void services.notify.info(`unres: imported ${name} with ${result.notes.length} note(s)${warnings ? `, ${warnings} to check` : ''}.`, 'Show notes').then((choice) => {
      if (choice === 'Show notes') notesChannel?.show(true);
    });
  }
  return target;
}

/**
 * The draft to export: the one named (its open buffer, unsaved edits included), else the active
 * editor's, else the draft of the focused preview (the preview has the focus: no text editor is active).
 */
async function draftDocument(services: ExtensionServices, given?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  if (given) return openDocument(given) ?? (await vscode.workspace.openTextDocument(given));
  const editor = vscode.window.activeTextEditor;
  if (editor) return editor.document.languageId === 'unres' ? editor.document : undefined;
  const previewed = services.activePreviewDraft();
  return previewed ? openDocument(previewed) ?? (await vscode.workspace.openTextDocument(previewed)) : undefined;
}

/** Whether two URIs name the same file: the same URI, or (on disk) the same file reached by another path or link. */
async function sameFile(a: vscode.Uri, b: vscode.Uri): Promise<boolean> {
  if (a.toString() === b.toString()) return true;
  if (a.scheme !== 'file' || b.scheme !== 'file') return false;
  try {
    return (await realpath(a.fsPath)) === (await realpath(b.fsPath));
  } catch {
    // One of them does not exist yet: not the same file.
    return false;
  }
}

/** Writes export warnings to the output channel and says how many there are, with a way to read them. */
function reportWarnings(services: ExtensionServices, document: vscode.TextDocument, target: vscode.Uri, warnings: readonly string[]): void {
  const where = document.uri.scheme === 'file' ? document.uri.fsPath : document.uri.toString();
  services.output.warn(`Export of ${where} to ${nameOf(target)}: ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`);
  for (const w of warnings) services.output.warn(`  ${where}: ${w}`);
  const first = warnings.length === 1 ? `: ${warnings[0]}` : ` (${warnings.length} warnings; the first: ${warnings[0]})`;
  // Not awaited: the command is done once the file is written.
  void services.notify.warn(`unres: exported to ${nameOf(target)}, but not everything as written${first}`, 'Show details').then((choice) => {
    if (choice === 'Show details') services.output.show(true);
  });
}

async function exportCommand(services: ExtensionServices, format: 'docx' | 'html', given: CommandTargets): Promise<vscode.Uri | undefined> {
  let document: vscode.TextDocument | undefined;
  try {
    document = await draftDocument(services, given.source);
  } catch (e) {
    void services.notify.error(`unres: cannot open ${given.source ? nameOf(given.source) : 'the draft'}: ${errorLine(e)}`);
    return undefined;
  }
  if (!document) {
    void services.notify.info('unres: open a .unres draft to export it.');
    return undefined;
  }
  const name = nameOf(document.uri);
  const model = parse(document.getText());
  // As `unres export` does: a text with no organ line and no paragraph is not a draft (a letter, a
  // file of another kind opened by mistake) and would export as an empty document.
  if (model.preamble.length === 0 && model.operative.length === 0 && !model.organ) {
    void services.notify.error(`unres: ${name} is not a resolution draft (no organ line and no paragraphs); nothing was exported.`);
    return undefined;
  }
  const extension = format === 'docx' ? '.docx' : '.html';
  const target = given.target ?? await vscode.window.showSaveDialog({
    defaultUri: exportDefault(document.uri, extension),
    saveLabel: 'Export',
    title: format === 'docx' ? 'Export to Word' : 'Export to HTML',
    filters: format === 'docx' ? { 'Word document': ['docx'] } : { 'Web page': ['html'] },
  });
  if (!target) return undefined;
  if (await sameFile(target, document.uri)) {
    void services.notify.error(`unres: ${nameOf(target)} is the draft itself; choose another file to export to. Nothing was written.`);
    return undefined;
  }
  try {
    const settings = await services.exportSettings(document.uri);
    const layout = buildLayout(model, { footnoteStyle: settings.footnoteStyle });
    const data = format === 'docx' ? await docxBytes(layoutToDocument(layout)) : new TextEncoder().encode(layoutToHtml(layout));
    try {
      await vscode.workspace.fs.writeFile(target, data);
    } catch (e) {
      void services.notify.error(`unres: cannot write ${nameOf(target)}: ${errorLine(e)}`);
      return undefined;
    }
    const warnings = [...layout.warnings];
    if (!settings.fromServer) {
      const why = settings.why ?? 'the language server is not running';
      warnings.push(`${why.charAt(0).toUpperCase()}${why.slice(1)}: the footnotes follow the editor setting unres.footnoteStyle ("${settings.footnoteStyle}"), and no .unresrc.json was read.`);
    }
    if (warnings.length > 0) reportWarnings(services, document, target, warnings);
    else void services.notify.info(`unres: exported to ${nameOf(target)}.`);
    return target;
  } catch (e) {
    void services.notify.error(`unres: the export failed: ${errorLine(e)}`);
    return undefined;
  }
}

/**
 * The command handlers of "Import resolution…", "Export to Word" and "Export to HTML", by command id.
 * The extension loads this module (dist/word.js) on first use.
 */
export function wordCommandHandlers(context: vscode.ExtensionContext, services: ExtensionServices): Record<string, (...args: unknown[]) => Promise<vscode.Uri | undefined>> {
  return {
    [WORD_COMMANDS.importResolution]: (...args) => importCommand(context, services, commandTargets(args)),
    [WORD_COMMANDS.exportWord]: (...args) => exportCommand(services, 'docx', commandTargets(args)),
    [WORD_COMMANDS.exportHtml]: (...args) => exportCommand(services, 'html', commandTargets(args)),
  };
}
