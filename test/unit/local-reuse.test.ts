// local.ts reuses the previous version's work around an edit: facts maps of unchanged chunks
// (before the edit, and after it once the contexts agree), perChunk's results, and
// concatChunks' items, which read their offsets through their chunk. These tests require that
// reuse to give what a fresh computation gives: concatChunks against a plain concatenation
// over random sequences of chunk results, and every concept that uses it, in an incrementally
// built model against a fresh one, over random edits (offsets included).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { buildModel, type DocModel } from '../../src/core/model';
import type { Concept, ConceptContext } from '../../src/core/rule';
import { concatChunks, reuseAround } from '../../src/core/local';
import { fallbackConcept } from '../../src/core/concepts/fallback';
import { safetyConcept } from '../../src/core/concepts/safety';
import { monitoring } from '../../src/core/concepts/monitoring';
import { evaluation } from '../../src/core/concepts/evaluation';
import { TLC } from '../../src/core/concepts/tlc';
import { ERROR_RATE } from '../../src/core/concepts/error-rate';
import { redLinesConcept } from '../../src/core/concepts/red-lines';
import { personasConcept } from '../../src/core/concepts/personas';
import { generatePrd } from '../../src/bench/generate';

interface Result {
  id: number;
  items: string[];
  /** Its items depend on other chunks: they may change while the object stays. */
  volatile: boolean;
}

describe('local.ts reuse across versions', () => {
  it('concatChunks equals the plain concatenation over random sequences of chunk results', () => {
    // Steps: keep, replace one result, insert, remove, null one out, change a volatile result's items.
    const step = fc.tuple(fc.constantFrom('keep', 'replace', 'insert', 'remove', 'null', 'volatile'), fc.nat(), fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }));
    fc.assert(
      fc.property(fc.nat({ max: 30 }), fc.array(step, { minLength: 1, maxLength: 12 }), fc.boolean(), (size, steps, twoKeys) => {
        let next = 0;
        const make = (items: string[], volatile = false): Result => ({ id: next++, items, volatile });
        let results: (Result | null)[] = Array.from({ length: size }, (_, i) => make([`i${i}`]));
        for (const [kind, at, words] of steps) {
          results = results.slice();
          const i = results.length ? at % results.length : 0;
          if (kind === 'replace' && results.length) results[i] = make(words);
          else if (kind === 'insert') results.splice(at % (results.length + 1), 0, make(words, words.length === 1));
          else if (kind === 'remove' && results.length) results.splice(i, 1);
          else if (kind === 'null' && results.length) results[i] = null;
          else if (kind === 'volatile' && results.length && results[i]?.volatile) results[i]!.items = words;
          // The item lists are made once per object, as a concept's are per chunk result; a volatile one is read again.
          const made = new Map<Result, string[]>();
          const itemsOf = (r: Result, c: number) => {
            if (!r.volatile && made.has(r)) return made.get(r)!;
            const list = r.items.map((x) => `${x}@${r.id}`);
            if (!r.volatile) made.set(r, list);
            assert.strictEqual(results[c], r, 'items asked for with the wrong chunk index');
            return list;
          };
          const expected = results.flatMap((r) => (r ? r.items.map((x) => `${x}@${r.id}`) : []));
          const key = twoKeys && at % 2 ? 'test:b' : 'test:a';
          const got = concatChunks(key, results, itemsOf, (r) => r.volatile);
          assert.deepStrictEqual(got, expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reuseAround equals computing every owner again, over random sequences of owners', () => {
    const step = fc.tuple(fc.constantFrom('keep', 'replace', 'insert', 'remove', 'reverse'), fc.nat());
    fc.assert(
      fc.property(fc.nat({ max: 30 }), fc.array(step, { minLength: 1, maxLength: 12 }), (size, steps) => {
        let next = 0;
        const make = () => ({ id: next++ });
        let owners = Array.from({ length: size }, make);
        for (const [kind, at] of steps) {
          owners = owners.slice();
          const i = owners.length ? at % owners.length : 0;
          if (kind === 'replace' && owners.length) owners[i] = make();
          else if (kind === 'insert') owners.splice(at % (owners.length + 1), 0, make());
          else if (kind === 'remove' && owners.length) owners.splice(i, 1);
          else if (kind === 'reverse') owners.reverse();
          const got = reuseAround('test:owners', owners, (c) => `r${owners[c].id}`);
          assert.deepStrictEqual(got, owners.map((o) => `r${o.id}`));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('concepts of an incrementally built model equal a fresh build after random edits, offsets included', () => {
    const corpus = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus');
    const docs = [generatePrd(600), ...(fs.existsSync(corpus) ? fs.readdirSync(corpus).filter((f, i) => /^(?:prd|design)-.*\.md$/.test(f) && i % 3 === 0).map((f) => fs.readFileSync(path.join(corpus, f), 'utf8')) : [])];
    const EDITS = ['x', ' never ', '\n## Drift monitoring\n', '\n# Another title\n', '\n**Fallback:** a human reviews it. ', 'p90 ≤ 800 ms. ', '\n\n> Quoted drift review weekly against the baseline.\n\n', '\n- escalate to a support agent\n', ' TBD ', '', '\n\n**Non-goals**\n\n', 'confidence < 0.7 → hand off to a person. '];
    fc.assert(
      fc.property(fc.constantFrom(...docs), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.constantFrom(...EDITS)), { minLength: 1, maxLength: 8 }), (original, edits) => {
        let previous = buildModel(original);
        summary(previous); // the first version's items are made, so later versions reuse them
        let text = original;
        for (const [at, del, insert] of edits) {
          const start = at % (text.length + 1);
          text = text.slice(0, start) + insert + text.slice(Math.min(text.length, start + del));
          const incremental = buildModel(text, { previous });
          previous = incremental;
          // Summarised before the fresh build: the fresh one must not be what makes the incremental right.
          const kept = summary(incremental);
          assert.deepStrictEqual(kept, summary(buildModel(text)));
          assert.deepStrictEqual(summary(incremental), kept, 'a second analysis of the same version differs');
        }
      }),
      { numRuns: 25 },
    );
  });
});

/** What the concepts found, as plain data: every match's and span's offsets and text. */
function summary(doc: DocModel): unknown {
  const known = new Map<string, unknown>();
  const ctx: ConceptContext = {
    doc,
    kind: 'prd',
    ai: true,
    concept<T>(concept: Concept<T>): T {
      if (!known.has(concept.id)) known.set(concept.id, concept.detect(ctx));
      return known.get(concept.id) as T;
    },
  };
  const m = (x: { start: number; end: number; text?: string; sentence?: { start: number; end: number } }) => [x.start, x.end, x.text ?? '', x.sentence ? [x.sentence.start, x.sentence.end] : []];
  const f = ctx.concept(fallbackConcept);
  const s = ctx.concept(safetyConcept);
  const mon = ctx.concept(monitoring);
  const ev = ctx.concept(evaluation);
  const tlc = ctx.concept(TLC);
  const errors = ctx.concept(ERROR_RATE);
  const red = ctx.concept(redLinesConcept);
  const personas = ctx.concept(personasConcept);
  return {
    rungs: [f.rungs.human.map(m), f.rungs.rule.map(m), f.rungs.null.map(m)],
    repairs: f.repairs.map(m),
    ladder: f.section?.start,
    safety: [s.userData.map(m), s.misuse.map(m), s.privacy.map(m), s.approaches.map((a) => [m(a.match), a.families]), s.rationale.map((r) => [r.start, r.end])],
    monitoring: [mon.drift.map(m), mon.signal.map(m), mon.loop.map(m), mon.promises.map((p) => [m(p.match), p.excused])],
    evaluation: [ev.plan.map(m), ev.section, ev.harm.map(m)],
    tlc: [tlc.precision.map(m), tlc.latency.map((t) => [m(t), t.ms, t.qualified, t.sameAsQualified, t.average, t.unit.block.start]), tlc.confidence.complete.map(m), tlc.confidence.thresholdOnly.map(m), tlc.confidence.behaviourOnly.map(m), tlc.section?.start],
    errors: errors.ceilings.map((c) => [c.unit.block.start, c.term, c.value]),
    redLines: [red.lines.map((l) => [l.start, l.end, l.text, l.source, l.block.start]), red.outcomes.map((l) => [l.start, l.end]), red.section?.start, red.home, red.placeholders],
    personas: [personas.regions.map((r) => [r.start, r.end, r.opener.start]), personas.opensDocument],
  };
}
