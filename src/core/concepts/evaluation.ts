// Evaluation plans, found once per document: an offline set, A/B test, launch gate or pilot
// that states what it measures, and whether any of those measures counts harm.
import { defineConcept } from '../rule';
import type { DocModel, Sentence } from '../model';
import { toMatch, toMatchInChunk, type Match } from '../find';
import { compile } from '../lexicon/schedule';
import { EVAL_STRUCTURE, EVAL_TOPIC, HARM, MEASURED, MEASURE_VERB } from '../lexicon/evaluation';
import { groupBy, has, assertedMatch, isClaim, plain, topicOf } from './monitoring';
import { concatChunks, perChunk } from '../local';
import { hasQuantity, matchesIn, testTopic } from '../text';
import { memoized } from '../memo';

const STRUCTURE = compile(EVAL_STRUCTURE);
const TOPIC = compile(EVAL_TOPIC);
const MEASURES = compile(MEASURED);
const MEASURING = compile(MEASURE_VERB);
const HARMS = compile(HARM);
const HARMS_GLOBAL = new RegExp(HARMS.source, 'gi');
/** Words that make a sentence a gate or a requirement. */
const GATE = /\b(?:gates?|gated|criteri(?:a|on)|must|required?|blocks?|pass(?:es)?|launch|ship|go\b|ramp|until|before)\b/i;
/** "Harm metric: …" states a measure of the plan wherever it stands. */
const HARM_LABEL = /\b(?:harm|guardrail|safety) (?:metrics?|measures?)\b/i;

/** Headings under which an evaluation plan belongs. */
export const EVAL_HEADING = TOPIC;

export interface EvaluationFacts {
  /** Sentences that state an evaluation and what it measures. */
  plan: readonly Match[];
  /** Index of the section holding the plan (the first one), or -1. */
  section: number;
  /** Harm measures inside the plan. */
  harm: readonly Match[];
}

/** Text under an Evaluation / Experiment / Launch gate / Pilot heading or label. */
function inEvalTopic(doc: DocModel, s: Sentence): boolean {
  return testTopic(TOPIC, topicOf(doc, s));
}

/** "Gate: no PII in any output" — a harm with a zero ceiling reads as negated but is a measure. */
function zeroCeiling(s: Sentence): Match | undefined {
  if (!GATE.test(s.text)) return undefined;
  for (const m of matchesIn(HARMS_GLOBAL, s.text)) {
    if (/\b(?:no|zero)\s+(?:[\w-]+\s+){0,2}$/i.test(s.text.slice(Math.max(0, m.index - 40), m.index))) return toMatch(s, m.index, m[0]);
  }
  return undefined;
}

/** "No launch until …", "we won't ship before …": a gate, though it opens with a negation. */
const NEGATED_GATE = /\b(?:no|never|won'?t|will not|don'?t|do not|not)(?=\s+(?:(?:we|it)\s+)?(?:launch|ship|release|roll ?out|go[- ]live|ramp)\w*\s+(?:(?:it|this|anything)\s+)?,?\s*(?:until|unless|before)\b)/gi;
/** "Blocks with and without advice": the arms of a comparison, not a negation. */
const ARMS = /\bwith\s+(?:and|or|vs\.?|versus)\s+without\b/gi;
const GATE_VIEWS = new WeakMap<Sentence, Sentence>();

/**
 * The sentence with negations that deny nothing blanked (same length): a gate's opening "No launch
 * until …" and the "with and without" of a comparison, so what the plan measures counts.
 */
function gateView(s: Sentence): Sentence {
  // The blanked text depends on the sentence's text alone, so it is kept with the sentence across versions.
  const text = memoized(s.memo, gateView, () => {
    NEGATED_GATE.lastIndex = 0;
    ARMS.lastIndex = 0;
    if (!NEGATED_GATE.test(s.text) && !ARMS.test(s.text)) return null;
    return s.text.replace(NEGATED_GATE, (m) => '~'.repeat(m.length)).replace(ARMS, (m) => '~'.repeat(m.length));
  });
  if (text === null) return s;
  let view = GATE_VIEWS.get(s);
  // The view reads everything but its text (and the memo of facts about that text) through the
  // sentence, its prototype, so it moves with it across versions. With the sentence's memo, a
  // pattern asked of both would answer for whichever text it was asked of first.
  if (!view || view.text !== text) {
    const own = { text: { value: text, enumerable: true }, lower: { value: text.toLowerCase(), enumerable: true }, memo: { value: new Map(), enumerable: true, writable: true } };
    GATE_VIEWS.set(s, (view = Object.create(s, own) as Sentence));
  }
  return view;
}

/**
 * What one chunk adds to the evaluation plan, kept while the chunk and its context are
 * unchanged: positions in `doc.chunkSentences[c]`. A plan is found within one paragraph, and a
 * paragraph lies in one chunk.
 */
interface ChunkEvaluation {
  /** Plan sentences in the order they are found (a gate's target may come twice). */
  plan: number[];
  /** Harm measures in plan paragraphs or under an evaluation heading or harm label: sentence, index and text of the match. */
  harm: [number, number, string][];
}

function evaluateChunk(doc: DocModel, c: number): ChunkEvaluation | null {
  const all = doc.chunkSentences[c];
  const claimed: number[] = [];
  all.forEach((s, i) => {
    if (isClaim(doc, s)) claimed.push(i);
  });
  const view = (i: number) => gateView(all[i]);
  const plan: number[] = [];
  for (const block of groupBy(claimed, (i) => all[i].block.index)) {
    // Under an evaluation heading any sentence that measures counts; elsewhere the sentence names
    // the structure and what it measures, or the next one says what is measured ("We measure …").
    const measures = (s: Sentence) => has(s, MEASURES) || has(s, HARMS) || zeroCeiling(s) !== undefined;
    const target = (s: Sentence) => has(s, MEASURES) && hasQuantity(plain(s));
    block.forEach((at, i) => {
      const s = view(at);
      if (inEvalTopic(doc, s) || !has(s, STRUCTURE)) {
        if (inEvalTopic(doc, s) ? measures(s) : i > 0 && has(view(block[i - 1]), STRUCTURE) && has(s, MEASURING)) plan.push(at);
      } else if (measures(s)) plan.push(at);
      // "I want ≥ 90% … Launch only happens if both hold": a gate on the targets just stated.
      else if (i > 0 && target(view(block[i - 1]))) plan.push(block[i - 1], at);
    });
  }
  const planBlocks = new Set(plan.map((i) => all[i].block));
  const harm: [number, number, string][] = [];
  for (const i of claimed) {
    const s = view(i);
    if (!planBlocks.has(s.block) && !inEvalTopic(doc, s) && !HARM_LABEL.test(s.text)) continue;
    const m = assertedMatch(s, HARMS) ?? zeroCeiling(s);
    if (m) harm.push([i, m.index, m.text]);
  }
  // Most chunks hold no plan: null keeps the document step to a skip.
  return plan.length === 0 && harm.length === 0 ? null : { plan, harm };
}

export const evaluation = defineConcept<EvaluationFacts>('evaluation', ({ doc }) => {
  // Gate views and matches read their offsets through their sentences: kept per chunk across versions.
  const chunks = perChunk(doc, 'evaluation', (c) => evaluateChunk(doc, c));
  const plan = concatChunks('evaluation:plan', chunks, (f, c) => f.plan.map((i) => toMatchInChunk(gateView(doc.chunkSentences[c][i]), 0, gateView(doc.chunkSentences[c][i]).text)));
  // Harm in the plan's paragraphs, or under an evaluation heading or harm label once there is a plan anywhere.
  const harm = plan.length === 0 ? [] : concatChunks('evaluation:harm', chunks, (f, c) => f.harm.map(([i, index, text]) => toMatchInChunk(gateView(doc.chunkSentences[c][i]), index, text)));
  return { plan, section: plan.length ? plan[0].sentence.block.section : -1, harm };
});
