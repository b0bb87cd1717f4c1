// feedback-loop-missing: no concrete loop from user feedback into the product's improvement.
import { defineRule } from '../rule';
import { insertBlock, placeholder, heading, reportMissing } from '../fixes';
import { anchorAt, monitoring, slotFor } from '../concepts/monitoring';

export default defineRule({
  id: 'feedback-loop-missing',
  kinds: ['prd', 'design'],
  aiOnly: true,
  severity: 'info',
  fixTitle: 'Insert a feedback-loop section',
  docs: {
    summary: 'Name the feedback signal (corrections, edits, thumbs-down, escalations) and where it goes (eval set, re-baseline, retraining, prompt or rule changes).',
    why: '"We will learn from feedback" improves nothing by itself. A loop that routes real mistakes into the eval set or the prompt is how the product gets better and how the numbers stay honest.',
    weak: 'Users can give a thumbs up or down, and the model learns from more conversations over time.',
    strong: 'Thumbs-down answers and agent edits are reviewed every Friday; confirmed failures are added to the eval set with a gold answer, and recurring ones become prompt instructions.',
  },
  check(ctx) {
    const { loop } = ctx.concept(monitoring);
    if (loop.length > 0) {
      for (const m of loop) ctx.evidence(m.start, m.end);
      return;
    }
    const { doc } = ctx;
    reportMissing(ctx, {
      message: 'No feedback loop: name the signal (corrections, edits, thumbs-down, escalations) and where it goes (eval set, prompt or rule changes, retraining).',
      anchor: anchorAt(doc, [/\bfeedback|\blearning\b|\bloop\b|\bimprovement\b/, /\bmonitor|production signal/, /\bkpis?\b|\bmetrics?\b|\bquality\b/]),
      fixTitle: 'Insert a feedback-loop section',
      placeholderLabels: ['feedback'],
      fillMessage: 'Fill in the feedback loop: which signal is collected, and where it goes (eval set, prompt or rule changes, retraining).',
      edits: () => {
        const slot = slotFor(doc, /\bfeedback|\blearning\b|\bloop\b|\bimprovement\b/, [/^(?!.*\bdrift\b).*(?:\bmonitor|production signal|observab)/, /\bdrift\b/, /\bkpis?\b|\bmetrics?\b|\bquality\b/]);
        const lines = [`- Signal: ${placeholder('feedback signal collected from users or reviewers')}`, `- Where it goes: ${placeholder('feedback destination and how often it is reviewed')}`];
        return [insertBlock(doc, slot.offset, slot.heading ? [heading(doc, 'Feedback loop'), '', ...lines] : lines)];
      },
    });
  },
});
