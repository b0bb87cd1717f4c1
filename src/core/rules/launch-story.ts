// launch-story: the story's payoff is a launch or a metric win, with no latent risk found or prevented.
import { defineRule } from '../rule';
import { STORY } from '../concepts/story';

export default defineRule({
  id: 'launch-story',
  kinds: ['behavioral'],
  aiOnly: false,
  severity: 'warning',
  docs: {
    summary: 'Tell a story whose payoff is a risk you found and contained, not a launch or a metric win.',
    why: 'AI hiring bars ask for judgement under uncertainty: a story that ends in "we shipped and CTR went up" shows execution, but not that you can see a failure coming before it shows in the numbers.',
    weak: 'We hit the launch date and the A/B test showed CTR +9%, worth about $3M a year.',
    strong: 'Two weeks before launch I noticed the model swapping mg and mL in sampled outputs; I gated the launch on a unit check, and we shipped a week late with zero dosing errors in review.',
  },
  check(ctx) {
    const story = ctx.concept(STORY);
    if (story.latentRisks.length || story.preventedCosts.length) return;
    const payoff = story.payoffs[0];
    if (!payoff) return;
    ctx.report({
      message: 'The payoff is a launch or a metric win: tell the latent risk you found and what its containment prevented.',
      start: payoff.start,
      end: payoff.end,
    });
  },
});
