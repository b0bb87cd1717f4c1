// The language client both extension entries share: its options, the restart policy, and the
// wiring of the server's custom notifications (configuration health, per-document status) to
// the extension's UI. How the server is started (a Node process or a web worker) is the
// entry's part: main.ts and browser.ts pass `make`.
import * as vscode from 'vscode';
import {
  CloseAction,
  State,
  type BaseLanguageClient,
  type ErrorHandler,
  type LanguageClientOptions,
} from 'vscode-languageclient';
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

/** Builds the platform's client ('redline', 'Redline', its server, these options). */
export type MakeClient = (context: vscode.ExtensionContext, options: LanguageClientOptions) => BaseLanguageClient;

export function createClient(
  context: vscode.ExtensionContext,
  hooks: ClientHooks,
  make: MakeClient,
  overrides: Partial<LanguageClientOptions> = {},
): BaseLanguageClient {
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
    ...overrides,
  };
  const client = make(context, clientOptions);
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

export async function sendOptIn(client: BaseLanguageClient, uris: string[]): Promise<void> {
  await client.sendNotification(OPT_IN_NOTIFICATION, { uris });
}
