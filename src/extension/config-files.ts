// The web extension's part of configuration files: the server's web worker cannot read the
// workspace, so the client finds every .redlinerc.json / .redlinerc with vscode.workspace.fs,
// sends their text (redline/configFiles) and sends them again whenever one changes.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { CONFIG_FILE_NAMES, CONFIG_FILES_NOTIFICATION, type ConfigFilesParams } from '../shared/protocol';

const GLOB = `**/{${CONFIG_FILE_NAMES.join(',')}}`;
/** More configuration files than any real repository has; the search stops there. */
const MAX_FILES = 200;

async function readConfigFiles(): Promise<ConfigFilesParams> {
  const uris = await vscode.workspace.findFiles(GLOB, '**/node_modules/**', MAX_FILES);
  const decoder = new TextDecoder();
  const files = await Promise.all(
    uris.map(async (uri) => {
      try {
        return { uri: uri.toString(), text: decoder.decode(await vscode.workspace.fs.readFile(uri)) };
      } catch {
        return undefined;
      }
    }),
  );
  return { files: files.filter((f): f is { uri: string; text: string } => f !== undefined) };
}

/** Sends the workspace's configuration files now and after every change; dispose to stop. */
export function syncConfigFiles(client: BaseLanguageClient, log: (message: string) => void): vscode.Disposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const send = async () => {
    try {
      const params = await readConfigFiles();
      await client.sendNotification(CONFIG_FILES_NOTIFICATION, params);
      log(`configuration files sent to the server: ${params.files.map((f) => vscode.workspace.asRelativePath(vscode.Uri.parse(f.uri))).join(', ') || 'none'}`);
    } catch (error) {
      log(`could not read the configuration files: ${String(error)}`);
    }
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void send(), 200);
  };
  const watcher = vscode.workspace.createFileSystemWatcher(GLOB);
  void send();
  return vscode.Disposable.from(
    watcher,
    watcher.onDidCreate(later),
    watcher.onDidChange(later),
    watcher.onDidDelete(later),
    vscode.workspace.onDidChangeWorkspaceFolders(later),
    { dispose: () => clearTimeout(timer) },
  );
}
