// `npm run bench -- --profile[=lines]`: where one keystroke's time goes, per concept and per
// rule (self time, concepts a rule asks for excluded), in the generated PRD. A tool for
// finding the next thing to make incremental, not a goal of its own.
import { generatePrd } from './generate';
import { buildModel, type DocModel } from '../core/model';
import { resolveKind, resolveAi } from '../core/kind';
import { RULES } from '../core/rules';
import type { Concept, ConceptContext, RuleContext } from '../core/rule';
import { toLintResult, analyzeModel } from '../core/engine';
import { scoreAnalysis } from '../core/score';

/** Median and p90 per part over `runs` keystrokes typed into random sentences, largest median first. */
export function profileKeystrokes(lines: number, runs: number): [string, number, number][] {
  let text = generatePrd(lines);
  let previous: DocModel | undefined;
  let seed = 11;
  const times = new Map<string, number[]>();
  const add = (part: string, ms: number) => times.set(part, [...(times.get(part) ?? []), ms]);
  for (let i = 0; i <= runs; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    let at = text.indexOf('. ', seed % text.length);
    if (at < 0) at = text.indexOf('. ');
    text = text.slice(0, at) + 'x' + text.slice(at);
    let t = performance.now();
    const doc = buildModel(text, { previous });
    previous = doc;
    const model = performance.now() - t;
    t = performance.now();
    const kind = resolveKind(doc, undefined, undefined).kind;
    const kindTime = performance.now() - t;
    t = performance.now();
    const { ai } = resolveAi(doc);
    const aiTime = performance.now() - t;
    const parts = timeRules(doc, kind, ai);
    t = performance.now();
    const analysis = analyzeModel(doc);
    toLintResult(analysis);
    scoreAnalysis(analysis);
    const whole = performance.now() - t;
    if (i === 0) continue; // the first analysis is the cold one
    add('model (parse + build)', model);
    add('kind', kindTime);
    add('ai scope', aiTime);
    for (const [part, ms] of parts) add(part, ms);
    add('TOTAL analyse + lint + score (measured separately)', whole);
  }
  const at = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)];
  return [...times].map(([part, xs]) => [part, at(xs, 0.5), at(xs, 0.9)] as [string, number, number]).sort((a, b) => b[1] - a[1]);
}

/** Self time of every concept and rule in one analysis of `doc`. */
function timeRules(doc: DocModel, kind: ReturnType<typeof resolveKind>['kind'], ai: boolean): Map<string, number> {
  const parts = new Map<string, number>();
  const known = new Map<string, unknown>();
  let nested = 0;
  const base: ConceptContext = {
    doc,
    kind,
    ai,
    concept<T>(concept: Concept<T>): T {
      if (!known.has(concept.id)) {
        const outer = nested;
        nested = 0;
        const t = performance.now();
        known.set(concept.id, concept.detect(base));
        const spent = performance.now() - t;
        parts.set(`concept ${concept.id}`, spent - nested);
        nested = outer + spent;
      }
      return known.get(concept.id) as T;
    },
  };
  for (const rule of RULES) {
    if (!(ai || !rule.aiOnly) || !(rule.kinds.includes(kind) || (rule.scoreKinds ?? []).includes(kind))) continue;
    nested = 0;
    const t = performance.now();
    const ctx: RuleContext = { ...base, options: {}, report: () => undefined, evidence: () => undefined };
    rule.check(ctx);
    parts.set(`rule ${rule.id}`, performance.now() - t - nested);
  }
  return parts;
}

export function printProfile(lines: number, runs: number): void {
  console.log(`One keystroke in the generated ${lines.toLocaleString('en')}-line PRD, ${runs} keystrokes, per part (ms): median, p90`);
  for (const [part, median, p90] of profileKeystrokes(lines, runs)) if (median >= 0.01) console.log(`  ${median.toFixed(2).padStart(8)} ${p90.toFixed(2).padStart(8)}  ${part}`);
}
