// Server resilience: when the language server process dies, the client starts a new one and
// the open documents get diagnostics again (vscode-languageclient's restart policy, which the
// extension keeps and reports in the output and the status bar).
import * as assert from 'assert';
import { execFile } from 'child_process';
import * as vscode from 'vscode';
import { activate, copyOf, EVENT_TIMEOUT, open, ruleOf, settled, waitForDiagnostics, withRule } from './helpers';

/** Pids of Redline language servers started by this extension host (the client forks dist/server.js). */
function serverPids(): Promise<number[]> {
  return new Promise((resolve, reject) => {
    execFile('ps', ['-A', '-o', 'pid=,ppid=,args='], (error, stdout) => {
      if (error) return reject(error);
      const pids = stdout
        .split('\n')
        .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
        .filter((m): m is RegExpExecArray => !!m && Number(m[2]) === process.pid && /dist[\\/]server\.js/.test(m[3]))
        .map((m) => Number(m[1]));
      resolve(pids);
    });
  });
}

/** No event tells a test that a process exists: poll, bounded by the usual event guard. */
async function poll<T>(check: () => Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + EVENT_TIMEOUT;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${EVENT_TIMEOUT / 1000} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

suite('server restart', () => {
  suiteSetup(activate);

  test('a killed language server is restarted and publishes diagnostics again after an edit', async () => {
    const uri = await copyOf('answers/tutor-weak.md');
    const { document: doc } = await open(uri);
    const before = await waitForDiagnostics(doc.uri, withRule('ship-date-success'), 'ship-date-success before the crash');
    const [pid] = await poll(async () => {
      const pids = await serverPids();
      return pids.length === 1 ? pids : undefined;
    }, 'the Redline server process');

    process.kill(pid, 'SIGKILL');
    const next = await poll(async () => (await serverPids()).find((p) => p !== pid), 'a new Redline server process');
    assert.notStrictEqual(next, pid);

    // An edit after the crash: a second success-by-date sentence must get its own diagnostic.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(doc.lineCount, 0), '\nSuccess for the pilot is shipping the grader by June 30.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const after = await settled(doc, 'diagnostics from the restarted server');
    const ships = (ds: vscode.Diagnostic[]) => ds.filter((d) => ruleOf(d) === 'ship-date-success').length;
    assert.strictEqual(ships(after), ships(before) + 1, 'the new sentence is linted by the new server');
  });
});
