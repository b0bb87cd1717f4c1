// Runs every rule against its fixtures: good.md must stay silent, bad.md must fire exactly on
// the lines marked <!-- expect: rule-id -->, and for a fixable rule the fix must give
// bad.fixed.md, keep every original line, leave the rule pointing only at the inserted
// placeholders, and bad.filled.md (the placeholders filled in) must satisfy the rule.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint, applyEdits, RULES } from '../../src/core/index';
import type { Diagnostic } from '../../src/core/types';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'rules');
/** Rules whose fix replaces or moves the author's text by design (RULES.md). */
const REWRITES = new Set(['latency-without-percentile', 'personas-before-failure-modes']);

function read(rule: string, name: string): string | undefined {
  const file = path.join(FIXTURES, rule, name);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

function markedLines(text: string, rule: string): number[] {
  const lines: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    for (const m of line.matchAll(/<!--\s*expect:\s*([\w-]+)\s*-->/g)) if (m[1] === rule) lines.push(i + 1);
  });
  return lines;
}

function of(diagnostics: Diagnostic[], rule: string): Diagnostic[] {
  return diagnostics.filter((d) => d.ruleId === rule);
}

/** True when `a`'s non-blank lines appear in `b` in the same order. */
export function isSubsequence(a: string[], b: string[]): boolean {
  let j = 0;
  for (const line of a.filter((l) => l.trim())) {
    while (j < b.length && b[j] !== line) j++;
    if (j === b.length) return false;
    j++;
  }
  return true;
}

describe('rule fixtures', () => {
  for (const rule of RULES) {
    describe(rule.id, () => {
      const good = read(rule.id, 'good.md');
      const bad = read(rule.id, 'bad.md');

      it('has good.md and bad.md fixtures', () => {
        assert.ok(good, `test/fixtures/rules/${rule.id}/good.md is missing`);
        assert.ok(bad, `test/fixtures/rules/${rule.id}/bad.md is missing`);
        assert.ok(markedLines(bad!, rule.id).length > 0, 'bad.md marks no line with <!-- expect: rule-id -->');
      });

      it('stays silent on good.md', () => {
        const found = of(lint(good ?? '', { filename: 'good.md' }).diagnostics, rule.id);
        assert.deepStrictEqual(found.map((d) => `${d.line}: ${d.message}`), []);
      });

      it('fires exactly on the marked lines of bad.md', () => {
        const found = of(lint(bad ?? '', { filename: 'bad.md' }).diagnostics, rule.id);
        assert.deepStrictEqual([...new Set(found.map((d) => d.line))].sort((a, b) => a - b), markedLines(bad ?? '', rule.id));
        for (const d of found) assert.ok(d.message.length > 10 && !d.message.includes('undefined'), `unclear message: ${d.message}`);
      });

      if (!rule.fixTitle) return;

      it('fixes bad.md into bad.fixed.md without losing a line', () => {
        const fixed = read(rule.id, 'bad.fixed.md');
        assert.ok(fixed, 'bad.fixed.md is missing');
        const withFix = of(lint(bad!, { filename: 'bad.md' }).diagnostics, rule.id).find((d) => d.fix);
        assert.ok(withFix?.fix, 'no diagnostic of bad.md carries a fix');
        const result = applyEdits(bad!, withFix.fix.edits);
        assert.strictEqual(result, fixed);
        if (!REWRITES.has(rule.id)) assert.ok(isSubsequence(bad!.split(/\r?\n/), result.split(/\r?\n/)), 'the fix dropped or changed a line of the original');
      });

      it('points only at the placeholders it inserted until they are filled in', () => {
        const fixed = read(rule.id, 'bad.fixed.md') ?? '';
        const remaining = of(lint(fixed, { filename: 'bad.md' }).diagnostics, rule.id);
        const lines = fixed.split(/\r?\n/);
        for (const d of remaining) {
          const line = lines[d.line - 1] ?? '';
          assert.ok(
            line.slice(d.column - 1).startsWith('[fill in') || !/\S/.test(line) || REWRITES.has(rule.id),
            `after the fix the rule points at line ${d.line} (“${line}”), not at a placeholder`,
          );
        }
      });

      it('is satisfied by bad.filled.md (the placeholders filled in)', () => {
        const filled = read(rule.id, 'bad.filled.md');
        assert.ok(filled, 'bad.filled.md is missing');
        assert.ok(!filled.includes('[fill in'), 'bad.filled.md still has placeholders');
        assert.deepStrictEqual(of(lint(filled, { filename: 'bad.md' }).diagnostics, rule.id).map((d) => `${d.line}: ${d.message}`), []);
      });
    });
  }
});
