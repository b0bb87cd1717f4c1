// Entry of the VS Code extension on desktop (dist/extension.js): starts the language server
// (dist/server.js) as a Node process over IPC. Everything else is shared with the web
// extension (src/extension/browser.ts) in activate.ts.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateRedline, deactivateRedline, type RedlineApi } from './activate';

export async function activate(context: vscode.ExtensionContext): Promise<RedlineApi> {
  return activateRedline(context, (ctx, options) => {
    const module = vscode.Uri.joinPath(ctx.extensionUri, 'dist', 'server.js').fsPath;
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
    };
    return new LanguageClient('redline', 'Redline', serverOptions, options);
  });
}

export async function deactivate(): Promise<void> {
  await deactivateRedline();
}
