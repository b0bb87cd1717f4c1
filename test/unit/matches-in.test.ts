// matchesIn (text.ts) stands in for [...text.matchAll(pattern)] without matchAll's copy of the
// RegExp: it must give the same matches (index, text, groups) for any pattern and text, step
// over empty matches the same way (a code point under the u flag) and leave lastIndex alone.
import * as assert from 'assert';
import fc from 'fast-check';
import { matchesIn } from '../../src/core/text';

const view = (ms: RegExpMatchArray[]) => ms.map((m) => [m.index, [...m], m.groups ? { ...m.groups } : undefined]);

describe('matchesIn', () => {
  const PATTERNS = [/\bfall(?:s|ing)? back\b/gi, /;/g, /x*/g, /(?<word>\w+)?/g, /\b/g, /(?:)/gu, /\p{L}*/gu, /[😀a]?/gu, /(?<=\d)%|\d(?=s\b)/g];
  const WORDS = ['falls back', 'fall back', ';', ' ', 'x', 'xx', '😀', 'a', '2%', '3s', 'é', '\n', 'FALLING BACK'];

  it('finds what matchAll finds, for any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }), fc.constantFrom(...PATTERNS), (words, pattern) => {
        const text = words.join('');
        assert.deepStrictEqual(view(matchesIn(pattern, text)), view([...text.matchAll(pattern)]));
      }),
      { numRuns: 500 },
    );
  });

  it('starts at lastIndex, as matchAll does, and leaves it as it was', () => {
    const pattern = /\d+/g;
    pattern.lastIndex = 3;
    const expected = view([...'12 34 56'.matchAll(pattern)]);
    assert.deepStrictEqual(view(matchesIn(pattern, '12 34 56')), expected);
    assert.deepStrictEqual(expected, [[3, ['34'], undefined], [6, ['56'], undefined]]);
    assert.strictEqual(pattern.lastIndex, 3);
  });

  it('refuses a pattern without the g flag, as matchAll does', () => {
    assert.throws(() => matchesIn(/a/, 'a'), TypeError);
  });
});
