// RULES.md's stable CLI JSON shapes, built key by key so nothing internal leaks into them.
import type { Diagnostic, ScoreDimension } from '../../core';
import type { CheckReport, ScoreReport } from '../report';

export function checkJson(reports: readonly CheckReport[]): string {
  return stringify(
    reports.map(({ file, result }) => ({
      file,
      kind: result.kind,
      kindSource: result.kindSource,
      ai: result.ai,
      diagnostics: result.diagnostics.map(diagnosticJson),
    })),
  );
}

export function scoreJson(reports: readonly ScoreReport[]): string {
  return stringify(
    reports.map(({ file, result }) => ({
      file,
      kind: result.kind,
      ai: result.ai,
      score: result.score,
      band: result.band,
      dimensions: result.dimensions.map(dimensionJson),
    })),
  );
}

function diagnosticJson(d: Diagnostic) {
  const { ruleId, severity, message, line, column, endLine, endColumn } = d;
  const json: Record<string, unknown> = { ruleId, severity, message, line, column, endLine, endColumn };
  if (d.fix) {
    json.fix = {
      title: d.fix.title,
      edits: d.fix.edits.map((e) => ({ line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn, text: e.text })),
    };
  }
  return json;
}

function dimensionJson(d: ScoreDimension) {
  return {
    id: d.id,
    label: d.label,
    score: d.score,
    max: d.max,
    evidence: d.evidence.map((e) => ({ line: e.line, text: e.text })),
    withheldBy: [...d.withheldBy],
  };
}

function stringify(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
