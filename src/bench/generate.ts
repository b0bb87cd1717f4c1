// Deterministic generator of realistic AI-product PRD Markdown of a given length: front
// matter, headings, prose, lists, tables, code and links, the same for every run.

import { seededRandom } from '../shared/random';

const SUBJECTS = ['The assistant', 'The summarizer', 'The triage model', 'Our retrieval layer', 'The ranking model', 'The reply drafter', 'The classifier'];
const VERBS = ['drafts', 'ranks', 'routes', 'summarizes', 'classifies', 'answers', 'flags'];
const OBJECTS = ['support tickets', 'clinical notes', 'invoice lines', 'search results', 'contract clauses', 'work orders', 'candidate profiles'];
const TAILS = [
  'with citations to the source documents',
  'and hands low-confidence cases to a reviewer',
  'for the top 40 intents only in v1',
  'within the latency budget agreed with the platform team',
  'using the frozen evaluation set as the reference',
  'and logs every decision for the weekly review',
];
const HEADINGS = ['Problem', 'Goals', 'Non-goals', 'Red-line failures', 'Operating envelope', 'Fallback ladder', 'Operational KPIs', 'Drift detection', 'Evaluation plan', 'Production signal', 'Feedback loop', 'Approach and why', 'Misuse', 'Privacy', 'Launch plan', 'Open questions'];

function sentence(r: () => number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const n = Math.floor(r() * 90) + 5;
  return `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}; about ${n}% of traffic is covered.`;
}

function section(r: () => number, index: number): string[] {
  const title = HEADINGS[index % HEADINGS.length];
  const out = [`## ${title} ${Math.floor(index / HEADINGS.length) + 1}`, ''];
  const shape = index % 5;
  out.push(`${sentence(r)} ${sentence(r)} See [the design doc](https://example.com/docs/${index}) for details.`, '');
  if (shape === 0 || shape === 3) {
    for (let i = 0; i < 4; i++) out.push(`${i + 1}. **Never** ${sentence(r).toLowerCase()}`);
    out.push('');
  }
  if (shape === 1) {
    out.push('| Metric | Target | Cadence |', '| --- | --- | --- |');
    for (let i = 0; i < 4; i++) out.push(`| Metric ${i} | ≤ ${(r() * 5).toFixed(1)}% | weekly |`);
    out.push('');
  }
  if (shape === 2) {
    out.push('```yaml', `threshold: ${r().toFixed(2)}`, 'fallback: human', '```', '');
  }
  if (shape === 4) {
    out.push(`- p90 ≤ ${Math.floor(r() * 2000)} ms for the first token`, `- ${sentence(r)}`, `  - ${sentence(r)}`, '');
  }
  out.push(`> ${sentence(r)}`, '');
  return out;
}

/** A PRD of about `lines` lines; the same text for the same length every time. */
export function generatePrd(lines: number, seed = 42): string {
  const r = seededRandom(seed + lines);
  const out = ['---', 'kind: prd', 'title: Generated benchmark PRD', '---', '', '# PRD: AI reply drafts', ''];
  for (let i = 0; out.length < lines; i++) out.push(...section(r, i));
  return out.slice(0, lines).join('\n') + '\n';
}
