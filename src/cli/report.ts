// What one run produced for one document, shared by every output format.
import type { LintResult, ScoreResult } from '../core';

export interface CheckReport {
  /** The path as shown to the user (relative to the working directory) or the stdin label. */
  file: string;
  result: LintResult;
  /** The text the result describes (after --fix), for formats that quote or fingerprint lines. */
  text?: string;
}

export interface ScoreReport {
  file: string;
  result: ScoreResult;
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
}

export function countDiagnostics(reports: readonly CheckReport[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0, fixable: 0 };
  for (const { result } of reports) {
    for (const d of result.diagnostics) {
      if (d.severity === 'error') counts.errors++;
      else if (d.severity === 'warning') counts.warnings++;
      else counts.infos++;
      if (d.fix) counts.fixable++;
    }
  }
  return counts;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
