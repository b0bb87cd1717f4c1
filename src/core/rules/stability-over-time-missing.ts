// stability-over-time-missing: TODO — stub, not implemented yet.
import { defineRule } from '../rule';

export default defineRule({
  id: 'stability-over-time-missing',
  kinds: ['behavioral'],
  aiOnly: true,
  severity: 'info',
  docs: { summary: 'TODO', why: 'TODO', weak: 'TODO', strong: 'TODO' },
  check() {
    // not implemented yet
  },
});
