// eval-plan-missing: TODO — stub, not implemented yet.
import { defineRule } from '../rule';

export default defineRule({
  id: 'eval-plan-missing',
  kinds: ['prd', 'design'],
  aiOnly: true,
  severity: 'warning',
  docs: { summary: 'TODO', why: 'TODO', weak: 'TODO', strong: 'TODO' },
  check() {
    // not implemented yet
  },
});
