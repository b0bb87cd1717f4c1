// "Redline: Show resolved configuration": every effective value for the active document and
// where it came from, as a read-only Markdown document (settings scopes resolved here).
import * as vscode from 'vscode';
import type { ResolvedConfig, ResolvedEntry } from '../shared/protocol';

export const CONFIG_SCHEME = 'redline-config';

/** Refines the server's "settings" source into user / workspace / folder settings. */
export function settingsScope(entry: ResolvedEntry, scope?: vscode.Uri): string {
  if (!entry.key.startsWith('redline.') && !entry.source.startsWith('settings')) return entry.source;
  const key = entry.key.startsWith('redline.') ? entry.key.slice('redline.'.length) : `rule.${entry.key.slice('rules.'.length)}`;
  const inspected = vscode.workspace.getConfiguration('redline', scope).inspect(key);
  if (!inspected) return entry.source;
  if (inspected.workspaceFolderValue !== undefined) return 'workspace folder settings';
  if (inspected.workspaceValue !== undefined) return 'workspace settings';
  if (inspected.globalValue !== undefined) return 'user settings';
  return entry.source;
}

function cell(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function renderConfig(config: ResolvedConfig, scope?: vscode.Uri): string {
  const lines = ['# Redline: resolved configuration', ''];
  if (config.uri) lines.push(`Document: \`${cell(vscode.workspace.asRelativePath(vscode.Uri.parse(config.uri)))}\``, '');
  lines.push(`Linted: **${config.linted ? 'yes' : 'no'}** — ${config.reason}`, '');
  lines.push(`Configuration file: ${config.configFile ? `\`${config.configFile}\`` : 'none found (defaults and settings apply)'}`, '');
  if (config.configError) lines.push(`> **Error:** ${config.configError} — the last valid configuration is in force.`, '');
  lines.push('| setting | value | from |', '| --- | --- | --- |');
  for (const entry of config.entries) lines.push(`| \`${entry.key}\` | ${cell(entry.value)} | ${cell(settingsScope(entry, scope))} |`);
  lines.push('');
  return lines.join('\n');
}

export class ConfigDocuments implements vscode.TextDocumentContentProvider {
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  async show(text: string): Promise<void> {
    const uri = vscode.Uri.from({ scheme: CONFIG_SCHEME, path: '/Redline resolved configuration.md' });
    this.contents.set(uri.toString(), text);
    this.changed.fire(uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  }
}
