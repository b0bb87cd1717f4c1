// hallucination-rate-missing: no acceptable rate of wrong outputs (hallucination, factual error,
// or a non-generative model's error / false-positive rate). The fix inserts a KPI table.
import { defineRule } from '../rule';
import type { Block } from '../model';
import { insertBlock, placeholder, anchorFor, findSection, reportMissing } from '../fixes';
import { ERROR_RATE, unitSpan } from '../concepts/error-rate';
import { TLC, appendAfter, afterTitled, newTable, labelGroupEnd, nextLine, TLC_TITLE, type Line } from '../concepts/tlc';
import { compile, METRIC_TITLES } from '../lexicon/tlc';

const METRICS = compile(METRIC_TITLES);
const KPI = compile(METRIC_TITLES.slice(0, 1));
const TAIL = /\b(?:open questions?|timeline|rollout|roll-out|launch|appendix|go[- ]to[- ]market|risks?|future|what i'?d skip|monetization)\b/;

const ROWS: Line[] = [
  { label: 'Hallucination rate', value: placeholder('hallucination rate ceiling, e.g. ≤ 2% of answers with a claim not in the sources'), more: [placeholder('hallucination rate check, e.g. weekly audit of 200 answers')] },
  { label: 'Fallback rate', value: placeholder('fallback rate, e.g. 10–20% of requests'), more: [placeholder('fallback rate cadence, e.g. daily')] },
  { label: 'Drift check cadence', value: placeholder('drift check, e.g. re-run the frozen eval set against the launch baseline'), more: [placeholder('drift check cadence, e.g. weekly')] },
];

export default defineRule({
  id: 'hallucination-rate-missing',
  kinds: ['prd', 'design'],
  aiOnly: true,
  severity: 'warning',
  fixTitle: 'Insert an operational KPI table',
  docs: {
    summary: 'Set an acceptable rate of wrong outputs: a ceiling on hallucinations or factual errors (for a classifier, its error or false-positive rate).',
    why: 'An accuracy target says how often the model is right, not how often it may be confidently wrong; without a ceiling nobody can tell when wrong answers have become an incident.',
    weak: 'Hallucination rate: TBD once we have production data. The model must never invent a reading.',
    strong: 'Hallucination rate (claim not supported by a cited article): ≤ 1.5% of shown answers, ≤ 0.3% on billing intents; weekly graded sample of 200.',
  },
  check(ctx) {
    const { ceilings } = ctx.concept(ERROR_RATE);
    if (ceilings.length) {
      for (const c of ceilings) ctx.evidence(unitSpan(c.unit).start, unitSpan(c.unit).end);
      return;
    }
    const doc = ctx.doc;
    const section = findSection(doc, KPI) ?? findSection(doc, METRICS);
    const label = section ? undefined : doc.blocks.find((b) => b.author && b.isLabel && METRICS.test(b.text.toLowerCase()));
    reportMissing(ctx, {
      message: 'No acceptable hallucination / error rate: set a ceiling on wrong outputs (e.g. ≤ 2% of answers with an unsupported claim).',
      anchor: label ? { start: label.start, end: label.end } : anchorFor(doc, section ? new RegExp(`^${escape(section.title)}$`) : undefined),
      fixTitle: 'Insert an operational KPI table',
      edits: () => {
        const own = section ? section.blocks.filter((b) => b.author && b.type !== 'html' && b.type !== 'code') : [];
        const table = [...own].reverse().find((b) => b.type === 'table-row' || b.type === 'table-header');
        if (table) return appendAfter(doc, table, rowsFor(table, own));
        const lines = newTable(doc, 'Operational KPIs', ['KPI', 'Target', 'How we check it'], ROWS);
        if (section) return [insertBlock(doc, nextLine(doc, own.length ? own[own.length - 1].end : section.heading!.end), lines.slice(2))];
        if (label) return [insertBlock(doc, nextLine(doc, labelGroupEnd(doc, label)), lines.slice(2))];
        const tlc = ctx.concept(TLC).section;
        const after = tlc ? afterTitled(doc, new RegExp(`^${escape(tlc.title)}$`)) : undefined;
        const tail = doc.sections.find((s) => s.heading && s.depth > 1 && TAIL.test(s.title) && !TLC_TITLE.test(s.title));
        return [insertBlock(doc, after !== undefined ? nextLine(doc, after) : tail ? tail.start : doc.text.length, lines)];
      },
      placeholderLabels: ['hallucination rate'],
      fillMessage: 'Fill in the acceptable hallucination / error rate (a ceiling, e.g. ≤ 2% of answers) and how it is checked.',
    });
  },
});

/** Rows for an existing table: the KPI rows it lacks, shaped to its columns. */
function rowsFor(table: Block, blocks: Block[]): Line[] {
  const names = blocks.filter((b) => b.type === 'table-row').map((b) => (b.cells[0] ?? '').toLowerCase());
  const missing = ROWS.filter((r, i) => i === 0 || !names.some((n) => n.includes(r.label.split(' ')[0].toLowerCase())));
  const width = table.header.length || table.cells.length;
  return missing.map((r) => ({ ...r, more: width > 2 ? r.more : [] }));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
