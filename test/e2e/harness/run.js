#!/usr/bin/env node
// Redline's real-VS-Code test harness. Installs what it needs (apt + the pinned code-server
// and playwright-core from this folder's lockfile), then runs
//   a1  the extension-host mocha suites (out/e2e/suite) inside VS Code 1.100.3's Node extension host
//   a2  the UI smoke: the .vsix of `npm run package` in code-server, driven by headless Chromium
//   web the browser build: dist/server-web.js in a Web Worker of headless Chromium, spoken to
//       over LSP; then the .vsix in VS Code's web worker extension host (as on vscode.dev)
//   package  only `npm run package` into test/e2e/artifacts/redline.vsix, and check what it holds
// Usage: node test/e2e/harness/run.js [install|package|a1|a2|web|all] [--no-build] [--timeout S]
//        [--tests FILE] [--workspace DIR] [--file REL] [--mode vscode-server|code-server]
//        [--update-screenshots]
// Exit: 0 passed, 1 a test failed, 2 timed out, 3 setup error. Every process started is
// killed (process groups) on success, failure, timeout and Ctrl-C.
'use strict';
const fs = require('fs');
const path = require('path');
const { log, step, timings, run, removeTempDirs, SetupError } = require('./lib/util');

const REPO = path.resolve(__dirname, '../../..');
const E2E = path.join(REPO, 'test/e2e');
const ARTIFACTS = path.join(E2E, 'artifacts');

function parseArgs(argv) {
  const opts = { command: 'all', build: true, timeout: 900, tests: path.join(REPO, 'out/e2e/suite/index.js'), workspace: path.join(E2E, 'workspace'),
    file: 'answers/tutor-weak.md', mode: process.env.E2E_SERVER || 'vscode-server', updateScreenshots: process.env.E2E_UPDATE_SCREENSHOTS === '1' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new SetupError(`${a} needs a value`);
      return argv[++i];
    };
    if (['install', 'package', 'a1', 'a2', 'web', 'all'].includes(a)) opts.command = a;
    else if (a === '--no-build') opts.build = false;
    else if (a === '--timeout') opts.timeout = Number(value());
    else if (a === '--tests') opts.tests = path.resolve(value());
    else if (a === '--workspace') opts.workspace = path.resolve(value());
    else if (a === '--file') opts.file = value();
    else if (a === '--mode') opts.mode = value();
    else if (a === '--update-screenshots') opts.updateScreenshots = true;
    else if (a === '--help' || a === '-h') {
      console.log(fs.readFileSync(__filename, 'utf8').split('\n').slice(1, 13).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
      process.exit(0);
    } else throw new SetupError(`unknown argument ${a}`);
  }
  if (!(opts.timeout > 0)) throw new SetupError('--timeout must be a number of seconds');
  return opts;
}

async function buildSuites() {
  await step('build the extension (npm run build)', () => run('npm', ['run', '-s', 'build'], { cwd: REPO }));
  await step('typecheck + bundle the suites', async () => {
    await run(path.join(REPO, 'node_modules/.bin/tsc'), ['--noEmit', '-p', path.join(E2E, 'tsconfig.json')], { cwd: REPO });
    await run(process.execPath, [path.join(E2E, 'build.js')], { cwd: REPO });
  });
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  // Packaging needs only the repo's own devDependencies (vsce).
  if (opts.command !== 'package') {
    const { install } = require('./lib/install');
    await step('install (apt + harness node_modules)', install);
  }
  if (opts.command === 'install') return 0;
  // Loaded after the install: they need playwright-core from this folder's node_modules.
  const { cleanupAll } = require('./lib/server');
  const { runA1 } = require('./lib/a1');
  const { runA2 } = require('./lib/a2');
  const { packageVsix } = require('./lib/vsix');
  const { runWeb } = require('./lib/web');
  const { runWebUi } = require('./lib/web-ui');
  const codes = [];
  try {
    if (opts.command === 'a1' || opts.command === 'all') {
      if (opts.build) await buildSuites();
      const env = pick(process.env, /^(E2E_|REDLINE_)/);
      const r = await step('A1: extension-host suites in VS Code 1.100.3', () =>
        runA1({ repo: REPO, tests: opts.tests, workspace: opts.workspace, artifacts: path.join(ARTIFACTS, 'a1'), timeoutMs: opts.timeout * 1000, env, mode: opts.mode }));
      codes.push(r.code);
      await cleanupAll();
    }
    const vsix = path.join(ARTIFACTS, 'redline.vsix');
    if (['package', 'a2', 'web', 'all'].includes(opts.command)) {
      const packaged = await step('package the .vsix (npm run package) and check its contents', () => packageVsix({ repo: REPO, outFile: vsix }));
      // A .vsix with the wrong contents is a failed test, not a setup problem; A2 still runs on it.
      codes.push(packaged.problems.length ? 1 : 0);
      if (opts.command === 'a2' || opts.command === 'all') {
        const r = await step('A2: UI smoke in code-server + Chromium', () =>
          runA2({ repo: REPO, vsix, workspace: opts.workspace, file: opts.file, artifacts: path.join(ARTIFACTS, 'a2'), screenshotsTo: opts.updateScreenshots ? path.join(REPO, 'media/screenshots') : undefined }));
        codes.push(r.code);
        await cleanupAll();
      }
    }
    if (opts.command === 'web' || opts.command === 'all') {
      // dist/ holds the production build the .vsix was packaged from.
      const worker = await step('web: the browser language server in a Web Worker of Chromium', () =>
        runWeb({ repo: REPO, artifacts: path.join(ARTIFACTS, 'web') }));
      codes.push(worker.code);
      await cleanupAll();
      const ui = await step('web: the .vsix in VS Code\'s web worker extension host (code-server + Chromium)', () =>
        runWebUi({ repo: REPO, vsix, workspace: opts.workspace, artifacts: path.join(ARTIFACTS, 'web-ui') }));
      codes.push(ui.code);
    }
  } finally {
    await cleanupAll();
    removeTempDirs();
  }
  return Math.max(0, ...codes);
}

function pick(env, pattern) {
  return Object.fromEntries(Object.entries(env).filter(([k]) => pattern.test(k)));
}

function summary(code) {
  const total = timings.reduce((s, t) => s + t.seconds, 0);
  log('timings:');
  for (const t of timings) log(`  ${t.seconds.toFixed(1).padStart(6)} s  ${t.name}`);
  log(`result: ${['PASS', 'FAIL (a test failed)', 'FAIL (timeout)', 'FAIL (setup error)'][code] ?? code} — exit ${code}`);
  return total;
}

let finishing = false;
async function finish(code) {
  if (finishing) return;
  finishing = true;
  try {
    await require('./lib/server').cleanupAll();
  } catch {
    /* the server module may not have loaded */
  }
  removeTempDirs();
  summary(code);
  process.exit(code);
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => {
  log(`received ${sig}; stopping everything`);
  finish(2);
});

// A hard ceiling for the whole run, far below the CI limit.
const totalTimeout = Number(process.env.E2E_TOTAL_TIMEOUT || 2400) * 1000;
setTimeout(() => {
  log(`the whole run exceeded ${totalTimeout / 1000} s`);
  finish(2);
}, totalTimeout).unref();

main().then(finish, (error) => {
  log(error instanceof SetupError ? `setup error: ${error.message}` : `harness error: ${error.stack ?? error}`);
  finish(3);
});
