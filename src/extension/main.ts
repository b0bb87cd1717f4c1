// Entry of the VS Code extension (dist/extension.js): a thin client. It starts the language
// server over IPC and adds commands, the score view and the status bar; the analysis runs
// in the server process, so activation stays light.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient } from './client';
import { registerCommands } from './commands';
import { ConfigDocuments, CONFIG_SCHEME } from './config-view';
import { OptInStore } from './opt-in';
import { PracticeController, type PracticeApi } from './practice';
import { ScoreView } from './score-view';
import { StatusBar } from './status-bar';

let client: LanguageClient | undefined;

/** What activate() returns: practice mode's state and events (the e2e suites drive drills through it). */
export interface RedlineApi {
  practice: PracticeApi;
}

export async function activate(context: vscode.ExtensionContext): Promise<RedlineApi> {
  const output = vscode.window.createOutputChannel('Redline', { log: true });
  const optIn = new OptInStore(context.workspaceState);
  const statusBar = new StatusBar();
  const configDocs = new ConfigDocuments();
  const log = (message: string) => output.info(message);

  const languageClient = createClient(context, {
    output,
    optIn: () => optIn.all(),
    onStatus: (status) => {
      statusBar.setConfig(status);
      if (status.state === 'configError') log(`configuration error in ${status.configUri}: ${status.message}`);
    },
    onDocumentStatus: (status) => statusBar.setDocument(status),
    onServerCrash: (restarting) => statusBar.setServer(restarting ? 'restarting' : 'stopped'),
    onServerRunning: () => {
      if (statusBar.server !== 'running') log('the Redline language server is running again');
      statusBar.setServer('running');
    },
  });
  client = languageClient;
  const started = languageClient.start().then(
    () => languageClient,
    (error: unknown) => {
      log(`the Redline language server failed to start: ${String(error)}`);
      throw error;
    },
  );
  const ready = async () => started;
  const scoreView = new ScoreView(context, ready, log);
  const practice = new PracticeController({ context, client: ready, scoreView, log });

  context.subscriptions.push(
    output,
    statusBar,
    scoreView,
    vscode.workspace.registerTextDocumentContentProvider(CONFIG_SCHEME, configDocs),
    practice,
    ...registerCommands({ context, client: ready, output, optIn, scoreView, statusBar, configDocs, practice }),
    vscode.workspace.onDidCloseTextDocument((doc) => statusBar.forget(doc.uri.toString())),
  );
  log(`Redline activated (VS Code ${vscode.version})`);
  return { practice: practice.api };
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
