// The engine isolates rules: one that throws is reported with its id, and every other rule's
// diagnostics still arrive.
import * as assert from 'assert';
import { lint, findRule } from '../../src/core/index';

describe('engine', () => {
  it('a rule that throws is reported with its id while the other rules still report', () => {
    const text = '---\nkind: design\n---\n# Design an AI tutor\n\nSuccess is launching by June 30.\n';
    const before = lint(text, { filename: 'a.md' });
    const rule = findRule('red-lines-missing')!;
    const original = rule.check;
    rule.check = () => {
      throw new Error('boom');
    };
    try {
      const result = lint(text, { filename: 'b.md' });
      assert.deepStrictEqual(result.ruleErrors, [{ ruleId: 'red-lines-missing', message: 'boom' }]);
      assert.ok(!result.diagnostics.some((d) => d.ruleId === 'red-lines-missing'));
      const others = (r: typeof before) => r.diagnostics.filter((d) => d.ruleId !== 'red-lines-missing').map((d) => `${d.ruleId}@${d.line}`);
      assert.deepStrictEqual(others(result), others(before));
      assert.ok(others(result).includes('ship-date-success@6'));
    } finally {
      rule.check = original;
    }
  });
});
