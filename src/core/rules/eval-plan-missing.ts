// eval-plan-missing: no offline eval set, A/B test, launch gate or pilot that states what it measures.
import { defineRule } from '../rule';
import { insertBlock, placeholder, heading, reportMissing } from '../fixes';
import { evaluation } from '../concepts/evaluation';
import { anchorAt, slotFor } from '../concepts/monitoring';

export default defineRule({
  id: 'eval-plan-missing',
  kinds: ['prd', 'design'],
  aiOnly: true,
  severity: 'warning',
  fixTitle: 'Insert an evaluation plan',
  docs: {
    summary: 'Plan how the model is evaluated before and at launch: an offline set, a launch gate with thresholds, and an online test with primary and harm metrics.',
    why: 'A list of metrics or a staged rollout does not say what must be true before users see the model. Without a gate, launch is decided by the calendar.',
    weak: 'Metrics: DAU, session length, retention. Rollout: two customers first, then everyone.',
    strong: 'Offline: 800 labelled tickets; gate at precision ≥ 92% and zero cross-tenant leaks. A/B on 10% of traffic for 3 weeks: resolution rate, plus wrong-policy answers per 1k conversations as the harm metric.',
  },
  check(ctx) {
    const { plan } = ctx.concept(evaluation);
    if (plan.length > 0) {
      for (const m of plan) ctx.evidence(m.start, m.end);
      return;
    }
    const { doc } = ctx;
    reportMissing(ctx, {
      message: 'No evaluation plan: add an offline eval set, a launch gate with thresholds, and an online test with a primary and a harm metric.',
      anchor: anchorAt(doc, [/\beval|\btesting\b|\bexperiment/, /\blaunch\b|\brollout\b/, /\bmetrics?\b|\bsuccess\b/]),
      fixTitle: 'Insert an evaluation plan',
      placeholderLabels: ['evaluation'],
      fillMessage: 'Fill in the evaluation plan: the offline set, the launch gate thresholds, and the online test with its metrics.',
      edits: () => {
        const slot = slotFor(doc, /\beval(?:uation)?s?\b|\btesting\b|\bexperiments?\b/, [/\bsuccess\b|\bkpis?\b|\bmetrics?\b/, /\bmonitor|\bdrift\b/]);
        const lines = [
          `- Offline set: ${placeholder('evaluation set: size, source, and how it is labelled')}`,
          `- Launch gate: ${placeholder('evaluation launch gate: metrics and thresholds on the offline set')}`,
          `- Online test: ${placeholder('evaluation online test: A/B or pilot, audience, duration, primary metric')}`,
          `- Harm metrics: ${placeholder('harm metrics: bad outcomes that reach users, with a limit for each')}`,
        ];
        return [insertBlock(doc, slot.offset, slot.heading ? [heading(doc, 'Evaluation plan'), '', ...lines] : lines)];
      },
    });
  },
});
