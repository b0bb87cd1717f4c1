// Hostile input finishes in time proportional to its size and keeps every finding in range:
// 100k spaces, 10k nested emphasis markers, a 1 MB single line, 50k list items, deep nesting.
import * as assert from 'assert';
import { Analyzer, toLintResult } from '../../src/core/engine';
import { scoreAnalysis } from '../../src/core/score';

/**
 * A budget proportional to size, generous enough for a busy 2-core machine: 100 ms per KiB
 * plus 6 s. Quadratic behaviour blows through it by orders of magnitude (10k emphasis
 * markers took 55 s for 20 KiB before they were defused).
 */
const budget = (text: string) => 6000 + (100 * text.length) / 1024;

const CASES: Record<string, () => string> = {
  '100k spaces': () => ' '.repeat(100000),
  '10k nested emphasis markers': () => '*'.repeat(10000) + 'x' + '*'.repeat(10000),
  '10k unmatched underscores': () => '_a'.repeat(10000),
  '1 MB single line': () => 'The assistant never shows p90 under 2 s data to another tenant, '.repeat(16000),
  '50k list items': () => Array.from({ length: 50000 }, (_, i) => `- item ${i} must never leak`).join('\n'),
  '5,000 nested block quotes': () => '>'.repeat(5000) + ' x',
  '200-deep nested lists': () => Array.from({ length: 200 }, (_, i) => ' '.repeat(i * 2) + '- never x').join('\n'),
  '40k brackets': () => '['.repeat(20000) + ']'.repeat(20000),
  '20k headings': () => Array.from({ length: 20000 }, (_, i) => `## Red lines ${i}`).join('\n'),
  '20k table rows': () => '| metric | target |\n| - | - |\n' + Array.from({ length: 20000 }, () => '| hallucination rate | ≤ 2% |').join('\n'),
  '200k digits': () => '9'.repeat(200000),
};

describe('adversarial input', function () {
  this.timeout(600000);
  for (const [name, make] of Object.entries(CASES)) {
    it(`${name}: finishes within its size budget`, () => {
      const text = make();
      const start = performance.now();
      const analysis = new Analyzer().analyze(text, { filename: 'hostile.prd.md' });
      const result = toLintResult(analysis);
      scoreAnalysis(analysis);
      const elapsed = performance.now() - start;
      assert.ok(elapsed < budget(text), `${name}: ${elapsed.toFixed(0)} ms for ${(text.length / 1024).toFixed(0)} KiB (budget ${budget(text).toFixed(0)} ms)`);
      assert.deepStrictEqual(result.ruleErrors, []);
      for (const d of result.diagnostics) assert.ok(d.line >= 1 && d.endLine >= d.line, `${d.ruleId} range`);
    });
  }
});
