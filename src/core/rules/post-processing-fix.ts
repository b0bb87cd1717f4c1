// post-processing-fix: TODO — stub, not implemented yet.
import { defineRule } from '../rule';

export default defineRule({
  id: 'post-processing-fix',
  kinds: ['prd', 'design', 'behavioral'],
  aiOnly: true,
  severity: 'warning',
  docs: { summary: 'TODO', why: 'TODO', weak: 'TODO', strong: 'TODO' },
  check() {
    // not implemented yet
  },
});
