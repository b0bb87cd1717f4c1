// The fallback and safety concepts keep per-chunk facts (local.ts) and decide across chunks
// afterwards: these cases put the two halves of such a decision in different parse units and
// check that an edit to one half changes the result exactly as a fresh analysis does.
import * as assert from 'assert';
import { buildModel, type DocModel } from '../../src/core/model';
import type { ConceptContext } from '../../src/core/rule';
import type { Match } from '../../src/core/find';
import { fallbackConcept } from '../../src/core/concepts/fallback';
import { safetyConcept } from '../../src/core/concepts/safety';
import { Analyzer } from '../../src/core/engine';

/** Enough prose to make the next column-0 bullet start a new parse unit. */
const FILLER = Array.from({ length: 16 }, (_, i) => `Paragraph ${i} describes the store and its weekly order volume in plain words.`).join('\n\n');

function detect<T>(concept: { detect(ctx: ConceptContext): T }, doc: DocModel): T {
  return concept.detect({ doc, kind: 'prd', ai: true, concept: () => undefined } as unknown as ConceptContext);
}

const spans = (ms: readonly Match[]) => ms.map((m) => `${m.start}-${m.end} ${m.text}`);

type Facts = { fallback: ReturnType<typeof fallbackConcept.detect>; safety: ReturnType<typeof safetyConcept.detect> };

/**
 * Each text analysed incrementally (each version built from the last, as the engine does) and
 * fresh; the facts are compared and kept as each version is built, since building the next
 * version repositions the previous one's blocks.
 */
function versions(texts: string[]): { incremental: DocModel; fresh: DocModel; facts: Facts }[] {
  let previous: DocModel | undefined;
  return texts.map((text) => {
    const incremental = buildModel(text, { previous });
    previous = incremental;
    const v = { incremental, fresh: buildModel(text) };
    assertSameFacts(v);
    return { ...v, facts: { fallback: detect(fallbackConcept, incremental), safety: detect(safetyConcept, incremental) } };
  });
}

function assertSameFacts(v: { incremental: DocModel; fresh: DocModel }): void {
  const a = detect(fallbackConcept, v.incremental);
  const b = detect(fallbackConcept, v.fresh);
  assert.deepStrictEqual(spans(a.repairs), spans(b.repairs));
  for (const kind of ['human', 'rule', 'null'] as const) assert.deepStrictEqual(spans(a.rungs[kind]), spans(b.rungs[kind]), kind);
  assert.strictEqual(a.section?.title, b.section?.title);
  const s = detect(safetyConcept, v.incremental);
  const t = detect(safetyConcept, v.fresh);
  assert.deepStrictEqual(spans(s.userData), spans(t.userData));
  assert.deepStrictEqual(spans(s.approaches.map((x) => x.match)), spans(t.approaches.map((x) => x.match)));
  assert.deepStrictEqual(s.rationale.map((x) => x.start), t.rationale.map((x) => x.start));
  // These documents have no inline markup: every match's source range reads as its text.
  const matches = [...a.repairs, ...a.rungs.human, ...a.rungs.rule, ...a.rungs.null, ...s.userData, ...s.misuse, ...s.privacy, ...s.approaches.map((x) => x.match)];
  for (const m of matches) assert.strictEqual(v.incremental.text.slice(m.start, m.end), m.text);
}

describe('fallback and safety: decisions across parse units', () => {
  it('a repair at the end of one unit is turned down by the first sentence of the next, and an edit there is seen', () => {
    const doc = (reply: string) =>
      `---\nai: true\n---\n# Invoice drafts\n\n## Flow\n\n${FILLER}\n\nA cleanup step corrects invented totals before the draft is emailed.\n- ${reply}\n`;
    const texts = [doc('Finance rejected that plan.'), doc('Finance liked that plan.'), doc('Finance rejected that plan.')];
    const all = versions(texts);
    // The two sentences really sit in different units.
    const first = all[0].fresh;
    const unit = first.chunkSentences.findIndex((ss) => ss.some((s) => s.text.startsWith('A cleanup step')));
    assert.ok(unit >= 0 && first.chunkSentences[unit].at(-1)!.text.startsWith('A cleanup step'));
    assert.ok(first.chunkSentences[unit + 1][0].text.startsWith('Finance'));
    const repairs = all.map((v) => v.facts.fallback.repairs.length);
    assert.deepStrictEqual(repairs, [0, 1, 0]);
    // What the user sees: the post-processing-fix warning comes and goes with the reply.
    const analyzer = new Analyzer();
    const warned = texts.map((t) => analyzer.lint(t).diagnostics.some((d) => d.ruleId === 'post-processing-fix'));
    assert.deepStrictEqual(warned, [false, true, false]);
  });

  it('naming the product an AI agent in a later unit changes which "agent" in an earlier one is a person', () => {
    const doc = (product: string) =>
      `# Returns assistant\n\n## Flow\n\nWhen the model is unsure, the return goes to an agent.\n\n${FILLER}\n\n- ${product}\n- Refunds over $500 go to a support agent.\n`;
    const all = versions([doc('It is a returns assistant.'), doc('It is an AI agent for returns.'), doc('It is a returns assistant.')]);
    const human = all.map((v) => v.facts.fallback.rungs.human.map((m) => m.text));
    assert.notDeepStrictEqual(human[0], human[1]);
    assert.deepStrictEqual(human[0], human[2]);
  });

  it('a rung heading keeps its first content sentence, and a later unit\'s matches keep their offsets after an edit in an earlier one', () => {
    const doc = (intro: string) =>
      `# Returns assistant\n\n${intro}\n\n${FILLER}\n\n- We use RAG over the policy library because it beats fine-tuning on fresh policies.\n\n## Fallbacks\n\n### 2. Rule-based\n\nThe refund table decides amounts under $50.\n`;
    const all = versions([doc('Short intro.'), doc('A much longer introduction, which moves every later offset in the document.'), doc('Short.')]);
    const last = all[2].facts.fallback;
    assert.strictEqual(last.section?.title, 'fallbacks');
    assert.ok(last.rungs.rule.some((m) => m.text.startsWith('The refund table')));
    // Found in the last unit, whose offsets moved with each edit of the intro.
    const approach = all[2].facts.safety.approaches.map((a) => a.match);
    assert.ok(approach.length > 0 && approach[0].sentence.block.chunk > 0);
  });
});
