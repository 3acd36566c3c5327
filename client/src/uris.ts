/** Names and places of the files the commands read and write, from the drafts' URIs. */
import * as vscode from 'vscode';

/** The URI with its last extension (none when the name has none) replaced by `extension`. */
export function withExtension(uri: vscode.Uri, extension: string): vscode.Uri {
  const slash = uri.path.lastIndexOf('/');
  const name = uri.path.slice(slash + 1);
  const dot = name.lastIndexOf('.');
  const base = dot > 0 ? name.slice(0, dot) : name;
  return uri.with({ path: `${uri.path.slice(0, slash + 1)}${base}${extension}`, query: '', fragment: '' });
}

/**
 * Where the save dialog of an export opens: beside the draft when its file system can be written
 * to; else (an untitled draft, a `git:` version from the Source Control view, a read-only
 * provider) in the first workspace folder, under the draft's name; undefined (the dialog's own
 * default) when there is no folder either.
 */
export function exportDefault(draft: vscode.Uri, extension: string): vscode.Uri | undefined {
  if (draft.scheme !== 'untitled' && vscode.workspace.fs.isWritableFileSystem(draft.scheme) === true) return withExtension(draft, extension);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) return undefined;
  const name = nameOf(draft).replace(/[\\/:*?"<>|]/g, '_');
  return withExtension(vscode.Uri.joinPath(folder, name || 'draft'), extension);
}

/** The last part of a URI's path: what a message names a file by. */
export function nameOf(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.path;
}
