// ship-date-success: success defined as shipping on time instead of product behaviour.
import { defineRule } from '../rule';
import { findAsserted } from '../find';
import { compile, SCHEDULE_TERMS, SUCCESS_FRAMES } from '../lexicon/schedule';
import { isNegatedAt } from '../text';

const SUCCESS = compile(SUCCESS_FRAMES);
const SCHEDULE = compile(SCHEDULE_TERMS);

export default defineRule({
  id: 'ship-date-success',
  kinds: ['prd', 'design', 'behavioral'],
  aiOnly: false,
  severity: 'warning',
  docs: {
    summary: 'Define success by how the product behaves for users, not by shipping on a date.',
    why: 'A date says nothing about whether the product works or harms anyone; reviewers read "we shipped on time" as a missing success metric.',
    weak: 'Success for v1 is shipping by June 30 so Sales can announce it.',
    strong: 'Success: 25% of conversations resolved without an agent, with wrong-policy answers ≤ 0.3%. The date is a planning input.',
  },
  check(ctx) {
    // The sentence must frame success and name a schedule; "the date is not a success criterion" is negated.
    for (const match of findAsserted(ctx.doc, SCHEDULE, { negated: true })) {
      const { text } = match.sentence;
      const frame = SUCCESS.exec(text);
      if (!frame || isNegatedAt(text, frame.index) || isNegatedAt(text, match.index)) continue;
      ctx.report({
        message: 'Success is defined as shipping on time: state the product behaviour or user outcome that makes v1 a success instead.',
        start: match.start,
        end: match.end,
      });
    }
  },
});
