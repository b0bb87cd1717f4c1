// Activation shared by the desktop and the web extension: a thin client. It starts the
// language server the entry provides and adds commands, the score view and the status bar;
// the analysis runs in the server (a process, or a web worker), so activation stays light.
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { createClient, type MakeClient } from './client';
import { registerCommands } from './commands';
import { ConfigDocuments, CONFIG_SCHEME } from './config-view';
import { OptInStore } from './opt-in';
import { PracticeController, type PracticeApi } from './practice';
import { ScoreView } from './score-view';
import { StatusBar } from './status-bar';

let client: BaseLanguageClient | undefined;

export interface ActivateOptions {
  /** Client options that differ on this platform (the web extension's document selector). */
  clientOptions?: Partial<LanguageClientOptions>;
  /** Runs once the server is up (the web extension sends the configuration files). */
  onStarted?(client: BaseLanguageClient, context: vscode.ExtensionContext, log: (message: string) => void): void;
}

/** What activate() returns: practice mode's state and events (the e2e suites drive drills through it). */
export interface RedlineApi {
  practice: PracticeApi;
}

export async function activateRedline(context: vscode.ExtensionContext, make: MakeClient, options: ActivateOptions = {}): Promise<RedlineApi> {
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
  }, make, options.clientOptions);
  client = languageClient;
  const started = languageClient.start().then(
    () => {
      options.onStarted?.(languageClient, context, log);
      return languageClient;
    },
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
    practice,
    vscode.workspace.registerTextDocumentContentProvider(CONFIG_SCHEME, configDocs),
    ...registerCommands({ context, client: ready, output, optIn, scoreView, statusBar, configDocs, practice }),
    vscode.workspace.onDidCloseTextDocument((doc) => statusBar.forget(doc.uri.toString())),
  );
  log(`Redline activated (VS Code ${vscode.version})`);
  return { practice: practice.api };
}

export async function deactivateRedline(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
