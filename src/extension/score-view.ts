// The "Score this answer" webview: score, band, one bar per dimension, evidence lines (click
// to reveal), what is missing with buttons that insert it. Follows the active Markdown
// editor and refreshes as the document changes. Rendering lives in media/score.js.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { ScoreResult } from '../core/types';
import { FIX_REQUEST, SCORE_REQUEST, type FixResponse } from '../shared/protocol';
import { setFrontMatterKey } from '../shared/front-matter';
import { nonce, scoreHtml } from './score-html';
import type { PracticeViewData } from './practice';

/** Messages the webview posts back. */
type ViewMessage =
  | { type: 'reveal'; line: number }
  | { type: 'insert'; ruleId: string }
  | { type: 'setAi' }
  | { type: 'ready' }
  | { type: 'practice'; promptId: string }
  | { type: 'openAttempt'; id: string };

/** What the view is given to render (media/score.js). `practice` only for practice answers. */
export interface ScoreMessage {
  type: 'score';
  file: string;
  result: ScoreResult | null;
  fixable: Record<string, string>;
  practice?: PracticeViewData;
}

export type PracticeProvider = (document: vscode.TextDocument) => Promise<PracticeViewData | undefined>;

export async function requestFix(client: LanguageClient, document: vscode.TextDocument, ruleId: string): Promise<FixResponse | null> {
  return client.sendRequest<FixResponse | null>(FIX_REQUEST, { uri: document.uri.toString(), ruleId });
}

/** Applies a server fix to the document; returns false if the document moved on meanwhile. */
export async function applyFix(document: vscode.TextDocument, fix: FixResponse): Promise<boolean> {
  if (fix.version !== 0 && fix.version !== document.version) return false;
  const edit = new vscode.WorkspaceEdit();
  for (const e of fix.edits) {
    const range = new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character);
    edit.replace(document.uri, range, e.newText);
  }
  return vscode.workspace.applyEdit(edit);
}

export class ScoreView implements vscode.Disposable {
  private panel?: vscode.WebviewPanel;
  private document?: vscode.TextDocument;
  private timer?: NodeJS.Timeout;
  private practice?: PracticeProvider;
  private posted?: ScoreMessage;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: () => Promise<LanguageClient>,
    private readonly log: (message: string) => void,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.panel && e.document === this.document) this.scheduleRefresh();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.panel && editor?.document.languageId === 'markdown' && editor.document !== this.document) {
          this.document = editor.document;
          void this.refresh();
        }
      }),
    );
  }

  /** Practice mode adds the drill's progress to the view of a practice answer. */
  setPracticeProvider(provider: PracticeProvider): void {
    this.practice = provider;
  }

  /** The last message the view was given (the e2e suites read what the user was shown). */
  get lastMessage(): ScoreMessage | undefined {
    return this.posted;
  }

  /** Opens (or reveals) the view for a document and returns its score. */
  async show(document: vscode.TextDocument): Promise<ScoreResult | null> {
    this.document = document;
    if (!this.panel) this.panel = this.createPanel();
    else this.panel.reveal(vscode.ViewColumn.Beside, true);
    return this.refresh();
  }

  private createPanel(): vscode.WebviewPanel {
    const media = vscode.Uri.joinPath(this.context.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel(
      'redline.score',
      'Redline score',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [media], retainContextWhenHidden: false },
    );
    const { webview } = panel;
    const n = nonce();
    const css = webview.asWebviewUri(vscode.Uri.joinPath(media, 'score.css'));
    const js = webview.asWebviewUri(vscode.Uri.joinPath(media, 'score.js'));
    webview.html = scoreHtml({ nonce: n, cspSource: webview.cspSource, css: css.toString(), js: js.toString() });
    webview.onDidReceiveMessage((m: ViewMessage) => void this.onMessage(m), undefined, this.subscriptions);
    panel.onDidChangeViewState(() => {
      if (panel.visible) void this.refresh();
    });
    panel.onDidDispose(() => {
      this.panel = undefined;
      clearTimeout(this.timer);
    });
    return panel;
  }

  private scheduleRefresh(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), 300);
  }

  private async refresh(): Promise<ScoreResult | null> {
    const document = this.document;
    const panel = this.panel;
    if (!document || !panel) return null;
    const client = await this.client();
    const version = document.version;
    const result = await client.sendRequest<ScoreResult | null>(SCORE_REQUEST, { uri: document.uri.toString() });
    // A newer edit is already on its way: its refresh will render.
    if (document.version !== version || this.document !== document) return result;
    const fixable: Record<string, string> = {};
    if (result) {
      const fixes = await Promise.all(result.next.map((step) => requestFix(client, document, step.ruleId).catch(() => null)));
      result.next.forEach((step, i) => {
        if (fixes[i]) fixable[step.ruleId] = fixes[i]!.title;
      });
    }
    const practice = await this.practice?.(document).catch((error: unknown) => {
      this.log(`score view: no practice progress (${String(error)})`);
      return undefined;
    });
    if (document.version !== version || this.document !== document) return result;
    const message: ScoreMessage = { type: 'score', file: vscode.workspace.asRelativePath(document.uri), result, fixable, ...(practice ? { practice } : {}) };
    this.posted = message;
    void panel.webview.postMessage(message);
    return result;
  }

  private async onMessage(message: ViewMessage): Promise<void> {
    const document = this.document;
    if (!document) return;
    if (message.type === 'ready') return void this.refresh();
    if (message.type === 'practice') {
      if (typeof message.promptId === 'string') await vscode.commands.executeCommand('redline.newPractice', { promptId: message.promptId });
      return;
    }
    if (message.type === 'openAttempt') {
      // Only a file the view itself listed: the webview never names an arbitrary URI.
      const point = this.posted?.practice?.trend.points.find((p) => p.id === message.id);
      if (point) await vscode.window.showTextDocument(vscode.Uri.parse(point.uri), { viewColumn: this.editorColumn(document), preview: false });
      return;
    }
    if (message.type === 'reveal') {
      const editor = await vscode.window.showTextDocument(document, { viewColumn: this.editorColumn(document), preserveFocus: false });
      const line = Math.max(0, Math.min(message.line - 1, document.lineCount - 1));
      const range = document.lineAt(line).range;
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      return;
    }
    if (message.type === 'insert') {
      const client = await this.client();
      let fix = await requestFix(client, document, message.ruleId);
      if (fix && !(await applyFix(document, fix))) {
        fix = await requestFix(client, document, message.ruleId);
        if (fix) await applyFix(document, fix);
      }
      if (!fix) void vscode.window.showInformationMessage(`Redline has no insertion for ${message.ruleId} here.`);
      else {
        this.log(`score view: applied "${fix.title}"`);
        const first = fix.edits[0];
        const editor = await vscode.window.showTextDocument(document, { viewColumn: this.editorColumn(document) });
        const position = new vscode.Position(first.range.start.line, 0);
        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      }
      return;
    }
    if (message.type === 'setAi') {
      const text = document.getText();
      const e = setFrontMatterKey(text, 'ai', 'true');
      const edit = new vscode.WorkspaceEdit();
      edit.replace(document.uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.text);
      await vscode.workspace.applyEdit(edit);
    }
  }

  private editorColumn(document: vscode.TextDocument): vscode.ViewColumn | undefined {
    return vscode.window.visibleTextEditors.find((e) => e.document === document)?.viewColumn ?? vscode.ViewColumn.One;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
