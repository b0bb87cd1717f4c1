// The status bar item: kind, AI scope and live score of the active Markdown document, with
// distinct states for "not linted" (click: opt in) and broken configuration (click: show it).
import * as vscode from 'vscode';
import type { DocumentStatus, StatusParams } from '../shared/protocol';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('redline.status', vscode.StatusBarAlignment.Right, 100);
  private readonly documents = new Map<string, DocumentStatus>();
  private config: StatusParams = { state: 'ok' };
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    this.item.name = 'Redline';
    this.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(() => this.render()));
    this.render();
  }

  get configStatus(): StatusParams {
    return this.config;
  }

  documentStatus(uri: string): DocumentStatus | undefined {
    return this.documents.get(uri);
  }

  /** The language server's state: running, restarting after a crash, or stopped for good. */
  server: 'running' | 'restarting' | 'stopped' = 'running';

  setServer(state: 'running' | 'restarting' | 'stopped'): void {
    this.server = state;
    this.render();
  }

  setConfig(status: StatusParams): void {
    this.config = status;
    this.render();
  }

  setDocument(status: DocumentStatus): void {
    const previous = this.documents.get(status.uri);
    if (previous && previous.version > status.version) return;
    this.documents.set(status.uri, status);
    this.render();
  }

  forget(uri: string): void {
    this.documents.delete(uri);
  }

  /** The text the item shows now (tests and "Show output" read it). */
  get text(): string {
    return this.item.text;
  }

  render(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') {
      this.item.hide();
      return;
    }
    const item = this.item;
    item.backgroundColor = undefined;
    if (this.server !== 'running') {
      const restarting = this.server === 'restarting';
      item.text = restarting ? '$(sync~spin) Redline: restarting' : '$(error) Redline: server stopped';
      item.tooltip = restarting
        ? 'The Redline language server stopped unexpectedly and is being restarted. Click to show the output.'
        : 'The Redline language server stopped too often and was not restarted. Click to show the output.';
      item.command = 'redline.showOutput';
      item.show();
      return;
    }
    if (this.config.state === 'configError') {
      item.text = '$(error) Redline: config error';
      item.tooltip = `Redline configuration is broken (the last valid configuration is still used):\n${this.config.message ?? ''}\nClick to show the error.`;
      item.command = 'redline.showConfigError';
      item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
      item.show();
      return;
    }
    const status = this.documents.get(editor.document.uri.toString());
    if (!status) {
      item.text = '$(sync~spin) Redline';
      item.tooltip = 'Redline is analysing this document';
      item.command = 'redline.showOutput';
    } else if (status.tooLarge) {
      item.text = '$(warning) Redline: file too large';
      item.tooltip = `Redline skipped this file: ${status.reason}.\nClick to raise redline.maxFileSize.`;
      item.command = { title: 'Open redline.maxFileSize', command: 'workbench.action.openSettings', arguments: ['redline.maxFileSize'] };
    } else if (!status.linted) {
      item.text = '$(circle-slash) Redline: not linted';
      item.tooltip = `Redline does not lint this file: ${status.reason}.\nClick to lint it (remembered for this workspace).`;
      item.command = 'redline.lintFile';
    } else {
      const score = status.ai === false && status.kind !== 'behavioral' ? 'not AI' : status.score ?? '–';
      item.text = `$(checklist) Redline: ${status.kind} · ${score}`;
      item.tooltip = [
        `Kind: ${status.kind} (from ${status.kindSource})`,
        `AI product: ${status.ai ? 'yes' : 'no'} (from ${status.aiSource})`,
        status.score === null || status.score === undefined ? 'No score (not an AI document)' : `Score: ${status.score} (${status.band})`,
        `${status.problems ?? 0} problem(s)`,
        ...(status.latencyMs === undefined ? [] : [`Diagnostics ${formatLatency(status.latencyMs)} after the last edit`]),
        'Click to open the score.',
      ].join('\n');
      item.command = 'redline.scoreAnswer';
    }
    item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

/** "4 ms", "0.6 ms", "1.2 s": how long the diagnostics took, to the precision that matters. */
function formatLatency(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(1)} s`;
  return ms < 1 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}
