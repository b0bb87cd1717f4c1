// Starts a throw-away VS Code server on a free 127.0.0.1 port with fresh profile, extension
// and XDG dirs, waits until it answers, and kills its whole process group when done.
//   mode 'vscode-server': the plain VS Code server inside the code-server package, with
//     --enable-smoke-test-driver so the web client honours the test `payload` (A1).
//   mode 'code-server': code-server's own entry, which shows notification toasts (A2).
'use strict';
const fs = require('fs');
const http = require('http');
const net = require('net');
const path = require('path');
const { spawn } = require('child_process');
const { log, run, SetupError } = require('./util');
const { CODE_SERVER } = require('./install');

const VSCODE_SERVER_MAIN = path.join(CODE_SERVER, 'lib/vscode/out/server-main.js');
const CODE_SERVER_ENTRY = path.join(CODE_SERVER, 'out/node/entry.js');

/** A free TCP port on 127.0.0.1, from listen(0). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Keeps code-server and chromium from writing under $HOME: everything goes to the run's temp dir. */
function isolatedEnv(tmp, extra = {}) {
  const env = { ...process.env, ...extra };
  for (const [name, dir] of [['XDG_DATA_HOME', 'xdg-data'], ['XDG_CONFIG_HOME', 'xdg-config'], ['XDG_CACHE_HOME', 'xdg-cache']]) {
    env[name] = path.join(tmp, dir);
    fs.mkdirSync(env[name], { recursive: true });
  }
  // No Open VSX gallery lookups (they fail offline and only add noise).
  env.EXTENSIONS_GALLERY = '{}';
  return env;
}

/** User settings that keep the workbench quiet and deterministic (read in code-server mode). */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'editor.accessibilitySupport': 'off',
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
};

function dirsFor(tmp) {
  const dirs = { userData: path.join(tmp, 'user-data'), extensions: path.join(tmp, 'extensions'), serverData: path.join(tmp, 'server-data') };
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  return dirs;
}

function get(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', () => resolve(0));
    req.setTimeout(2000, () => {
      req.destroy();
      resolve(0);
    });
  });
}

/** Installs a .vsix offline into the run's extensions dir (code-server --install-extension). */
async function installExtension(tmp, vsix) {
  const dirs = dirsFor(tmp);
  const env = isolatedEnv(tmp);
  const output = await run(process.execPath, [CODE_SERVER_ENTRY, '--config', path.join(tmp, 'config.yaml'), '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--install-extension', vsix], { env, quiet: true });
  log(output.trim().split('\n').filter(Boolean).pop());
  return dirs;
}

/**
 * Starts the server. Resolves to { url, port, logFile, stop() } once it answers HTTP.
 * `env` reaches the extension host (how E2E_INCLUDE_FAILING and fixtures are passed).
 */
async function startServer({ mode, tmp, artifacts, env: extraEnv = {}, readyTimeoutMs = 60000 }) {
  if (!fs.existsSync(CODE_SERVER_ENTRY)) throw new SetupError('code-server is not installed (run the harness install step)');
  const port = await freePort();
  const dirs = dirsFor(tmp);
  const env = isolatedEnv(tmp, extraEnv);
  let args;
  let health;
  if (mode === 'vscode-server') {
    args = [VSCODE_SERVER_MAIN, '--host', '127.0.0.1', '--port', String(port), '--without-connection-token', '--accept-server-license-terms',
      '--enable-smoke-test-driver', '--disable-telemetry', '--user-data-dir', dirs.userData, '--server-data-dir', dirs.serverData, '--extensions-dir', dirs.extensions];
    health = '/version';
  } else if (mode === 'code-server') {
    fs.writeFileSync(path.join(tmp, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
    args = [CODE_SERVER_ENTRY, '--config', path.join(tmp, 'config.yaml'), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry',
      '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
    health = '/healthz';
  } else {
    throw new SetupError(`unknown server mode "${mode}" (vscode-server | code-server)`);
  }
  fs.mkdirSync(artifacts, { recursive: true });
  const logFile = path.join(artifacts, `${mode}.log`);
  const out = fs.openSync(logFile, 'w');
  // detached: the server leads its own process group, so killing -pid also ends the
  // extension host, the pty host and file watchers it forks.
  const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  let exited = null;
  const exitPromise = new Promise((resolve) => child.on('exit', (code, signal) => resolve((exited = { code, signal }))));
  const stop = () => killGroup(child.pid, exitPromise);
  registerCleanup(stop);
  log(`${mode} pid ${child.pid} on 127.0.0.1:${port} (log: ${path.relative(process.cwd(), logFile)})`);

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (exited) throw new SetupError(`${mode} exited before it was ready (${JSON.stringify(exited)}); see ${logFile}`);
    if ((await get(url + health)) === 200) break;
    if (Date.now() > deadline) {
      await stop();
      throw new SetupError(`${mode} did not answer ${health} within ${readyTimeoutMs / 1000} s; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, port, logFile, dirs, env, exitPromise, get exited() { return exited; }, stop };
}

/** SIGTERM to the process group, SIGKILL after 3 s if anything is left. */
async function killGroup(pid, exitPromise) {
  const signal = (sig) => {
    try {
      process.kill(-pid, sig);
      return true;
    } catch {
      return false;
    }
  };
  if (!signal('SIGTERM')) return;
  await Promise.race([exitPromise, new Promise((r) => setTimeout(r, 3000))]);
  // Children of the group may outlive the leader; make sure none are left.
  await new Promise((r) => setTimeout(r, 200));
  signal('SIGKILL');
}

/** Everything started is stopped on normal exit, on errors and on Ctrl-C / SIGTERM. */
const cleanups = [];
function registerCleanup(fn) {
  cleanups.push(fn);
}
async function cleanupAll() {
  while (cleanups.length) {
    const fn = cleanups.pop();
    try {
      await fn();
    } catch (error) {
      log('cleanup failed:', error.message);
    }
  }
}

module.exports = { startServer, installExtension, isolatedEnv, freePort, registerCleanup, cleanupAll };
