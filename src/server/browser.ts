// Entry of the Redline language server in the browser (dist/server-web.js), for vscode.dev and
// github.dev: a classic web worker that speaks LSP over postMessage with the web extension
// (src/extension/browser.ts). The same server as on Node, on a platform without a disk.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { CONFIG_FILES_NOTIFICATION, type ConfigFilesParams } from '../shared/protocol';
import { BrowserPlatform } from './browser-platform';
import { RedlineServer } from './server';

// `self` is the worker's global scope; the DOM typings only know the window's.
const scope = self as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
const connection = createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
const platform = new BrowserPlatform();
const server = new RedlineServer(connection, platform);
connection.onNotification(CONFIG_FILES_NOTIFICATION, (params: ConfigFilesParams) => {
  server.reloadConfiguration(platform.setConfigFiles(params));
});
server.listen();
