// Installs what the harness needs on a fresh machine: Debian packages (chromium, ripgrep,
// headers for code-server's native modules) and the pinned code-server + playwright-core.
// Each part is skipped when already present; E2E_FORCE_INSTALL=1 reinstalls the npm part.
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { log, step, run, hasCommand, SetupError } = require('./util');

const HARNESS = path.resolve(__dirname, '..');
const NODE_MODULES = path.join(HARNESS, 'node_modules');
const STAMP = path.join(NODE_MODULES, '.redline-e2e-installed');
const CODE_SERVER = path.join(NODE_MODULES, 'code-server');

/** Debian packages: the browser, ripgrep (seeds @vscode/ripgrep), and what node-gyp needs for kerberos/argon2/node-pty. */
const APT_PACKAGES = ['chromium', 'ripgrep', 'libkrb5-dev', 'build-essential', 'pkg-config', 'python3'];

function isInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

async function installAptPackages() {
  if (!hasCommand('dpkg-query') || !hasCommand('apt-get')) {
    const missing = ['/usr/bin/chromium', 'rg'].filter((c) => !(c.startsWith('/') ? fs.existsSync(c) : hasCommand(c)));
    if (missing.length) throw new SetupError(`not a Debian system and missing: ${missing.join(', ')}`);
    return;
  }
  const missing = APT_PACKAGES.filter((p) => !isInstalled(p));
  if (!missing.length) {
    log('apt packages already installed:', APT_PACKAGES.join(' '));
    return;
  }
  await step(`apt-get install ${missing.join(' ')}`, async () => {
    const sudo = process.getuid && process.getuid() !== 0 ? ['sudo', '-n'] : [];
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const apt = (args) => (sudo.length ? run(sudo[0], [...sudo.slice(1), 'apt-get', ...args], { env }) : run('apt-get', args, { env }));
    const install = ['install', '-y', '-q', '--no-install-recommends', ...missing];
    try {
      await apt(install);
    } catch {
      // Fresh images often have empty package lists.
      await apt(['update', '-q']);
      await apt(install);
    }
  });
}

/** The environment npm needs here: root installs, offline node headers, no npx prompt. */
function npmEnv() {
  const env = { ...process.env, npm_config_unsafe_perm: 'true', npm_config_yes: 'true', npm_config_fund: 'false', npm_config_audit: 'false' };
  if (!env.npm_config_nodedir && fs.existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';
  return env;
}

/** What the installed tree was built from: lockfile, Node ABI, platform. */
function installKey() {
  const lock = fs.readFileSync(path.join(HARNESS, 'package-lock.json'));
  return crypto.createHash('sha256').update(lock).update(process.version).update(`${process.platform}-${process.arch}`).digest('hex');
}

function isUpToDate() {
  if (process.env.E2E_FORCE_INSTALL === '1') return false;
  try {
    return fs.readFileSync(STAMP, 'utf8').trim() === installKey() && fs.existsSync(path.join(CODE_SERVER, 'lib/vscode/node_modules'));
  } catch {
    return false;
  }
}

/**
 * @vscode/ripgrep's postinstall downloads rg from GitHub (unreachable here) unless its cache
 * holds the release tarball; seed it with Debian's rg. Newer code-server builds ship
 * @vscode/ripgrep-universal with rg inside and need nothing.
 */
async function seedRipgrepCache(env) {
  const shrinkwrap = JSON.parse(fs.readFileSync(path.join(CODE_SERVER, 'lib/vscode/npm-shrinkwrap.json'), 'utf8'));
  const version = shrinkwrap.packages?.['node_modules/@vscode/ripgrep']?.version;
  if (!version) {
    log('code-server does not use @vscode/ripgrep; nothing to seed');
    return;
  }
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  if (!rg) throw new SetupError('ripgrep (rg) is not installed; apt-get install ripgrep');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'redline-e2e-rg-'));
  try {
    await run('npm', ['pack', `@vscode/ripgrep@${version}`, '--pack-destination', work, '--silent'], { cwd: work, env, quiet: true });
    const tgz = fs.readdirSync(work).find((f) => f.endsWith('.tgz'));
    await run('tar', ['-xzf', tgz, 'package/lib/postinstall.js'], { cwd: work, quiet: true });
    const source = fs.readFileSync(path.join(work, 'package/lib/postinstall.js'), 'utf8');
    const tag = /const VERSION = '([^']+)'/.exec(source)?.[1];
    if (!tag) throw new SetupError(`cannot find the ripgrep release tag in @vscode/ripgrep@${version}`);
    const target = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' }[os.arch()];
    if (!target) throw new SetupError(`no ripgrep target for ${os.arch()}`);
    const cache = path.join(os.tmpdir(), `vscode-ripgrep-cache-${version}`);
    const asset = path.join(cache, `ripgrep-${tag}-${target}.tar.gz`);
    fs.mkdirSync(cache, { recursive: true });
    fs.copyFileSync(rg, path.join(work, 'rg'));
    await run('tar', ['-czf', asset, '-C', work, 'rg'], { quiet: true });
    log(`seeded ${asset} with ${rg}`);
    return cache;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function installHarnessModules() {
  if (isUpToDate()) {
    log('harness node_modules match package-lock.json; skipping npm ci');
    return;
  }
  const env = npmEnv();
  await step('npm ci --ignore-scripts (harness)', () => run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: HARNESS, env }));
  const cache = await step('seed the @vscode/ripgrep download cache', () => seedRipgrepCache(env));
  try {
    // code-server's postinstall installs VS Code's own dependencies and builds its native modules.
    await step('npm rebuild (code-server postinstall)', () => run('npm', ['rebuild'], { cwd: HARNESS, env }));
  } finally {
    if (cache) fs.rmSync(cache, { recursive: true, force: true });
  }
  fs.writeFileSync(STAMP, `${installKey()}\n`);
}

/**
 * Concurrent runs (several people or agents on one checkout) must not install into the same
 * node_modules at once: the install step holds a lock dir with the owner's pid. A lock whose
 * owner is gone is taken over.
 */
async function withInstallLock(fn) {
  const id = crypto.createHash('sha256').update(HARNESS).digest('hex').slice(0, 12);
  const lock = path.join(os.tmpdir(), `redline-e2e-install-${id}.lock`);
  const owner = path.join(lock, 'pid');
  let waited = false;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(owner, String(process.pid));
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const pid = Number(fs.existsSync(owner) ? fs.readFileSync(owner, 'utf8') : NaN);
      let alive = false;
      try {
        alive = pid > 0 && process.kill(pid, 0);
      } catch {
        alive = false;
      }
      // A lock dir without a pid may be being created right now; give it a moment.
      const age = Date.now() - fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
      if (!alive && (pid > 0 || age > 10000)) {
        log(`taking over the install lock of a run that is gone (pid ${pid || '?'})`);
        fs.rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (!waited) log(`another run (pid ${pid}) is installing; waiting for it`);
      waited = true;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** Installs everything; throws SetupError when something cannot be installed. */
async function install() {
  await withInstallLock(async () => {
    await installAptPackages();
    await installHarnessModules();
  });
  if (!fs.existsSync('/usr/bin/chromium')) throw new SetupError('/usr/bin/chromium is missing');
}

module.exports = { install, npmEnv, HARNESS, CODE_SERVER };
