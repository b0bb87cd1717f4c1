// web: the browser build of the language server (dist/server-web.js, what vscode.dev and
// github.dev run) in a real Web Worker of headless Chromium. A tiny page on 127.0.0.1 starts
// the worker; this file speaks LSP to it through the page, as the web extension's client
// would: initialize, the workspace's .redlinerc.json (redline/configFiles), didOpen of a weak
// PRD, then checks the published diagnostics against the core's own result for the same text
// and configuration, a quick fix, a hover, the score request and "Lint workspace".
'use strict';
const assert = require('assert').strict;
const fs = require('fs');
const http = require('http');
const path = require('path');
const { log, makeTempDir, SetupError } = require('./util');
const { freePort, registerCleanup } = require('./server');
const { launchBrowser } = require('./browser');

const TIMEOUT = 30000;
const FOLDER = 'vscode-vfs://github/redline-dev/checkout';
const DOC_URI = `${FOLDER}/prd/checkout-assistant.md`;
const NOTE_URI = `${FOLDER}/notes/standup.md`;

/** A weak PRD of an AI feature, in our own words: no red lines, an average latency, a ship date as success. */
const WEAK_PRD = `# PRD: Checkout assistant for a grocery app

## Problem

Shoppers abandon carts when a substitution is unclear. We will add an LLM assistant that
suggests substitutes for out-of-stock items and explains them in one sentence.

## Personas

- Busy parent ordering the weekly shop on a phone.
- Store picker who confirms substitutes in the aisle.

## Solution

The model reads the cart and the store's stock and proposes up to three substitutes.
Suggestions appear in about 2 seconds on average.

## Success metrics

- Success for v1 is launching before the holiday season.
- 30% of shoppers accept a suggested substitute.
`;

/** The workspace's configuration: one rule raised to an error, one turned off. */
const REDLINERC = JSON.stringify({ rules: { 'ship-date-success': 'error', 'feedback-loop-missing': 'off' } }, null, 2);

/** The page: a Web Worker running the server and a minimal JSON-RPC client over postMessage. */
const PAGE = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Redline web worker test</title></head>
<body><p>Redline language server in a Web Worker</p>
<script>
const worker = new Worker('/server-web.js');
const pending = new Map();
let nextId = 1;
window.lsp = { notifications: [], serverRequests: [], workerErrors: [] };
worker.onerror = (e) => window.lsp.workerErrors.push(e.message + ' (' + e.filename + ':' + e.lineno + ')');
worker.onmessage = ({ data: m }) => {
  if (m.id !== undefined && m.method === undefined) {
    const p = pending.get(m.id);
    pending.delete(m.id);
    if (m.error) p.reject(new Error(m.error.message)); else p.resolve(m.result);
  } else if (m.id !== undefined) {
    window.lsp.serverRequests.push(m.method);
    const result = m.method === 'workspace/configuration' ? m.params.items.map(() => null) : null;
    worker.postMessage({ jsonrpc: '2.0', id: m.id, result });
  } else {
    window.lsp.notifications.push(m);
  }
};
window.lsp.request = (method, params) => new Promise((resolve, reject) => {
  const id = nextId++;
  pending.set(id, { resolve, reject });
  worker.postMessage({ jsonrpc: '2.0', id, method, params });
});
window.lsp.notify = (method, params) => worker.postMessage({ jsonrpc: '2.0', method, params });
</script></body></html>`;

/** Serves the page and the worker script on a free 127.0.0.1 port. */
async function serve(serverScript) {
  const port = await freePort();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else if (url.pathname === '/server-web.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      fs.createReadStream(serverScript).pipe(res);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  registerCleanup(() => new Promise((resolve) => server.close(resolve)));
  return `http://127.0.0.1:${port}`;
}

/** The core's diagnostics for the same text and configuration, as LSP code + range + severity. */
function expectedDiagnostics(repo) {
  const core = require(path.join(repo, 'dist/core.js'));
  const config = core.parseConfig(REDLINERC, '.redlinerc.json', core.RULES);
  const result = core.lint(WEAK_PRD, { filename: DOC_URI, config });
  const severity = { error: 1, warning: 2, info: 3 };
  return result.diagnostics.map((d) => ({
    code: d.ruleId,
    severity: severity[d.severity],
    range: { start: { line: d.line - 1, character: d.column - 1 }, end: { line: d.endLine - 1, character: d.endColumn - 1 } },
  }));
}

const key = (d) => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}/${d.severity}`;

async function runWeb({ repo, artifacts }) {
  const serverScript = path.join(repo, 'dist/server-web.js');
  if (!fs.existsSync(serverScript)) throw new SetupError(`${serverScript} is missing (npm run build)`);
  fs.rmSync(artifacts, { recursive: true, force: true });
  fs.mkdirSync(artifacts, { recursive: true });
  const tmp = makeTempDir('web');
  const url = await serve(serverScript);
  const { page } = await launchBrowser({ tmp, env: process.env, viewport: { width: 800, height: 600 } });
  page.setDefaultTimeout(TIMEOUT);
  const consoleLog = fs.createWriteStream(path.join(artifacts, 'browser-console.log'));
  page.on('console', (m) => consoleLog.write(`[${m.type()}] ${m.text()}\n`));
  page.on('pageerror', (e) => consoleLog.write(`[pageerror] ${e.message}\n`));

  const request = (method, params) => page.evaluate(([m, p]) => window.lsp.request(m, p), [method, params]);
  const notify = (method, params) => page.evaluate(([m, p]) => window.lsp.notify(m, p), [method, params]);
  const notificationCount = () => page.evaluate(() => window.lsp.notifications.length);
  /** The first publishDiagnostics for `uri` after notification number `after`. */
  const diagnosticsAfter = async (uri, after) => {
    const handle = await page
      .waitForFunction(
        ([u, a]) => window.lsp.notifications.slice(a).find((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === u)?.params ?? null,
        [uri, after],
        { timeout: TIMEOUT },
      )
      .catch(() => {
        throw new Error(`the worker published no diagnostics for ${uri} within ${TIMEOUT / 1000} s`);
      });
    return handle.jsonValue();
  };
  const passed = [];
  const check = async (name, fn) => {
    log(`web step: ${name}`);
    await fn();
    passed.push(name);
  };

  let code = 0;
  try {
    await page.goto(url);
    await check('the worker starts and answers initialize', async () => {
      const init = await request('initialize', {
        processId: null,
        rootUri: FOLDER,
        workspaceFolders: [{ uri: FOLDER, name: 'checkout' }],
        capabilities: { textDocument: { publishDiagnostics: {}, hover: { contentFormat: ['markdown'] }, codeAction: {} }, workspace: {} },
        initializationOptions: { settings: { debounceMs: 0 } },
      });
      assert.equal(init.serverInfo.name, 'redline');
      assert.ok(init.capabilities.codeActionProvider && init.capabilities.hoverProvider, 'code actions and hover are offered');
      await notify('initialized', {});
      await notify('redline/configFiles', { files: [{ uri: `${FOLDER}/.redlinerc.json`, text: REDLINERC }] });
    });

    let diagnostics;
    await check('didOpen of a weak PRD publishes the same diagnostics as the core, with .redlinerc.json applied', async () => {
      const after = await notificationCount();
      await notify('textDocument/didOpen', { textDocument: { uri: DOC_URI, languageId: 'markdown', version: 1, text: WEAK_PRD } });
      const published = await diagnosticsAfter(DOC_URI, after);
      diagnostics = published.diagnostics;
      const codes = diagnostics.map((d) => d.code);
      for (const rule of ['red-lines-missing', 'latency-without-percentile', 'personas-before-failure-modes', 'ship-date-success']) {
        assert.ok(codes.includes(rule), `${rule} is published (got ${codes.join(', ')})`);
      }
      assert.ok(!codes.includes('feedback-loop-missing'), '.redlinerc.json turns feedback-loop-missing off');
      assert.equal(diagnostics.find((d) => d.code === 'ship-date-success').severity, 1, '.redlinerc.json raises ship-date-success to an error');
      // "about 2 seconds on average" is on line 16 (0-based 15): the range must cover that text.
      const latency = diagnostics.find((d) => d.code === 'latency-without-percentile');
      const line = WEAK_PRD.split('\n')[latency.range.start.line];
      assert.match(line.slice(latency.range.start.character, latency.range.end.character), /2 seconds/);
      assert.deepEqual(diagnostics.map(key).sort(), expectedDiagnostics(repo).map(key).sort());
      log(`web: ${diagnostics.length} diagnostics: ${codes.join(', ')}`);
    });

    await check('a document outside the include globs is not linted', async () => {
      const after = await notificationCount();
      await notify('textDocument/didOpen', { textDocument: { uri: NOTE_URI, languageId: 'markdown', version: 1, text: '# Standup\n\n- shipped the model by Friday\n' } });
      await page.waitForFunction(
        ([u, a]) => window.lsp.notifications.slice(a).some((n) => n.method === 'redline/documentStatus' && n.params.uri === u),
        [NOTE_URI, after],
      );
      const statuses = await page.evaluate((u) => window.lsp.notifications.filter((n) => n.method === 'redline/documentStatus' && n.params.uri === u), NOTE_URI);
      assert.equal(statuses.at(-1).params.linted, false);
    });

    await check('the quick fix of red-lines-missing inserts a section', async () => {
      const target = diagnostics.find((d) => d.code === 'red-lines-missing');
      const actions = await request('textDocument/codeAction', {
        textDocument: { uri: DOC_URI },
        range: target.range,
        context: { diagnostics: [target], only: ['quickfix'] },
      });
      const fix = actions.find((a) => a.kind === 'quickfix' && a.edit && a.diagnostics?.some((d) => d.code === 'red-lines-missing'));
      assert.ok(fix, `a quick fix for red-lines-missing (got ${actions.map((a) => a.title).join(' | ')})`);
      const edits = fix.edit.changes?.[DOC_URI] ?? fix.edit.documentChanges?.[0]?.edits;
      assert.ok(edits?.length > 0 && edits.some((e) => /red line/i.test(e.newText)), 'the fix inserts red lines');
    });

    await check('hover on a diagnostic explains the rule', async () => {
      const target = diagnostics.find((d) => d.code === 'latency-without-percentile');
      const hover = await request('textDocument/hover', { textDocument: { uri: DOC_URI }, position: target.range.start });
      const text = typeof hover?.contents === 'string' ? hover.contents : hover?.contents?.value;
      assert.ok(text && text.includes('latency-without-percentile'), `hover names the rule (got ${String(text).slice(0, 200)})`);
    });

    await check('redline/score returns the core score', async () => {
      const result = await request('redline/score', { uri: DOC_URI });
      const core = require(path.join(repo, 'dist/core.js'));
      const config = core.parseConfig(REDLINERC, '.redlinerc.json', core.RULES);
      const expected = core.scoreAnalysis(new core.Analyzer().analyze(WEAK_PRD, { filename: DOC_URI, config }));
      assert.equal(result.kind, 'prd');
      assert.equal(typeof result.score, 'number');
      assert.equal(result.score, expected.score);
      assert.equal(result.band, expected.band);
      assert.ok(result.dimensions.length > 0);
      log(`web: score ${result.score} (${result.band})`);
    });

    await check('"Lint workspace" says it is not available instead of failing', async () => {
      const result = await request('redline/lintWorkspace', {});
      assert.deepEqual(result, { files: 0, problems: 0, unsupported: true });
    });

    await check('a broken .redlinerc.json is reported on the file, and the report goes when the file does', async () => {
      const rc = `${FOLDER}/.redlinerc.json`;
      let after = await notificationCount();
      await notify('redline/configFiles', { files: [{ uri: rc, text: '{ "rules": { "ship-date-success": "error", } ' }] });
      const broken = await diagnosticsAfter(rc, after);
      assert.equal(broken.diagnostics.length, 1);
      assert.equal(broken.diagnostics[0].severity, 1);
      const status = await page.evaluate(() => window.lsp.notifications.filter((n) => n.method === 'redline/status').at(-1)?.params);
      assert.equal(status?.state, 'configError');
      assert.equal(status?.configUri, rc);
      after = await notificationCount();
      await notify('redline/configFiles', { files: [] });
      const cleared = await diagnosticsAfter(rc, after);
      assert.deepEqual(cleared.diagnostics, []);
    });

    await check('the worker raised no error', async () => {
      const errors = await page.evaluate(() => window.lsp.workerErrors);
      assert.deepEqual(errors, []);
    });
  } catch (error) {
    code = 1;
    log(`web: FAILED: ${error.message}`);
    await page.screenshot({ path: path.join(artifacts, 'failure.png') }).catch(() => {});
  } finally {
    const notifications = await page.evaluate(() => window.lsp?.notifications ?? []).catch(() => []);
    fs.writeFileSync(path.join(artifacts, 'lsp-notifications.json'), JSON.stringify(notifications, null, 2));
    consoleLog.end();
  }
  log(`web: ${passed.length} checks passed${code ? ', one failed' : ''} (artifacts: ${path.relative(repo, artifacts)})`);
  return { code };
}

module.exports = { runWeb };
