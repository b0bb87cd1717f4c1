// Human output of `score`: the total and band, one bar per dimension with its evidence and
// what withheld points, and the three most valuable things to add next.
import type { ScoreDimension, ScoreResult } from '../../core';
import type { Paint } from '../color';
import type { ScoreReport } from '../report';
import { describeDocument } from './stylish';

const BAR_CELLS = 10;
const EVIDENCE_SHOWN = 3;
const EVIDENCE_WIDTH = 90;
/** A list bullet or number in front of an evidence line adds nothing when it stands alone. */
const LIST_MARKER = /^(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/;

export function scoreStylish(reports: readonly ScoreReport[], p: Paint): string {
  const blocks = reports.map((report) => scoreBlock(report, p));
  if (reports.length > 1) blocks.push(overview(reports, p));
  return blocks.join('\n');
}

/** One line per document, for a run over several: file, score, band. */
function overview(reports: readonly ScoreReport[], p: Paint): string {
  const width = Math.max(...reports.map((r) => r.file.length));
  const lines = reports.map(({ file, result }) => {
    if (result.score === null) return `  ${file.padEnd(width)}     —  ${p.dim('no score (not an AI product)')}`;
    const tone = toneOf(result.score, 100, p);
    return `  ${file.padEnd(width)}  ${tone(String(result.score).padStart(4))}  ${tone(result.band)}`;
  });
  return `${p.bold('Scores')}\n${lines.join('\n')}\n`;
}

function scoreBlock({ file, result }: ScoreReport, p: Paint): string {
  const out = [`${p.underline(file)}  ${p.dim(describeDocument(result))}`];
  if (result.score === null) {
    out.push(`  ${p.bold('No score.')} ${result.notes.join(' ')}`);
    return `${out.join('\n')}\n`;
  }
  const tone = toneOf(result.score, 100, p);
  out.push(`  ${p.bold(tone(`Score ${result.score}/100`))}  ${tone(result.band)}`, '');
  const labelWidth = Math.max(...result.dimensions.map((d) => d.label.length));
  for (const d of result.dimensions) out.push(...dimensionLines(d, labelWidth, p));
  for (const note of result.notes) out.push(`  ${p.dim(note)}`);
  out.push('', ...nextLines(result, p));
  return `${out.join('\n')}\n`;
}

/** `Failure-first framing   ████████░░  16/20`, evidence lines below, then what withheld points. */
function dimensionLines(d: ScoreDimension, labelWidth: number, p: Paint): string[] {
  const filled = d.max > 0 ? Math.round((d.score / d.max) * BAR_CELLS) : 0;
  const bar = toneOf(d.score, d.max, p)('█'.repeat(filled)) + p.dim('░'.repeat(BAR_CELLS - filled));
  const points = `${d.score}/${d.max}`.padStart(5);
  const lines = [`  ${d.label.padEnd(labelWidth)}  ${bar}  ${points}`];
  for (const e of d.evidence.slice(0, EVIDENCE_SHOWN)) {
    lines.push(`      ${p.dim(`L${e.line}`.padEnd(5))} ${truncate(e.text.replace(LIST_MARKER, ''), EVIDENCE_WIDTH)}`);
  }
  if (d.evidence.length > EVIDENCE_SHOWN) lines.push(`      ${p.dim(`… and ${d.evidence.length - EVIDENCE_SHOWN} more`)}`);
  if (d.withheldBy.length) lines.push(`      ${p.dim(`points withheld by ${d.withheldBy.join(', ')}`)}`);
  return lines;
}

function nextLines(result: ScoreResult, p: Paint): string[] {
  const next = result.next.slice(0, 3);
  if (next.length === 0) return [`  ${p.green('Nothing left to add: every dimension has full credit.')}`];
  return [
    `  ${p.bold(`Next: the ${next.length === 1 ? 'most valuable thing' : `${next.length === 3 ? 'three' : 'two'} most valuable things`} to add`)}`,
    ...next.map((step, i) => `    ${i + 1}. ${p.green(`+${step.points}`.padEnd(4))} ${step.message}  ${p.dim(step.ruleId)}`),
  ];
}

function toneOf(score: number, max: number, p: Paint): (text: string) => string {
  const share = max > 0 ? score / max : 0;
  return share >= 0.8 ? p.green : share >= 0.5 ? p.yellow : p.red;
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
