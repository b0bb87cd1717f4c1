// Accuracy harness: `npm run eval -- <dir>` lints every document of a labelled corpus
// (labels.json beside the files) and prints per-rule precision/recall, kind and AI-scope
// accuracy, and how the score agrees with the human score.
import * as fs from 'fs';
import * as path from 'path';
import { Analyzer, scoreAnalysis, toLintResultFor } from './analyze';
import { bandOf } from '../core/score';
import { spearman } from './stats';
import type { Kind } from '../core/types';

interface Label {
  kind: Kind;
  ai?: boolean;
  rules: Record<string, boolean>;
  score: number | null;
  notes?: string;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  misses: string[];
}

function main(argv: string[]): number {
  const args = argv.filter((a) => !a.startsWith('--'));
  const verbose = argv.includes('--verbose');
  const asJson = argv.includes('--json');
  const dir = args[0];
  if (!dir) {
    console.error('usage: npm run eval -- <corpus-dir> [--verbose] [--json]');
    return 2;
  }
  const labelsFile = path.join(dir, 'labels.json');
  if (!fs.existsSync(labelsFile)) {
    console.error(`redline eval: ${labelsFile} not found`);
    return 2;
  }
  const labels = JSON.parse(fs.readFileSync(labelsFile, 'utf8')) as Record<string, Label>;
  const perRule = new Map<string, Counts>();
  const outside: string[] = [];
  let kindRight = 0;
  let aiRight = 0;
  let aiTotal = 0;
  const pairs: { file: string; kind: Kind; tool: number; human: number }[] = [];
  const kindMisses: string[] = [];
  const aiMisses: string[] = [];
  /** A rule that throws is skipped by the engine; here it spoils the measurement, so it is loud. */
  const ruleErrors: string[] = [];

  for (const [file, label] of Object.entries(labels)) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const detected = new Analyzer().analyze(text, { filename: file });
    if (detected.kind === label.kind) kindRight++;
    else kindMisses.push(`${file}: ${detected.kind} (true ${label.kind})`);
    if (typeof label.ai === 'boolean') {
      aiTotal++;
      if (detected.ai === label.ai) aiRight++;
      else aiMisses.push(`${file}: ai=${detected.ai} (true ${label.ai})`);
    }
    const analysis = new Analyzer().analyze(text, { filename: file, kind: label.kind });
    for (const a of [detected, analysis]) for (const run of a.runs.values()) if (run.error) ruleErrors.push(`${file}: ${run.rule.id} threw: ${run.error}`);
    const fired = new Set(toLintResultFor(analysis).diagnostics.map((d) => d.ruleId));
    for (const [rule, expected] of Object.entries(label.rules)) {
      const c = perRule.get(rule) ?? { tp: 0, fp: 0, fn: 0, tn: 0, misses: [] };
      const got = fired.has(rule);
      if (got && expected) c.tp++;
      else if (got && !expected) (c.fp++, c.misses.push(`FP ${file}`));
      else if (!got && expected) (c.fn++, c.misses.push(`FN ${file}`));
      else c.tn++;
      perRule.set(rule, c);
    }
    for (const rule of fired) if (!(rule in label.rules)) outside.push(`${file}: ${rule}`);
    const s = scoreAnalysis(analysis);
    if (label.score !== null && s.score !== null) pairs.push({ file, kind: label.kind, tool: s.score, human: label.score });
  }

  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const rows = [...perRule.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([rule, c]) => ({
    rule,
    ...c,
    precision: ratio(c.tp, c.tp + c.fp),
    recall: ratio(c.tp, c.tp + c.fn),
  }));
  const sum = (k: 'tp' | 'fp' | 'fn') => rows.reduce((n, r) => n + r[k], 0);
  const microP = ratio(sum('tp'), sum('tp') + sum('fp'));
  const microR = ratio(sum('tp'), sum('tp') + sum('fn'));
  const f1 = microP + microR === 0 ? 0 : (2 * microP * microR) / (microP + microR);
  const rho = spearman(pairs.map((p) => p.tool), pairs.map((p) => p.human));
  const byKind = Object.fromEntries(
    (['prd', 'design', 'behavioral'] as Kind[]).map((k) => {
      const ps = pairs.filter((p) => p.kind === k);
      return [k, spearman(ps.map((p) => p.tool), ps.map((p) => p.human))];
    }),
  );
  const bandAgree = ratio(pairs.filter((p) => bandOf(p.tool) === bandOf(p.human)).length, pairs.length);
  const files = Object.keys(labels).length;

  if (asJson) {
    const out = { rules: rows.map(({ misses, ...r }) => (verbose ? { ...r, misses } : r)), micro: { precision: microP, recall: microR, f1 }, kindAccuracy: kindRight / files, aiAccuracy: ratio(aiRight, aiTotal), spearman: rho, spearmanByKind: byKind, bandAgreement: bandAgree, outsideKind: outside, scores: pairs, ruleErrors };
    console.log(JSON.stringify(out, null, 2));
    return ruleErrors.length ? 1 : 0;
  }
  const pct = (x: number) => (x * 100).toFixed(1).padStart(5) + '%';
  console.log(`Redline accuracy on ${files} documents in ${dir}\n`);
  console.log(`${'rule'.padEnd(32)} ${'TP'.padStart(3)} ${'FP'.padStart(3)} ${'FN'.padStart(3)} ${'TN'.padStart(3)}  precision  recall`);
  for (const r of rows) {
    const flag = r.precision < 0.7 || r.recall < 0.7 ? '  <' : '';
    console.log(`${r.rule.padEnd(32)} ${String(r.tp).padStart(3)} ${String(r.fp).padStart(3)} ${String(r.fn).padStart(3)} ${String(r.tn).padStart(3)}  ${pct(r.precision)}    ${pct(r.recall)}${flag}`);
    if (verbose && r.misses.length) console.log('    ' + r.misses.join('\n    '));
  }
  console.log('');
  if (outside.length) console.log(`diagnostics outside the document's kind: ${outside.length}\n    ${outside.join('\n    ')}\n`);
  if (verbose && kindMisses.length) console.log(`kind misses:\n    ${kindMisses.join('\n    ')}`);
  if (verbose && aiMisses.length) console.log(`AI-scope misses:\n    ${aiMisses.join('\n    ')}`);
  if (verbose) for (const p of pairs) console.log(`    score ${p.file.padEnd(44)} tool ${String(p.tool).padStart(3)}  human ${String(p.human).padStart(3)}`);
  console.log(`kind accuracy (detected)    ${pct(kindRight / files)}  (${kindRight}/${files})`);
  console.log(`AI-scope accuracy           ${pct(ratio(aiRight, aiTotal))}  (${aiRight}/${aiTotal})`);
  console.log(`score Spearman              ${rho.toFixed(3)}  (prd ${byKind.prd.toFixed(3)}, design ${byKind.design.toFixed(3)}, behavioral ${byKind.behavioral.toFixed(3)}; n=${pairs.length})`);
  console.log(`band agreement              ${pct(bandAgree)}  (${pairs.filter((p) => bandOf(p.tool) === bandOf(p.human)).length}/${pairs.length})`);
  console.log(`micro precision ${pct(microP)}  recall ${pct(microR)}  F1 ${pct(f1)}  (TP ${sum('tp')}, FP ${sum('fp')}, FN ${sum('fn')})`);
  if (ruleErrors.length) {
    console.error(`\n${ruleErrors.length} rule error(s): these figures are not a measurement of the rules\n    ${ruleErrors.join('\n    ')}`);
    return 1;
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
