// task-precision-missing: TLC is partly defined but no quantified quality target for the output.
import { defineRule } from '../rule';
import { reportMissing } from '../fixes';
import { TLC, partsDefined, tlcEdits, tlcAnchor, type TlcPart } from '../concepts/tlc';

export default defineRule({
  id: 'task-precision-missing',
  kinds: ['prd', 'design'],
  aiOnly: true,
  severity: 'warning',
  fixTitle: 'Insert a task-precision line',
  docs: {
    summary: 'State a quantified quality target for the output: accuracy, precision, acceptance rate or an error-rate ceiling.',
    why: 'A latency target and a confidence floor say nothing about whether the answers are right; without a number, "good enough to ship" is decided by whoever is in the launch review.',
    weak: 'Accuracy: we will agree the bar with the team once we have seen the pilot.',
    strong: 'Task precision: ≥ 95% of extracted fields correct on the 600-document gold set; invented values ≤ 0.5% of fields.',
  },
  check(ctx) {
    const tlc = ctx.concept(TLC);
    const defined = partsDefined(tlc);
    if (defined.precision) {
      for (const span of tlc.precision) ctx.evidence(span.start, span.end);
      return;
    }
    if (!defined.latency && !defined.confidence) return; // tlc-missing speaks
    const missing = (['precision', 'latency', 'confidence'] as TlcPart[]).filter((p) => !defined[p]);
    reportMissing(ctx, {
      message: 'No task-precision target: add a number for output quality (e.g. ≥ 95% of answers correct on the eval set).',
      anchor: tlcAnchor(ctx.doc, 'precision'),
      fixTitle: 'Insert a task-precision line',
      edits: () => tlcEdits(ctx.doc, tlc, missing, 'precision'),
      placeholderLabels: ['task precision'],
      fillMessage: 'Fill in the task-precision target: a number for output quality (accuracy, acceptance rate or an error ceiling).',
    });
  },
});
