// unmeasured-improvement: promises the model will improve over time with nothing tracking it nearby.
import { defineRule } from '../rule';
import { monitoring } from '../concepts/monitoring';

export default defineRule({
  id: 'unmeasured-improvement',
  kinds: ['prd', 'design', 'behavioral'],
  aiOnly: true,
  severity: 'warning',
  docs: {
    summary: 'Back a promise that quality will improve over time with a metric and a cadence in the same section, or drop the promise.',
    why: 'Models do not improve by being used; they improve when someone measures them and feeds mistakes back. An unmeasured promise also hides the opposite risk: quality drifting down.',
    weak: 'Accuracy will improve over time as more people use it.',
    strong: 'Accuracy should improve as corrections flow into the eval set; we re-run the eval set monthly and report the pass rate trend in the quality review.',
  },
  check(ctx) {
    for (const { match, excused } of ctx.concept(monitoring).promises) {
      if (excused) continue;
      ctx.report({
        message: 'Improvement over time is promised but not measured: in this section, say which metric shows it and how often it is re-measured, or drop the promise.',
        start: match.start,
        end: match.end,
      });
    }
  },
});
