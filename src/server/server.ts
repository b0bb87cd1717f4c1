// The Redline language server: keeps one incremental Analyzer per open Markdown document,
// publishes diagnostics (debounced on type, or on save), and answers code actions, hovers,
// the score, fix and resolved-configuration requests, and workspace-wide linting. It imports
// no Node module: what differs between Node and the browser comes in through ServerPlatform.
import {
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  CodeActionKind,
  DiagnosticSeverity,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer, toLintResult, type Analysis } from '../core/engine';
import { scoreAnalysis } from '../core/score';
import { RULES } from '../core/rules';
import { ruleSetting, type RedlineConfig } from '../core/config';
import type { LintResult } from '../core/types';
import {
  DEFAULT_SETTINGS,
  DOCUMENT_STATUS_NOTIFICATION,
  FIX_REQUEST,
  LINT_WORKSPACE_REQUEST,
  OPEN_RULE_DOC_COMMAND,
  OPT_IN_NOTIFICATION,
  RESOLVED_CONFIG_REQUEST,
  SCORE_REQUEST,
  type DocumentStatus,
  type FixParams,
  type FixResponse,
  type OptInParams,
  type RedlineSettings,
  type ResolvedConfig,
  type UriParams,
} from '../shared/protocol';
import { selectDocument, type Selection } from './select';
import { mergeConfig, normalizeSettings } from './settings';
import { ConfigStore, type ConfigLookup } from './config-store';
import { ConfigErrorReporter } from './config-errors';
import { codeActions, FIX_ALL_KIND } from './actions';
import { containsPosition, toLspDiagnostic, toLspEdit, toLspRange } from './convert';
import { hoverMarkdown } from './hover';
import { resolveConfig } from './resolved';
import type { ServerPlatform, Source } from './platform';

export type { Source } from './platform';

/** The single notice on a document Redline skipped because of its size (at line 1). */
export function tooLargeDiagnostic(length: number, maxFileSize: number): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: 'redline',
    message:
      `Redline skipped this file because of its size: ${length} characters, more than redline.maxFileSize (${maxFileSize}). ` +
      'Raise the redline.maxFileSize setting to lint it.',
  };
}

/** The part of the connection TextDocuments listens to. */
type TextDocumentConnection = Parameters<TextDocuments<TextDocument>['listen']>[0];

/** Cancels a scheduled lint. */
type Pending = () => void;

/**
 * Runs `work` after `ms` milliseconds. Without a delay it runs once the message being handled is
 * done (a 0 ms timer waits at least a millisecond in Node); where there is no setImmediate (a web
 * worker) a 0 ms timer does that.
 */
function later(work: () => void, ms: number): Pending {
  if (ms <= 0 && typeof setImmediate === 'function') {
    const handle = setImmediate(work);
    return () => clearImmediate(handle);
  }
  const handle = setTimeout(work, ms);
  return () => clearTimeout(handle);
}

export class RedlineServer {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly analyzers = new Map<string, Analyzer>();
  private readonly timers = new Map<string, Pending>();
  /** When the oldest edit of each open document not yet answered with diagnostics arrived. */
  private readonly editedAt = new Map<string, number>();
  /** The last version of each open document that was linted. */
  private readonly lastVersion = new Map<string, number>();
  /** Documents with published diagnostics (to clear when they stop being linted). */
  private readonly published = new Set<string>();
  private readonly configs: ConfigStore;
  private readonly merged = new WeakMap<RedlineConfig, { settings: RedlineSettings; config: RedlineConfig }>();
  private readonly configErrors: ConfigErrorReporter;
  private readonly loggedRuleErrors = new Map<string, string>();
  private settings: RedlineSettings = DEFAULT_SETTINGS;
  private optIn = new Set<string>();
  private folders: string[] = [];
  private pullConfiguration = false;
  private snippets = false;
  private watchRegistration = false;
  private workspaceFolderEvents = false;

  constructor(
    private readonly connection: Connection,
    private readonly platform: ServerPlatform,
  ) {
    this.configs = new ConfigStore(platform);
    this.configErrors = new ConfigErrorReporter(connection, (file) => platform.toUri(file), (message) => this.log(message));
  }

  /** The platform's path of a document URI (undefined: it has none). */
  private uriToPath(uri: string): string | undefined {
    return this.platform.toPath(uri);
  }

  /** Forgets every configuration file read so far and re-lints (the platform's files changed; `removed` are gone). */
  reloadConfiguration(removed: readonly string[] = []): void {
    this.configs.invalidate();
    for (const file of removed) this.configErrors.clear(file);
    this.relintAll();
  }

  listen(): void {
    const { connection, documents } = this;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => void this.initialized());
    connection.onDidChangeConfiguration(async (change) => {
      const pushed = (change.settings as Record<string, unknown> | null)?.redline;
      const changed = pushed ? this.setSettings(pushed) : this.pullConfiguration && (await this.pullSettings());
      if (!changed) return;
      this.log(`settings changed: run ${this.settings.run}, debounce ${this.settings.debounceMs} ms`);
      this.relintAll();
    });
    connection.onDidChangeWatchedFiles((change) => {
      this.configs.invalidate();
      for (const event of change.changes) {
        const file = this.uriToPath(event.uri);
        this.log(`configuration file changed: ${file ?? event.uri}`);
        if (file && event.type !== 3 /* deleted */) this.configs.load(file);
        else if (file) this.configErrors.clear(file);
      }
      this.relintAll();
    });
    connection.onNotification(OPT_IN_NOTIFICATION, (params: OptInParams) => {
      this.optIn = new Set(params.uris);
      this.relintAll();
    });

    documents.onDidOpen((e) => this.lintNow(e.document.uri));
    documents.onDidChangeContent((e) => {
      // onDidChangeContent also fires on open; the open handler already linted that version.
      if (e.document.version === this.lastVersion.get(e.document.uri)) return;
      if (this.settings.run === 'onType') this.schedule(e.document.uri);
    });
    documents.onDidSave((e) => this.lintNow(e.document.uri));
    documents.onDidClose((e) => {
      const uri = e.document.uri;
      this.timers.get(uri)?.();
      this.timers.delete(uri);
      this.editedAt.delete(uri);
      this.analyzers.delete(uri);
      this.lastVersion.delete(uri);
      this.loggedRuleErrors.delete(uri);
      if (this.published.delete(uri)) connection.sendDiagnostics({ uri, diagnostics: [] });
    });

    connection.onCodeAction((params) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
      const result = this.currentLint(doc);
      if (!result) return [];
      return codeActions({
        uri: doc.uri,
        version: doc.version,
        text: doc.getText(),
        diagnostics: result.diagnostics,
        context: params.context.diagnostics,
        range: params.range,
        only: params.context.only,
        snippets: this.snippets,
      });
    });
    connection.onHover((params) => {
      const doc = documents.get(params.textDocument.uri);
      const result = doc && this.currentLint(doc);
      if (!result) return null;
      const hits = result.diagnostics.filter((d) => containsPosition(toLspRange(d), params.position));
      if (hits.length === 0) return null;
      return { contents: hoverMarkdown(hits, result), range: toLspRange(hits[0]) };
    });
    connection.onExecuteCommand(async (params) => {
      if (params.command !== OPEN_RULE_DOC_COMMAND) return;
      const url = String(params.arguments?.[0] ?? '');
      if (/^https?:/.test(url)) await connection.window.showDocument({ uri: url, external: true });
    });

    connection.onRequest(SCORE_REQUEST, async (params: UriParams) => {
      const source = await this.source(params.uri);
      return source ? scoreAnalysis(this.analyze(source)) : null;
    });
    connection.onRequest(FIX_REQUEST, async (params: FixParams) => this.fixFor(params));
    connection.onRequest(RESOLVED_CONFIG_REQUEST, async (params: Partial<UriParams>) => this.resolvedConfig(params.uri));
    connection.onRequest(LINT_WORKSPACE_REQUEST, async () => {
      if (!this.platform.scanWorkspace) {
        this.log(`lint workspace: not available on ${this.platform.name} (it lists the workspace's files); open documents are linted`);
        return { files: 0, problems: 0, unsupported: true };
      }
      const result = await this.platform.scanWorkspace(this.folders, this.settings, {
        openSource: (uri) => {
          const doc = documents.get(uri);
          return doc && { uri, version: doc.version, text: doc.getText() };
        },
        lint: (source) => this.lintSource(source),
        log: (message) => this.log(message),
      });
      this.log(`workspace linted: ${result.files} files, ${result.problems} problems`);
      return result;
    });

    documents.listen(this.timedDocumentEvents());
    connection.listen();
  }

  /**
   * The connection's document notifications, noting when an open or an edit arrives (before the
   * text is updated), so the status can say how long the diagnostics took to follow it.
   */
  private timedDocumentEvents(): TextDocumentConnection {
    const { connection } = this;
    const arrived = (uri: string) => {
      if (!this.editedAt.has(uri)) this.editedAt.set(uri, performance.now());
    };
    return {
      onDidOpenTextDocument: (handler) => connection.onDidOpenTextDocument((params) => (arrived(params.textDocument.uri), handler(params))),
      onDidChangeTextDocument: (handler) => connection.onDidChangeTextDocument((params) => (arrived(params.textDocument.uri), handler(params))),
      onDidCloseTextDocument: (handler) => connection.onDidCloseTextDocument(handler),
      onWillSaveTextDocument: (handler) => connection.onWillSaveTextDocument(handler),
      onWillSaveTextDocumentWaitUntil: (handler) => connection.onWillSaveTextDocumentWaitUntil(handler),
      onDidSaveTextDocument: (handler) => connection.onDidSaveTextDocument(handler),
    };
  }

  private initialize(params: InitializeParams): InitializeResult {
    const caps = params.capabilities;
    this.pullConfiguration = caps.workspace?.configuration === true;
    this.workspaceFolderEvents = caps.workspace?.workspaceFolders === true;
    this.watchRegistration = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    this.snippets = (caps.workspace?.workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport === true;
    const options = (params.initializationOptions ?? {}) as { settings?: unknown; redline?: unknown; optIn?: string[] };
    const initial = options.settings ?? options.redline;
    if (initial) this.setSettings(initial);
    if (Array.isArray(options.optIn)) this.optIn = new Set(options.optIn);
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.folders = folders.map((uri) => this.uriToPath(uri)).filter((p): p is string => !!p);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        hoverProvider: true,
        executeCommandProvider: { commands: [OPEN_RULE_DOC_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'redline', version: '0.1.0' },
    };
  }

  private async initialized(): Promise<void> {
    // Documents opened meanwhile were linted with the initial settings: re-lint only if they differ.
    const changed = this.pullConfiguration && (await this.pullSettings());
    if (this.watchRegistration && this.platform.configWatchGlobs.length > 0) {
      await this.connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: this.platform.configWatchGlobs.map((globPattern) => ({ globPattern })),
      });
    }
    if (this.workspaceFolderEvents) {
      this.connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => this.uriToPath(f.uri)));
        this.folders = this.folders.filter((f) => !removed.has(f));
        this.folders.push(...e.added.map((f) => this.uriToPath(f.uri)).filter((p): p is string => !!p));
        this.relintAll();
      });
    }
    this.log(`Redline language server ready on ${this.platform.name} (run ${this.settings.run}; ${this.folders.length} workspace folder(s))`);
    if (changed) this.relintAll();
  }

  /** Pulls `redline.*` from the client; true when the settings changed. */
  private async pullSettings(): Promise<boolean> {
    try {
      const pulled: unknown = await this.connection.workspace.getConfiguration({ section: 'redline' });
      // Editors without a `redline` section answer null: keep what initializationOptions gave.
      return pulled && typeof pulled === 'object' ? this.setSettings(pulled) : false;
    } catch (error) {
      this.log(`could not read settings: ${String(error)}`);
      return false;
    }
  }

  /** Keeps the same settings object when nothing changed, so analyses stay memoised. */
  private setSettings(raw: unknown): boolean {
    const next = normalizeSettings(raw);
    if (JSON.stringify(next) === JSON.stringify(this.settings)) return false;
    this.settings = next;
    return true;
  }

  private log(message: string): void {
    this.connection.console.log(message);
    this.platform.debugLog?.(message);
  }

  private schedule(uri: string): void {
    this.timers.get(uri)?.();
    this.timers.set(
      uri,
      later(() => {
        this.timers.delete(uri);
        this.lintNow(uri);
      }, this.settings.debounceMs),
    );
  }

  private relintAll(): void {
    for (const doc of this.documents.all()) this.lintNow(doc.uri);
    this.configErrors.report(this.configs.known());
  }

  // ---- analysis -------------------------------------------------------------------------

  /** Path used for include globs: relative to the workspace folder holding the file. */
  private relativePath(uri: string): string {
    const file = this.uriToPath(uri);
    if (!file) return decodeURIComponent(uri.replace(/^[a-z-]+:\/*/i, '/'));
    for (const folder of this.folders) {
      const relative = this.platform.relative(folder, file);
      if (relative !== undefined) return relative;
    }
    return file.split('\\').join('/');
  }

  private selection(source: Source): Selection {
    return selectDocument({ path: this.relativePath(source.uri), text: source.text, optedIn: this.optIn.has(source.uri) }, this.settings);
  }

  private configFor(uri: string): ConfigLookup & { effective: RedlineConfig } {
    const lookup = this.configs.lookup(this.uriToPath(uri), this.folders[0]);
    let memo = this.merged.get(lookup.config);
    if (!memo || memo.settings !== this.settings) {
      memo = { settings: this.settings, config: mergeConfig(this.settings, lookup.config, RULES) };
      this.merged.set(lookup.config, memo);
    }
    return { ...lookup, effective: memo.config };
  }

  private analyze(source: Source): Analysis {
    let analyzer = this.analyzers.get(source.uri);
    if (!analyzer) {
      analyzer = new Analyzer();
      if (this.documents.get(source.uri)) this.analyzers.set(source.uri, analyzer);
    }
    const filename = this.uriToPath(source.uri) ?? source.uri;
    return analyzer.analyze(source.text, { filename, config: this.configFor(source.uri).effective });
  }

  /** The lint result of an open document's current text, or undefined if it isn't linted. */
  private currentLint(doc: TextDocument): LintResult | undefined {
    const source = { uri: doc.uri, version: doc.version, text: doc.getText() };
    if (!this.selection(source).lint) return undefined;
    return toLintResult(this.analyze(source));
  }

  private async source(uri: string): Promise<Source | undefined> {
    const doc = this.documents.get(uri);
    if (doc) return { uri, version: doc.version, text: doc.getText() };
    const text = await this.platform.readText(uri);
    return text === undefined ? undefined : { uri, version: 0, text };
  }

  private lintNow(uri: string): void {
    this.timers.get(uri)?.();
    this.timers.delete(uri);
    const doc = this.documents.get(uri);
    if (!doc) return;
    this.lastVersion.set(uri, doc.version);
    this.lintSource({ uri, version: doc.version, text: doc.getText() });
    this.configErrors.report(this.configs.known());
  }

  /** Lints one document and publishes the result; returns the number of problems (or -1: not linted). */
  private lintSource(source: Source): number {
    const { uri, version } = source;
    const selection = this.selection(source);
    if (selection.tooLarge) {
      // One notice instead of silence: say why it was skipped and how to lint it anyway.
      const open = this.documents.get(uri);
      this.connection.sendDiagnostics({ uri, version: open ? version : undefined, diagnostics: [tooLargeDiagnostic(source.text.length, this.settings.maxFileSize)] });
      this.published.add(uri);
      this.editedAt.delete(uri);
      this.sendStatus({ uri, version, linted: false, reason: selection.reason, tooLarge: true });
      return -1;
    }
    if (!selection.lint) {
      this.editedAt.delete(uri);
      if (this.published.delete(uri)) this.connection.sendDiagnostics({ uri, diagnostics: [] });
      this.sendStatus({ uri, version, linted: false, reason: selection.reason });
      return -1;
    }
    let analysis: Analysis;
    const started = Date.now();
    try {
      analysis = this.analyze(source);
    } catch (error) {
      this.log(`analysis failed on ${uri}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      return -1;
    }
    const result = toLintResult(analysis);
    this.logRuleErrors(uri, result);
    // A slow analysis must not publish over a newer version of an open document.
    const open = this.documents.get(uri);
    if (open && open.version !== version) return -1;
    this.connection.sendDiagnostics({
      uri,
      version: open ? version : undefined,
      diagnostics: result.diagnostics.map((d) => toLspDiagnostic(d, open ? version : undefined)),
    });
    this.published.add(uri);
    const latencyMs = this.answered(uri);
    if (this.platform.debugLog) this.log(`published ${uri} v${version} (${Date.now() - started} ms): ${result.diagnostics.map((d) => `${d.ruleId}@${d.line}`).join(', ')}`);
    const score = scoreAnalysis(analysis);
    this.sendStatus({
      uri,
      version,
      linted: true,
      reason: selection.reason,
      kind: result.kind,
      kindSource: result.kindSource,
      ai: result.ai,
      aiSource: result.aiSource,
      score: score.score,
      band: score.band,
      problems: result.diagnostics.length,
      latencyMs,
    });
    return result.diagnostics.length;
  }

  /** Milliseconds from the oldest unanswered edit (or the open) of `uri` to now, which answers it. */
  private answered(uri: string): number | undefined {
    const arrived = this.editedAt.get(uri);
    if (arrived === undefined) return undefined;
    this.editedAt.delete(uri);
    return Math.round((performance.now() - arrived) * 100) / 100;
  }

  private sendStatus(status: DocumentStatus): void {
    if (this.documents.get(status.uri)) void this.connection.sendNotification(DOCUMENT_STATUS_NOTIFICATION, status);
  }

  private logRuleErrors(uri: string, result: LintResult): void {
    const key = result.ruleErrors.map((e) => `${e.ruleId}: ${e.message}`).join('\n');
    if (key === (this.loggedRuleErrors.get(uri) ?? '')) return;
    this.loggedRuleErrors.set(uri, key);
    for (const e of result.ruleErrors) this.log(`rule ${e.ruleId} failed on ${uri}: ${e.message} (its diagnostics are missing; the other rules ran)`);
  }

  // ---- requests ---------------------------------------------------------------------------

  private async fixFor(params: FixParams): Promise<FixResponse | null> {
    const source = await this.source(params.uri);
    if (!source) return null;
    const analysis = this.analyze(source);
    const report = analysis.runs.get(params.ruleId)?.reports.find((r) => r.fix);
    if (!report?.fix) return null;
    const edits = report.fix.edits.map((e) => toLspEdit({ ...analysis.doc.lines.range(e.start, e.end), text: e.text }));
    return { title: report.fix.title, edits, version: source.version };
  }

  private async resolvedConfig(uri: string | undefined): Promise<ResolvedConfig> {
    const source = uri ? await this.source(uri) : undefined;
    const lookup = uri ? this.configFor(uri) : undefined;
    const selection = source ? this.selection(source) : undefined;
    const analysis = source ? this.analyze(source) : undefined;
    return resolveConfig({
      uri,
      settings: this.settings,
      selection,
      lookup,
      analysis,
      ruleLevel: (id) => {
        const rule = RULES.find((r) => r.id === id)!;
        return ruleSetting(rule, lookup?.effective).level;
      },
    });
  }
}
