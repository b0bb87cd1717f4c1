// approach-unjustified: RAG, fine-tuning, prompting or a model is picked with no reason over the alternatives.
import { defineRule } from '../rule';
import { insertBlock, placeholder, reportMissing } from '../fixes';
import { safetyConcept, APPROACH_TOPIC, type ApproachFamily } from '../concepts/safety';
import { nextContent } from '../concepts/fallback';
import { APPROACH_NAMES } from '../lexicon/safety';
import type { Block, DocModel } from '../model';

/** After the block, or after the whole table when the statement sits in a table row. */
function blockEnd(doc: DocModel, block: Block): number {
  let last = block;
  while (last.type.startsWith('table') && doc.blocks[last.index + 1]?.type === 'table-row') last = doc.blocks[last.index + 1];
  return nextContent(doc, last.end);
}

const CORE: ApproachFamily[] = ['rag', 'finetune', 'prompting'];

export default defineRule({
  id: 'approach-unjustified',
  kinds: ['prd', 'design'],
  aiOnly: true,
  severity: 'info',
  fixTitle: 'Insert the approach trade-off line',
  docs: {
    summary: 'Say why the chosen approach (RAG, fine-tuning, prompting, a given model) beats the alternatives for this product.',
    why: 'The approach decides freshness, cost, latency and what you can audit. "RAG, obviously" tells a reviewer you did not weigh fine-tuning or plain prompting against your constraints.',
    weak: 'We will fine-tune an open-source LLM on our product catalog.',
    strong: 'RAG over the catalog rather than fine-tuning: prices and stock change hourly, so weights would be stale, and retrieval lets us cite the label an allergen claim came from.',
  },
  check(ctx) {
    const { approaches, rationale } = ctx.concept(safetyConcept);
    if (approaches.length === 0) return;
    if (rationale.length > 0) {
      for (const s of rationale) ctx.evidence(s.start, s.end);
      return;
    }
    const doc = ctx.doc;
    // Point at the statement in the approach section if there is one, else the first.
    const inTable = (a: (typeof approaches)[number]) => a.match.sentence.block.type.startsWith('table');
    const main =
      approaches.find((a) => APPROACH_TOPIC.test(doc.sections[a.match.sentence.block.section].title) && !inTable(a)) ??
      approaches.find((a) => !inTable(a)) ??
      approaches[0];
    const chosen = main.families.filter((f) => CORE.includes(f));
    const others = CORE.filter((f) => !chosen.includes(f)).map((f) => APPROACH_NAMES[f]);
    const alternatives = chosen.length ? others.join(' or ') : 'RAG, fine-tuning or prompting';
    reportMissing(ctx, {
      message: `The approach is named but not justified: say why it beats ${alternatives} for this product (what you tried, the trade-off).`,
      anchor: { start: main.match.start, end: main.match.end },
      fixTitle: 'Insert the approach trade-off line',
      placeholderLabels: ['approach rationale'],
      fillMessage: 'Fill in why this approach beats the alternatives.',
      edits: () => [
        insertBlock(doc, blockEnd(doc, main.match.sentence.block), [
          `Why this approach over ${alternatives}: ${placeholder('approach rationale — what you compared or tried, and the trade-off that decided it')}`,
        ]),
      ],
    });
  },
});
