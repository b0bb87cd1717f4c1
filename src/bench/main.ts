// `npm run bench`: times remark-parse (the floor), Redline's lint + score and markdownlint on
// the same generated PRDs, each in its own process, and prints ratios (machines are noisy).
import { spawnSync, execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generatePrd } from './generate';
import { runWorker, WARM_UP_MS, type WorkerResult } from './worker';
import { printProfile } from './profile';
import { WARM_UP } from './lsp';

const SIZES = [200, 2000, 20000, 100000];
const RUNS: Record<number, number> = { 200: 21, 2000: 9, 20000: 3, 100000: 1 };
const TOOLS = ['remark', 'remark-gfm', 'redline', 'markdownlint'] as const;
const ROOT = path.resolve(__dirname, '..');
const RESULTS = path.join(ROOT, 'bench', 'results.json');

interface Row {
  lines: number;
  bytes: number;
  tools: Record<string, WorkerResult>;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
}

function p90(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.9 * s.length) - 1)];
}

function measure(tool: string, file: string, runs: number): WorkerResult {
  const out = execFileSync(process.execPath, ['--max-old-space-size=8192', __filename, '--worker', tool, file, String(runs)], {
    encoding: 'utf8',
    env: { ...process.env, REDLINE_SERVER: path.join(ROOT, 'dist', 'server.js') },
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out.trim().split('\n').pop()!) as WorkerResult;
}

function wall(cmd: string[], runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    spawnSync(cmd[0], cmd.slice(1), { stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return times;
}

const fmt = (ms: number | null) => (ms === null || Number.isNaN(ms) ? 'n/a' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const x = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

function main(argv: string[]): void {
  const only = argv.find((a) => a.startsWith('--sizes='));
  const sizes = only ? only.slice(8).split(',').map(Number) : SIZES;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redline-bench-'));
  console.log(`Redline benchmark — ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
  console.log(`Each tool in its own process, timed after ${WARM_UP_MS / 1000} s of untimed runs on the same document (documents over 2 MB: none).\n`);
  const rows: Row[] = [];
  for (const lines of sizes) {
    const file = path.join(dir, `prd-${lines}.md`);
    fs.writeFileSync(file, generatePrd(lines));
    const row: Row = { lines, bytes: fs.statSync(file).size, tools: {} };
    for (const tool of TOOLS) row.tools[tool] = measure(tool, file, RUNS[lines] ?? 3);
    rows.push(row);
    printRow(row);
  }
  const growth = printGrowth(rows);
  const keystroke = [2000, 20000].filter((n) => sizes.includes(n)).map((lines) => {
    const file = path.join(dir, `prd-${lines}.md`);
    return { lines, ...measure('keystroke', file, lines >= 20000 ? 40 : 100) };
  });
  console.log(`\nOne keystroke, then updated diagnostics + score (incremental analysis in-process; timed after ${WARM_UP} untimed keystrokes):`);
  for (const k of keystroke) console.log(`  ${String(k.lines).padStart(6)} lines: median ${fmt(median(k.times))}, p90 ${fmt(p90(k.times))}  (goal p90 ≤ ${k.lines >= 20000 ? 30 : 10} ms)`);
  const lspKeystroke = [2000, 20000].filter((n) => sizes.includes(n)).map((lines) => {
    const file = path.join(dir, `prd-${lines}.md`);
    return { lines, ...measure('lsp-keystroke', file, lines >= 20000 ? 30 : 60) };
  });
  console.log('One keystroke through the language server: didChange arrival → publishDiagnostics, server-side (debounce 0); the client\'s stdio round trip after it:');
  for (const k of lspKeystroke) {
    const trip = k.roundTrip ?? [];
    console.log(`  ${String(k.lines).padStart(6)} lines: median ${fmt(median(k.times))}, p90 ${fmt(p90(k.times))}  (goal p90 ≤ ${k.lines >= 20000 ? 30 : 10} ms); round trip median ${fmt(median(trip))}, p90 ${fmt(p90(trip))}`);
  }

  const small = path.join(dir, 'prd-200.md');
  if (!fs.existsSync(small)) fs.writeFileSync(small, generatePrd(200));
  const cli = median(wall([process.execPath, path.join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', small], 11));
  const bare = median(wall([process.execPath, '-e', ''], 11));
  console.log(`\nCLI cold start on 200 lines: ${fmt(cli)} vs node -e "" ${fmt(bare)} → ${x(cli, bare)} (goal ≤ 2×)`);
  const activation = measureActivation(dir);
  const bundles = ['extension.js', 'server.js', 'cli-main.js', 'core.js'].map((f) => {
    const p = path.join(ROOT, 'dist', f);
    return { file: f, kb: fs.existsSync(p) ? fs.statSync(p).size / 1024 : NaN };
  });
  console.log(`Bundles: ${bundles.map((b) => `${b.file} ${b.kb.toFixed(0)} KB`).join(', ')} (goal: server ≤ 600 KB minified)`);

  const summary = { date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, rows: rows.map((r) => ({ lines: r.lines, bytes: r.bytes, medians: Object.fromEntries(Object.entries(r.tools).map(([k, v]) => [k, median(v.times)])), peakMB: Object.fromEntries(Object.entries(r.tools).map(([k, v]) => [k, v.maxRssMB])) })), growth, keystroke: keystroke.map((k) => ({ lines: k.lines, median: median(k.times), p90: p90(k.times) })), lspKeystroke: lspKeystroke.map((k) => ({ lines: k.lines, median: median(k.times), p90: p90(k.times), roundTripMedian: median(k.roundTrip ?? []), roundTripP90: p90(k.roundTrip ?? []) })), cli: { median: cli, bare }, activation: activation.later, activationFirst: activation.first, bundles };
  compare(summary);
  if (argv.includes('--save')) {
    fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
    fs.writeFileSync(RESULTS, JSON.stringify(summary, null, 2) + '\n');
    console.log(`\nSaved ${path.relative(process.cwd(), RESULTS)}`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * The extension's start: load dist/extension.js and run activate(), each start in a new process.
 * The first start compiles the bundle from source; VS Code's extension host then keeps V8's code
 * cache of the extension's files between starts (its CachedData folder), so every later start
 * loads with it: both are timed, and the goal is read on the later starts. A copy of the bundle
 * is used, so dist/ gets no cache file.
 */
function measureActivation(dir: string): { first: number; later: number } {
  const bundle = path.join(dir, 'extension.js');
  const starts: (WorkerResult & { activated?: boolean; cacheUsed?: boolean })[] = [];
  try {
    fs.copyFileSync(path.join(ROOT, 'dist', 'extension.js'), bundle);
    for (let i = 0; i < 8; i++) starts.push(measure('activation', bundle, 1));
  } catch (error) {
    // A bundle that cannot load under the stand-in API is reported, not allowed to lose the run.
    console.log(`Extension activation could not be measured: ${String(error).split('\n')[0]}`);
    return { first: NaN, later: NaN };
  }
  const [first, ...later] = starts;
  const cached = later.filter((s) => s.cacheUsed);
  const laterMedian = median(later.map((s) => s.times[0]));
  console.log(`Extension start, bundle load + activate(): first start ${fmt(first.times[0])}; later starts (V8 code cache, as VS Code keeps it) median ${fmt(laterMedian)} (goal ≤ 50 ms)`);
  if (cached.length < later.length) console.log(`  note: ${later.length - cached.length} of ${later.length} later starts could not use the code cache`);
  if (!starts.every((s) => s.activated)) console.log('  note: activate() did not complete under the stand-in API in every start; the time covers loading and what ran');
  return { first: first.times[0], later: laterMedian };
}

function printRow(row: Row): void {
  const mb = row.bytes / 1024 / 1024;
  const floor = median(row.tools['remark'].times);
  const gfm = median(row.tools['remark-gfm'].times);
  const peer = median(row.tools['markdownlint'].times);
  console.log(`${row.lines.toLocaleString('en')} lines (${(row.bytes / 1024).toFixed(0)} KiB)`);
  for (const tool of TOOLS) {
    const t = row.tools[tool].times;
    const m = median(t);
    console.log(
      `  ${tool.padEnd(13)} median ${fmt(m).padStart(9)}  p90 ${fmt(p90(t)).padStart(9)}  ${(mb / (m / 1000)).toFixed(2).padStart(6)} MB/s  peak ${row.tools[tool].maxRssMB.toFixed(0).padStart(5)} MB  ${x(m, floor).padStart(7)} parse  ${x(m, gfm).padStart(7)} parse+gfm  ${x(m, peer).padStart(7)} markdownlint`,
    );
  }
  const red = median(row.tools['redline'].times);
  console.log(`  goal: redline ≤ 1.3× parse+gfm → ${x(red, gfm)} ${red <= 1.3 * gfm ? 'met' : 'NOT met'}; below markdownlint → ${red < peer ? 'met' : 'NOT met'}`);
}

function printGrowth(rows: Row[]): Record<string, number> {
  const at = (n: number) => rows.find((r) => r.lines === n);
  const growth: Record<string, number> = {};
  const a = at(2000);
  const b = at(20000);
  const c = at(100000);
  if (a && b) growth['20k/2k'] = median(b.tools.redline.times) / median(a.tools.redline.times);
  if (b && c) growth['100k/20k'] = median(c.tools.redline.times) / median(b.tools.redline.times);
  if (Object.keys(growth).length) {
    console.log(`\nGrowth of Redline's time: ${Object.entries(growth).map(([k, v]) => `${k} ${v.toFixed(2)}×`).join(', ')} (goals ≤ 11× and ≤ 6×)`);
  }
  return growth;
}

function compare(summary: { rows: { lines: number; medians: Record<string, number> }[] }): void {
  if (!fs.existsSync(RESULTS)) return;
  const saved = JSON.parse(fs.readFileSync(RESULTS, 'utf8')) as typeof summary & { date: string };
  console.log(`\nAgainst the committed results (${saved.date.slice(0, 10)}), as ratios of redline to parse+gfm:`);
  for (const row of summary.rows) {
    const old = saved.rows.find((r) => r.lines === row.lines);
    if (!old) continue;
    const now = row.medians.redline / row.medians['remark-gfm'];
    const then = old.medians.redline / old.medians['remark-gfm'];
    console.log(`  ${String(row.lines).padStart(6)} lines: now ${now.toFixed(2)}×, committed ${then.toFixed(2)}× (${now <= then * 1.15 ? 'ok' : 'slower'})`);
  }
}

if (process.argv[2] === '--worker') {
  runWorker(process.argv[3], process.argv[4], Number(process.argv[5])).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
else if (process.argv.some((a) => a.startsWith('--profile'))) {
  const at = process.argv.find((a) => a.startsWith('--profile='));
  printProfile(at ? Number(at.slice(10)) : 2000, Number(process.env.REDLINE_PROFILE_RUNS ?? 40));
} else main(process.argv.slice(2));
