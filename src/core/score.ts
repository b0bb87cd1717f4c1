// "Score this answer": 0–100 from the same analysis as the diagnostics. Each dimension holds
// items credited by a rule that stays silent (with that rule's evidence) and withheld by a
// rule that fires; anti-pattern rules subtract inside their dimension, never below 0.
import type { Analysis } from './engine';
import type { Band, Evidence, NextStep, ScoreDimension, ScoreResult } from './types';

interface Item {
  rule: string;
  /**
   * Points the rule withholds when it fires. A dimension starts at its maximum and loses
   * what its firing rules withhold; the items may add up to more than the maximum, because
   * a reviewer takes more off for two gaps in one dimension than the dimension's share of each.
   */
  points: number;
  /** Credit only when this rule is silent too (e.g. the ladder needs the human rung). */
  requires?: string;
}

interface Penalty {
  rule: string;
  /** Points per finding, and at most. */
  each: number;
  max: number;
}

interface DimensionSpec {
  id: string;
  label: string;
  max: number;
  items: Item[];
  penalties: Penalty[];
}

const PRODUCT: DimensionSpec[] = [
  {
    id: 'failure-first',
    label: 'Failure-first framing',
    max: 20,
    items: [
      { rule: 'red-lines-missing', points: 20 },
      { rule: 'red-lines-too-few', points: 9, requires: 'red-lines-missing' },
    ],
    penalties: [{ rule: 'personas-before-failure-modes', each: 8, max: 8 }],
  },
  {
    id: 'tlc',
    label: 'TLC: task precision, latency, confidence floor',
    max: 20,
    items: [
      { rule: 'task-precision-missing', points: 9, requires: 'tlc-missing' },
      { rule: 'latency-tolerance-missing', points: 8, requires: 'tlc-missing' },
      { rule: 'confidence-floor-missing', points: 9, requires: 'tlc-missing' },
    ],
    penalties: [{ rule: 'latency-without-percentile', each: 5, max: 8 }],
  },
  {
    id: 'kpis-drift',
    label: 'Operational KPIs & drift',
    max: 15,
    items: [
      { rule: 'hallucination-rate-missing', points: 9 },
      { rule: 'drift-metric-missing', points: 8 },
    ],
    penalties: [{ rule: 'unmeasured-improvement', each: 4, max: 8 }],
  },
  {
    id: 'escape-valves',
    label: 'Escape valves',
    max: 15,
    items: [
      { rule: 'human-fallback-missing', points: 12 },
      { rule: 'fallback-ladder-incomplete', points: 7, requires: 'human-fallback-missing' },
    ],
    penalties: [{ rule: 'post-processing-fix', each: 5, max: 10 }],
  },
  {
    id: 'evaluation',
    label: 'Evaluation plan',
    max: 10,
    items: [
      { rule: 'eval-plan-missing', points: 6 },
      { rule: 'harm-metric-missing', points: 5, requires: 'eval-plan-missing' },
    ],
    penalties: [{ rule: 'ship-date-success', each: 4, max: 4 }],
  },
  {
    id: 'production-signal',
    label: 'Production signal & feedback loop',
    max: 10,
    items: [
      { rule: 'production-signal-missing', points: 7 },
      { rule: 'feedback-loop-missing', points: 6 },
    ],
    penalties: [],
  },
  {
    id: 'trade-offs',
    label: 'Trade-off articulation',
    max: 10,
    items: [
      { rule: 'approach-unjustified', points: 5 },
      { rule: 'misuse-mitigation-missing', points: 4 },
      { rule: 'privacy-boundary-missing', points: 4 },
    ],
    penalties: [],
  },
];

const STORY: DimensionSpec[] = [
  {
    id: 'latent-risk',
    label: 'Latent risk found',
    max: 25,
    items: [{ rule: 'story-latent-risk-missing', points: 25 }],
    penalties: [{ rule: 'launch-story', each: 10, max: 10 }],
  },
  {
    id: 'constraint',
    label: 'Constraint imposed',
    max: 25,
    items: [{ rule: 'story-constraint-missing', points: 25 }],
    penalties: [{ rule: 'post-processing-fix', each: 5, max: 5 }],
  },
  {
    id: 'prevented-cost',
    label: 'Future cost prevented',
    max: 20,
    items: [{ rule: 'story-prevented-cost-missing', points: 20 }],
    penalties: [{ rule: 'ship-date-success', each: 5, max: 5 }],
  },
  {
    id: 'ownership',
    label: 'Ownership framing ("I limited", not "I shipped")',
    max: 15,
    items: [{ rule: 'ownership-verbs', points: 15 }],
    penalties: [],
  },
  {
    id: 'stability',
    label: 'Stability over time / long-term thinking',
    max: 15,
    items: [{ rule: 'stability-over-time-missing', points: 15 }],
    penalties: [{ rule: 'unmeasured-improvement', each: 5, max: 5 }],
  },
];

export function bandOf(score: number): Exclude<Band, 'not-ai'> {
  return score >= 80 ? 'AI-native' : score >= 50 ? 'AI-curious' : 'Traditional';
}

export function scoreAnalysis(analysis: Analysis): ScoreResult {
  const { kind, kindSource, ai } = analysis;
  const base = { kind, kindSource, ai };
  if (!ai && kind !== 'behavioral') {
    return {
      ...base,
      score: null,
      band: 'not-ai',
      dimensions: [],
      notes: [
        'This document does not read as an AI product, so Redline gives it no score.',
        'If it is about a model-driven feature, add `ai: true` to its front matter.',
      ],
      next: [],
    };
  }
  const specs = kind === 'behavioral' ? STORY : PRODUCT;
  const fired = (rule: string) => (analysis.runs.get(rule)?.reports.length ?? 0) > 0;
  const ran = (rule: string) => analysis.runs.has(rule);
  const dimensions: ScoreDimension[] = [];
  const next: NextStep[] = [];
  const messages = new Map<string, string>();
  for (const spec of specs) {
    let points = spec.max;
    const evidence: Evidence[] = [];
    const withheldBy = new Set<string>();
    const lost = new Map<string, number>();
    for (const item of spec.items) {
      // A rule that does not run here (e.g. stability on a non-AI story) neither credits nor withholds.
      const blocker = [item.rule, item.requires].find((r) => r && ran(r) && fired(r));
      if (blocker) {
        points -= item.points;
        withheldBy.add(blocker);
        lost.set(blocker, (lost.get(blocker) ?? 0) + item.points);
        continue;
      }
      // Every point given is backed by a line: a silent rule that found nothing to show
      // (e.g. no user data named, so no privacy statement either) earns nothing.
      const lines = evidenceOf(analysis, item.rule);
      if (lines.length === 0 && ran(item.rule)) {
        points -= item.points;
        withheldBy.add(item.rule);
        lost.set(item.rule, (lost.get(item.rule) ?? 0) + item.points);
        messages.set(item.rule, analysis.runs.get(item.rule)!.rule.docs.summary);
        continue;
      }
      evidence.push(...lines);
    }
    for (const penalty of spec.penalties) {
      const count = analysis.runs.get(penalty.rule)?.reports.length ?? 0;
      if (count === 0) continue;
      const taken = Math.min(penalty.max, penalty.each * count);
      points -= taken;
      withheldBy.add(penalty.rule);
      lost.set(penalty.rule, (lost.get(penalty.rule) ?? 0) + taken);
    }
    const score = Math.max(0, Math.min(spec.max, points));
    // What fixing one rule would really gain here: the dimension is capped at its maximum.
    const clamp = (n: number) => Math.max(0, Math.min(spec.max, n));
    for (const [rule, withheld] of lost) {
      const gain = clamp(points + withheld) - score;
      if (gain > 0) next.push({ ruleId: rule, points: gain, message: messages.get(rule) ?? firstMessage(analysis, rule) });
    }
    dimensions.push({ id: spec.id, label: spec.label, score, max: spec.max, evidence: dedupe(evidence), withheldBy: [...withheldBy] });
  }
  const total = dimensions.reduce((n, d) => n + d.score, 0);
  next.sort((a, b) => b.points - a.points);
  return { ...base, score: total, band: bandOf(total), dimensions, notes: [], next: dedupeSteps(next) };
}

function firstMessage(analysis: Analysis, rule: string): string {
  return analysis.runs.get(rule)?.reports[0]?.message ?? rule;
}

function evidenceOf(analysis: Analysis, rule: string): Evidence[] {
  const { doc } = analysis;
  // Rules show many matches on one line (every rung, every mention): its text is cut once.
  let texts = LINE_TEXTS.get(analysis);
  if (!texts) LINE_TEXTS.set(analysis, (texts = new Map()));
  const known = texts;
  return (analysis.runs.get(rule)?.evidence ?? []).map((e) => {
    const line = doc.lines.lineOf(e.start);
    let text = known.get(line);
    if (text === undefined) known.set(line, (text = doc.lines.lineText(line).trim().slice(0, 160)));
    return { line: line + 1, text };
  });
}

/** Per analysis, the evidence text of each line asked for. */
const LINE_TEXTS = new WeakMap<Analysis, Map<number, string>>();

function dedupe(evidence: Evidence[]): Evidence[] {
  const seen = new Set<number>();
  return evidence.filter((e) => !seen.has(e.line) && seen.add(e.line)).sort((a, b) => a.line - b.line);
}

/** One step per rule, with every point that rule withholds across the dimension's items. */
function dedupeSteps(steps: NextStep[]): NextStep[] {
  const byRule = new Map<string, NextStep>();
  for (const step of steps) {
    const seen = byRule.get(step.ruleId);
    if (seen) seen.points += step.points;
    else byRule.set(step.ruleId, { ...step });
  }
  return [...byRule.values()].sort((a, b) => b.points - a.points);
}
