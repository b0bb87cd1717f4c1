// JUnit XML for CI systems that show test reports (GitLab, Jenkins, Azure Pipelines, CircleCI):
// one testsuite per document, one failed testcase per finding, one passing testcase for a
// document without findings, so every linted file appears in the report.
import { docUrl, type Diagnostic } from '../../core';
import { countDiagnostics, type CheckReport } from '../report';

export function checkJunit(reports: readonly CheckReport[]): string {
  const counts = countDiagnostics(reports);
  const failures = counts.errors + counts.warnings + counts.infos;
  const tests = reports.reduce((n, r) => n + Math.max(1, r.result.diagnostics.length), 0);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="redline" tests="${tests}" failures="${failures}" errors="0">`,
  ];
  for (const { file, result } of reports) {
    const cases = result.diagnostics.length;
    out.push(`  <testsuite name=${attr(file)} tests="${Math.max(1, cases)}" failures="${cases}" errors="0" skipped="0">`);
    if (cases === 0) out.push(`    <testcase classname=${attr(file)} name="no problems" file=${attr(file)}/>`);
    for (const d of result.diagnostics) out.push(...testcase(file, d));
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}

function testcase(file: string, d: Diagnostic): string[] {
  const where = `${file}:${d.line}:${d.column}`;
  const details = `${where}: ${d.severity}: ${d.message} (${d.ruleId})\n${docUrl(d.ruleId)}`;
  return [
    `    <testcase classname=${attr(file)} name=${attr(`${d.ruleId} at ${d.line}:${d.column}`)} file=${attr(file)} line="${d.line}">`,
    `      <failure type=${attr(d.severity)} message=${attr(d.message)}>${text(details)}</failure>`,
    '    </testcase>',
  ];
}

/**
 * XML 1.0 cannot carry most C0 controls, U+FFFE/U+FFFF or unpaired surrogates even as character
 * references; they are written as a visible `\uXXXX` so the report stays well-formed.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function clean(value: string): string {
  return value.replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** Element content. */
function text(value: string): string {
  return clean(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** A quoted attribute value; tabs and line feeds as references so parsers do not fold them to spaces. */
function attr(value: string): string {
  const escaped = text(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
  return `"${escaped}"`;
}
