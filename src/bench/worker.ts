// One benchmark measurement in its own process, so peak memory belongs to one tool.
import * as fs from 'fs';
import Module from 'module';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { Analyzer, toLintResult } from '../core/engine';
import { scoreAnalysis } from '../core/score';
import { lspKeystrokes, WARM_UP } from './lsp';

export interface WorkerResult {
  times: number[];
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

/** Loads the extension bundle with a stand-in `vscode` module and calls activate(). */
function activation(bundle: string, runs: number): number[] {
  const times: number[] = [];
  const fake = new Proxy(function () {}, { get: (_t, key) => (key === 'then' ? undefined : fake), apply: () => fake, construct: () => fake }) as unknown as object;
  const resolve = (Module as unknown as { _resolveFilename: (r: string, ...a: unknown[]) => string })._resolveFilename;
  (Module as unknown as { _resolveFilename: (r: string, ...a: unknown[]) => string })._resolveFilename = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
  };
  require.cache['vscode'] = { id: 'vscode', filename: 'vscode', loaded: true, exports: fake } as NodeJS.Module;
  for (let i = 0; i < runs; i++) {
    delete require.cache[require.resolve(bundle)];
    times.push(
      time(() => {
        const ext = require(bundle) as { activate?: (ctx: unknown) => unknown };
        // The stand-in API cannot start a real client; loading and wiring is what is timed.
        try {
          const started = ext.activate?.(fake) as Promise<unknown> | undefined;
          if (started && typeof started.then === 'function') started.then(undefined, () => undefined);
        } catch {
          // as above
        }
      }),
    );
  }
  return times;
}

export async function runWorker(name: string, file: string, runs: number): Promise<void> {
  let times: number[];
  if (name === 'activation') times = fs.existsSync(file) ? activation(file, runs) : [NaN];
  else if (name === 'lsp-keystroke') times = await lspKeystrokes(process.env.REDLINE_SERVER!, fs.readFileSync(file, 'utf8'), runs);
  else {
    const text = fs.readFileSync(file, 'utf8');
    if (name === 'keystroke') times = keystrokes(text, runs);
    else {
      const fn = tool(name, text);
      if (text.length < 2_000_000) fn(); // warm-up
      times = [];
      for (let i = 0; i < runs; i++) times.push(time(fn));
    }
  }
  const result: WorkerResult = { times, maxRssMB: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(JSON.stringify(result) + '\n');
}
