// ownership-verbs: TODO — stub, not implemented yet.
import { defineRule } from '../rule';

export default defineRule({
  id: 'ownership-verbs',
  kinds: ['behavioral'],
  aiOnly: false,
  severity: 'info',
  docs: { summary: 'TODO', why: 'TODO', weak: 'TODO', strong: 'TODO' },
  check() {
    // not implemented yet
  },
});
