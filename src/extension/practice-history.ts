// Where practice attempts are kept: `.redline/history.json` in the workspace, or the extension's
// global storage (redline.practice.historyLocation). Read through vscode.workspace.fs so it
// works in remote and virtual workspaces; a broken file is set aside, never silently overwritten.
import * as vscode from 'vscode';
import { emptyHistory, parseHistory, recordAttempt, serializeHistory, HistoryError, type PracticeAttempt, type PracticeHistory } from '../shared/practice/history';

export type HistoryLocation = 'workspace' | 'global';

export class PracticeHistoryStore {
  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly log: (message: string) => void,
  ) {}

  /** The history file in use now, and whether it is the workspace's or the global one. */
  location(): { uri: vscode.Uri; where: HistoryLocation } {
    const setting = vscode.workspace.getConfiguration('redline').get<string>('practice.historyLocation', 'workspace');
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (setting !== 'global' && folder) return { uri: vscode.Uri.joinPath(folder.uri, '.redline', 'history.json'), where: 'workspace' };
    return { uri: vscode.Uri.joinPath(this.context.globalStorageUri, 'history.json'), where: 'global' };
  }

  async read(): Promise<PracticeHistory> {
    const { uri } = this.location();
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return emptyHistory();
    }
    return parseHistory(text);
  }

  /** Adds the attempt and writes the file; returns the history as now stored. */
  async record(attempt: PracticeAttempt): Promise<PracticeHistory> {
    const { uri } = this.location();
    let history: PracticeHistory;
    try {
      history = await this.read();
    } catch (error) {
      if (!(error instanceof HistoryError)) throw error;
      const aside = uri.with({ path: uri.path.replace(/\.json$/, `.broken-${Date.now()}.json`) });
      await vscode.workspace.fs.rename(uri, aside, { overwrite: false });
      this.log(`practice history ${uri.toString(true)} is ${error.message}; moved it to ${aside.toString(true)} and started a new one`);
      void vscode.window.showWarningMessage(`Redline: the practice history was unreadable (${error.message}); it was kept as ${aside.path.split('/').pop()} and a new one started.`);
      history = emptyHistory();
    }
    const updated = recordAttempt(history, attempt);
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(serializeHistory(updated)));
    return updated;
  }
}
