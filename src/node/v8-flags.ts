// Imported first by the CLI and the Node language server. V8 runs a regular expression in its
// bytecode interpreter first and compiles it to machine code once it is used again: each of
// Redline's large word-list patterns was compiled twice in a short-lived process. Compiling straight to machine code
// almost halves a one-file `redline check` (measured: 560 → 310 ms on a 200-line PRD).
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
