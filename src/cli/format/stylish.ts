// Human output of `check`: findings grouped by file (`line:col  severity  message  rule-id`),
// each file headed by its kind and AI scope, then one summary line.
import type { Diagnostic, KindSource, LintResult, AiSource } from '../../core';
import type { Paint } from '../color';
import { countDiagnostics, plural, type CheckReport } from '../report';

const KIND_SOURCE: Record<KindSource, string> = {
  frontmatter: 'from front matter',
  filename: 'from the file name',
  content: 'from the content',
  override: 'given',
};

/** "design (from the file name) · AI product (from front matter)". */
export function describeDocument(result: Pick<LintResult, 'kind' | 'kindSource' | 'ai'> & { aiSource?: AiSource }): string {
  const ai = result.ai ? 'AI product' : 'not an AI product';
  const aiSource = result.aiSource === 'frontmatter' ? ` (ai: ${result.ai} in front matter)` : '';
  return `${result.kind} (${KIND_SOURCE[result.kindSource]}) · ${ai}${aiSource}`;
}

export function checkStylish(reports: readonly CheckReport[], p: Paint): string {
  const out: string[] = [];
  for (const { file, result } of reports) {
    const header = `${p.underline(file)}  ${p.dim(describeDocument(result))}`;
    if (result.diagnostics.length === 0) {
      out.push(`${header}  ${p.green('✔ no problems')}`, '');
      continue;
    }
    out.push(header);
    const rows = result.diagnostics.map((d) => [`${d.line}:${d.column}`, d.severity, d.message, d.ruleId] as const);
    const width = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
    result.diagnostics.forEach((d, n) => {
      const [where, severity, message, ruleId] = rows[n];
      out.push(
        `  ${p.dim(where.padEnd(width[0]))}  ${colorSeverity(d, severity.padEnd(width[1]), p)}  ${message.padEnd(width[2])}  ${p.dim(ruleId)}`,
      );
    });
    out.push('');
  }
  const counts = countDiagnostics(reports);
  const total = counts.errors + counts.warnings + counts.infos;
  if (total === 0) {
    out.push(p.green(`✔ no problems in ${plural(reports.length, 'file')}`));
  } else {
    const line = `✖ ${plural(total, 'problem')} (${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.infos, 'info')})`;
    out.push(p.bold(counts.errors ? p.red(line) : counts.warnings ? p.yellow(line) : p.blue(line)));
    if (counts.fixable) out.push(p.dim(`  ${counts.fixable} of them can be fixed with --fix (inserts a skeleton to fill in)`));
  }
  return `${out.join('\n')}\n`;
}

function colorSeverity(d: Diagnostic, text: string, p: Paint): string {
  return d.severity === 'error' ? p.red(text) : d.severity === 'warning' ? p.yellow(text) : p.blue(text);
}
