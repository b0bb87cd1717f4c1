// Entry of the web extension (dist/extension-web.js, package.json `browser`) for vscode.dev
// and github.dev: the same client, commands, score view and status bar as on desktop, with
// the language server in a web worker (dist/server-web.js). The worker has no disk, so this
// side sends it the workspace's configuration files.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateRedline, deactivateRedline } from './activate';
import { syncConfigFiles } from './config-files';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  await activateRedline(
    context,
    (ctx, options) => {
      const script = vscode.Uri.joinPath(ctx.extensionUri, 'dist', 'server-web.js');
      return new LanguageClient('redline', 'Redline', new Worker(script.toString(true)), options);
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
