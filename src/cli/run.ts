// `check` and `score` over files, directories, globs and stdin: read every document, load its
// configuration, analyse, print in the chosen format, and decide the exit code.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint, score, ConfigError, type LintResult, type RedlineConfig } from '../core';
import { ConfigCache } from '../node/config-files';
import { withoutOptimizingCompiler } from '../node/v8-flags';
import type { Invocation } from './args';
import { paint, wantsColor } from './color';
import { fixAll } from './fix';
import { checkJson, scoreJson } from './format/json';
import { checkGithub } from './format/github';
import { checkJunit } from './format/junit';
import { checkSarif, findSourceRoot } from './format/sarif';
import { scoreStylish } from './format/score-report';
import { checkStylish } from './format/stylish';
import { encodeText, expandPaths, isProblem, labelFor, readSource, readStdin, type InputProblem, type Source } from './inputs';
import { countDiagnostics, plural, type CheckReport, type ScoreReport } from './report';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export interface RunContext {
  cwd: string;
  version: string;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
}

/** A document read and paired with its configuration, or the reason it cannot be analysed. */
interface Prepared {
  source: Source;
  /** The name given to the analyzer (kind from the file name). */
  filename?: string;
  config: RedlineConfig;
}

/** Below this much text in all (UTF-16 code units), the analyses and output run without V8's optimizing compiler. */
const SHORT_RUN = 256 * 1024;

/** Runs the work after reading the documents as a short run when they are small (see v8-flags.ts). */
function afterReading<T>(documents: readonly Prepared[], work: () => T): T {
  const length = documents.reduce((n, doc) => n + doc.source.text.length, 0);
  return length < SHORT_RUN ? withoutOptimizingCompiler(work) : work();
}

export async function runCheck(inv: Invocation, ctx: RunContext): Promise<number> {
  const prepared = await prepare(inv, ctx);
  return afterReading(prepared.documents, () => check(inv, ctx, prepared));
}

function check(inv: Invocation, ctx: RunContext, prepared: { documents: Prepared[]; failed: boolean }): number {
  const { documents } = prepared;
  let { failed } = prepared;
  const reports: CheckReport[] = [];
  for (const doc of documents) {
    const lintText = (text: string) => lint(text, { filename: doc.filename, kind: inv.kind, config: doc.config });
    let result: LintResult;
    let text = doc.source.text;
    if (inv.fix && doc.source.path) {
      const outcome = fixAll(doc.source.text, lintText);
      result = outcome.result;
      text = outcome.text;
      try {
        if (outcome.text !== doc.source.text) fs.writeFileSync(doc.source.path, encodeText(outcome.text, doc.source.encoding));
      } catch (error) {
        failed = true;
        ctx.stderr.write(`redline: ${doc.source.label}: cannot write the fixes (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`);
        result = lintText(doc.source.text);
        text = doc.source.text;
      }
    } else {
      result = lintText(doc.source.text);
    }
    for (const e of result.ruleErrors) ctx.stderr.write(`redline: ${doc.source.label}: rule ${e.ruleId} failed and was skipped: ${e.message}\n`);
    if (inv.quiet) result = { ...result, diagnostics: result.diagnostics.filter((d) => d.severity === 'error') };
    reports.push({ file: doc.source.label, result, text });
  }
  // Machine formats always print a document (maybe empty); stylish says nothing when nothing was read.
  if (inv.format === 'json') ctx.stdout.write(checkJson(reports));
  else if (inv.format === 'sarif') ctx.stdout.write(checkSarif(reports, { cwd: ctx.cwd, root: findSourceRoot(ctx.cwd), version: ctx.version }));
  else if (inv.format === 'github') ctx.stdout.write(checkGithub(reports));
  else if (inv.format === 'junit') ctx.stdout.write(checkJunit(reports));
  else if (reports.length || !failed) ctx.stdout.write(checkStylish(reports, paint(wantsColor(ctx.stdout))));
  if (failed) return EXIT_USAGE;
  const counts = countDiagnostics(reports);
  if (counts.errors > 0) return EXIT_FINDINGS;
  if (inv.maxWarnings !== undefined && counts.warnings > inv.maxWarnings) {
    ctx.stderr.write(`redline: ${plural(counts.warnings, 'warning')}, more than --max-warnings ${inv.maxWarnings}\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

export async function runScore(inv: Invocation, ctx: RunContext): Promise<number> {
  const { documents, failed } = await prepare(inv, ctx);
  return afterReading(documents, () => {
    const reports: ScoreReport[] = documents.map((doc) => ({
      file: doc.source.label,
      result: score(doc.source.text, { filename: doc.filename, kind: inv.kind, config: doc.config }),
    }));
    if (inv.format === 'json') ctx.stdout.write(scoreJson(reports));
    else if (reports.length) ctx.stdout.write(scoreStylish(reports, paint(wantsColor(ctx.stdout))));
    return failed ? EXIT_USAGE : EXIT_OK;
  });
}

/**
 * Reads every document and finds its configuration. Problems (unreadable file, invalid
 * configuration) are written to stderr, one line each, and the other documents go on.
 */
async function prepare(inv: Invocation, ctx: RunContext): Promise<{ documents: Prepared[]; failed: boolean }> {
  const cache = new ConfigCache(inv.config);
  const say = (p: InputProblem) => ctx.stderr.write(`redline: ${p.label}: ${p.problem}\n`);
  const reportedConfigs = new Set<string>();
  let failed = false;
  const fail = (problem: InputProblem) => {
    failed = true;
    say(problem);
  };
  if (inv.config) {
    // An explicit configuration that does not load fails the whole run before any output.
    try {
      cache.configFor(undefined);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      ctx.stderr.write(`redline: ${configMessage(error, ctx.cwd)}\n`);
      return { documents: [], failed: true };
    }
  }
  const { targets, problems } = expandPaths(inv.paths.length ? inv.paths : ['.'], ctx.cwd);
  problems.forEach(fail);
  const documents: Prepared[] = [];
  for (const target of targets) {
    const label = target.type === 'stdin' ? (inv.stdinFilename ?? '<stdin>') : labelFor(target.path, ctx.cwd);
    const read = target.type === 'stdin' ? await readStdin(label) : readSource(target.path, label);
    if (isProblem(read)) {
      fail(read);
      continue;
    }
    const filename = read.path ?? inv.stdinFilename;
    try {
      const { config } = cache.configFor(read.path ?? (inv.stdinFilename ? path.resolve(ctx.cwd, inv.stdinFilename) : undefined));
      documents.push({ source: read, filename, config });
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      failed = true;
      const message = configMessage(error, ctx.cwd);
      if (!reportedConfigs.has(message)) ctx.stderr.write(`redline: ${message}\n`);
      reportedConfigs.add(message);
    }
  }
  return { documents, failed };
}

/** `<file>:<line>:<col>: <problem>` with the file relative to the working directory. */
export function configMessage(error: ConfigError, cwd: string): string {
  return `${labelFor(error.file, cwd)}:${error.line}:${error.column}: ${error.problem}`;
}
