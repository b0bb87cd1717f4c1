// Keystrokes through the real language server: the bench starts dist/server.js over stdio,
// opens a document, types one character at a time and, for each didChange, takes the server's
// own account of the time from the edit's arrival to its publishDiagnostics (the status
// notification's latencyMs: debounce 0, server-side work) and the client's round trip.
import { spawn } from 'child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { DOCUMENT_STATUS_NOTIFICATION, type DocumentStatus } from '../shared/protocol';

interface Published {
  uri: string;
  version?: number;
  diagnostics: unknown[];
}

/**
 * Keystrokes typed before timing starts: the server of an editor session has long been warm
 * (its code compiled by V8); the first keystrokes of a fresh process measure the JIT instead.
 */
export const WARM_UP = 20;

export interface LspTimes {
  /** didChange arrival → publishDiagnostics, as the server measured it. */
  server: number[];
  /** didChange sent → publishDiagnostics received, as the client measured it. */
  roundTrip: number[];
}

export async function lspKeystrokes(serverJs: string, text: string, runs: number): Promise<LspTimes> {
  const child = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiting = new Map<number, (at: bigint) => void>();
  const statuses = new Map<number, (status: DocumentStatus) => void>();
  connection.onNotification('textDocument/publishDiagnostics', (p: Published) => {
    if (p.version !== undefined) waiting.get(p.version)?.(process.hrtime.bigint());
  });
  connection.onNotification(DOCUMENT_STATUS_NOTIFICATION, (status: DocumentStatus) => statuses.get(status.version)?.(status));
  connection.onRequest('workspace/configuration', () => [null]);
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  const uri = 'file:///bench/generated.prd.md';
  const published = (version: number) => new Promise<bigint>((resolve) => waiting.set(version, resolve));
  const status = (version: number) => new Promise<DocumentStatus>((resolve) => statuses.set(version, resolve));
  try {
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
      initializationOptions: { settings: { debounceMs: 0, maxFileSize: 100_000_000 } },
    });
    await connection.sendNotification('initialized', {});
    let version = 1;
    const opened = status(version);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
    await opened;
    const times: LspTimes = { server: [], roundTrip: [] };
    let seed = 11;
    let current = text;
    for (let i = 0; i < WARM_UP + runs; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      let at = current.indexOf('. ', seed % current.length);
      if (at < 0) at = current.indexOf('. ');
      const position = positionAt(current, at);
      current = current.slice(0, at) + 'x' + current.slice(at);
      version++;
      const done = published(version);
      // The next key is typed once the server has also sent the status (score) that follows the
      // diagnostics, as between a person's keystrokes; the status carries the server's timing.
      const settled = status(version);
      const sent = process.hrtime.bigint();
      await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: position, end: position }, text: 'x' }],
      });
      const roundTrip = Number((await done) - sent) / 1e6;
      const { latencyMs } = await settled;
      if (latencyMs === undefined) throw new Error(`the server's status for version ${version} has no latencyMs`);
      if (i >= WARM_UP) {
        times.server.push(latencyMs);
        times.roundTrip.push(roundTrip);
      }
      waiting.delete(version);
      statuses.delete(version);
    }
    return times;
  } finally {
    connection.dispose();
    child.kill();
  }
}

function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, character: offset - start };
}
