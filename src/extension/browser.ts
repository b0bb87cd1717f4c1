// Entry of the web extension (dist/extension-web.js, package.json `browser`) for vscode.dev
// and github.dev: the same client, commands, score view and status bar as on desktop, with
// the language server in a web worker (dist/server-web.js). The worker has no disk, so this
// side sends it the workspace's configuration files.
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { activateRedline, deactivateRedline, type RedlineApi } from './activate';
import { syncConfigFiles } from './config-files';

/**
 * The server's worker. On vscode.dev the extension's files have https: URLs; when a remote
 * (code-server, Codespaces) serves them, they are vscode-remote: URIs, which the web
 * extension host will not start a worker from but will fetch: the script then runs from a blob.
 */
async function startWorker(script: vscode.Uri): Promise<Worker> {
  if (script.scheme !== 'vscode-remote') return new Worker(script.toString(true));
  const response = await fetch(script.toString(true));
  if (!response.ok) throw new Error(`cannot load ${script.toString(true)}: HTTP ${response.status}`);
  const blob = new Blob([await response.text()], { type: 'text/javascript' });
  return new Worker(URL.createObjectURL(blob));
}

/**
 * The client's transports over the worker. Built here rather than handing the client the
 * Worker: the extension host replaces the global Worker constructor, so the client's own
 * `instanceof Worker` check fails on the workers it creates.
 */
async function workerTransports(script: vscode.Uri): Promise<MessageTransports> {
  const worker = await startWorker(script);
  return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
}

export async function activate(context: vscode.ExtensionContext): Promise<RedlineApi> {
  return activateRedline(
    context,
    (ctx, options) => {
      const script = vscode.Uri.joinPath(ctx.extensionUri, 'dist', 'server-web.js');
      return new LanguageClient('redline', 'Redline', () => workerTransports(script), options);
    },
    {
      // Every scheme a browser workspace uses (vscode-vfs on github.dev, the local folder on vscode.dev).
      clientOptions: { documentSelector: [{ language: 'markdown' }] },
      onStarted: (client, ctx, log) => ctx.subscriptions.push(syncConfigFiles(client, log)),
    },
  );
}

export async function deactivate(): Promise<void> {
  await deactivateRedline();
}
