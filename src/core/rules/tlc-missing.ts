// tlc-missing: none of task precision, latency tolerance and confidence floor is defined.
import { defineRule } from '../rule';
import { reportMissing } from '../fixes';
import { TLC, partsDefined, tlcEdits, tlcAnchor } from '../concepts/tlc';

export default defineRule({
  id: 'tlc-missing',
  kinds: ['prd', 'design'],
  aiOnly: true,
  severity: 'warning',
  fixTitle: 'Insert a TLC section (task precision, latency tolerance, confidence floor)',
  docs: {
    summary: 'Define the operating envelope: a task-precision target, a latency target and a confidence floor.',
    why: 'Without TLC nobody can say whether the model is good enough, fast enough, or when it should stay quiet; reviewers read its absence as a feature that was never specified.',
    weak: 'The assistant answers questions from the help center and makes support faster.',
    strong: 'Task precision: ≥ 92% of shown answers correct on the 1,200-ticket eval set. Latency: p90 ≤ 1.8 s to first token. Confidence floor: retrieval score < 0.62 → no answer, hand off to an agent.',
  },
  check(ctx) {
    const tlc = ctx.concept(TLC);
    const defined = partsDefined(tlc);
    if (defined.precision || defined.latency || defined.confidence) {
      for (const span of [...tlc.precision, ...tlc.latency, ...tlc.confidence.complete]) ctx.evidence(span.start, span.end);
      return;
    }
    reportMissing(ctx, {
      message: 'No TLC defined: add a task-precision target, a latency target with a percentile, and a confidence floor.',
      anchor: tlcAnchor(ctx.doc),
      fixTitle: 'Insert a TLC section (task precision, latency tolerance, confidence floor)',
      edits: () => tlcEdits(ctx.doc, tlc, ['precision', 'latency', 'confidence']),
      placeholderLabels: ['task precision', 'latency tolerance', 'confidence floor'],
      fillMessage: 'Fill in this TLC line with a number (and, for the confidence floor, what happens below it).',
    });
  },
});
