// red-lines-missing: TODO — stub, not implemented yet.
import { defineRule } from '../rule';

export default defineRule({
  id: 'red-lines-missing',
  kinds: ['prd', 'design'],
  aiOnly: true,
  severity: 'error',
  docs: { summary: 'TODO', why: 'TODO', weak: 'TODO', strong: 'TODO' },
  check() {
    // not implemented yet
  },
});
