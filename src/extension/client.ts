// Starts the bundled language server (dist/server.js) over Node IPC and wires its custom
// notifications (configuration health, per-document status) to the extension's UI.
import * as vscode from 'vscode';
import {
  CloseAction,
  LanguageClient,
  State,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  DOCUMENT_STATUS_NOTIFICATION,
  OPT_IN_NOTIFICATION,
  STATUS_NOTIFICATION,
  type DocumentStatus,
  type StatusParams,
} from '../shared/protocol';

export interface ClientHooks {
  output: vscode.LogOutputChannel;
  optIn: () => string[];
  onStatus(status: StatusParams): void;
  onDocumentStatus(status: DocumentStatus): void;
  /** The server process stopped unexpectedly (restarting: the client starts a new one). */
  onServerCrash(restarting: boolean): void;
  /** The server is running (again). */
  onServerRunning(): void;
}

/** Restarts a crashed server (vscode-languageclient's policy: up to 5 crashes in 3 minutes) and says so. */
const MAX_RESTARTS = 4;

export function createClient(context: vscode.ExtensionContext, hooks: ClientHooks): LanguageClient {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      // Remote Repositories (virtual workspaces): open documents are linted without disk access.
      { scheme: 'vscode-vfs', language: 'markdown' },
    ],
    synchronize: { configurationSection: 'redline' },
    initializationOptions: { optIn: hooks.optIn() },
    outputChannel: hooks.output,
    errorHandler: {
      error: (error, message, count) => defaults().error(error, message, count),
      closed: async () => {
        const result = await defaults().closed();
        const restarting = result.action === CloseAction.Restart;
        hooks.output.warn(
          restarting
            ? 'The Redline language server stopped unexpectedly; restarting it.'
            : `The Redline language server stopped ${MAX_RESTARTS + 1} times in 3 minutes; it is not restarted (run "Developer: Reload Window" to try again).`,
        );
        hooks.onServerCrash(restarting);
        return result;
      },
    },
    diagnosticCollectionName: 'redline',
  };
  const client = new LanguageClient('redline', 'Redline', serverOptions, clientOptions);
  let fallback: ErrorHandler | undefined;
  const defaults = () => (fallback ??= client.createDefaultErrorHandler(MAX_RESTARTS));
  context.subscriptions.push(
    client.onDidChangeState((e) => {
      if (e.newState === State.Running) hooks.onServerRunning();
    }),
  );
  context.subscriptions.push(
    client.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => hooks.onStatus(p)),
    client.onNotification(DOCUMENT_STATUS_NOTIFICATION, (p: DocumentStatus) => hooks.onDocumentStatus(p)),
  );
  return client;
}

export async function sendOptIn(client: LanguageClient, uris: string[]): Promise<void> {
  await client.sendNotification(OPT_IN_NOTIFICATION, { uris });
}
