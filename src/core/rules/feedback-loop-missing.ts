// feedback-loop-missing: TODO — stub, not implemented yet.
import { defineRule } from '../rule';

export default defineRule({
  id: 'feedback-loop-missing',
  kinds: ['prd', 'design'],
  aiOnly: true,
  severity: 'info',
  docs: { summary: 'TODO', why: 'TODO', weak: 'TODO', strong: 'TODO' },
  check() {
    // not implemented yet
  },
});
