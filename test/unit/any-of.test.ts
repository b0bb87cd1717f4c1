// anyOf (fallback.ts) searches with several small regexes as if they were one alternation and
// caches each part's next match: it must find exactly what searching every part from every
// position finds, whatever the text.
import * as assert from 'assert';
import fc from 'fast-check';
import { anyOf, type Pattern } from '../../src/core/concepts/fallback';

/** The reference: every part searched again from the scan position, leftmost wins, earlier part on a tie. */
function reference(terms: string[], text: string): [number, string][] {
  const parts = terms.map((t) => new RegExp(t, 'gi'));
  const found: [number, string][] = [];
  for (let at = 0; at <= text.length; ) {
    let best: RegExpExecArray | null = null;
    for (const part of parts) {
      part.lastIndex = at;
      const m = part.exec(text);
      if (m && (!best || m.index < best.index)) best = m;
    }
    if (!best) break;
    found.push([best.index, best[0]]);
    at = best.index + Math.max(1, best[0].length);
  }
  return found;
}

function scan(terms: string[], text: string, pattern: Pattern = anyOf(terms)): [number, string][] {
  const found: [number, string][] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push([m.index, m[0]]);
    if (m[0].length === 0) pattern.lastIndex = m.index + 1;
  }
  return found;
}

describe('anyOf', () => {
  const TERMS = ['\\bhuman(?: review)?\\b', '\\breview(?:er)?s?\\b', '\\bescalat\\w*', 'no answer', '\\bagents?\\b', 'rev'];
  const WORDS = ['human', 'review', 'reviewer', 'escalates', 'no', 'answer', 'agent', 'agents', 'the', 'a', 'rev', 'x', ',', '.'];

  it('finds the same matches as searching every part from every position', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }), fc.boolean(), (words, tight) => {
        const text = words.join(tight ? '' : ' ');
        assert.deepStrictEqual(scan(TERMS, text), reference(TERMS, text));
      }),
      { numRuns: 400, seed: 7 },
    );
  });

  it('finds the same matches once hot, searching with one alternation', () => {
    // hotAfter 0: the alternation from the first text; 5: term by term, then the alternation mid-way.
    for (const hotAfter of [0, 5]) {
      const pattern = anyOf(TERMS, hotAfter);
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }), fc.boolean(), (words, tight) => {
          const text = words.join(tight ? '' : ' ');
          pattern.lastIndex = 0;
          assert.deepStrictEqual(scan(TERMS, text, pattern), reference(TERMS, text));
          assert.strictEqual(pattern.test(text), reference(TERMS, text).length > 0);
        }),
        { numRuns: 400, seed: 11 },
      );
    }
  });

  it('keeps the scan position when it turns hot between two texts', () => {
    const pattern = anyOf(TERMS, 1);
    pattern.lastIndex = 0;
    assert.strictEqual(pattern.exec('the agent and a human review')?.[0], 'agent');
    pattern.lastIndex = 0;
    assert.deepStrictEqual(scan(TERMS, 'no answer from the reviewer', pattern), [[0, 'no answer'], [19, 'reviewer']]);
  });

  it('starts over for a new text and for a scan restarted from 0', () => {
    const pattern = anyOf(TERMS);
    const first = 'an agent escalates to human review';
    pattern.lastIndex = 0;
    assert.strictEqual(pattern.exec(first)?.[0], 'agent');
    pattern.lastIndex = 0;
    assert.strictEqual(pattern.exec('no answer here')?.[0], 'no answer');
    pattern.lastIndex = 0;
    assert.strictEqual(pattern.exec(first)?.[0], 'agent');
    assert.strictEqual(pattern.exec(first)?.[0], 'escalates');
  });
});
