// Converts between the core's 1-based line/column ranges and LSP's 0-based positions, and
// turns core diagnostics and fixes into LSP diagnostics, text edits and snippet edits.
import {
  DiagnosticSeverity,
  type Diagnostic as LspDiagnostic,
  type Range as LspRange,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import type { Diagnostic, Range, Severity, TextEdit } from '../core/types';
import { docUrl } from '../core/docs';
import type { DiagnosticData } from '../shared/protocol';

export function toLspRange(r: Range): LspRange {
  return {
    start: { line: r.line - 1, character: r.column - 1 },
    end: { line: r.endLine - 1, character: r.endColumn - 1 },
  };
}

export function fromLspRange(r: LspRange): Range {
  return { line: r.start.line + 1, column: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

export const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toLspDiagnostic(d: Diagnostic, version?: number): LspDiagnostic {
  const data: DiagnosticData = { ruleId: d.ruleId, version, fix: d.fix };
  return {
    range: toLspRange(d),
    severity: SEVERITY[d.severity],
    code: d.ruleId,
    codeDescription: { href: docUrl(d.ruleId) },
    source: 'redline',
    message: d.message,
    data,
  };
}

export function toLspEdit(e: TextEdit): LspTextEdit {
  return { range: toLspRange(e), newText: e.text };
}

/** Do two core ranges overlap (touching insertions at the same point count as overlapping)? */
export function overlaps(a: Range, b: Range): boolean {
  const before = (l1: number, c1: number, l2: number, c2: number) => l1 < l2 || (l1 === l2 && c1 < c2);
  const aEndsBeforeB = before(a.endLine, a.endColumn, b.line, b.column);
  const bEndsBeforeA = before(b.endLine, b.endColumn, a.line, a.column);
  return !aEndsBeforeB && !bEndsBeforeA;
}

/**
 * The edits of several fixes that can be applied together: a fix whose edits overlap an
 * already accepted edit (or insert at the same point) is left for the next round.
 */
export function combineEdits(fixes: readonly { edits: readonly TextEdit[] }[]): TextEdit[] {
  const accepted: TextEdit[] = [];
  for (const fix of fixes) {
    if (fix.edits.some((e) => accepted.some((a) => overlaps(a, e)))) continue;
    if (fix.edits.some((e, i) => fix.edits.some((o, j) => j !== i && overlaps(o, e)))) continue;
    accepted.push(...fix.edits);
  }
  return accepted;
}

/** Is the position (0-based) inside the range, ends included? */
export function containsPosition(r: LspRange, p: { line: number; character: number }): boolean {
  const afterStart = p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character);
  const beforeEnd = p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character);
  return afterStart && beforeEnd;
}

const PLACEHOLDER = /\[fill in: [^\]\n]*\]/g;

/** Fix text as a snippet: each `[fill in: …]` placeholder becomes a tab stop, in order. */
export function toSnippet(text: string): string {
  let out = '';
  let last = 0;
  let n = 0;
  const escape = (s: string) => s.replace(/[\\$}]/g, '\\$&');
  for (const m of text.matchAll(PLACEHOLDER)) {
    out += escape(text.slice(last, m.index)) + `\${${++n}:${escape(m[0])}}`;
    last = m.index + m[0].length;
  }
  return out + escape(text.slice(last));
}

export function hasPlaceholder(text: string): boolean {
  return /\[fill in: [^\]\n]*\]/.test(text);
}
