// Monitoring and evaluation facts are kept per parse unit; what a section says as a whole is
// decided over the units' hits. A section longer than one unit must read the same as a short
// one, and editing one unit of it must give what a fresh analysis gives.
import * as assert from 'assert';
import { buildModel, type DocModel } from '../../src/core/model';
import { monitoring } from '../../src/core/concepts/monitoring';
import { evaluation } from '../../src/core/concepts/evaluation';
import type { ConceptContext } from '../../src/core/rule';

/** Plain prose that says nothing about monitoring or evaluation, long enough to fill parse units. */
const FILLER = Array.from({ length: 60 }, (_, i) => `Paragraph ${i + 1} describes the onboarding screens and the copy the reviewers approved for them.`).join('\n\n');

function facts(doc: DocModel) {
  const ctx: ConceptContext = { doc, kind: 'prd', ai: true, concept: (c) => c.detect(ctx) };
  const m = monitoring.detect(ctx);
  const e = evaluation.detect(ctx);
  const texts = (ms: readonly { sentence: { text: string }; start: number; end: number }[]) => ms.map((x) => `${x.start}-${x.end} ${x.sentence.text}`);
  return {
    drift: texts(m.drift),
    signal: texts(m.signal),
    loop: texts(m.loop),
    promises: m.promises.map((p) => `${p.match.start} ${p.match.text} ${p.excused}`),
    plan: texts(e.plan),
    section: e.section,
    harm: texts(e.harm),
  };
}

/** The chunk index of the sentence containing `words`. */
function chunkOf(doc: DocModel, words: string): number {
  const s = doc.sentences.find((x) => x.text.includes(words));
  assert.ok(s, `no sentence with "${words}"`);
  return s.block.chunk;
}

/** The document after `edit`, built reusing the earlier version's units, and built fresh. */
function edited(before: DocModel, edit: (text: string) => string): { kept: DocModel; fresh: DocModel } {
  const text = edit(before.text);
  return { kept: buildModel(text, { reuse: new Map(before.chunks.map((c) => [c.text, c])) }), fresh: buildModel(text) };
}

describe('monitoring and evaluation across parse units', () => {
  it('a drift section states cadence in one unit and its baseline in another', () => {
    const doc = buildModel(`# Triage PRD\n\n## Drift\n\nCadence: weekly.\n\n${FILLER}\n\nBaseline: the first month after launch.\n`);
    assert.notStrictEqual(chunkOf(doc, 'Cadence'), chunkOf(doc, 'Baseline'), 'the section should span units');
    const before = facts(doc);
    assert.strictEqual(before.drift.length, 2);
    const { kept, fresh } = edited(doc, (t) => t.replace('Paragraph 30 describes', 'Paragraph 30 now describes'));
    assert.deepStrictEqual(facts(kept), facts(fresh));
    assert.strictEqual(facts(kept).drift.length, 2);
    const gone = edited(doc, (t) => t.replace('Baseline: the first month after launch.', 'The end.'));
    assert.deepStrictEqual(facts(gone.kept).drift, []);
    assert.deepStrictEqual(facts(gone.kept), facts(gone.fresh));
  });

  it('renaming a label in an earlier unit changes the topic of the units after it', () => {
    const doc = buildModel(`# PRD\n\n## Quality\n\n**Drift**\n\n${FILLER}\n\nCadence: weekly.\n\nBaseline: the first month after launch.\n`);
    assert.notStrictEqual(chunkOf(doc, 'Paragraph 1 '), chunkOf(doc, 'Cadence'));
    assert.strictEqual(facts(doc).drift.length, 2);
    const renamed = edited(doc, (t) => t.replace('**Drift**', '**Notes**'));
    assert.deepStrictEqual(facts(renamed.kept), facts(renamed.fresh));
    assert.deepStrictEqual(facts(renamed.kept).drift, []);
  });

  it('a deferral of drift in a later unit cancels an inferred drift claim in an earlier one', () => {
    const doc = buildModel(`# PRD\n\n## Quality\n\nEvery Monday we re-run the pricing eval and compare it with the prior week.\n\n${FILLER}\n\nDrift monitoring: to be defined after the pilot.\n`);
    assert.notStrictEqual(chunkOf(doc, 'Every Monday'), chunkOf(doc, 'Drift monitoring'));
    assert.deepStrictEqual(facts(doc).drift, []);
    const { kept, fresh } = edited(doc, (t) => t.replace('Drift monitoring: to be defined after the pilot.', 'Nothing else.'));
    assert.strictEqual(facts(kept).drift.length, 1);
    assert.deepStrictEqual(facts(kept), facts(fresh));
  });

  it('a feedback section closes its loop with a signal and a destination in different units', () => {
    const doc = buildModel(`# PRD\n\n## Feedback loop\n\nAgents mark wrong drafts with a thumbs-down.\n\n${FILLER}\n\nEvery marked draft is added to the eval set.\n`);
    assert.notStrictEqual(chunkOf(doc, 'thumbs-down'), chunkOf(doc, 'added to the eval set'));
    assert.strictEqual(facts(doc).loop.length, 2);
    const { kept, fresh } = edited(doc, (t) => t.replace('Agents mark wrong drafts with a thumbs-down.', 'Agents read drafts.'));
    assert.deepStrictEqual(facts(kept).loop, []);
    assert.deepStrictEqual(facts(kept), facts(fresh));
  });

  it('a promise is excused by tracking on a cadence later in its section, not in another section', () => {
    const promise = 'The model will get smarter over time.';
    const tracker = 'We track accuracy weekly on the frozen set.';
    const doc = buildModel(`# PRD\n\n## Quality\n\n${promise}\n\n${FILLER}\n\n${tracker}\n`);
    assert.notStrictEqual(chunkOf(doc, 'smarter'), chunkOf(doc, 'track accuracy'));
    assert.deepStrictEqual(facts(doc).promises.map((p) => p.endsWith('true')), [true]);
    const { kept, fresh } = edited(doc, (t) => t.replace(tracker, `## Other\n\n${tracker}`));
    assert.deepStrictEqual(facts(kept).promises.map((p) => p.endsWith('false')), [true]);
    assert.deepStrictEqual(facts(kept), facts(fresh));
  });

  it('a harm label in an early unit counts once a plan stands in a later unit', () => {
    const doc = buildModel(`# PRD\n\n## Risks\n\nHarm metric: policy violations per 1k replies.\n\n${FILLER}\n\n## Rollout\n\nAn A/B test on 10% of traffic measures resolution rate.\n`);
    assert.notStrictEqual(chunkOf(doc, 'Harm metric'), chunkOf(doc, 'A/B test'));
    const before = facts(doc);
    assert.deepStrictEqual(before.plan.map((p) => p.replace(/^\d+-\d+ /, '')), ['An A/B test on 10% of traffic measures resolution rate.']);
    assert.strictEqual(before.harm.length, 1);
    const { kept, fresh } = edited(doc, (t) => t.replace('An A/B test on 10% of traffic measures resolution rate.', 'We roll out in May.'));
    assert.deepStrictEqual(facts(kept), facts(fresh));
    assert.deepStrictEqual([facts(kept).plan, facts(kept).harm, facts(kept).section], [[], [], -1]);
  });
});
