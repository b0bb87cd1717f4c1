// latency-tolerance-missing: TLC is partly defined but no latency target is stated at all.
import { defineRule } from '../rule';
import { reportMissing } from '../fixes';
import { TLC, partsDefined, tlcEdits, tlcAnchor, type TlcPart } from '../concepts/tlc';

export default defineRule({
  id: 'latency-tolerance-missing',
  kinds: ['prd', 'design'],
  aiOnly: true,
  severity: 'warning',
  fixTitle: 'Insert a latency-tolerance line',
  docs: {
    summary: 'State how long a response may take, as a number with a percentile (p90 ≤ 800 ms).',
    why: 'Latency decides the model size, retrieval depth and streaming design; "it should feel instant" or "latency is not critical" cannot be tested or traded off.',
    weak: 'Latency: hints need to feel instant.',
    strong: 'Latency tolerance: hints p90 ≤ 1.2 s; full worked solutions p95 ≤ 4 s, streamed so the first line shows within 1 s.',
  },
  check(ctx) {
    const tlc = ctx.concept(TLC);
    const defined = partsDefined(tlc);
    if (defined.latency) {
      for (const t of tlc.latency) ctx.evidence(t.start, t.end);
      return;
    }
    if (!defined.precision && !defined.confidence) return; // tlc-missing speaks
    const missing = (['precision', 'latency', 'confidence'] as TlcPart[]).filter((p) => !defined[p]);
    reportMissing(ctx, {
      message: 'No latency target: state how long a response may take, with a percentile (e.g. p90 ≤ 800 ms to first token).',
      anchor: tlcAnchor(ctx.doc, 'latency'),
      fixTitle: 'Insert a latency-tolerance line',
      edits: () => tlcEdits(ctx.doc, tlc, missing, 'latency'),
      placeholderLabels: ['latency tolerance'],
      fillMessage: 'Fill in the latency tolerance: a time with a percentile (e.g. p90 ≤ 800 ms to first token).',
    });
  },
});
