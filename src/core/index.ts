// The Redline analyzer as a library: lint(text) → diagnostics, score(text) → score report.
// Pure: no editor, LSP or file-system imports (test/unit/core-boundary.test.ts enforces it).
import { Analyzer, type LintOptions } from './engine';
import { scoreAnalysis } from './score';
import type { LintResult, ScoreResult } from './types';

const shared = new Analyzer();

/** Lints Markdown text: kind, AI scope and diagnostics (with fixes). */
export function lint(text: string, options: LintOptions = {}): LintResult {
  return shared.lint(text, options);
}

/** Scores Markdown text 0–100 with a per-dimension breakdown and evidence. */
export function score(text: string, options: LintOptions = {}): ScoreResult {
  return scoreAnalysis(shared.analyze(text, options));
}

export { Analyzer, type LintOptions } from './engine';
export { scoreAnalysis } from './score';
export { RULES, findRule } from './rules';
export { parseConfig, ConfigError, ruleSetting, type RedlineConfig } from './config';
export { docUrl } from './docs';
export { applyEdits } from './edits';
export * from './types';
export type { Rule, RuleDocs } from './rule';
