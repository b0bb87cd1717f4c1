// --fix: applies the available fixes one at a time, re-linting after each, as a person clicking
// quick fixes would: a fix can make another unnecessary (red lines inserted above the personas
// settle personas-before-failure-modes too), and each insertion point is computed on the text
// the earlier fixes left. Rules go in registry order, the order of the contract's sections.
import { RULES, applyEdits, type Diagnostic, type LintResult } from '../core';

const RANK = new Map(RULES.map((rule, i) => [rule.id, i]));
const MAX_FIXES = RULES.length * 3;

export interface FixOutcome {
  text: string;
  result: LintResult;
  /** How many fixes were applied. */
  applied: number;
}

export function fixAll(text: string, lintText: (text: string) => LintResult): FixOutcome {
  let result = lintText(text);
  let applied = 0;
  const seen = new Set<string>([text]);
  while (applied < MAX_FIXES) {
    const next = firstFixable(result.diagnostics);
    if (!next?.fix) break;
    const fixed = applyEdits(text, next.fix.edits);
    if (seen.has(fixed)) break; // a fix that changes nothing, or undoes another: stop rather than loop
    seen.add(fixed);
    text = fixed;
    applied++;
    result = lintText(text);
  }
  return { text, result, applied };
}

function firstFixable(diagnostics: readonly Diagnostic[]): Diagnostic | undefined {
  const fixable = diagnostics.filter((d) => d.fix && d.fix.edits.length > 0);
  return fixable.sort((a, b) => (RANK.get(a.ruleId) ?? 99) - (RANK.get(b.ruleId) ?? 99) || a.line - b.line || a.column - b.column)[0];
}
