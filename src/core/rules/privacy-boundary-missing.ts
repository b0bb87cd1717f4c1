// privacy-boundary-missing: TODO — stub, not implemented yet.
import { defineRule } from '../rule';

export default defineRule({
  id: 'privacy-boundary-missing',
  kinds: ['prd'],
  aiOnly: false,
  severity: 'info',
  docs: { summary: 'TODO', why: 'TODO', weak: 'TODO', strong: 'TODO' },
  check() {
    // not implemented yet
  },
});
