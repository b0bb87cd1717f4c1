// production-signal-missing: nothing says how a failure would be seen once the product is live.
import { defineRule } from '../rule';
import { insertBlock, placeholder, heading, reportMissing } from '../fixes';
import { anchorAt, monitoring, slotFor } from '../concepts/monitoring';

export default defineRule({
  id: 'production-signal-missing',
  kinds: ['prd', 'design'],
  aiOnly: true,
  severity: 'warning',
  fixTitle: 'Insert a production monitoring section',
  docs: {
    summary: 'Say how a failure would be seen live: alerts with thresholds, anomaly detection on logs, dashboards with thresholds, or a path for users to flag bad outputs.',
    why: 'Offline evals end at launch. If nothing alerts a person when wrong answers start reaching users, the first signal is a complaint, a screenshot or a regulator.',
    weak: 'We will keep an eye on quality after launch.',
    strong: 'The on-call is paged when the citation checker flags more than 3% of answers in an hour; users can flag an answer as wrong, and each flag posts to #assistant-quality with the transcript.',
  },
  check(ctx) {
    const { signal } = ctx.concept(monitoring);
    if (signal.length > 0) {
      for (const m of signal) ctx.evidence(m.start, m.end);
      return;
    }
    const { doc } = ctx;
    reportMissing(ctx, {
      message: 'Nothing says how a failure would be seen live: add alerts or dashboards with thresholds, log anomaly detection, or a path for flagged user reports.',
      anchor: anchorAt(doc, [/^(?!.*\bdrift\b).*(?:\bmonitor|production signal|\balert|observab)/, /\bkpis?\b|\bmetrics?\b|\bquality\b/]),
      fixTitle: 'Insert a production monitoring section',
      placeholderLabels: ['production'],
      fillMessage: 'Fill in how a failure is seen in production: alerts with thresholds and who receives them, and how users flag bad outputs.',
      edits: () => {
        const slot = slotFor(doc, /^(?!.*\bdrift\b).*(?:\bmonitor|production signal|observab)/, [/\bdrift\b/, /\bkpis?\b|\bmetrics?\b|\bquality\b/]);
        const lines = [
          `- Live alert: ${placeholder('production alert: failure metric, threshold, and who is paged')}`,
          `- Dashboard: ${placeholder('production dashboard: failure metrics watched, with their thresholds')}`,
          `- User flags: ${placeholder('production user reports: how users flag a bad output and where the flag goes')}`,
        ];
        return [insertBlock(doc, slot.offset, slot.heading ? [heading(doc, 'Production monitoring'), '', ...lines] : lines)];
      },
    });
  },
});
