// One benchmark measurement in its own process, so peak memory belongs to one tool.
import * as fs from 'fs';
import Module from 'module';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { Analyzer, toLintResult } from '../core/engine';
import { scoreAnalysis } from '../core/score';
import { lspKeystrokes, WARM_UP } from './lsp';
import { loadBundle, type LoadedBundle } from '../node/code-cache';

export interface WorkerResult {
  times: number[];
  /** lsp-keystroke: the client's round trip for each keystroke (`times` is the server's own time). */
  roundTrip?: number[];
  maxRssMB: number;
}

function time(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

function tool(name: string, text: string): () => void {
  switch (name) {
    case 'remark': {
      const p = unified().use(remarkParse);
      return () => p.parse(text);
    }
    case 'remark-gfm': {
      const p = unified().use(remarkParse).use(remarkGfm);
      return () => p.runSync(p.parse(text));
    }
    case 'redline':
      return () => {
        const analysis = new Analyzer().analyze(text);
        toLintResult(analysis);
        scoreAnalysis(analysis);
      };
    case 'markdownlint': {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { lint } = require('markdownlint/sync') as { lint: (o: object) => unknown };
      return () => lint({ strings: { doc: text } });
    }
    default:
      throw new Error(`unknown tool ${name}`);
  }
}

/** Types one character at a time into random paragraphs and re-analyses after each (timed after WARM_UP keystrokes). */
function keystrokes(text: string, runs: number): number[] {
  const analyzer = new Analyzer();
  analyzer.analyze(text);
  let current = text;
  let seed = 7;
  const times: number[] = [];
  for (let i = 0; i < WARM_UP + runs; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    let at = seed % current.length;
    at = current.indexOf('. ', at);
    if (at < 0) at = current.indexOf('. ');
    current = current.slice(0, at) + 'x' + current.slice(at);
    const ms = time(() => {
      const analysis = analyzer.analyze(current);
      toLintResult(analysis);
      scoreAnalysis(analysis);
    });
    if (i >= WARM_UP) times.push(ms);
  }
  return times;
}

/**
 * A stand-in for the `vscode` module: every name the real API exports (read from
 * @types/vscode) is an own, enumerable property, as esbuild's ESM interop copies them, and each
 * is a proxy that answers every property read, call and `new` with itself. activate() then runs
 * through (it cannot start a real client: the server spawn fails and is caught).
 */
function standInVscode(): object {
  const any: object = new Proxy(function () {}, {
    get: (_t, key) => (key === 'then' ? undefined : key === Symbol.toPrimitive ? () => '' : key === Symbol.iterator ? [][Symbol.iterator].bind([]) : any),
    apply: () => any,
    construct: () => any,
    // Subclasses of API classes set their own fields on it.
    set: () => true,
    defineProperty: () => true,
  });
  const types = fs.readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
  const names = new Set([...types.matchAll(/^\t?export (?:namespace|class|enum|const|function|let) (\w+)/gm)].map((m) => m[1]));
  return Object.fromEntries([...names].map((name) => [name, name === 'version' ? '1.100.0' : any]));
}

/**
 * One start of the extension in this process: loads the bundle (through V8's code cache when
 * `cache` holds one, as VS Code's extension host keeps one per extension file between starts)
 * and calls activate(). Returns the time and writes the cache when there was none.
 */
async function activation(bundle: string): Promise<{ time: number; activated: boolean; cacheUsed: boolean }> {
  const vscode = standInVscode();
  const resolve = (Module as unknown as { _resolveFilename: (r: string, ...a: unknown[]) => string })._resolveFilename;
  (Module as unknown as { _resolveFilename: (r: string, ...a: unknown[]) => string })._resolveFilename = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
  };
  require.cache['vscode'] = { id: 'vscode', filename: 'vscode', loaded: true, exports: vscode } as NodeJS.Module;
  const context = new Proxy({ subscriptions: [] as unknown[] }, { get: (t, key) => (key === 'subscriptions' ? t.subscriptions : (vscode as Record<string, unknown>).Uri) });
  // The client then fails to start the server under the stand-in and reports it through the API; that is not timed.
  process.on('uncaughtException', () => undefined);
  process.on('unhandledRejection', () => undefined);
  let activated = false;
  let loaded: LoadedBundle | undefined;
  const started = process.hrtime.bigint();
  try {
    loaded = loadBundle(bundle);
    const ext = loaded.exports as { activate?: (ctx: unknown) => unknown };
    const result = ext.activate?.(context) as Promise<unknown> | undefined;
    // activate() is async: its synchronous part is what delays VS Code; let its first turn finish.
    if (result && typeof result.then === 'function') await Promise.race([result.then(() => (activated = true), () => undefined), new Promise((r) => setImmediate(r))]);
  } catch {
    // reported through `activated`
  }
  const time = Number(process.hrtime.bigint() - started) / 1e6;
  loaded?.saveCache();
  return { time, activated, cacheUsed: loaded?.cacheUsed ?? false };
}

/** How long each tool runs untimed before it is timed (see warmUp). */
export const WARM_UP_MS = 1000;

/**
 * Runs `fn` untimed until V8 has compiled what it runs, the same for every tool: for
 * WARM_UP_MS, at least once and at most 100 times (documents over 2 MB, whose single run
 * takes seconds, are not repeated). An editor's language server has long been warm when
 * someone types; how fast a fresh process is, is what the CLI's cold start measures. With a
 * single warm-up run the small documents timed V8's tiering as much as the tools: a bigger
 * program needs more runs to reach its compiled code.
 */
function warmUp(fn: () => void, length: number): void {
  if (length >= 2_000_000) return;
  const until = performance.now() + WARM_UP_MS;
  let runs = 0;
  do {
    fn();
    runs++;
  } while (performance.now() < until && runs < 100);
}

export async function runWorker(name: string, file: string, runs: number): Promise<void> {
  let times: number[];
  let roundTrip: number[] | undefined;
  if (name === 'activation') {
    const start = await activation(file);
    process.stdout.write(JSON.stringify({ times: [start.time], maxRssMB: process.resourceUsage().maxRSS / 1024, activated: start.activated, cacheUsed: start.cacheUsed }) + '\n');
    // The language client may have timers running for the server it could not start.
    process.exit(0);
  }
  else if (name === 'lsp-keystroke') ({ server: times, roundTrip } = await lspKeystrokes(process.env.REDLINE_SERVER!, fs.readFileSync(file, 'utf8'), runs));
  else {
    const text = fs.readFileSync(file, 'utf8');
    if (name === 'keystroke') times = keystrokes(text, runs);
    else {
      const fn = tool(name, text);
      warmUp(fn, text.length);
      times = [];
      for (let i = 0; i < runs; i++) times.push(time(fn));
    }
  }
  const result: WorkerResult = { times, roundTrip, maxRssMB: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(JSON.stringify(result) + '\n');
}
