// Reads the command line into a validated invocation; every mistake is a UsageError (exit 2).
import { parseArgs } from 'node:util';
import { KINDS, type Kind } from '../core';

export type Command = 'check' | 'score' | 'docs' | 'lsp' | 'practice' | 'help' | 'version';
export type Format = 'stylish' | 'json' | 'sarif' | 'github' | 'junit';

export interface Invocation {
  command: Command;
  paths: string[];
  format: Format;
  kind?: Kind;
  config?: string;
  quiet: boolean;
  maxWarnings?: number;
  fix: boolean;
  /** docs --check: report stale generated files instead of writing them. */
  check: boolean;
  /** A file name for text read from stdin (kind from the name, config lookup, labels). */
  stdinFilename?: string;
  /** lsp: arguments handed to the language server untouched (--stdio, --node-ipc, …). */
  rest: string[];
  /** practice --json: print the prompt as JSON. */
  json?: boolean;
  /** practice --seed N: pick the same prompt every time. */
  seed?: number;
}

export class UsageError extends Error {}

export const COMMANDS: readonly Command[] = ['check', 'score', 'docs', 'lsp', 'practice'] as const;
export const FORMATS: readonly Format[] = ['stylish', 'json', 'sarif', 'github', 'junit'];
/** Formats that only make sense for findings, not for a score report. */
const CHECK_ONLY: readonly Format[] = ['sarif', 'github', 'junit'];

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  kind: { type: 'string' },
  config: { type: 'string', short: 'c' },
  quiet: { type: 'boolean', short: 'q' },
  'max-warnings': { type: 'string' },
  fix: { type: 'boolean' },
  check: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  json: { type: 'boolean' },
  seed: { type: 'string' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Which options each command accepts, beyond --help and --version. */
const ALLOWED: Record<string, readonly string[]> = {
  check: ['format', 'kind', 'config', 'quiet', 'max-warnings', 'fix', 'stdin-filename'],
  score: ['format', 'kind', 'config', 'stdin-filename'],
  docs: ['check'],
  practice: ['kind', 'json', 'seed', 'format'],
};

export const USAGE = `Usage: redline <command> [options] [paths…]

Lints Markdown PRDs and AI product interview answers against the Redline bar.

Commands:
  check [paths…]    report findings (files, directories searched for *.md, globs, - for stdin)
  score [paths…]    score each document 0–100 with a per-dimension breakdown
  docs [--check]    regenerate the rule reference from the registry (--check: exit 1 if stale)
  lsp --stdio       start the language server
  practice          print a random interview prompt from the practice bank to answer against the clock

Options (check, score):
  -f, --format <name>                output format: stylish (default), json, and for check
                                     also sarif (code scanning), github (workflow
                                     annotations), junit (CI test reports)
      --kind <prd|design|behavioral> treat every document as this kind
  -c, --config <path>                use this .redlinerc.json instead of searching upward
      --stdin-filename <name>        name of the document read from - (kind from the name)
Options (check only):
  -q, --quiet                        report errors only
      --max-warnings <n>             exit 1 when there are more than n warnings
      --fix                          apply every available fix in place
Options (practice):
      --kind <design|behavioral>     only prompts of this kind
      --json                         print the prompt as JSON (also: --format json)
      --seed <n>                     pick deterministically (the same n gives the same prompt)
Other:
  -v, --version                      print the version
  -h, --help                         print this help

Exit codes: 0 no errors, 1 at least one error (or too many warnings), 2 usage or I/O error.`;

export function parseInvocation(argv: readonly string[]): Invocation {
  // The language server owns its arguments (--stdio, --node-ipc, --socket=…, --clientProcessId=…).
  if (argv[0] === 'lsp') return { ...defaults('lsp'), rest: argv.slice(1) };
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return defaults('help');
  if (values.version) return defaults('version');
  const [name, ...paths] = positionals;
  if (!name) throw new UsageError('missing command (expected check, score, docs, lsp or practice)');
  if (!COMMANDS.includes(name as Command)) throw new UsageError(`unknown command "${name}" (expected check, score, docs, lsp or practice)`);
  const command = name as Command;
  for (const key of Object.keys(values)) {
    if (!ALLOWED[command]?.includes(key)) throw new UsageError(`--${key} does not apply to "${command}"`);
  }
  if ((command === 'docs' || command === 'practice') && paths.length) throw new UsageError(`"${command}" takes no paths (got "${paths[0]}")`);
  const invocation: Invocation = { ...defaults(command), paths, quiet: Boolean(values.quiet), fix: Boolean(values.fix), check: Boolean(values.check) };
  if (values.format !== undefined) {
    if (!FORMATS.includes(values.format as Format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${values.format}")`);
    invocation.format = values.format as Format;
    if ((command === 'score' || command === 'practice') && CHECK_ONLY.includes(invocation.format)) {
      throw new UsageError(`--format ${invocation.format} applies to "check" only (${command}: stylish or json)`);
    }
  }
  if (values.kind !== undefined) {
    if (!KINDS.includes(values.kind as Kind)) throw new UsageError(`--kind must be one of ${KINDS.join(', ')} (got "${values.kind}")`);
    invocation.kind = values.kind as Kind;
    if (command === 'practice' && invocation.kind === 'prd') throw new UsageError('--kind for practice must be design or behavioral (got "prd")');
  }
  if (values.json) invocation.json = true;
  if (values.seed !== undefined) {
    if (!/^\d+$/.test(values.seed)) throw new UsageError(`--seed must be a whole number ≥ 0 (got "${values.seed}")`);
    invocation.seed = Number(values.seed);
  }
  if (values['max-warnings'] !== undefined) {
    const text = values['max-warnings'];
    if (!/^\d+$/.test(text)) throw new UsageError(`--max-warnings must be a whole number ≥ 0 (got "${text}")`);
    invocation.maxWarnings = Number(text);
  }
  if (values.config !== undefined) {
    if (!values.config) throw new UsageError('--config needs a path');
    invocation.config = values.config;
  }
  if (values['stdin-filename'] !== undefined) invocation.stdinFilename = values['stdin-filename'];
  if (invocation.fix && paths.includes('-')) throw new UsageError('--fix cannot write back to stdin; give file paths');
  return invocation;
}

function defaults(command: Command): Invocation {
  return { command, paths: [], format: 'stylish', quiet: false, fix: false, check: false, rest: [] };
}

function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (unknown) return `unknown option ${unknown[1]}`;
  const missing = /^Option '(?:-\w, )?(--[\w-]+)(?: <value>)?' argument missing/.exec(message);
  if (missing) return `${missing[1]} needs a value`;
  return message.split('. ')[0].replace(/^Option/, 'option');
}
