// drift-metric-missing: nothing compares the model's behaviour over time against a baseline.
import { defineRule } from '../rule';
import { insertBlock, placeholder, heading, reportMissing } from '../fixes';
import { anchorAt, monitoring, slotFor } from '../concepts/monitoring';

export default defineRule({
  id: 'drift-metric-missing',
  kinds: ['prd', 'design'],
  aiOnly: true,
  severity: 'warning',
  fixTitle: 'Insert a drift-monitoring section',
  docs: {
    summary: 'Say how you will notice the model getting worse over time: what you re-measure, against which baseline, how often, and what drop raises an alert.',
    why: 'Models, vendors, data and users all change after launch. Without a recurring comparison against a baseline, quality decays silently until a customer finds it; a dashboard or index refresh alone does not show a slow slide.',
    weak: 'Drift is out of scope for v1. We have a dashboard with volume and latency.',
    strong: 'Drift: every Monday we re-run the frozen set of 800 tickets against production and compare precision with the launch baseline; a 2-point drop pages the ML on-call. We also track the intent mix weekly against the previous 4 weeks.',
  },
  check(ctx) {
    const { drift } = ctx.concept(monitoring);
    if (drift.length > 0) {
      for (const m of drift) ctx.evidence(m.start, m.end);
      return;
    }
    const { doc } = ctx;
    reportMissing(ctx, {
      message: 'No drift metric: say what you re-measure over time, against which baseline, how often, and what drop triggers an alert.',
      anchor: anchorAt(doc, [/\bdrift\b/, /\bkpis?\b|\bmetrics?\b|\bquality\b/, /\bmonitor/]),
      fixTitle: 'Insert a drift-monitoring section',
      placeholderLabels: ['drift'],
      fillMessage: 'Fill in the drift monitoring: what is compared, against which baseline, how often, and the alert threshold.',
      edits: () => {
        const slot = slotFor(doc, /\bdrift\b/, [/\bdrift\b/, /\bkpis?\b|\bmetrics?\b|\bmeasur|\bquality\b/, /\bmonitor|production signal/]);
        const lines = [
          `- Compared over time: ${placeholder('drift metric (e.g. precision on a frozen eval set, input mix)')}`,
          `- Baseline: ${placeholder('drift baseline it is compared against')}`,
          `- How often: ${placeholder('drift cadence')}`,
          `- Threshold: ${placeholder('drift threshold: the drop that raises an alert, and who gets it')}`,
        ];
        return [insertBlock(doc, slot.offset, slot.heading ? [heading(doc, 'Drift monitoring'), '', ...lines] : lines)];
      },
    });
  },
});
