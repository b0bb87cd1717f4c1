// Reports broken configuration files: an error diagnostic on the file itself, and a
// `redline/status` notification so the client can show it; both cleared once it is fixed.
import { DiagnosticSeverity, type Connection } from 'vscode-languageserver';
import { STATUS_NOTIFICATION, type StatusParams } from '../shared/protocol';
import type { ConfigLookup } from './config-store';

export class ConfigErrorReporter {
  /** `file\0message` of every error currently shown. */
  private readonly shown = new Set<string>();
  private lastStatus = '';

  constructor(
    private readonly connection: Connection,
    /** The URI of a configuration file's path (the platform's). */
    private readonly fileUri: (file: string) => string,
    private readonly log: (message: string) => void,
  ) {}

  /** Shows the errors among `known` lookups, clears fixed ones, and updates the status. */
  report(known: ConfigLookup[]): void {
    const broken = known.filter((c) => c.file && c.error);
    for (const { file, error } of broken) {
      const key = `${file}\u0000${error!.message}`;
      if (this.shown.has(key)) continue;
      this.forget(file!);
      this.shown.add(key);
      const position = { line: error!.line - 1, character: Math.max(0, error!.column - 1) };
      this.connection.sendDiagnostics({
        uri: this.fileUri(file!),
        diagnostics: [
          {
            range: { start: position, end: { line: position.line, character: position.character + 1 } },
            severity: DiagnosticSeverity.Error,
            source: 'redline',
            message: `${error!.problem} — Redline keeps using the last valid configuration until this is fixed.`,
          },
        ],
      });
      this.log(`configuration error: ${error!.message}`);
    }
    for (const { file, error } of known) if (file && !error) this.clear(file);
    const first = broken[0];
    const status: StatusParams = first
      ? { state: 'configError', configUri: this.fileUri(first.file!), message: first.error!.problem, line: first.error!.line, column: first.error!.column }
      : { state: 'ok' };
    const key = JSON.stringify(status);
    if (key === this.lastStatus) return;
    this.lastStatus = key;
    void this.connection.sendNotification(STATUS_NOTIFICATION, status);
  }

  /** Removes the diagnostic of a file that is valid again (or deleted). */
  clear(file: string): void {
    if (!this.forget(file)) return;
    this.connection.sendDiagnostics({ uri: this.fileUri(file), diagnostics: [] });
    this.log(`configuration valid again: ${file}`);
  }

  private forget(file: string): boolean {
    let had = false;
    for (const key of [...this.shown]) {
      if (key.startsWith(`${file}\u0000`)) {
        this.shown.delete(key);
        had = true;
      }
    }
    return had;
  }
}
