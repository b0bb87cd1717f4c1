// The shared reading of a behavioral story: its parts (situation / action / result), and the
// statements the story rules judge — latent risks, constraints, prevented costs, ownership
// framing, the launch payoff and stability over time — each only when the author asserts it.
import { defineConcept } from '../rule';
import type { DocModel, Sentence, Block } from '../model';
import type { RuleContext } from '../rule';
import { isAssertedAt, toMatch, type Match } from '../find';
import { anchorFor, placeholders } from '../fixes';
import { clauseAround, isDeferredAt, isQuestion, PLACEHOLDER } from '../text';
import * as L from '../lexicon/story';

export type StoryPart = 'situation' | 'action' | 'result' | 'reflection' | 'unknown';

export interface StorySentence {
  sentence: Sentence;
  part: StoryPart;
  /** Position in the story, 0 (first sentence) to 1 (last). */
  position: number;
}

export interface PartAnchor {
  /** Where a "missing" diagnostic about this part points (its heading or label). */
  start: number;
  end: number;
  /** End of the part's last block: where content about the part is inserted. */
  contentEnd: number;
}

export interface Story {
  sentences: StorySentence[];
  parts: Partial<Record<StoryPart, PartAnchor>>;
  latentRisks: Match[];
  constraints: Match[];
  preventedCosts: Match[];
  ownership: Match[];
  payoffs: Match[];
  stability: Match[];
}

/** Placeholder labels of the story skeleton (story-latent-risk-missing's fix). */
export const SKELETON = {
  risk: 'the risk you found before any metric showed it',
  constraint: 'the constraint you imposed on what shipped',
  cost: 'the future cost it prevented',
} as const;

const any = (terms: readonly string[]) => new RegExp(terms.map((t) => `(?:${t})`).join('|'), 'i');
const each = (terms: readonly string[]) => new RegExp(terms.map((t) => `(?:${t})`).join('|'), 'gi');

const PART_LABELS: [StoryPart, RegExp][] = [
  ['situation', any(L.SITUATION_LABELS)],
  ['action', any(L.ACTION_LABELS)],
  ['result', any(L.RESULT_LABELS)],
  ['reflection', any(L.REFLECTION_LABELS)],
];
const PROMPT = any(L.PROMPT_CUES);
const RISK_CUES = each([...L.RISK_FRAMES, ...L.IMMINENT_HARM]);
const CONDITIONAL_HARM = each(L.CONDITIONAL_HARM);
const UNSEEN = each(L.UNSEEN_CUES);
const QUIET = each(L.QUIET_CUES);
const DISCOVERY = each(L.DISCOVERY);
const PRELAUNCH = any(L.PRELAUNCH_CONTEXTS);
const PROBLEM = any(L.PROBLEM_WORDS);
const MATERIALIZED = any(L.MATERIALIZED);
const PLAN_RISK = any(L.PLAN_RISKS);
const CONTAIN_VERB = each(L.CONTAINMENT_VERBS);
const CONTAIN_NOUN = each(L.CONTAINMENT_NOUNS);
const NOT_CONSTRAINT = any(L.NOT_CONSTRAINT);
const SCOPE = any(L.SCOPE_WORDS);
const DATE = any(L.DATE_WORDS);
const notConstraint = (clause: string) => NOT_CONSTRAINT.test(clause) || (SCOPE.test(clause) && DATE.test(clause));
const COUNTERFACTUAL = each(L.COUNTERFACTUALS);
const AVOIDANCE = each(L.AVOIDANCE);
const AVERTED = each(L.AVERTED);
const COST = any(L.COST_WORDS);
const OWNERSHIP = each(L.OWNERSHIP_VERBS);
const PAYOFF = each(L.PAYOFF_CUES);
const STABLE = each([...L.STABLE_PREDICATES, ...L.MONITORING_CUES]);
const TIME_SPAN = any(L.TIME_SPANS);

/** Run-in or heading labels that name the concept itself ("**Latent risk:** …"). */
const LABELLED = {
  risk: /^(?:the )?(?:latent |hidden |real |underlying )?risks?\b|^what could (?:have )?go(?:ne)? wrong/,
  constraint: /^(?:the )?(?:constraints?|containment|guardrails?|what i (?:limited|paused|blocked|gated|held back))\b/,
  cost: /^(?:the )?(?:(?:prevented|avoided|future|averted) (?:cost|harm|loss|damage)s?|cost (?:avoided|prevented)|what (?:it|this|that) (?:prevented|avoided|saved))\b/,
};

const SUBJECT = /\b(?:i|we)(?:'ve|'d)?\b/gi;
/** "I" or "we" as the subject shortly before a verb ("I also limited"), or of a verb joined by "and". */
function authorSubject(before: string): boolean {
  let last = -1;
  SUBJECT.lastIndex = 0;
  for (let m = SUBJECT.exec(before); m; m = SUBJECT.exec(before)) last = m.index + m[0].length;
  if (last < 0) return false;
  const rest = before.slice(last);
  if (/[;:]/.test(rest)) return false;
  return (rest.length <= 45 && !rest.includes(',')) || (rest.length <= 140 && /(?:\b(?:and|then)|,)\s*(?:also\s+|then\s+)?$/i.test(rest));
}
/** The verb opens its sentence, list item or clause: an implicit "I"/"we" in the action. */
const OPENS_CLAUSE = /^[\s"'“*-]*(?:(?:then|also|first|next|and|so|finally|immediately),?\s+)?$/i;
/** A passive or participle use: "the launch was paused", "access limited to four people". */
const PASSIVE = /\b(?:was|were|got|been|be|is|are|stayed|remained|kept)\s+(?:\w+\s+)?$/i;
/** "we found a few bugs in beta and fixed them": routine QA, not a latent risk. */
const ROUTINE_FIX = /\b(?:and|then|which we|that we)\s+(?:quickly\s+|promptly\s+|just\s+)?(?:fixed|patched|resolved|squashed|closed)\b/i;
const HINDSIGHT = /\b(?:in hindsight|looking back|next time|if i (?:did|were|could|had to)|i wish|(?:i|we) should have)\b/i;
const MODAL_BEFORE = /\b(?:will|would|should|could|might|expect(?:ed)?|hope[ds]?|plan(?:ned)? to|going to|want(?:ed)? to)\b[^,;]{0,30}$/i;

export const STORY = defineConcept<Story>('story', ({ doc }) => {
  const { sentences, parts, marked } = readStory(doc);
  const story: Story = { sentences, parts, latentRisks: [], constraints: [], preventedCosts: [], ownership: [], payoffs: [], stability: [] };
  const hasResult = sentences.some((s) => s.part === 'result');
  for (const s of sentences) {
    // The story skeleton's own labels count wherever the author filled them in.
    const own = { risk: labelled(s, LABELLED.risk), constraint: labelled(s, LABELLED.constraint), cost: labelled(s, LABELLED.cost) };
    story.latentRisks.push(...own.risk);
    story.constraints.push(...own.constraint);
    story.preventedCosts.push(...own.cost);
    if (own.risk.length || own.constraint.length || own.cost.length) continue;
    const resultish = s.part === 'result' || (!hasResult && s.part !== 'reflection' && s.position >= 0.6);
    // The situation (or the action that uncovered it) names the risk; the outcome's counterfactual is the prevented cost.
    if (s.part !== 'reflection' && (s.part !== 'result' || !hasResult)) story.latentRisks.push(...latentRisks(s));
    if (s.part !== 'reflection') story.constraints.push(...constraints(s));
    if (resultish) story.preventedCosts.push(...preventedCosts(s));
    if (s.part !== 'reflection') story.ownership.push(...ownership(s));
    // With no labels the parts are guessed by position: a payoff told mid-story is still the payoff.
    const payoffish = resultish || (!marked && s.part === 'action');
    if (payoffish && s.part !== 'reflection') story.payoffs.push(...matches(s, PAYOFF).filter((m) => isAssertedAt(s.sentence, m.index)));
    if (s.part !== 'situation') story.stability.push(...stability(s));
  }
  return story;
});

/** The labelled part a heading, label, run-in or "Outcome:" prefix opens; undefined if none. */
export function partOf(label: string): StoryPart | undefined {
  const text = label.trim().toLowerCase().replace(/^[\s*_#]+|(?<![\s*_.:—–-])[\s*_.:—–-]+$/g, '').replace(/^(?:\d+[.)]|step \d+[:.]?)\s*/, '').replace(/^([star])\s*[—–:\/-]\s*\w.*$/, '$1');
  for (const [part, pattern] of PART_LABELS) if (pattern.test(text)) return part;
  return undefined;
}

function readStory(doc: DocModel): { sentences: StorySentence[]; parts: Partial<Record<StoryPart, PartAnchor>>; marked: boolean } {
  const partOfBlock = new Map<number, StoryPart>();
  const parts: Partial<Record<StoryPart, PartAnchor>> = {};
  let current: StoryPart = 'unknown';
  let currentDepth = 0;
  let marked = false;
  const open = (part: StoryPart, start: number, end: number) => {
    current = part;
    marked = true;
    parts[part] ??= { start, end, contentEnd: end };
  };
  for (const block of doc.blocks) {
    if (block.type === 'heading' && (!block.quoted || doc.quotesAreAuthor)) {
      const part = partOf(block.text);
      if (part) open(part, block.start, lineEnd(doc, block)), (currentDepth = block.depth);
      else if (block.depth <= currentDepth || currentDepth === 0) (current = 'unknown'), (currentDepth = 0);
      continue;
    }
    if (!block.author) continue;
    const label = block.isLabel ? block.text : block.runIn || inlinePrefix(block.text);
    const part = label ? partOf(label) : undefined;
    if (part) open(part, block.start, labelEnd(doc, block)), (currentDepth = 0);
    else if (block.isLabel) current = 'unknown';
    partOfBlock.set(block.index, current);
    const anchor = parts[current];
    if (anchor && current !== 'unknown') anchor.contentEnd = block.end;
  }

  const kept = doc.sentences.filter((s) => !PROMPT.test(s.text) && !PLACEHOLDER.test(s.text) && !isQuestion(s.text));
  const sentences = kept.map((sentence, i) => {
    let part = partOfBlock.get(sentence.block.index) ?? 'unknown';
    const position = kept.length > 1 ? i / (kept.length - 1) : 0;
    // Text before the first label sets the scene; an unlabelled story is read by position.
    if (part === 'unknown' && (!marked ? position < 0.34 : !hasEarlierPart(kept, i, partOfBlock))) part = 'situation';
    else if (part === 'unknown' && !marked) part = position < 0.67 ? 'action' : 'result';
    return { sentence, part, position };
  });
  // A scene set before the first label still has a place where its risk belongs.
  const scene = sentences.filter((s) => s.part === 'situation');
  if (!parts.situation && scene.length) {
    const first = scene[0].sentence.block;
    parts.situation = { start: first.start, end: lineEnd(doc, first), contentEnd: scene[scene.length - 1].sentence.block.end };
  }
  return { sentences, parts, marked };
}

function hasEarlierPart(sentences: Sentence[], i: number, parts: Map<number, StoryPart>): boolean {
  for (let j = 0; j < i; j++) if ((parts.get(sentences[j].block.index) ?? 'unknown') !== 'unknown') return true;
  return false;
}

/** "Outcome: the campaign …" — a short label opening a plain paragraph. */
function inlinePrefix(text: string): string {
  const m = /^\s*([A-Za-z][A-Za-z']*(?: [A-Za-z']+){0,4}) ?[:—–]\s/.exec(text);
  return m ? m[1] : '';
}

/** End of a paragraph's label: "**Situation.**", "Outcome:"; a label paragraph's whole line. */
function labelEnd(doc: DocModel, block: Block): number {
  const line = lineEnd(doc, block);
  if (block.isLabel) return line;
  const m = /^(?:[-*+] |\d+[.)] )?(?:\*\*[^*]+\*\*|__[^_]+__|[A-Za-z][A-Za-z']*(?: [A-Za-z']+){0,4} ?[:—–]):?/.exec(doc.text.slice(block.start, line));
  return m ? block.start + m[0].trimEnd().length : line;
}

function lineEnd(doc: DocModel, block: Block): number {
  return Math.min(block.end, doc.lines.lineEnd(doc.lines.lineOf(block.start)));
}

function matches(s: StorySentence, pattern: RegExp): Match[] {
  const found: Match[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(s.sentence.text); m; m = pattern.exec(s.sentence.text)) {
    if (m[0].length === 0) pattern.lastIndex++;
    else found.push(toMatch(s.sentence, m.index, m[0]));
  }
  return found;
}

/** A sentence under a label that names the concept ("**Latent risk:** …") with real content. */
function labelled(s: StorySentence, pattern: RegExp): Match[] {
  const block = s.sentence.block;
  const label = block.runIn || block.topic.split(' > ').pop() || '';
  if (!pattern.test(label.trim())) return [];
  const text = s.sentence.text;
  const body = text.replace(/^[^:]{0,40}:\s*/, '');
  const at = text.length - body.length;
  if (body.split(/\s+/).length < 4 || !isAssertedAt(s.sentence, at)) return [];
  return [toMatch(s.sentence, at, body)];
}

function latentRisks(s: StorySentence): Match[] {
  const text = s.sentence.text;
  const unseen = matches(s, UNSEEN).filter((m) => isAssertedAt(s.sentence, m.index));
  if (unseen.length) return unseen;
  if (MATERIALIZED.test(text)) return [];
  // "Nothing had broken yet, and no test covered it": quiet so far, next to a problem the story names.
  const quiet = matches(s, QUIET).filter((m) => !isDeferredAt(text, m.index));
  const rest = quiet.reduceRight((t, m) => t.slice(0, m.index) + t.slice(m.index + m.text.length), text);
  if (quiet.length && namesProblem(`${previousInBlock(s)} ${rest}`)) return quiet;
  const harmNamed = PROBLEM.test(text) || COST.test(text);
  const cues = [...matches(s, RISK_CUES), ...(harmNamed ? matches(s, CONDITIONAL_HARM) : [])];
  const risks = cues.filter((m) => isAssertedAt(s.sentence, m.index) && !(PLAN_RISK.test(text) && !PROBLEM.test(text)));
  if (risks.length) return risks;
  // A problem found before launch: "during QA a nurse noticed that units were swapped".
  if (!PROBLEM.test(text) || ROUTINE_FIX.test(text) || !(PRELAUNCH.test(text) || PRELAUNCH.test(previousInBlock(s)))) return [];
  return matches(s, DISCOVERY).filter((m) => assertedHere(s, m) && !FOUND_NOTHING.test(text.slice(m.index + m.text.length)));
}

/** A problem, a risk or a finding in the text: what a "nothing had happened yet" refers to. */
function namesProblem(text: string): boolean {
  DISCOVERY.lastIndex = 0;
  RISK_CUES.lastIndex = 0;
  CONDITIONAL_HARM.lastIndex = 0;
  return PROBLEM.test(text) || DISCOVERY.test(text) || RISK_CUES.test(text) || CONDITIONAL_HARM.test(text);
}

/** "we found no errors", "QA showed that there were zero issues": a clean result, not a finding. */
const FOUND_NOTHING = /^\s*(?:that\s+)?(?:(?:there|it|they|we)\s+(?:were|was|had|saw)\s+)?(?:no|zero|nothing|none|not (?:a single|one|any))\b/i;

/** A new subject after ", and" / ", so" opens its own claim: "no customer saw it, and we avoided …". */
const JOIN = /,\s*(?:and|so|and so|which|then)\s+(?=(?:i|we|it|they|this|that|he|she)\b)/gi;

/**
 * Asserted, judging a denial only up to the verb and within its own joined clause: "I noticed the
 * bot promised refunds it is not allowed to promise" still reports the noticing.
 */
function assertedHere(s: StorySentence, m: Match): boolean {
  const text = s.sentence.text;
  const end = m.index + m.text.length;
  let from = 0;
  JOIN.lastIndex = 0;
  for (let j = JOIN.exec(text); j && j.index < m.index; j = JOIN.exec(text)) from = j.index + j[0].length;
  if (from > m.index) from = 0;
  return isAssertedAt({ ...s.sentence, text: text.slice(from, end) }, m.index - from) && !isDeferredAt(text, m.index);
}

function previousInBlock(s: StorySentence): string {
  const block = s.sentence.block;
  return block.text.slice(Math.max(0, s.sentence.offsetInBlock - 300), s.sentence.offsetInBlock);
}

function constraints(s: StorySentence): Match[] {
  const text = s.sentence.text;
  if (/\b(?:should|could|would|might) have\b/i.test(text) || HINDSIGHT.test(text)) return [];
  const inAction = s.part !== 'situation';
  const verbs = matches(s, CONTAIN_VERB).filter((m) => {
    const clause = clauseAround(text, m.index);
    const before = text.slice(clause.start, m.index).replace(/^[^:]{0,30}:\s*/, '');
    const participle = /^\s*(?:to|at|behind|until|from|on|for)\b/i.test(text.slice(m.index + m.text.length));
    const byAuthor = authorSubject(before) || (inAction && (OPENS_CLAUSE.test(before) || PASSIVE.test(before) || participle));
    // "the code freeze", "a hard stop": a bare verb form after a determiner is a noun.
    const noun = /^(?:freeze|block|limit|cap|gate|pause|hold|stop|halt|restrict|throttle|delay)\b/i.test(m.text) && /\b(?:the|a|an|our|their|its|this|that|any)\s+(?:[\w-]+\s+){0,2}$/i.test(before);
    return byAuthor && !noun && !deniedBefore(text, m.index) && !isDeferredAt(text, m.index) && !notConstraint(clause.text);
  });
  const nouns = inAction ? matches(s, CONTAIN_NOUN).filter((m) => isAssertedAt(s.sentence, m.index) && !notConstraint(clauseAround(text, m.index).text)) : [];
  return [...verbs, ...nouns];
}

/** "we didn't pause or gate anything", "no need to pause": a denial a few words before the verb, not across "and". */
function deniedBefore(text: string, index: number): boolean {
  const before = text.slice(clauseAround(text, index).start, index);
  const denial = before.search(/\b(?:never|not|no one|nobody)\b|n't\b/i);
  if (denial >= 0 && /\b(?:whether|if)\b/i.test(before.slice(denial, denial + 60))) return true;
  return /(?:\b(?:not|never|no|nor|neither|without|didn'?t|don'?t|doesn'?t|won'?t|wasn'?t|weren'?t|couldn'?t|wouldn'?t|haven'?t|hadn'?t|cannot|can'?t|refused to|declined to)|n't)(?:(?!\s+(?:and|but|then)\b)\s+[\w'-]+){0,3}\s*$/i.test(before);
}

function preventedCosts(s: StorySentence): Match[] {
  const text = s.sentence.text;
  if (HINDSIGHT.test(text)) return [];
  const averted = matches(s, AVERTED).filter((m) => isAssertedAt(s.sentence, m.index));
  if (averted.length) return averted;
  if (!COST.test(text)) return [];
  // "without the pause, chargebacks would have landed" — the counterfactual carries its own "without".
  const counterfactual = matches(s, COUNTERFACTUAL).filter((m) => !/\bn't\b|\bnot\b|\bnever\b/i.test(m.text) && !/\b(?:nothing|nobody|no one|never)\b[^,;]{0,20}$/i.test(text.slice(0, m.index)));
  const avoided = matches(s, AVOIDANCE).filter((m) => assertedHere(s, m));
  return [...counterfactual, ...avoided];
}

function ownership(s: StorySentence): Match[] {
  const text = s.sentence.text;
  return matches(s, OWNERSHIP).filter((m) => {
    const before = text.slice(clauseAround(text, m.index).start, m.index).replace(/^[^:]{0,30}:\s*/, '');
    const byAuthor = /\b(?:i|we)\s+(?:\w+\s+){0,2}$/i.test(before) || (s.part === 'action' && OPENS_CLAUSE.test(before));
    return byAuthor && !MODAL_BEFORE.test(before) && isAssertedAt(s.sentence, m.index);
  });
}

function stability(s: StorySentence): Match[] {
  const text = s.sentence.text;
  if (!TIME_SPAN.test(text)) return [];
  return matches(s, STABLE).filter((m) => !deniedBefore(text, m.index) && !isDeferredAt(text, m.index) && !MODAL_BEFORE.test(text.slice(clauseAround(text, m.index).start, m.index)));
}

/** Where a "missing" diagnostic about a part points: its label, else the first heading or line. */
export function anchorOfPart(doc: DocModel, story: Story, ...order: StoryPart[]): { start: number; end: number } {
  for (const part of order) {
    const anchor = story.parts[part];
    if (anchor) return { start: anchor.start, end: anchor.end };
  }
  return anchorFor(doc);
}

/**
 * Reports a missing story element with no fix of its own: at the skeleton's unfilled
 * placeholder for it when the author inserted one, else at the part where it belongs.
 */
export function reportMissingPart(ctx: RuleContext, label: string, message: string, fillMessage: string, anchor: { start: number; end: number }): void {
  const open = placeholders(ctx.doc).filter((p) => p.label.toLowerCase().startsWith(label.toLowerCase()));
  if (open.length) for (const p of open) ctx.report({ message: fillMessage, start: p.start, end: p.end });
  else ctx.report({ message, ...anchor });
}
