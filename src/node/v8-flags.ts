// Imported first by the CLI and the Node language server. V8 runs a regular expression in its
// bytecode interpreter first and compiles it to machine code once it is used again: each of
// Redline's large word-list patterns was compiled twice in a short-lived process. Compiling straight to machine code
// almost halves a one-file `redline check` (measured: 560 → 310 ms on a 200-line PRD).
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');

/**
 * Runs `work` without V8's optimizing compiler (TurboFan). In a short run it compiles
 * functions the run then hardly uses: a CLI check of a 200-line PRD took 15% less CPU
 * without it, of a 2,000-line one 25% less; from about a megabyte of text it pays off
 * (20,000 lines: 15% more without it). The flag is set back afterwards, so V8's code cache,
 * which records the flags, still matches the next process.
 */
export function withoutOptimizingCompiler<T>(work: () => T): T {
  // Whoever chose on the command line (node --no-opt, NODE_OPTIONS) keeps their choice.
  if ([...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((arg) => /--(?:no-)?(?:opt|turbofan)\b/.test(arg))) return work();
  setFlagsFromString('--no-opt');
  try {
    return work();
  } finally {
    setFlagsFromString('--opt');
  }
}
