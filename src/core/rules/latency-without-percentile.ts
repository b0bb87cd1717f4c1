// latency-without-percentile: a latency target with no percentile, share of requests or
// all-requests bound ("under 2 seconds", "average 1 s"). The fix rewrites the phrase.
import { defineRule } from '../rule';
import { placeholders } from '../fixes';
import { spanOf } from '../concepts/error-rate';
import { TLC, type LatencyTarget } from '../concepts/tlc';
import type { OffsetEdit } from '../rule';
import type { DocModel } from '../model';

const FILL = '[fill in: percentile — keep p90 or use p50/p95/p99, and what is timed]';

export default defineRule({
  id: 'latency-without-percentile',
  kinds: ['prd', 'design'],
  aiOnly: true,
  severity: 'warning',
  fixTitle: 'Rewrite as a p90 target',
  docs: {
    summary: 'Give every latency target a percentile (p50/p90/p95/p99), a share of requests, or a bound on every request.',
    why: '"Under 2 seconds" is met by a median and broken by the tail users actually feel; an average hides the slow requests that time out.',
    weak: 'Answers should come back in under 2 seconds.',
    strong: 'Answers: p90 ≤ 2 s to the full answer, p99 ≤ 5 s; 95% of requests show the first token within 800 ms.',
  },
  check(ctx) {
    for (const p of placeholders(ctx.doc).filter((p) => /^percentile/i.test(p.label))) {
      ctx.report({ message: 'Fill in the percentile of this latency target (p50, p90, p95 or p99) and what is timed.', start: p.start, end: p.end });
    }
    const seen = new Set<number>();
    for (const target of ctx.concept(TLC).latency) {
      if (target.qualified) ctx.evidence(target.unit.block.start, target.unit.block.end);
      if (target.qualified || target.sameAsQualified || seen.has(target.ms)) continue;
      seen.add(target.ms);
      const from = target.average ?? target.phrase;
      const span = spanOf(target.unit, Math.min(from.start, target.phrase.start), target.phrase.end);
      const said = ctx.doc.text.slice(span.start, span.end);
      ctx.report({
        message: `Latency target "${said}" has no percentile: state it as p90 ≤ ${target.number} ${target.timeUnit} (or p50/p95/p99, or a share of requests).`,
        ...span,
        fix: { title: 'Rewrite as a p90 target', edits: rewrite(ctx.doc, target) },
      });
    }
  },
});

/** Replaces the duration phrase (from an "average" word before it, with its article) by "p90 ≤ N unit [fill in: …]". */
function rewrite(doc: DocModel, target: LatencyTarget): OffsetEdit[] {
  const phrase = spanOf(target.unit, target.phrase.start, target.phrase.end);
  let start = phrase.start;
  if (target.average && target.average.start < target.phrase.start) {
    start = spanOf(target.unit, target.average.start, target.average.end).start;
    const article = /\b(?:an?|the)\s+$/i.exec(doc.text.slice(Math.max(0, start - 5), start));
    if (article) start -= article[0].length;
  }
  return [{ start, end: phrase.end, text: `p90 ≤ ${target.number} ${target.timeUnit} ${FILL}` }];
}
