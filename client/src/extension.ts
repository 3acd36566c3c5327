/**
 * The VS Code extension: starts the unres language server over IPC and adds the commands,
 * the output channel and the status-bar item. All language features live in the server.
 */
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** Activates on the `unres` language. */
export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient }> {
  const output = vscode.window.createOutputChannel('unres', { log: true });
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'unres' },
      { scheme: 'untitled', language: 'unres' },
      { scheme: 'vscode-remote', language: 'unres' },
    ],
    synchronize: { configurationSection: 'unres' },
    outputChannel: output,
    initializationOptions: { settings: vscode.workspace.getConfiguration('unres') },
  };
  const c = new LanguageClient('unres', 'unres', serverOptions, clientOptions);
  client = c;

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

  context.subscriptions.push(
    output,
    status,
    c.onDidChangeState((e) => showState(e.newState)),
    vscode.window.onDidChangeActiveTextEditor(updateVisibility),
    vscode.commands.registerCommand('unres.restartServer', async () => {
      output.appendLine('Restarting the unres language server…');
      await c.restart();
    }),
    vscode.commands.registerCommand('unres.showOutput', () => output.show(true)),
  );

  try {
    await c.start();
  } catch (e) {
    output.appendLine(`The unres language server failed to start: ${e instanceof Error ? e.message : String(e)}`);
    void vscode.window.showErrorMessage('unres: the language server failed to start. See the "unres" output channel.');
  }
  return { client: c };
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
