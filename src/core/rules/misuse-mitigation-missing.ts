// misuse-mitigation-missing: TODO — stub, not implemented yet.
import { defineRule } from '../rule';

export default defineRule({
  id: 'misuse-mitigation-missing',
  kinds: ['prd'],
  aiOnly: true,
  severity: 'warning',
  docs: { summary: 'TODO', why: 'TODO', weak: 'TODO', strong: 'TODO' },
  check() {
    // not implemented yet
  },
});
