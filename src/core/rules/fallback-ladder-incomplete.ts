// fallback-ladder-incomplete: TODO — stub, not implemented yet.
import { defineRule } from '../rule';

export default defineRule({
  id: 'fallback-ladder-incomplete',
  kinds: ['prd', 'design'],
  aiOnly: true,
  severity: 'info',
  docs: { summary: 'TODO', why: 'TODO', weak: 'TODO', strong: 'TODO' },
  check() {
    // not implemented yet
  },
});
