// Entry of the Redline language server (dist/server.js). The transport comes from argv:
// `--node-ipc` when VS Code starts it, `--stdio` from `redline lsp --stdio` or another editor.
import '../node/v8-flags';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { RedlineServer } from './server';
import { nodePlatform } from '../node/server-platform';

if (!process.argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket=') || a.startsWith('--pipe='))) {
  // Another editor may start the server without a flag: default to stdio as LSP servers do.
  process.argv.push('--stdio');
}

const connection = createConnection(ProposedFeatures.all);
new RedlineServer(connection, nodePlatform()).listen();
