// stability-over-time-missing: a story about model behaviour never says whether it stayed stable.
import { defineRule } from '../rule';
import { STORY, anchorOfPart } from '../concepts/story';

export default defineRule({
  id: 'stability-over-time-missing',
  kinds: ['behavioral'],
  aiOnly: true,
  severity: 'info',
  docs: {
    summary: 'Say whether the model behaviour stayed stable after the decision: how long you watched it and what it did.',
    why: 'Models drift with traffic, seasons and version swaps. A one-off result says the call was right that week; weeks or months of steady behaviour say it held.',
    weak: 'Adoption hit 38% in the first month, and reply quality will keep improving as it learns.',
    strong: 'I kept the weekly review running after launch: over the next 10 weeks the marker rate stayed between 0.5% and 0.8%, including through a model swap.',
  },
  check(ctx) {
    const story = ctx.concept(STORY);
    if (story.stability.length) {
      for (const m of story.stability) ctx.evidence(m.sentence.start, m.sentence.end);
      return;
    }
    ctx.report({
      message: 'Say whether the model behaviour stayed stable over time: how long you monitored it after the decision and what it did.',
      ...anchorOfPart(ctx.doc, story, 'result', 'reflection', 'action'),
    });
  },
});
