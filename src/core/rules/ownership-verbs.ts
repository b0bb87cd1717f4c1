// ownership-verbs: the author's actions are all leading / driving / shipping, with no containment.
import { defineRule } from '../rule';
import { STORY } from '../concepts/story';

export default defineRule({
  id: 'ownership-verbs',
  kinds: ['behavioral'],
  aiOnly: false,
  severity: 'info',
  docs: {
    summary: 'Balance "I led / drove / shipped" with what you limited, paused, gated, capped, rolled back or stopped.',
    why: 'Ownership framing alone reads as execution. For AI products the judgement that counts is knowing when to hold something back, and saying so in your own verbs.',
    weak: 'I led a squad of six, drove the vendor selection and shipped the assistant to 40k reps on June 27.',
    strong: 'I led the investigation, then paused auto-approval for new merchants and gated the retrain on a per-cohort eval.',
  },
  check(ctx) {
    const story = ctx.concept(STORY);
    if (story.constraints.length) {
      for (const m of story.constraints) ctx.evidence(m.sentence.start, m.sentence.end);
      return;
    }
    const first = story.ownership[0];
    if (!first) return;
    ctx.report({
      message: 'Your actions read as leading and shipping only: say what you limited, paused, gated or stopped.',
      start: first.start,
      end: first.end,
    });
  },
});
