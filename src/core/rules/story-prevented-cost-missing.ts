// story-prevented-cost-missing: the outcome names no future cost that the action prevented.
import { defineRule } from '../rule';
import { STORY, SKELETON, anchorOfPart, reportMissingPart } from '../concepts/story';

export default defineRule({
  id: 'story-prevented-cost-missing',
  kinds: ['behavioral'],
  aiOnly: false,
  severity: 'warning',
  docs: {
    summary: 'Say in the outcome what the containment prevented: the losses, incidents, harm or regulatory exposure that did not happen.',
    why: 'Prevention is invisible unless you name the counterfactual. Launch dates and adoption show the project finished, not what your call was worth.',
    weak: 'Privacy signed off, we launched two weeks late, and adoption hit 60% in two months.',
    strong: 'Finance estimated the original plan would have produced about $410k in incorrect charges in the first cycle, plus chargebacks; none of that happened.',
  },
  check(ctx) {
    const story = ctx.concept(STORY);
    if (story.preventedCosts.length) {
      for (const m of story.preventedCosts) ctx.evidence(m.sentence.start, m.sentence.end);
      return;
    }
    reportMissingPart(
      ctx,
      SKELETON.cost,
      'Name the future cost prevented: what losses, incidents or harm would have happened otherwise.',
      'Fill in the prevented cost: what would have happened without the constraint.',
      anchorOfPart(ctx.doc, story, 'result', 'reflection', 'action'),
    );
  },
});
