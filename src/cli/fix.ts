// --fix: applies every available fix, in passes. Each pass applies the fixes that do not touch
// one another, then re-lints, so a later fix lands where the earlier ones left room for it.
import { applyEdits, type Diagnostic, type Fix, type LintResult, type TextEdit } from '../core';

const MAX_PASSES = 10;

export interface FixOutcome {
  text: string;
  result: LintResult;
  /** How many fixes were applied. */
  applied: number;
}

export function fixAll(text: string, lintText: (text: string) => LintResult): FixOutcome {
  let result = lintText(text);
  let applied = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const chosen = compatibleFixes(result.diagnostics);
    if (chosen.length === 0) break;
    const next = applyEdits(text, chosen.flatMap((f) => f.edits));
    if (next === text) break;
    text = next;
    applied += chosen.length;
    result = lintText(text);
  }
  return { text, result, applied };
}

/** Fixes in document order whose edits neither overlap nor share an insertion point. */
function compatibleFixes(diagnostics: readonly Diagnostic[]): Fix[] {
  const taken: TextEdit[] = [];
  const chosen: Fix[] = [];
  for (const d of diagnostics) {
    if (!d.fix || d.fix.edits.length === 0) continue;
    if (d.fix.edits.some((e) => taken.some((t) => touches(e, t)))) continue;
    taken.push(...d.fix.edits);
    chosen.push(d.fix);
  }
  return chosen;
}

function touches(a: TextEdit, b: TextEdit): boolean {
  const [as, ae, bs, be] = [key(a.line, a.column), key(a.endLine, a.endColumn), key(b.line, b.column), key(b.endLine, b.endColumn)];
  return as === bs || (as < be && bs < ae);
}

function key(line: number, column: number): number {
  return line * 1e7 + column;
}
