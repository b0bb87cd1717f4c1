// post-processing-fix: wrong model output is repaired after the fact instead of prevented or routed.
import { defineRule } from '../rule';
import { fallbackConcept } from '../concepts/fallback';

export default defineRule({
  id: 'post-processing-fix',
  kinds: ['prd', 'design', 'behavioral'],
  aiOnly: true,
  severity: 'warning',
  docs: {
    summary: 'Don\'t answer model errors with a post-processing repair; prevent them, or block the output and fall back.',
    why: 'A cleanup layer only catches the errors someone already thought of, and hides the real error rate. A gate that blocks, discards or routes the output to a fallback is a guardrail; patching the text and shipping it is not.',
    weak: 'Any wrong totals will be fixed in post-processing by recalculating them from the line items.',
    strong: 'Totals are recomputed from the line items; a mismatch blocks Send until the user resolves it, and the mismatch rate is a KPI (≤ 0.1%).',
  },
  check(ctx) {
    for (const repair of ctx.concept(fallbackConcept).repairs) {
      ctx.report({
        message: 'Repairing wrong model output after the fact is not a mitigation: block or route the output to a fallback, and measure the error rate instead.',
        start: repair.start,
        end: repair.end,
      });
    }
  },
});
