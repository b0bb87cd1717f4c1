// Shared helpers for the extension-host suites: the fixture workspace, Redline's diagnostics,
// waiting on diagnostic events (never on fixed sleeps), code actions, and the CLI as the
// reference the editor must agree with.
import * as assert from 'assert';
import { execFile } from 'child_process';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'redline-dev.redline';
/** Longest wait for an editor event; a guard against hangs, never a delay. */
export const EVENT_TIMEOUT = 30000;

export function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  return ext;
}

export async function activate(): Promise<void> {
  await extension().activate();
}

export function root(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open (the runner opens test/e2e/workspace)');
  return folder.uri;
}

export function uriOf(rel: string): vscode.Uri {
  return vscode.Uri.joinPath(root(), ...rel.split('/'));
}

export async function readText(rel: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uriOf(rel)));
}

export async function writeText(rel: string, text: string): Promise<vscode.Uri> {
  const uri = uriOf(rel);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/**
 * Copies a workspace file to a new name so a test can edit it without affecting the others.
 * The counter lives on globalThis: every suite file is its own bundle, and names must not clash.
 */
export async function copyOf(rel: string, folder = path.posix.dirname(rel)): Promise<vscode.Uri> {
  const g = globalThis as { redlineE2eCopies?: number };
  g.redlineE2eCopies = (g.redlineE2eCopies ?? 0) + 1;
  const name = `${path.posix.basename(rel, '.md').replace(/\.(prd|design|behavioral)$/, '')}-e2e-${g.redlineE2eCopies}${/\.(prd|design|behavioral)\.md$/.exec(rel)?.[0] ?? '.md'}`;
  return writeText(`${folder}/${name}`, await readText(rel));
}

export async function open(target: string | vscode.Uri): Promise<vscode.TextEditor> {
  const uri = typeof target === 'string' ? uriOf(target) : target;
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false });
}

export function isRedline(d: vscode.Diagnostic): boolean {
  return d.source === 'redline';
}

export function ruleOf(d: vscode.Diagnostic): string {
  const code = d.code;
  if (code && typeof code === 'object') return String(code.value);
  return String(code ?? '');
}

export function redline(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter(isRedline);
}

/** "rule@line:col “text”" for each diagnostic: failure messages show what the editor had. */
export function describe(diagnostics: readonly vscode.Diagnostic[], uri?: vscode.Uri): string {
  const doc = uri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  return diagnostics.map((d) => `${key(ruleOf(d), d.range)}${doc ? ` “${doc.getText(d.range).slice(0, 40)}”` : ''}`).join(', ') || '(none)';
}

/**
 * Resolves with the Redline diagnostics of `uri` as soon as `accept` holds for them, checking
 * now and on every onDidChangeDiagnostics event for that file.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (ds: vscode.Diagnostic[]) => boolean,
  what: string,
  timeout = EVENT_TIMEOUT,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const ds = redline(uri);
      if (!accept(ds)) return false;
      done();
      resolve(ds);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      done();
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      const state = doc ? ` (document version ${doc.version}${doc.isDirty ? ', unsaved' : ''})` : '';
      reject(new Error(`timed out after ${timeout / 1000} s waiting for ${what} in ${path.basename(uri.fsPath)}${state}; Redline diagnostics now: ${describe(redline(uri), uri)}`));
    }, timeout);
    const done = () => {
      sub.dispose();
      clearTimeout(timer);
    };
    check();
  });
}

/** Waits for the next diagnostics published for `uri` after `action` runs (e.g. after an edit). */
export async function nextDiagnostics(uri: vscode.Uri, action: () => Thenable<unknown> | unknown, what: string, accept: (ds: vscode.Diagnostic[]) => boolean = () => true): Promise<vscode.Diagnostic[]> {
  let fired = false;
  const sub = vscode.languages.onDidChangeDiagnostics((e) => {
    if (e.uris.some((u) => u.toString() === uri.toString())) fired = true;
  });
  try {
    await action();
    return await waitForDiagnostics(uri, (ds) => fired && accept(ds), what);
  } finally {
    sub.dispose();
  }
}

export function withRule(rule: string): (ds: vscode.Diagnostic[]) => boolean {
  return (ds) => ds.some((d) => ruleOf(d) === rule);
}

/** Code actions VS Code offers at a range (the lightbulb's content). */
export async function codeActions(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const all = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range);
  // Plain Commands (command: string) are not lightbulb entries with edits; CodeActions are.
  return (all ?? []).filter((a): a is vscode.CodeAction => typeof (a as vscode.Command).command !== 'string');
}

/** Applies a code action as the lightbulb would: its edit, then its command. */
export async function applyAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `VS Code refused the edit of "${action.title}"`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

export function textAt(doc: vscode.TextDocument, d: vscode.Diagnostic): string {
  return doc.getText(d.range);
}

/** Replaces the whole document through an edit, as a user typing would (no save). */
export async function replaceAll(doc: vscode.TextDocument, text: string): Promise<void> {
  // Only the changed middle is replaced, so the edit looks like the user's own typing.
  const old = doc.getText();
  let start = 0;
  while (start < old.length && start < text.length && old[start] === text[start]) start++;
  let end = 0;
  while (end < old.length - start && end < text.length - start && old[old.length - 1 - end] === text[text.length - 1 - end]) end++;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(start), doc.positionAt(old.length - end)), text.slice(start, text.length - end));
  assert.ok(await vscode.workspace.applyEdit(edit), 'VS Code refused the edit');
}

// ---- the CLI: the reference the editor has to agree with ----

export interface CliDiagnostic {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: { title: string; edits: { line: number; column: number; endLine: number; endColumn: number; text: string }[] };
}

export interface CliCheck {
  file: string;
  kind: string;
  ai: boolean;
  diagnostics: CliDiagnostic[];
}

export interface CliScore {
  file: string;
  kind: string;
  ai: boolean;
  score: number | null;
  band: string;
  dimensions: { id: string; label: string; score: number; max: number; evidence: { line: number; text: string }[]; withheldBy: string[] }[];
}

/** Runs `node dist/cli.js <args>` from the extension folder (Electron's Node too, via ELECTRON_RUN_AS_NODE). */
export function cli<T>(args: string[]): Promise<T> {
  const script = path.join(extension().extensionPath, 'dist', 'cli.js');
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [script, ...args], { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      try {
        resolve(JSON.parse(stdout) as T);
      } catch {
        reject(new Error(`redline ${args.join(' ')} printed no JSON (${error?.message ?? ''}): ${stdout.slice(0, 300)} ${stderr.slice(0, 300)}`));
      }
    });
  });
}

export async function cliCheck(uri: vscode.Uri): Promise<CliCheck> {
  return (await cli<CliCheck[]>(['check', '--format', 'json', uri.fsPath]))[0];
}

export async function cliScore(uri: vscode.Uri): Promise<CliScore> {
  return (await cli<CliScore[]>(['score', '--format', 'json', uri.fsPath]))[0];
}

/** A 1-based CLI range as a VS Code range. */
export function toRange(d: { line: number; column: number; endLine: number; endColumn: number }): vscode.Range {
  return new vscode.Range(d.line - 1, d.column - 1, d.endLine - 1, d.endColumn - 1);
}

/** The CLI's fix applied to `text`: what the editor's quick fix must produce. */
export function applyCliEdits(text: string, edits: NonNullable<CliDiagnostic['fix']>['edits']): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (line: number, column: number) => (starts[line - 1] ?? text.length) + column - 1;
  const sorted = [...edits].sort((a, b) => offset(b.line, b.column) - offset(a.line, a.column));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.line, e.column)) + e.text + out.slice(offset(e.endLine, e.endColumn));
  return out;
}

/** "rule@line:col-line:col", the shape both sides are compared in. */
export function key(rule: string, r: vscode.Range): string {
  return `${rule}@${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
}

/** True when `a`'s non-blank lines appear in `b` in the same order (the fix kept the author's text). */
export function keepsLines(a: string, b: string): boolean {
  const target = b.split(/\r?\n/);
  let j = 0;
  for (const line of a.split(/\r?\n/).filter((l) => l.trim())) {
    while (j < target.length && target[j] !== line) j++;
    if (j === target.length) return false;
    j++;
  }
  return true;
}

/**
 * Saves the document and waits until the editor shows exactly what `redline check` says about
 * the saved text: a barrier that stale publishes of an older version can never satisfy.
 */
export async function settled(doc: vscode.TextDocument, what: string): Promise<vscode.Diagnostic[]> {
  assert.ok(await doc.save(), `could not save ${path.basename(doc.uri.fsPath)}`);
  const cli = await cliCheck(doc.uri);
  const expected = cli.diagnostics.map((d) => key(d.ruleId, toRange(d))).sort();
  const same = (ds: vscode.Diagnostic[]) => JSON.stringify(ds.map((d) => key(ruleOf(d), d.range)).sort()) === JSON.stringify(expected);
  return waitForDiagnostics(doc.uri, same, `${what} (the CLI's ${expected.join(', ') || 'no diagnostics'})`);
}
