// Evaluation plans, found once per document: an offline set, A/B test, launch gate or pilot
// that states what it measures, and whether any of those measures counts harm.
import { defineConcept } from '../rule';
import type { DocModel, Sentence } from '../model';
import type { Match } from '../find';
import { compile } from '../lexicon/schedule';
import { EVAL_STRUCTURE, EVAL_TOPIC, HARM, MEASURED } from '../lexicon/evaluation';
import { claims, groupBy, has, assertedMatch, topicOf, whole } from './monitoring';

const STRUCTURE = compile(EVAL_STRUCTURE);
const TOPIC = compile(EVAL_TOPIC);
const MEASURES = compile(MEASURED);
const HARMS = compile(HARM);
/** "Harm metric: …" states a measure of the plan wherever it stands. */
const HARM_LABEL = /\b(?:harm|guardrail|safety) (?:metrics?|measures?)\b/i;

/** Headings under which an evaluation plan belongs. */
export const EVAL_HEADING = TOPIC;

export interface EvaluationFacts {
  /** Sentences that state an evaluation and what it measures. */
  plan: Match[];
  /** Index of the section holding the plan (the first one), or -1. */
  section: number;
  /** Harm measures inside the plan. */
  harm: Match[];
}

/** Text under an Evaluation / Experiment / Launch gate / Pilot heading or label. */
function inEvalTopic(doc: DocModel, s: Sentence): boolean {
  return TOPIC.test(topicOf(doc, s));
}

export const evaluation = defineConcept<EvaluationFacts>('evaluation', ({ doc }) => {
  const sentences = claims(doc);
  const plan: Sentence[] = [];
  for (const block of groupBy(sentences, (s) => s.block.index)) {
    // A structure in the paragraph (or its heading) and a measure in the same sentence or a later one.
    const topical = block.some((s) => inEvalTopic(doc, s));
    const first = block.findIndex((s) => topical || has(s, STRUCTURE));
    if (first < 0) continue;
    for (const s of block.slice(first)) if (has(s, MEASURES)) plan.push(s);
  }
  const planBlocks = new Set(plan.map((s) => s.block.index));
  const context = sentences.filter((s) => planBlocks.has(s.block.index) || (plan.length > 0 && (inEvalTopic(doc, s) || HARM_LABEL.test(s.text))));
  const harm = context.map((s) => assertedMatch(s, HARMS)).filter((m): m is Match => m !== undefined);
  return { plan: plan.map(whole), section: plan.length ? plan[0].block.section : -1, harm };
});
