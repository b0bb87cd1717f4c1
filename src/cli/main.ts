// The `redline` command: check, score, docs, lsp. Exit 0 clean, 1 findings, 2 usage or I/O error;
// every failure is one line on stderr, never a stack trace.
import { version } from '../../package.json';
import { parseInvocation, UsageError, USAGE, type Command, type Invocation } from './args';
import { findRepositoryRoot, generatedFiles, writeGenerated } from './docs';
import { startLanguageServer } from './lsp';
import { runPractice } from './practice';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, runCheck, runScore, type RunContext } from './run';

const TRANSPORTS = /^--(?:stdio|node-ipc|socket(?:=.*)?|pipe(?:=.*)?)$/;

export async function main(argv: readonly string[], ctx: RunContext): Promise<number> {
  const inv = invocationOf(argv, ctx);
  return inv ? execute(inv, ctx) : EXIT_USAGE;
}

/** The parsed command line, or undefined after saying on stderr what is wrong with it. */
function invocationOf(argv: readonly string[], ctx: RunContext): Invocation | undefined {
  try {
    return parseInvocation(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    ctx.stderr.write(`redline: ${error.message}\nRun \`redline --help\` for usage.\n`);
    return undefined;
  }
}

async function execute(inv: Invocation, ctx: RunContext): Promise<number> {
  switch (inv.command) {
    case 'help':
      ctx.stdout.write(`${USAGE}\n`);
      return EXIT_OK;
    case 'version':
      ctx.stdout.write(`${version}\n`);
      return EXIT_OK;
    case 'check':
      return runCheck(inv, ctx);
    case 'score':
      return runScore(inv, ctx);
    case 'docs':
      return runDocs(inv, ctx);
    case 'practice':
      return runPractice(inv, ctx);
    case 'lsp':
      if (!inv.rest.some((a) => TRANSPORTS.test(a))) {
        ctx.stderr.write('redline: lsp needs a transport: --stdio (or --node-ipc, --socket=N, --pipe=NAME)\n');
        return EXIT_USAGE;
      }
      return startLanguageServer() ? -1 : EXIT_USAGE;
  }
}

function runDocs(inv: Invocation, ctx: RunContext): number {
  const root = findRepositoryRoot(ctx.cwd);
  if (!root) {
    ctx.stderr.write("redline: docs regenerates Redline's own rule reference; run it inside the Redline repository\n");
    return EXIT_USAGE;
  }
  if (inv.check) {
    const stale = generatedFiles(root).filter((f) => f.stale);
    for (const f of stale) ctx.stderr.write(`redline: ${f.file} is stale; run \`npm run docs\`\n`);
    if (stale.length === 0) ctx.stdout.write('Generated files are up to date.\n');
    return stale.length ? EXIT_FINDINGS : EXIT_OK;
  }
  const written = writeGenerated(root);
  ctx.stdout.write(written.length ? written.map((f) => `wrote ${f}\n`).join('') : 'Generated files are up to date.\n');
  return EXIT_OK;
}

/**
 * Runs the command line of this process (dist/cli.js calls it). `code` is the exit code, or -1
 * when a long-running command (the language server) owns the process from here; `command` is
 * what ran (undefined for a usage error).
 */
export async function runProcess(): Promise<{ code: number; command?: Command }> {
  // `redline check … | head` closes the pipe early: that is not an error worth a trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const ctx: RunContext = { cwd: process.cwd(), version, stdout: process.stdout, stderr: process.stderr };
  let inv: Invocation | undefined;
  try {
    inv = invocationOf(process.argv.slice(2), ctx);
    return { code: inv ? await execute(inv, ctx) : EXIT_USAGE, command: inv?.command };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`redline: internal error: ${message}\n`);
    if (process.env.REDLINE_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return { code: EXIT_USAGE, command: inv?.command };
  }
}
