/**
 * The messages the extension shows (information, warning, error), through one object that also
 * keeps the last ones shown: the extension host cannot read the workbench's notifications, so the
 * e2e tests read this list (`UnresApi.messages`) to check what a command told the user.
 */
import * as vscode from 'vscode';

/** A message shown to the user. */
export interface ShownMessage {
  readonly severity: 'info' | 'warning' | 'error';
  readonly text: string;
}

/** Shows messages and remembers the last ones (see the module comment). */
export interface Notifier {
  info(text: string, ...actions: string[]): Thenable<string | undefined>;
  warn(text: string, ...actions: string[]): Thenable<string | undefined>;
  error(text: string, ...actions: string[]): Thenable<string | undefined>;
  /** The messages shown, oldest first (the last 100). */
  readonly shown: readonly ShownMessage[];
}

/** How many messages `shown` keeps. */
const KEPT = 100;

/** A notifier that shows messages with `vscode.window`. */
export function createNotifier(): Notifier {
  const shown: ShownMessage[] = [];
  const record = (severity: ShownMessage['severity'], text: string) => {
    shown.push({ severity, text });
    if (shown.length > KEPT) shown.shift();
  };
  return {
    info(text, ...actions) {
      record('info', text);
      return vscode.window.showInformationMessage(text, ...actions);
    },
    warn(text, ...actions) {
      record('warning', text);
      return vscode.window.showWarningMessage(text, ...actions);
    },
    error(text, ...actions) {
      record('error', text);
      return vscode.window.showErrorMessage(text, ...actions);
    },
    shown,
  };
}

/** The first line of an error's message, for a one-line notification. */
export function errorLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0];
}
