// Speaks LSP to the built language server (dist/server.js) over stdio, as an editor would,
// through the protocol's own client library: initialize, open/change, diagnostics, code
// actions, hover and the score request. Needs `node esbuild.js` first (npm test does it).
import { strict as assert } from 'assert';
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  InitializeRequest,
  InitializedNotification,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidSaveTextDocumentNotification,
  PublishDiagnosticsNotification,
  CodeActionRequest,
  HoverRequest,
  ShutdownRequest,
  ExitNotification,
  RegistrationRequest,
  ConfigurationRequest,
  type CodeAction,
  type Diagnostic,
  type MarkupContent,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { applyEdits, lint, type ScoreResult } from '../../src/core';
import { fromLspRange } from '../../src/server/convert';
import { generatePrd } from '../../src/bench/generate';
import {
  DOCUMENT_STATUS_NOTIFICATION,
  FIX_REQUEST,
  RESOLVED_CONFIG_REQUEST,
  SCORE_REQUEST,
  STATUS_NOTIFICATION,
  type DocumentStatus,
  type FixResponse,
  type ResolvedConfig,
  type StatusParams,
} from '../../src/shared/protocol';

const SERVER = path.resolve(__dirname, '../../dist/server.js');
const CLI = path.resolve(__dirname, '../../dist/cli.js');
const CORE = path.resolve(__dirname, '../../dist/core.js');

/** A weak design answer in our own words: AI product, no red lines, no fallback, an average latency. */
const WEAK_DESIGN = [
  '---',
  'kind: design',
  '---',
  '',
  '# Design an AI assistant that drafts replies for a bike-rental help desk',
  '',
  '## Users',
  '',
  'Riders who message about broken locks and late returns, and the two agents who answer them.',
  '',
  '## Solution',
  '',
  'An LLM reads the message and the rental history and drafts a reply that the agent sends.',
  'Drafts appear in under 3 seconds on average.',
  '',
  '## Metrics',
  '',
  'Success for v1 is launching before the summer season.',
  '',
].join('\n');

const WEAK_PRD = [
  '---',
  'kind: prd',
  '---',
  '',
  '# PRD: Reply drafts',
  '',
  '## Success metrics',
  '',
  '- The main success criterion for v1 is shipping by June 30.',
  '- Adoption: 40% of agents use drafts weekly.',
  '',
].join('\n');

const TUTOR = [
  '---',
  'ai: true',
  '---',
  '',
  '# Design an AI tutor',
  '',
  'I would use an LLM to answer homework questions and a model to grade essays.',
  '',
  '## Success',
  '',
  'Success for v1 is shipping the tutor by June 30.',
  '',
].join('\n');

/** A client that records what the server publishes and lets a test wait for it. */
class TestClient {
  readonly connection: ProtocolConnection;
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiters: (() => void)[] = [];
  readonly statuses: StatusParams[] = [];
  readonly documentStatuses: DocumentStatus[] = [];
  stderr = '';

  constructor(readonly child: ChildProcess, settings: Record<string, unknown> = { debounceMs: 50 }) {
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    child.stderr!.on('data', (d) => (this.stderr += d));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      const list = this.diagnostics.get(p.uri) ?? [];
      list.push(p);
      this.diagnostics.set(p.uri, list);
      this.wake();
    });
    this.connection.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => {
      this.statuses.push(p);
      this.wake();
    });
    this.connection.onNotification(DOCUMENT_STATUS_NOTIFICATION, (p: DocumentStatus) => {
      this.documentStatuses.push(p);
      this.wake();
    });
    this.connection.onRequest(RegistrationRequest.type, () => undefined);
    this.connection.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => settings));
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Resolves when `check` returns a value (re-checked after every notification). */
  waitFor<T>(check: () => T | undefined, what: string, timeoutMs = 8000): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}\n${this.stderr}`)), timeoutMs);
      const attempt = () => {
        const value = check();
        if (value !== undefined) {
          clearTimeout(timer);
          resolve(value);
        } else this.waiters.push(attempt);
      };
      attempt();
    });
  }

  published(uri: string): PublishDiagnosticsParams[] {
    return this.diagnostics.get(uri) ?? [];
  }

  /** Diagnostics published for a given document version. */
  diagnosticsFor(uri: string, version: number): Promise<Diagnostic[]> {
    return this.waitFor(() => this.published(uri).find((p) => p.version === version)?.diagnostics, `diagnostics of ${uri} v${version}`);
  }

  open(uri: string, text: string, version = 1): void {
    void this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'markdown', version, text },
    });
  }

  change(uri: string, version: number, text: string): void {
    void this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
  }
}

async function start(workspace: string, capabilities: Record<string, unknown> = {}, argv = [SERVER, '--stdio'], settings?: Record<string, unknown>): Promise<TestClient> {
  const child = spawn(process.execPath, argv, { stdio: ['pipe', 'pipe', 'pipe'] });
  const client = new TestClient(child, settings);
  await client.connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(workspace).href,
    workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'ws' }],
    capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } }, ...capabilities },
    initializationOptions: { settings: { debounceMs: 20 } },
  });
  await client.connection.sendNotification(InitializedNotification.type, {});
  return client;
}

async function stop(client: TestClient): Promise<void> {
  await client.connection.sendRequest(ShutdownRequest.type);
  await client.connection.sendNotification(ExitNotification.type);
  client.connection.dispose();
  client.child.kill();
}

function applyLspEdits(text: string, edits: TextEdit[]): string {
  return applyEdits(text, edits.map((e) => ({ ...fromLspRange(e.range), text: e.newText })));
}

describe('language server over stdio (dist/server.js)', function () {
  let workspace: string;
  let client: TestClient;
  const uriOf = (name: string) => pathToFileURL(path.join(workspace, name)).href;

  before(async function () {
    if (!fs.existsSync(SERVER)) throw new Error('dist/server.js is missing: run `node esbuild.js` (npm test builds it)');
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'redline-lsp-'));
    client = await start(workspace);
  });

  after(async function () {
    if (client) await stop(client);
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('publishes the same diagnostics as the CLI/core, with rule code, doc link, source and fix data', async function () {
    const uri = uriOf('reply.md');
    client.open(uri, WEAK_PRD);
    const diagnostics = await client.diagnosticsFor(uri, 1);
    const expected = lint(WEAK_PRD, { filename: path.join(workspace, 'reply.md') }).diagnostics;
    assert.deepEqual(
      diagnostics.map((d) => [d.code, fromLspRange(d.range), d.message]),
      expected.map((d) => [d.ruleId, { line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn }, d.message]),
    );
    const ship = diagnostics.find((d) => d.code === 'ship-date-success');
    assert.ok(ship, 'ship-date-success is reported');
    assert.equal(ship.source, 'redline');
    assert.equal(ship.severity, 2);
    assert.equal(ship.range.start.line, 8, 'LSP lines are 0-based: line 9 of the file');
    assert.match(ship.codeDescription!.href, /#ship-date-success$/);
    assert.equal((ship.data as { ruleId: string }).ruleId, 'ship-date-success');
    for (const d of diagnostics) assert.match(d.codeDescription!.href, new RegExp(`#${d.code}$`));
  });

  it('gives a generic LSP client the same diagnostics, fixes and score as `redline check` / `redline score`', async function () {
    if (!fs.existsSync(CLI)) this.skip();
    const file = path.join(workspace, 'bikes.md');
    fs.writeFileSync(file, WEAK_DESIGN);
    const cli = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', file], { encoding: 'utf8' });
    const expected = JSON.parse(cli.stdout)[0].diagnostics as { ruleId: string; line: number; column: number; endLine: number; endColumn: number; message: string; fix?: { edits: unknown[] } }[];
    const uri = pathToFileURL(file).href;
    client.open(uri, WEAK_DESIGN);
    const diagnostics = await client.diagnosticsFor(uri, 1);
    assert.ok(expected.length > 0, 'the CLI reports problems on the weak answer');
    assert.deepEqual(
      diagnostics.map((d) => ({ ruleId: d.code, ...fromLspRange(d.range), message: d.message, fix: (d.data as { fix?: unknown }).fix })),
      expected.map((d) => ({ ruleId: d.ruleId, line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn, message: d.message, fix: d.fix })),
    );
    const cliScore = JSON.parse(spawnSync(process.execPath, [CLI, 'score', '--format', 'json', file], { encoding: 'utf8' }).stdout)[0];
    const served = (await client.connection.sendRequest(SCORE_REQUEST, { uri })) as ScoreResult;
    assert.deepEqual(
      { kind: served.kind, ai: served.ai, score: served.score, band: served.band, dimensions: served.dimensions },
      { kind: cliScore.kind, ai: cliScore.ai, score: cliScore.score, band: cliScore.band, dimensions: cliScore.dimensions },
    );
    fs.rmSync(file);
  });

  it('re-lints on change and never publishes an older version over a newer one', async function () {
    const uri = uriOf('drafts.prd.md');
    client.open(uri, '# PRD: Drafts\n\nA plain note.\n');
    await client.diagnosticsFor(uri, 1);
    // Three quick edits: only the last text counts, and its diagnostics are published last.
    client.change(uri, 2, WEAK_PRD.replace('June 30', 'May 1'));
    client.change(uri, 3, WEAK_PRD);
    client.change(uri, 4, WEAK_PRD + '\nFor me success is launching in Q3 as planned.\n');
    const latest = await client.diagnosticsFor(uri, 4);
    const expected = lint(WEAK_PRD + '\nFor me success is launching in Q3 as planned.\n', { filename: 'drafts.prd.md' }).diagnostics;
    assert.deepEqual(latest.map((d) => fromLspRange(d.range).line), expected.map((d) => d.line));
    assert.ok(expected.filter((d) => d.ruleId === 'ship-date-success').length >= 2);
    const versions = client.published(uri).map((p) => p.version!);
    assert.deepEqual([...versions].sort((a, b) => a - b), versions, 'versions are published in order');
    assert.equal(versions.at(-1), 4);
  });

  it('says in the status how long the diagnostics took to follow the edit they answer, debounce included', async function () {
    const uri = uriOf('latency.prd.md');
    const statusOf = (version: number) => client.waitFor(() => client.documentStatuses.find((s) => s.uri === uri && s.version === version), `status of v${version}`);
    client.open(uri, WEAK_PRD);
    assert.ok(((await statusOf(1)).latencyMs ?? -1) >= 0, 'the open is answered with a time too');
    // An idle pause: a figure counted from the open (or from any earlier edit) would include it.
    await new Promise((resolve) => setTimeout(resolve, 400));
    const sent = performance.now();
    client.change(uri, 2, WEAK_PRD + '\nFor me success is launching in Q3 as planned.\n');
    const status = await statusOf(2);
    const seen = performance.now() - sent;
    assert.ok(status.latencyMs !== undefined, 'the status carries latencyMs');
    assert.ok(status.latencyMs >= 20, `the 20 ms debounce is part of it (${status.latencyMs} ms)`);
    assert.ok(status.latencyMs <= seen, `the server's ${status.latencyMs} ms fit in the ${seen.toFixed(1)} ms the client waited`);
  });

  it('does not lint a README or a random note, but does lint files under prd/ and opted-in files', async function () {
    const readme = uriOf('README.md');
    client.open(readme, WEAK_PRD.replace(/^---[\s\S]*?---\n/, ''));
    const status = await client.waitFor(() => client.documentStatuses.find((s) => s.uri === readme), 'README status');
    assert.equal(status.linted, false);
    assert.equal(client.published(readme).length, 0, 'no diagnostics for README.md');

    const note = uriOf('notes.md');
    client.open(note, '# Notes\n\nSuccess is shipping by June 30.\n');
    assert.equal((await client.waitFor(() => client.documentStatuses.find((s) => s.uri === note), 'note status')).linted, false);

    const inPrd = uriOf('prd/notes.md');
    client.open(inPrd, '# Notes\n\nSuccess is shipping by June 30.\n');
    assert.ok((await client.diagnosticsFor(inPrd, 1)).some((d) => d.code === 'ship-date-success'));

    await client.connection.sendNotification('redline/optIn', { uris: [note] });
    assert.ok((await client.waitFor(() => client.published(note).at(-1)?.diagnostics, 'opted-in note')).some((d) => d.code === 'ship-date-success'));
  });

  it('offers a quick fix per fixable diagnostic, disable comments and learn more', async function () {
    const uri = uriOf('tutor.design.md');
    const text = TUTOR;
    client.open(uri, text);
    const diagnostics = await client.diagnosticsFor(uri, 1);
    assert.ok(diagnostics.some((d) => d.code === 'ship-date-success'), 'the weak design answer has diagnostics');
    const target = diagnostics.find((d) => d.code === 'ship-date-success')!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: target.range,
      context: { diagnostics: [target] },
    })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes(`Disable ${target.code} for this line`), titles.join(' | '));
    assert.ok(titles.includes(`Disable ${target.code} for this file`));
    assert.ok(titles.includes(`Learn more about ${target.code}`));

    const disableLine = actions.find((a) => a.title === `Disable ${target.code} for this line`)!;
    const lineEdits = (disableLine.edit!.documentChanges![0] as { edits: TextEdit[] }).edits;
    const disabled = applyLspEdits(text, lineEdits);
    assert.ok(disabled.split('\n')[target.range.start.line].includes(`<!-- redline-disable-next-line ${target.code} -->`));
    assert.ok(!lint(disabled, { filename: 'tutor.design.md' }).diagnostics.some((d) => d.ruleId === target.code && d.line === target.range.start.line + 2));

    const withFix = diagnostics.find((d) => (d.data as { fix?: unknown }).fix);
    if (withFix) {
      const fixActions = (await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: withFix.range,
        context: { diagnostics: [withFix] },
      })) as CodeAction[];
      const quickFix = fixActions.find((a) => a.isPreferred)!;
      const edits = (quickFix.edit!.documentChanges![0] as { edits: TextEdit[] }).edits;
      const fixed = applyLspEdits(text, edits);
      assert.ok(fixed.includes('I would use an LLM to answer homework questions'), 'the fix keeps the author text');
      assert.ok(fixed.length > text.length, 'the fix inserts a section');
    }
  });

  it('returns a source.fixAll.redline action when asked for it', async function () {
    const uri = uriOf('tutor.design.md');
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    const fixable = lint(TUTOR, { filename: 'tutor.design.md' }).diagnostics.filter((d) => d.fix);
    assert.equal(actions.length, fixable.length ? 1 : 0);
    if (actions.length) assert.equal(actions[0].kind, 'source.fixAll.redline');
  });

  it('hovers a diagnostic with why, weak vs strong example and the rule link', async function () {
    const uri = uriOf('reply.md');
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: 8, character: 45 },
    });
    assert.ok(hover, 'hover on the ship-date phrase');
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /ship-date-success/);
    assert.match(value, /Weak/);
    assert.match(value, /Strong/);
    assert.match(value, /docs\/rules\.md#ship-date-success/);
    const none = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 4, character: 2 } });
    assert.equal(none, null, 'no hover away from diagnostics');
  });

  it('answers redline/score with the core ScoreResult, and redline/fix with LSP edits', async function () {
    const uri = uriOf('reply.md');
    const result = (await client.connection.sendRequest(SCORE_REQUEST, { uri })) as ScoreResult;
    assert.ok(result);
    assert.equal(result.kind, 'prd');
    assert.ok(Array.isArray(result.dimensions));
    assert.ok(result.score === null || (result.score >= 0 && result.score <= 100));
    const missing = await client.connection.sendRequest(SCORE_REQUEST, { uri: uriOf('does-not-exist.md') });
    assert.equal(missing, null);
    const fix = (await client.connection.sendRequest(FIX_REQUEST, { uri, ruleId: 'ship-date-success' })) as FixResponse | null;
    assert.equal(fix, null, 'ship-date-success has no fix');
  });

  it('runs as `redline lsp --stdio` through the CLI', async function () {
    if (!fs.existsSync(CLI)) this.skip();
    const viaCli = await start(workspace, {}, [CLI, 'lsp', '--stdio']);
    try {
      const uri = uriOf('via-cli.prd.md');
      viaCli.open(uri, WEAK_PRD);
      const diagnostics = await viaCli.diagnosticsFor(uri, 1);
      assert.ok(diagnostics.some((d) => d.code === 'ship-date-success'));
    } finally {
      await stop(viaCli);
    }
  });

  it('with "run": "onSave" pulled from the client settings, lints the edited text when it is saved', async function () {
    const onSave = await start(workspace, { workspace: { configuration: true } }, [SERVER, '--stdio'], { run: 'onSave', debounceMs: 0 });
    try {
      const uri = uriOf('on-save.prd.md');
      onSave.open(uri, '# PRD: Drafts\n\nA plain note.\n');
      assert.equal((await onSave.diagnosticsFor(uri, 1)).length, 0);
      onSave.change(uri, 2, WEAK_PRD);
      await onSave.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
      assert.ok((await onSave.diagnosticsFor(uri, 2)).some((d) => d.code === 'ship-date-success'));
      const resolved = (await onSave.connection.sendRequest(RESOLVED_CONFIG_REQUEST, { uri })) as ResolvedConfig;
      assert.deepEqual(resolved.entries.find((e) => e.key === 'redline.run'), { key: 'redline.run', value: 'onSave', source: 'settings' });
    } finally {
      await stop(onSave);
    }
  });

  it('takes hundreds of rapid edits on a 2,000-line document: no stale diagnostics, no backlog, still answering', async function () {
    this.timeout(120_000);
    const core = require(CORE) as typeof import('../../src/core');
    const uri = uriOf('rapid.prd.md');
    const filename = path.join(workspace, 'rapid.prd.md');
    const lines = generatePrd(2000).split('\n');
    client.open(uri, lines.join('\n'));
    await client.diagnosticsFor(uri, 1);
    const edits = 400;
    for (let i = 0; i < edits; i++) {
      // Insert a line somewhere in the document (incremental sync, as VS Code sends it).
      const line = (i * 37) % lines.length;
      const text = `Note ${i}: success for v1 is shipping by June ${(i % 28) + 1}.\n`;
      lines.splice(line, 0, text.slice(0, -1));
      void client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: i + 2 },
        contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text }],
      });
    }
    const finalVersion = edits + 1;
    const finalText = lines.join('\n');
    const published = await client.diagnosticsFor(uri, finalVersion);
    const expected = core.lint(finalText, { filename }).diagnostics;
    assert.deepEqual(
      published.map((d) => [d.code, fromLspRange(d.range), d.message]),
      expected.map((d) => [d.ruleId, { line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn }, d.message]),
      'the final publish equals a fresh lint of the final text',
    );
    const versions = client.published(uri).map((p) => p.version!);
    for (let i = 1; i < versions.length; i++) assert.ok(versions[i] >= versions[i - 1], `v${versions[i]} published after v${versions[i - 1]}`);
    assert.equal(versions.at(-1), finalVersion);
    // Edits are coalesced to the latest version: far fewer analyses than edits.
    assert.ok(versions.length < edits / 4, `${versions.length} publishes for ${edits} edits`);
    const served = (await client.connection.sendRequest(SCORE_REQUEST, { uri })) as ScoreResult;
    const fresh = core.score(finalText, { filename });
    assert.deepEqual([served.score, served.band, served.dimensions], [fresh.score, fresh.band, fresh.dimensions]);
  });

  it('gives a file above redline.maxFileSize one information diagnostic and a "too large" status instead of silence', async function () {
    const small = await start(workspace, { workspace: { configuration: true } }, [SERVER, '--stdio'], { maxFileSize: 2000, debounceMs: 0 });
    try {
      const uri = uriOf('huge.prd.md');
      const huge = WEAK_PRD + '\nMore context on the reply drafts.\n'.repeat(80);
      assert.ok(huge.length > 2000);
      small.open(uri, huge);
      const notice = await small.waitFor(() => {
        const last = small.published(uri).at(-1)?.diagnostics;
        return last?.length === 1 && last[0].severity === 3 ? last : undefined;
      }, 'the size notice');
      assert.equal(notice[0].source, 'redline');
      assert.equal(notice[0].range.start.line, 0, 'at line 1');
      assert.match(String(notice[0].message), /skipped.*size/i);
      assert.match(String(notice[0].message), new RegExp(`${huge.length} characters`));
      assert.match(String(notice[0].message), /raise the redline\.maxFileSize setting/i);
      const status = await small.waitFor(() => small.documentStatuses.find((s) => s.uri === uri && s.tooLarge), 'the "too large" status');
      assert.equal(status.linted, false);
      assert.match(status.reason, /maxFileSize/);

      // Back under the limit: the notice gives way to the real diagnostics.
      small.change(uri, 2, WEAK_PRD);
      const diagnostics = await small.diagnosticsFor(uri, 2);
      assert.ok(diagnostics.some((d) => d.code === 'ship-date-success'));
      assert.ok(!diagnostics.some((d) => /maxFileSize/.test(String(d.message))));

      // A big Markdown file Redline would not judge anyway stays silent.
      const readme = uriOf('README.md');
      small.open(readme, huge.replace(/^---[\s\S]*?---\n/, ''));
      const readmeStatus = await small.waitFor(() => small.documentStatuses.find((s) => s.uri === readme), 'README status');
      assert.equal(readmeStatus.tooLarge, undefined);
      assert.equal(small.published(readme).length, 0);
    } finally {
      await stop(small);
    }
  });

  it('reports a broken .redlinerc.json on the file, keeps the last good config, and recovers', async function () {
    const rc = path.join(workspace, '.redlinerc.json');
    const uri = uriOf('config-test.prd.md');
    fs.writeFileSync(rc, JSON.stringify({ rules: { 'ship-date-success': 'error' } }));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(rc).href, type: 1 }] });
    client.open(uri, WEAK_PRD);
    let diagnostics = await client.diagnosticsFor(uri, 1);
    assert.equal(diagnostics.find((d) => d.code === 'ship-date-success')?.severity, 1, 'config raised the severity to error');

    fs.writeFileSync(rc, '{ "rules": { "ship-date-success": "eror" } }');
    const before = client.published(uri).length;
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(rc).href, type: 2 }] });
    const rcDiagnostics = await client.waitFor(() => client.published(pathToFileURL(rc).href).at(-1)?.diagnostics, 'config error diagnostic');
    assert.equal(rcDiagnostics.length, 1);
    assert.match(String(rcDiagnostics[0].message), /eror/);
    await client.waitFor(() => (client.statuses.at(-1)?.state === 'configError' ? true : undefined), 'configError status');
    diagnostics = await client.waitFor(() => (client.published(uri).length > before ? client.published(uri).at(-1)!.diagnostics : undefined), 're-lint');
    assert.equal(diagnostics.find((d) => d.code === 'ship-date-success')?.severity, 1, 'the last good config stays in force');

    const resolved = (await client.connection.sendRequest(RESOLVED_CONFIG_REQUEST, { uri })) as ResolvedConfig;
    assert.match(resolved.configError ?? '', /eror/);
    const entry = resolved.entries.find((e) => e.key === 'rules.ship-date-success')!;
    assert.equal(entry.value, 'error');
    assert.equal(entry.source, rc);

    fs.writeFileSync(rc, '{ "rules": { "ship-date-success": "off" } }');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(rc).href, type: 2 }] });
    await client.waitFor(() => (client.published(pathToFileURL(rc).href).at(-1)?.diagnostics.length === 0 ? true : undefined), 'config error cleared');
    await client.waitFor(() => (client.statuses.at(-1)?.state === 'ok' ? true : undefined), 'ok status');
    diagnostics = await client.waitFor(() => {
      const last = client.published(uri).at(-1)!.diagnostics;
      return last.some((d) => d.code === 'ship-date-success') ? undefined : last;
    }, 'rule switched off');
    fs.rmSync(rc);
  });
});
