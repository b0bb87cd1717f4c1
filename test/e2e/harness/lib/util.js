// Small helpers shared by the harness: logging, step timing, child processes, temp dirs.
'use strict';
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const started = Date.now();

/** Prints a harness line with the seconds since the harness started. */
function log(...parts) {
  const t = ((Date.now() - started) / 1000).toFixed(1).padStart(6);
  console.log(`[e2e ${t}s]`, ...parts);
}

/** A setup problem (missing tool, install failure): the harness exits 3, not 1. */
class SetupError extends Error {
  constructor(message) {
    super(message);
    this.name = 'SetupError';
  }
}

/** Runs `fn` and logs how long the step took; the timings end up in the summary. */
const timings = [];
async function step(name, fn) {
  const t0 = Date.now();
  log(`▶ ${name}`);
  try {
    return await fn();
  } finally {
    const seconds = (Date.now() - t0) / 1000;
    timings.push({ name, seconds });
    log(`◀ ${name} (${seconds.toFixed(1)} s)`);
  }
}

/** Runs a command to completion with inherited output; throws SetupError on a non-zero exit. */
function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', ...options });
    let output = '';
    if (options.quiet) {
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
    }
    child.on('error', (error) => reject(new SetupError(`${command}: ${error.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) resolve(output);
      else reject(new SetupError(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})${options.quiet ? `\n${output.slice(-4000)}` : ''}`));
    });
  });
}

/** True when `command` is on PATH. */
function hasCommand(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Temp dirs of this run: removed when the harness exits (also on Ctrl-C) unless E2E_KEEP_TMP=1. */
const tempDirs = [];
function makeTempDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `redline-e2e-${prefix}-`));
  tempDirs.push(dir);
  return dir;
}

function removeTempDirs() {
  if (process.env.E2E_KEEP_TMP === '1') {
    if (tempDirs.length) log('kept temp dirs:', tempDirs.join(' '));
    return;
  }
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** Copies a directory tree (fixture workspaces are small). */
function copyDir(from, to) {
  fs.cpSync(from, to, { recursive: true });
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

module.exports = { log, step, timings, run, hasCommand, makeTempDir, removeTempDirs, copyDir, sleep, SetupError };
