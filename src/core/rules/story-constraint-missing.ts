// story-constraint-missing: the author's action imposes no constraint on what shipped.
import { defineRule } from '../rule';
import { STORY, SKELETON, anchorOfPart, reportMissingPart } from '../concepts/story';

export default defineRule({
  id: 'story-constraint-missing',
  kinds: ['behavioral'],
  aiOnly: false,
  severity: 'warning',
  docs: {
    summary: 'Show the constraint you imposed: what you paused, limited, gated, capped, blocked or rolled back.',
    why: 'Seeing a risk is half the story; the bar is whether you acted on it by limiting what shipped or how it behaves. A phased rollout run only to measure, or scope cut to save a date, is not containment.',
    weak: 'We rolled out in three phases, each behind an A/B test, and cut two features to hold the date.',
    strong: 'I paused auto-approval for merchants onboarded in the last 45 days and limited manual review to the top-risk categories until the retrained model passed a per-cohort eval.',
  },
  check(ctx) {
    const story = ctx.concept(STORY);
    if (story.constraints.length) {
      for (const m of story.constraints) ctx.evidence(m.sentence.start, m.sentence.end);
      return;
    }
    reportMissingPart(
      ctx,
      SKELETON.constraint,
      'Add the constraint you imposed: what you paused, limited, gated, capped or blocked, and until when.',
      'Fill in the constraint: what you paused, limited, gated, capped or blocked.',
      anchorOfPart(ctx.doc, story, 'action', 'situation'),
    );
  },
});
