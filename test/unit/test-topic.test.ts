// testTopic (text.ts) keeps pattern.test(topic) per pattern and topic: it must answer what the
// pattern answers, for every topic and in any order, and refuse a pattern whose test has state.
import * as assert from 'assert';
import fc from 'fast-check';
import { NEGATIVE_TOPIC, testTopic } from '../../src/core/text';

describe('testTopic', () => {
  const PARTS = ['non-goals', 'goals', 'open questions', 'later', 'v2', 'drift', 'prd: ai tutor', 'out of scope', 'x'];

  it('answers what the pattern answers, whatever topics came before', () => {
    const drift = /\bdrift\b/;
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...PARTS), { minLength: 1, maxLength: 4 }), { maxLength: 20 }), (paths) => {
        for (const path of paths) {
          const topic = path.join(' > ');
          assert.strictEqual(testTopic(NEGATIVE_TOPIC, topic), NEGATIVE_TOPIC.test(topic), topic);
          assert.strictEqual(testTopic(drift, topic), drift.test(topic), topic);
        }
      }),
      { numRuns: 300, seed: 5 },
    );
  });

  it('refuses a global or sticky pattern', () => {
    assert.throws(() => testTopic(/drift/g, 'drift'), TypeError);
    assert.throws(() => testTopic(/drift/y, 'drift'), TypeError);
  });
});
