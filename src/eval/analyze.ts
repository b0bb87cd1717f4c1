// The analyzer entry points the accuracy harness uses.
export { Analyzer, toLintResult as toLintResultFor } from '../core/engine';
export { scoreAnalysis } from '../core/score';
