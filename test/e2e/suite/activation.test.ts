// The extension loads in a real VS Code, contributes its commands and snippets, and only
// activates on Markdown and its commands (nothing heavy at startup).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activate, extension, open, uriOf } from './helpers';

const COMMANDS = ['redline.scoreAnswer', 'redline.lintFile', 'redline.setKind', 'redline.insertSection', 'redline.showConfig', 'redline.lintWorkspace'];
const SNIPPET_PREFIXES = ['redline-red-lines', 'redline-tlc', 'redline-fallback', 'redline-kpis', 'redline-drift', 'redline-eval', 'redline-monitoring', 'redline-story', 'redline-disable'];

interface Manifest {
  activationEvents?: string[];
  contributes?: { commands?: { command: string; title: string }[]; snippets?: { language: string; path: string }[] };
}

suite('activation and contributions', () => {
  const manifest = () => extension().packageJSON as Manifest;

  test('activates only on Markdown and on its commands', () => {
    const events = manifest().activationEvents ?? [];
    assert.ok(!events.includes('*') && !events.includes('onStartupFinished'), `eager activation: ${events.join(', ')}`);
    for (const e of events) assert.ok(/^onLanguage:markdown$|^onCommand:redline\.|^onWebviewPanel:redline|^workspaceContains:/.test(e), `unexpected activation event ${e}`);
  });

  test('activates when a Markdown file opens and registers every command', async () => {
    await open('answers/tutor-weak.md');
    await activate();
    assert.ok(extension().isActive);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepStrictEqual(COMMANDS.filter((c) => !registered.has(c)), [], 'commands missing from VS Code');
    const titled = (manifest().contributes?.commands ?? []).map((c) => c.command);
    assert.deepStrictEqual(COMMANDS.filter((c) => !titled.includes(c)), [], 'commands missing from contributes.commands (the palette)');
    const score = manifest().contributes?.commands?.find((c) => c.command === 'redline.scoreAnswer');
    assert.match(score?.title ?? '', /Score this answer/);
  });

  test('contributes Markdown snippets with the documented prefixes', () => {
    const entries = (manifest().contributes?.snippets ?? []).filter((s) => s.language === 'markdown');
    assert.ok(entries.length > 0, 'no markdown snippets in contributes.snippets');
    const prefixes = new Set<string>();
    for (const entry of entries) {
      const file = path.join(extension().extensionPath, entry.path);
      const snippets = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { prefix: string | string[]; body: string | string[] }>;
      for (const s of Object.values(snippets)) for (const p of [s.prefix].flat()) prefixes.add(p);
    }
    assert.deepStrictEqual(SNIPPET_PREFIXES.filter((p) => !prefixes.has(p)), [], `prefixes found: ${[...prefixes].join(', ')}`);
  });

  test('VS Code offers the snippets in a Markdown file', async () => {
    const uri = uriOf('notes/snippet-playground.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('# Scratch\n\nredline-fall'));
    await open(uri);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(2, 'redline-fall'.length));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    const snippet = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'redline-fallback');
    assert.ok(snippet, `no redline-fallback completion; offered: ${labels.slice(0, 20).join(', ')}`);
    assert.strictEqual(snippet.kind, vscode.CompletionItemKind.Snippet);
  });
});
