// Files the user opted in with "Redline: Lint this file", remembered per workspace.
import type * as vscode from 'vscode';

const KEY = 'redline.optIn';

export class OptInStore {
  constructor(private readonly state: vscode.Memento) {}

  all(): string[] {
    return this.state.get<string[]>(KEY, []);
  }

  has(uri: string): boolean {
    return this.all().includes(uri);
  }

  /** Adds a file; returns false if it was already opted in. */
  async add(uri: string): Promise<boolean> {
    const current = this.all();
    if (current.includes(uri)) return false;
    await this.state.update(KEY, [...current, uri]);
    return true;
  }

  async remove(uri: string): Promise<void> {
    await this.state.update(KEY, this.all().filter((u) => u !== uri));
  }
}
