// GitHub Actions workflow commands: one `::error|warning|notice file=…,line=…::message` line per
// finding, so findings appear as annotations on the pull request's changed files.
import type { Diagnostic, Severity } from '../../core';
import type { CheckReport } from '../report';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

export function checkGithub(reports: readonly CheckReport[]): string {
  const lines = reports.flatMap(({ file, result }) => result.diagnostics.map((d) => annotation(file, d)));
  return lines.map((line) => `${line}\n`).join('');
}

function annotation(file: string, d: Diagnostic): string {
  const properties: [string, string | number][] = [
    ['file', file],
    ['line', d.line],
    ['endLine', d.endLine],
  ];
  // GitHub takes columns only for a range on one line; its endColumn is inclusive, ours is not.
  if (d.endLine === d.line) properties.push(['col', d.column], ['endColumn', Math.max(d.column, d.endColumn - 1)]);
  properties.push(['title', `Redline ${d.ruleId}`]);
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${COMMAND[d.severity]} ${props}::${escapeData(`${d.message} (${d.ruleId})`)}`;
}

/** The message part: `%`, CR and LF would end or corrupt the command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value also must not contain the `,` and `:` that separate properties and the message. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
