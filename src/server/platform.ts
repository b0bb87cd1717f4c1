// What the language server needs from its host beyond the LSP connection: how document URIs
// map to paths, where configuration files come from, reading closed documents and walking
// the workspace. Node gives all of it from the disk (src/node/server-platform.ts); the
// browser worker has no disk (src/server/browser-platform.ts). The server itself imports no
// Node module, so the same code runs in both.
import type { RedlineConfig } from '../core/config';
import type { LintWorkspaceResult, RedlineSettings } from '../shared/protocol';

/** A document as the server sees it: open in the editor, or read by the platform. */
export interface Source {
  uri: string;
  version: number;
  text: string;
}

export interface ScanHooks {
  /** The editor's text of an open document. */
  openSource(uri: string): Source | undefined;
  /** Lints and publishes; returns the number of problems, or -1 when the file is not linted. */
  lint(source: Source): number;
  log(message: string): void;
}

export interface ServerPlatform {
  /** Shown in the server's first log line ("node", "browser"). */
  readonly name: string;
  /**
   * The platform's path of a document URI (a file path on Node), or undefined when the URI has
   * none. Paths are only ever handed back to this platform's other methods.
   */
  toPath(uri: string): string | undefined;
  /** The URI of a path `toPath` returned (or a configuration file `findConfigFile` found). */
  toUri(path: string): string;
  /** `path` relative to `folder` with forward slashes; undefined when it is not inside. */
  relative(folder: string, path: string): string | undefined;
  /** The folder holding `path`. */
  dirname(path: string): string;
  /** The nearest configuration file at or above `dir`. */
  findConfigFile(dir: string): string | undefined;
  /** Reads and validates a configuration file; throws ConfigError naming the file and line. */
  loadConfigFile(file: string): RedlineConfig;
  /** Glob patterns of configuration files the client should watch; empty: the platform is told otherwise. */
  readonly configWatchGlobs: string[];
  /** The text of a document that is not open in the editor (undefined: unreadable). */
  readText(uri: string): Promise<string | undefined>;
  /** Lints every Markdown file of the workspace folders; undefined when the platform cannot list files. */
  scanWorkspace?(folders: string[], settings: RedlineSettings, hooks: ScanHooks): Promise<LintWorkspaceResult>;
  /** Mirrors a log line somewhere outside the client (REDLINE_LOG_FILE on Node). */
  debugLog?(line: string): void;
}
