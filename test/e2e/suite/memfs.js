// An in-memory file system provider for the e2e suites: drafts on a scheme other than file:,
// as from vscode-vfs: (GitHub Repositories), git: or another extension's provider. Registered by
// the test code itself, in the extension host.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded by the extension host */
/* global TextEncoder */
'use strict';
const vscode = require('vscode');

/** A flat in-memory file system: files by path, folders implied (enough for opening drafts). */
class MemoryFileSystem {
  constructor() {
    this.files = new Map();
    this.emitter = new vscode.EventEmitter();
    this.onDidChangeFile = this.emitter.event;
  }

  watch() {
    return new vscode.Disposable(() => undefined);
  }

  stat(uri) {
    const file = this.files.get(uri.path);
    if (file) return { type: vscode.FileType.File, ctime: file.ctime, mtime: file.mtime, size: file.data.byteLength };
    const prefix = uri.path.endsWith('/') ? uri.path : `${uri.path}/`;
    if (uri.path === '/' || [...this.files.keys()].some((p) => p.startsWith(prefix))) return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    throw vscode.FileSystemError.FileNotFound(uri);
  }

  readDirectory(uri) {
    const prefix = uri.path.endsWith('/') ? uri.path : `${uri.path}/`;
    const names = new Map();
    for (const p of this.files.keys()) {
      if (!p.startsWith(prefix)) continue;
      const rest = p.slice(prefix.length);
      const slash = rest.indexOf('/');
      names.set(slash < 0 ? rest : rest.slice(0, slash), slash < 0 ? vscode.FileType.File : vscode.FileType.Directory);
    }
    return [...names];
  }

  createDirectory() {}

  readFile(uri) {
    const file = this.files.get(uri.path);
    if (!file) throw vscode.FileSystemError.FileNotFound(uri);
    return file.data;
  }

  writeFile(uri, content) {
    const existing = this.files.get(uri.path);
    const now = Date.now();
    this.files.set(uri.path, { data: content, ctime: existing ? existing.ctime : now, mtime: now });
    this.emitter.fire([{ type: existing ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri }]);
  }

  delete(uri) {
    this.files.delete(uri.path);
    this.emitter.fire([{ type: vscode.FileChangeType.Deleted, uri }]);
  }

  rename(oldUri, newUri) {
    const file = this.files.get(oldUri.path);
    if (!file) throw vscode.FileSystemError.FileNotFound(oldUri);
    this.files.delete(oldUri.path);
    this.files.set(newUri.path, file);
  }

  /** Puts a file in place without going through VS Code (seeding a read-only file system). */
  seed(path, text) {
    const now = Date.now();
    this.files.set(path, { data: new TextEncoder().encode(text), ctime: now, mtime: now });
  }
}

const registered = new Map();

/**
 * The provider of `scheme`, registered on first use for the rest of the run (a scheme can be
 * registered once); `readonly` makes VS Code treat its files as read-only.
 */
function memoryFileSystem(scheme, { readonly = false } = {}) {
  let fs = registered.get(scheme);
  if (!fs) {
    fs = new MemoryFileSystem();
    vscode.workspace.registerFileSystemProvider(scheme, fs, { isCaseSensitive: true, isReadonly: readonly });
    registered.set(scheme, fs);
  }
  return fs;
}

module.exports = { memoryFileSystem };
