// The custom requests and notifications between the Redline language server and its clients.
// Plain data only: the VS Code extension and any other LSP client import these types.
import type { Fix, Kind, KindSource, AiSource, ScoreResult } from '../core/types';

/** What a published diagnostic carries in `data`: the rule and, when it has one, its fix. */
export interface DiagnosticData {
  ruleId: string;
  /** Document version the diagnostic (and its fix coordinates) was computed for. */
  version?: number;
  fix?: Fix;
}

/** Settings under `redline.*` (VS Code settings, or initializationOptions for other editors). */
export interface RedlineSettings {
  enable: boolean;
  run: 'onType' | 'onSave';
  include: string[];
  exclude: string[];
  debounceMs: number;
  /** Files larger than this many characters are not linted. */
  maxFileSize: number;
  /** Per-rule severity from `redline.rule.<id>`; `.redlinerc.json` takes precedence. */
  rule: Record<string, unknown>;
}

export const DEFAULT_INCLUDE = ['**/prd/**/*.md', '**/prds/**/*.md', '**/specs/**/*.md', '**/answers/**/*.md', '**/interview/**/*.md'];

export const DEFAULT_SETTINGS: RedlineSettings = {
  enable: true,
  run: 'onType',
  include: DEFAULT_INCLUDE,
  exclude: ['**/node_modules/**'],
  debounceMs: 250,
  maxFileSize: 1_000_000,
  rule: {},
};

export interface UriParams {
  uri: string;
}

/** `redline/score`: the core ScoreResult of a document (any Markdown file, linted or not). */
export const SCORE_REQUEST = 'redline/score';
export type ScoreResponse = ScoreResult | null;

/** `redline/fix`: the fix a rule offers for a document now (the score view's "insert" button). */
export const FIX_REQUEST = 'redline/fix';
export interface FixParams extends UriParams {
  ruleId: string;
}
export interface FixResponse {
  title: string;
  /** LSP text edits (0-based) against the document version below. */
  edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[];
  version: number;
}

/** `redline/resolvedConfig`: every effective value for a document and where it came from. */
export const RESOLVED_CONFIG_REQUEST = 'redline/resolvedConfig';
export interface ResolvedEntry {
  key: string;
  value: unknown;
  /** `default`, `settings`, `front matter`, `file name`, `content`, or a config file path. */
  source: string;
}
export interface ResolvedConfig {
  uri?: string;
  linted: boolean;
  /** Why the document is or isn't linted. */
  reason: string;
  configFile?: string;
  configError?: string;
  entries: ResolvedEntry[];
}

/** `redline/lintWorkspace`: lints every matching Markdown file in the workspace folders. */
export const LINT_WORKSPACE_REQUEST = 'redline/lintWorkspace';
export interface LintWorkspaceResult {
  files: number;
  problems: number;
  /** Set when the server cannot list the workspace's files (the browser worker). */
  unsupported?: boolean;
}

/**
 * `redline/configFiles` (client → server, the browser worker only): the text of every
 * `.redlinerc.json` / `.redlinerc` in the workspace, which the worker cannot read itself.
 * Each notification replaces the previous set.
 */
export const CONFIG_FILE_NAMES = ['.redlinerc.json', '.redlinerc'];
export const CONFIG_FILES_NOTIFICATION = 'redline/configFiles';
export interface ConfigFilesParams {
  files: { uri: string; text: string }[];
}

/** `redline/optIn` (client → server): the files the user opted in with "Lint this file". */
export const OPT_IN_NOTIFICATION = 'redline/optIn';
export interface OptInParams {
  uris: string[];
}

/** `redline/status` (server → client): configuration health. */
export const STATUS_NOTIFICATION = 'redline/status';
export interface StatusParams {
  state: 'ok' | 'configError';
  /** The broken configuration file (a URI) and what is wrong with it. */
  configUri?: string;
  message?: string;
  line?: number;
  column?: number;
}

/** `redline/documentStatus` (server → client): what Redline made of a document. */
export const DOCUMENT_STATUS_NOTIFICATION = 'redline/documentStatus';
export interface DocumentStatus {
  uri: string;
  version: number;
  linted: boolean;
  reason: string;
  /** Skipped because the file is larger than redline.maxFileSize (raising it lints the file). */
  tooLarge?: boolean;
  kind?: Kind;
  kindSource?: KindSource;
  ai?: boolean;
  aiSource?: AiSource;
  score?: number | null;
  band?: string;
  problems?: number;
  /**
   * Milliseconds from the arrival of the edit (or the open) these diagnostics answer to their
   * publication: the delay the user sees, debounce included.
   */
  latencyMs?: number;
}

/** Server command behind the "Learn more about <rule>" code action (opens the doc). */
export const OPEN_RULE_DOC_COMMAND = 'redline.server.openRuleDoc';
