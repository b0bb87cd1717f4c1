// confidence-floor-missing: TLC is partly defined but no threshold-plus-behaviour confidence floor.
import { defineRule } from '../rule';
import { reportMissing } from '../fixes';
import { TLC, partsDefined, tlcEdits, tlcAnchor, type TlcPart } from '../concepts/tlc';

export default defineRule({
  id: 'confidence-floor-missing',
  kinds: ['prd', 'design'],
  aiOnly: true,
  severity: 'warning',
  fixTitle: 'Insert a confidence-floor line',
  docs: {
    summary: 'State a confidence threshold and what the product does below it (abstain, escalate, ask, fall back).',
    why: 'A model that answers at any confidence turns its weakest guesses into user-facing facts; the floor is where the escape valves start.',
    weak: 'When the assistant cannot find a good answer it hands the conversation to an agent.',
    strong: 'Confidence floor: retrieval score < 0.62 or grader confidence < 0.70 → no draft is shown; the conversation goes to an agent with the sources.',
  },
  check(ctx) {
    const tlc = ctx.concept(TLC);
    const defined = partsDefined(tlc);
    const { complete, thresholdOnly, behaviourOnly } = tlc.confidence;
    if (defined.confidence) {
      for (const span of complete) ctx.evidence(span.start, span.end);
      return;
    }
    if (!defined.precision && !defined.latency) return; // tlc-missing speaks
    const missing = (['precision', 'latency', 'confidence'] as TlcPart[]).filter((p) => !defined[p]);
    const message = thresholdOnly.length
      ? 'Confidence threshold without behaviour: say what happens below it (abstain, escalate to a person, ask, fall back).'
      : behaviourOnly.length
        ? 'Low-confidence behaviour without a threshold: state the number that triggers it (e.g. confidence < 0.7).'
        : 'No confidence floor: state a threshold and what happens below it (e.g. confidence < 0.7 → hand off to a person).';
    reportMissing(ctx, {
      message,
      anchor: tlcAnchor(ctx.doc, 'confidence'),
      fixTitle: 'Insert a confidence-floor line',
      edits: () => tlcEdits(ctx.doc, tlc, missing, 'confidence'),
      placeholderLabels: ['confidence floor'],
      fillMessage: 'Fill in the confidence floor: a threshold and what happens below it (abstain, escalate, ask, fall back).',
    });
  },
});
