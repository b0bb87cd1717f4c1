// A1: runs the extension's mocha suites inside VS Code's real Node extension host. The web
// client reads `payload` (extensionDevelopmentPath + extensionTestsPath) from the page URL,
// the extension host runs the suites, and the result comes back through
// window.codeAutomationExit(code), which this page exposes (as @vscode/test-web does).
'use strict';
const fs = require('fs');
const path = require('path');
const { log, makeTempDir, copyDir, SetupError } = require('./util');
const { startServer } = require('./server');
const { launchBrowser } = require('./browser');

/**
 * @returns {Promise<number>} 0 all passed, 1 a test failed, 2 no result before the timeout.
 */
async function runA1({ repo, tests, workspace, artifacts, timeoutMs, env = {}, mode = 'vscode-server' }) {
  if (!fs.existsSync(tests)) throw new SetupError(`test entry ${tests} does not exist (build the suites first)`);
  if (!fs.existsSync(path.join(repo, 'package.json'))) throw new SetupError(`${repo} is not an extension folder`);
  fs.rmSync(artifacts, { recursive: true, force: true });
  fs.mkdirSync(artifacts, { recursive: true });
  const tmp = makeTempDir('a1');
  // The suites edit files: they get a copy of the fixture workspace, never the repo's.
  const folder = path.join(tmp, 'workspace');
  copyDir(workspace, folder);

  const server = await startServer({ mode, tmp, artifacts, env: { REDLINE_LOG_FILE: path.join(artifacts, 'redline-server.log'), ...env, REDLINE_E2E_WORKSPACE: folder } });
  const authority = `127.0.0.1:${server.port}`;
  const payload = [
    ['extensionDevelopmentPath', `vscode-remote://${authority}${repo}`],
    ['extensionTestsPath', `vscode-remote://${authority}${tests}`],
  ];
  const url = `${server.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

  const { page } = await launchBrowser({ tmp, env: server.env });
  const consoleLog = fs.createWriteStream(path.join(artifacts, 'browser-console.log'));
  page.on('console', (m) => consoleLog.write(`[${m.type()}] ${m.text()}\n`));
  page.on('pageerror', (e) => consoleLog.write(`[pageerror] ${e.stack ?? e}\n`));

  let settle;
  const result = new Promise((resolve) => (settle = resolve));
  let suitesStarted = false;
  await page.exposeFunction('codeAutomationLog', (type, message) => {
    // Extension-host output (mocha's spec reporter) arrives here line by line; the workbench's
    // own start-up logging before the suites' banner only goes to the log file.
    const text = Array.isArray(message) ? message.join(' ') : String(message);
    consoleLog.write(`[host:${type}] ${text}\n`);
    if (text.startsWith('Redline e2e:')) suitesStarted = true;
    if (suitesStarted && isTestOutput(text)) process.stdout.write(`${text.replace(/\n$/, '')}\n`);
  });
  await page.exposeFunction('codeAutomationExit', (code) => settle({ code: Number(code) }));

  log(`A1: ${path.relative(repo, tests)} against ${path.basename(workspace)}/ (timeout ${timeoutMs / 1000} s)`);
  await page.goto(url);
  const timer = setTimeout(() => settle({ timeout: true }), timeoutMs);
  server.exitPromise.then((e) => settle({ serverExit: e }));
  const outcome = await result;
  clearTimeout(timer);

  let code;
  if ('code' in outcome) {
    code = outcome.code === 0 ? 0 : 1;
    log(`A1: extension host reported exit code ${outcome.code}`);
  } else {
    code = 2;
    const serverLog = fs.readFileSync(server.logFile, 'utf8');
    log(outcome.timeout ? `A1: no result within ${timeoutMs / 1000} s` : `A1: server exited early ${JSON.stringify(outcome.serverExit)}`);
    if (!serverLog.includes('Loading development extension')) {
      log('hint: the server never logged "Loading development extension": the web client ignored the payload (needs --enable-smoke-test-driver on newer VS Code, see docs/e2e.md)');
    }
  }
  if (code !== 0) await page.screenshot({ path: path.join(artifacts, 'failure.png') }).catch(() => {});
  consoleLog.end();
  return { code, tmp };
}

/** Keeps the terminal readable: mocha's lines, not the workbench's own logging. */
function isTestOutput(text) {
  return !/^(?:Ignoring fetching additional builtin|Updating additional builtin|ChatSessionStore)/.test(text);
}

module.exports = { runA1 };
