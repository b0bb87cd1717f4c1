// `redline lsp --stdio`: runs the language server bundled next to the CLI (dist/server.js),
// which starts itself on the transport named in process.argv.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Starts the server; returns false (after saying why) when it is not built. */
export function startLanguageServer(dir: string = __dirname): boolean {
  const server = path.join(dir, 'server.js');
  if (!fs.existsSync(server)) {
    process.stderr.write(`redline: the language server is not available (${server} is missing); build it with \`npm run build\`\n`);
    return false;
  }
  // A runtime path, so the bundler leaves the server out of the CLI bundle.
  const load = require;
  load(server);
  return true;
}
