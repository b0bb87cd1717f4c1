// `redline`, the executable (dist/cli.js): a small loader for the command line's bundle
// (dist/cli-main.js, built from main.ts). It loads the bundle through V8's code cache, so a run
// does not spend its first third compiling (src/node/code-cache.ts), and exits as soon as the
// output is written instead of waiting for V8's housekeeping.
// The V8 flags come first: the cache is only valid under the flags it was made with.
import '../node/v8-flags';
import * as path from 'node:path';
import { loadBundle } from '../node/code-cache';
import type { runProcess } from './main';

const bundle = loadBundle(path.join(__dirname, 'cli-main.js'));

(bundle.exports.runProcess as typeof runProcess)().then(({ code, command }) => {
  if (code < 0) return; // the language server owns the process from here
  process.exitCode = code;
  // After an analysis the cache holds the analyzer's compiled code, which is what the next run needs.
  if (command === 'check' || command === 'score') bundle.saveCache();
  exitOnceWritten(code);
});

/** Exits when stdout and stderr have handed everything written to the system (a slow pipe may still hold some). */
function exitOnceWritten(code: number): void {
  let pending = 2;
  const written = () => {
    if (--pending === 0) process.exit(code);
  };
  process.stdout.write('', written);
  process.stderr.write('', written);
}
