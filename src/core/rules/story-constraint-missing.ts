// story-constraint-missing: TODO — stub, not implemented yet.
import { defineRule } from '../rule';

export default defineRule({
  id: 'story-constraint-missing',
  kinds: ['behavioral'],
  aiOnly: false,
  severity: 'warning',
  docs: { summary: 'TODO', why: 'TODO', weak: 'TODO', strong: 'TODO' },
  check() {
    // not implemented yet
  },
});
