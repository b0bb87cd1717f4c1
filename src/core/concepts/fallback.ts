// The escape valves a document asserts: the rungs of its fallback ladder (a run-time path to
// a person, a deterministic path, saying nothing) and the places it repairs model output
// after the fact instead (a correction layer, which is no rung at all).
import { defineConcept } from '../rule';
import { memoized, scan } from '../memo';
import type { DocModel, Sentence, Section } from '../model';
import { blocksOf, concatChunks, perChunk } from '../local';
import { matchInChunk, tableRowHasValue, toMatch, type Match } from '../find';
import { sectionEnd, titleBlock } from '../fixes';
import { NEGATIVE_TOPIC, PLACEHOLDER, clauseAround, isDeferredAt, isNegatedAt, isQuestion, testTopic } from '../text';
import {
  GUARD_TERMS, HELD_FOR_PERSON, HUMAN_GATE, HUMAN_TERMS, NULL_TERMS, REJECTION, REPAIR_TERMS, RULE_TERMS, RUNG_LABELS, STAFF, END_USERS,
} from '../lexicon/fallback';

export type RungKind = 'human' | 'rule' | 'null';
export const RUNG_KINDS: readonly RungKind[] = ['human', 'rule', 'null'];

export interface FallbackFacts {
  rungs: Record<RungKind, readonly Match[]>;
  /** The section that holds the ladder ("Escape valves", "Fallbacks", "Human review"), if any. */
  section?: Section;
  /** Sentences that repair wrong model output after the fact (post-processing-fix). */
  repairs: readonly Match[];
}

/** Headings of the section where a fallback ladder lives. */
export const LADDER_HEADING =
  /\b(?:fall-?backs?|escape (?:valves?|hatch(?:es)?)|escalation|human (?:review|in the loop|handoff)|hand-?offs?|safety nets?|degrad\w*|failure handling|plan b|contingenc\w*|when (?:things|it|the model) (?:go(?:es)? wrong|fails|is unsure|isn'?t sure))\b/;

/** Sections describing something other than run-time behaviour (evaluation, metrics, research…). */
const OFF_RUNTIME_TOPIC =
  /\b(?:evaluation|eval plan|evals?|launch gate|kpis?|metrics|success|feedback(?: loop)?|drift|monitoring|production signal|alerts|dashboards?|research|personas?|target users|who (?:uses|shops|reads|buys)|segments|journey|problem|background|pain points|timeline|milestones|rollout|launch plan|go[- ]to[- ]market|pricing|monetization|experiment|pilot|watching it|measurement|telemetry|prioriti[sz]ation|future)\b|(?:^|> )users?(?: >|$)/;

/** Sentences about evaluation, QA before launch or feedback, not about a request at run time. */
const OFF_RUNTIME_SENTENCE =
  /^(?:metrics|kpis?|success(?: metrics)?|monetization|pricing|go to market)\s*[:—–-]|\b(?:launch gate|eval(?:uation)? set|test set|gold(?:en)? set|offline|before (?:launch|we (?:launch|ship|turn it on|go live|roll out))|pre-?launch|QA|audit(?:ed|s)?|sampled|graded|label(?:l)?ed|annotat\w*|benchmark\w*|shadow mode|added to the|diffed|re-?baselin\w*|(?:escalation|fallback|handoff|refusal|override|abstention) rate|(?<!\bas\W{1,2}(?:\w+\s){0,2})today|currently|at present|right now)\b/i;

const APPROACH_SECTION = /\b(?:approach|model choice|why \w+)\b/;
const APPROACH_CHOICE = /\b(?:RAG|retrieval|fine-?tun\w*|prompt(?:ing|ed)|considered|tried|ruled out|looked at|compared|rather than|instead of fine)\b/i;
/**
 * How many texts an anyOf pattern searches term by term before it compiles its alternation: more
 * than one 200-line document holds (a CLI run stays on the small regexes), few enough that a long
 * document's first analysis turns it (no keystroke after it pays the compile).
 */
const HOT_AFTER = 200;

/**
 * People slots are not inlined (the lists inlined into every term made one 13 KB regex that took
 * over a second to compile). One sweep masks each people phrase in a sentence with a same-length
 * token (q… for staff, j… for users); the terms match those tokens, and a copy with the slot
 * turned off runs on the real text for alternatives that name no person.
 */
const PEOPLE_SWEEP = new RegExp(`\\b(?:(${STAFF.join('|')})|(${END_USERS.join('|')}))\\b`, 'gi');
const SLOTTED = (term: string): string => term.replace(/STAFF/g, 'q+').replace(/USER/g, 'j+').replace(/PERSON/g, '[qj]+');
const UNSLOTTED = (term: string): string => term.replace(/STAFF|USER|PERSON/g, '(?!)');
const HUMAN_MASKED = anyOf(HUMAN_TERMS.filter((t) => /STAFF|USER|PERSON/.test(t)).map(SLOTTED));
const HUMAN = anyOf(HUMAN_TERMS.map(UNSLOTTED));
const GATE_MASKED = new RegExp(SLOTTED(HUMAN_GATE), 'gi');
const GATE = new RegExp(UNSLOTTED(HUMAN_GATE), 'gi');
const HELD = new RegExp(SLOTTED(HELD_FOR_PERSON), 'gi');
/** Overview sections describe the product as well as the status quo; a hold-for-a-person gate there is a rung. */
const OVERVIEW_TOPIC = /^(?:[^>]*> )?(?:background|context|overview|problem|how it works|the product)$/;
const RULE = anyOf(RULE_TERMS);
const NULL = anyOf(NULL_TERMS);
const NULL_ONCE = NULL;
const STAFF_RE = /\bq+\b/; // on masked text
/** In a document about an AI agent, a bare "agent" is the product, not a person. */
const AI_AGENT_DOC = /\b(?:AI|LLM|autonomous|coding|software|browser|research|voice|shopping|booking|support|customer[- ]service) agents?\b|\bagentic\b|\bagents? (?:calls?|uses?|invokes?|plans?|executes?|runs?) (?:a |the )?tools?\b/i;
const HUMAN_AGENT = /\b(?:human|live|real|contact[- ]cent(?:re|er)|call[- ]cent(?:re|er)|customer service|support|senior|tier[- ]\d) agents?\b/i;
const PERSON_BUT_AGENT = lazy(() => new RegExp(`\\b(?:${[...STAFF.filter((t) => !t.includes('agents?')), ...END_USERS].join('|')})\\b`, 'i'));
const PERSON_RE = /\b[qj]+\b/; // on masked text
const FALLS_BACK = /\b(?:falls?|falling|fell)\s+back\s+(?:to|on)\b|\bfallback (?:is|to)\b|\breverts? to\b|\bdegrades? (?:gracefully )?to\b/gi;
const REPAIR = anyOf(REPAIR_TERMS);
const POST_PROCESSING = new RegExp(`^(?:${REPAIR_TERMS[0]})$`, 'i');
const GUARD = anyOf(GUARD_TERMS);
const REJECTED = new RegExp(REJECTION, 'i');
/** Bare "post-processing" is a repair when the sentence fixes something with it ("fix it in post-processing"). */
const ERROR_CONTEXT = /\b(?:fix\w*|clean\w*|correct\w*|repair\w*|patch\w*|handl\w*|catch\w*|take care|takes care|deal with|address\w*|resolv\w*|rewrit\w*|rewrote|overwr\w*|replac\w*|recalculat\w*|scrub\w*|sanitiz\w*|normaliz\w*|swap\w*)\b/i;
const SELF_NEGATING = /\b(?:no|not|never|without|nor|neither|lacks?|don'?t|doesn'?t|didn'?t|won'?t|isn'?t|aren'?t|wasn'?t|weren'?t|haven'?t|hasn'?t|hadn'?t|shouldn'?t|wouldn'?t|couldn'?t|cannot|can'?t|nothing|none|nobody)\b/i;

/** A null rung's own words: "no estimate", "no recommendation when …" (not "no", "none yet", "no null rung"). */
const NULL_CONTENT = /^\W*no\s+(?!(?:null|fallback|rung|plan|answer yet|decision|one)\b)[\p{L}-]{3,}/iu;
const LABEL_ALTS = Object.values(RUNG_LABELS).join('|');
/** Where a labelled rung's own text ends: the next arrow, ";" or rung label. */
const LABEL_SPLIT = new RegExp(`(?:→|->|;|\\s[(,]?(?:${LABEL_ALTS})\\s*[:(])`, 'i');
const LABEL_START: Record<RungKind, RegExp> = labelPatterns((l) => `^\\s*(?:\\d+[.)]\\s*|rung\\s*\\d*\\s*[:.—–-]?\\s*)?(?:${l})\\s*(?:[:|—–→(]|->|\\s-\\s|\\.\\s)`);
const LABEL_PAREN: Record<RungKind, RegExp> = labelPatterns((l) => `[(\\[]\\s*(?:valve:\\s*)?(?:${l})\\s*[)\\],]`);
const LABEL_CHAIN: Record<RungKind, RegExp> = labelPatterns((l) => `(?:[→:,;]|->)\\s*(?:${l})\\s*(?:\\(|:|—|–|→|->)`);
const HEADING_LABEL: Record<RungKind, RegExp> = labelPatterns((l) => `^(?:\\d+[.)]?\\s*)?(?:${l})\\b`);

function labelPatterns(make: (label: string) => string): Record<RungKind, RegExp> {
  return {
    human: new RegExp(make(RUNG_LABELS.human), 'i'),
    rule: new RegExp(make(RUNG_LABELS.rule), 'i'),
    null: new RegExp(make(RUNG_LABELS.null), 'i'),
  };
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** What the matchers need of a RegExp: global `exec` from `lastIndex`, and `test`. */
export interface Pattern {
  lastIndex: number;
  exec(text: string): RegExpExecArray | null;
  test(text: string): boolean;
}

/**
 * Matches like one case-insensitive global alternation of `terms` (leftmost match, earlier term on
 * a tie), but compiles each term on its own: V8 compiles a few small regexes far faster than one
 * big alternation, which dominated the first lint in a fresh process. Once the pattern has
 * searched `hotAfter` texts (a long document, or a server that lints on every keystroke), it
 * searches with that one alternation instead: it finds the same matches (indexes and text; the
 * groups are numbered differently) in about a third less time than a search per term.
 */
export function anyOf(terms: readonly string[], hotAfter = HOT_AFTER): Pattern {
  const parts = terms.map((t) => new RegExp(t, 'gi'));
  let whole: RegExp | undefined;
  let searched = 0;
  const alternation = (): RegExp => (whole = new RegExp(terms.map((t) => `(?:${t})`).join('|'), 'gi'));
  // Each part's next match in the current text, and where it was searched from: a part is
  // searched again only once the scan has passed its match, so a global scan costs one
  // search per part and match, not one per part for every match.
  let subject: string | undefined;
  const next: (RegExpExecArray | null)[] = [];
  const searchedFrom: number[] = [];
  const pattern: Pattern = {
    lastIndex: 0,
    exec(text: string): RegExpExecArray | null {
      const at = pattern.lastIndex;
      if (!whole && text !== subject) {
        subject = text;
        searchedFrom.length = 0;
        if (++searched > hotAfter) alternation();
      }
      if (whole) {
        whole.lastIndex = at;
        const m = whole.exec(text);
        pattern.lastIndex = m ? whole.lastIndex : 0;
        return m;
      }
      let best: RegExpExecArray | null = null;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        let m = next[i];
        const from = searchedFrom[i];
        // The cached answer holds for any start between where it was searched from and its match.
        if (from === undefined || from > at || (m !== null && m.index < at)) {
          part.lastIndex = at;
          m = next[i] = part.exec(text);
          searchedFrom[i] = at;
        }
        if (m && (!best || m.index < best.index)) best = m;
      }
      pattern.lastIndex = best ? best.index + best[0].length : 0;
      return best;
    },
    test(text: string): boolean {
      if (!whole && ++searched > hotAfter) alternation();
      if (whole) {
        whole.lastIndex = 0;
        return whole.test(text);
      }
      return parts.some((part) => {
        part.lastIndex = 0;
        return part.test(text);
      });
    },
  };
  return pattern;
}

/**
 * A match as a chunk's facts keep it (local.ts): its sentence's index in the chunk, and source
 * offsets relative to the chunk (its blocks' `base`), which are a function of the chunk's text
 * and so hold while the facts do. Reviving one costs no source mapping (toMatch's was the
 * largest part of the document-level step in long documents).
 */
export interface ChunkMatch {
  sentence: number;
  index: number;
  text: string;
  start: number;
  end: number;
  /** The last Match revived from it: still the right one while its sentence has not moved. */
  revived?: Match;
}

/** `m`, a match in sentence `i` of its chunk, as a chunk fact. */
export function keepMatch(i: number, m: Match): ChunkMatch {
  const base = m.sentence.block.base;
  return { sentence: i, index: m.index, text: m.text, start: m.start - base, end: m.end - base };
}

/**
 * The Match a kept one stands for in the current version (equal to toMatch's). Sentences
 * outlive versions while their chunk is unchanged, and the Match reads its offsets through
 * its sentence's block, so the same object serves every version (moved or not).
 */
export function reviveMatch(sentences: Sentence[], kept: ChunkMatch): Match {
  const sentence = sentences[kept.sentence];
  const last = kept.revived;
  if (last && last.sentence === sentence) return last;
  return (kept.revived = matchInChunk(sentence, kept.index, kept.text, kept.start, kept.end));
}

/** A rung found in a sentence of a chunk. */
interface RungHit extends ChunkMatch {
  kind: RungKind;
  /** For a human match: whether it still names a person when the product is an AI agent (undefined: always kept). */
  agent?: boolean;
  /** The chunk's repair candidate this sentence holds: the rung counts only if the next sentence turns that repair down. */
  unless?: number;
}

/** What one chunk holds for the ladder; the document-level step only walks these hits. */
interface ChunkLadder {
  /** A sentence says the product is an AI agent ("a bare agent is the product"). */
  agentIsProduct: boolean;
  rungs: RungHit[];
  /** Repairs not turned down within their own sentence (the next sentence may still turn them down). */
  repairs: ChunkMatch[];
  /** Headings (block index in the chunk) named after a rung. */
  headings: [number, RungKind][];
  /** The chunk's first ladder heading (block index in the chunk), or -1. */
  ladder: number;
}

const NONE_TURNED: readonly boolean[] = [];

export const fallbackConcept = defineConcept<FallbackFacts>('fallback', ({ doc }) => {
  // inNegativeTopic reads the title heading, which sits in another chunk: it is part of the key.
  const title = titleBlock(doc);
  const key = `fallback\u0000${title?.type === 'heading' ? title.text.trim() : ''}`;
  const chunks = perChunk(doc, key, (c) => ladderIn(doc, c));
  const agentIsProduct = concatChunks('fallback:agent', chunks, (f) => (f.agentIsProduct ? [true] : [])).length > 0;
  // The sentence that turns a repair down may open the next chunk: a chunk with repairs is read again each time.
  const withRepairs = (f: ChunkLadder) => f.repairs.length > 0;
  const turnedIn = (f: ChunkLadder, c: number) => (f.repairs.length === 0 ? NONE_TURNED : f.repairs.map((r) => turnedDown(doc, c, r.sentence)));
  const repairs = concatChunks(`${key}\u0000repairs`, chunks, (f, c) => {
    const turned = turnedIn(f, c);
    return f.repairs.filter((_, k) => !turned[k]).map((r) => reviveMatch(doc.chunkSentences[c], r));
  }, withRepairs);
  const rungsOf = (kind: RungKind) =>
    concatChunks(`${key}\u0000${kind}\u0000${agentIsProduct}`, chunks, (f, c) => {
      const turned = turnedIn(f, c);
      const found: Match[] = [];
      for (const hit of f.rungs) {
        if (hit.kind !== kind) continue;
        // A correction layer is not a rung: nothing in a repair sentence counts as a fallback.
        if (hit.unless !== undefined && !turned[hit.unless]) continue;
        if (agentIsProduct && hit.agent === false) continue;
        found.push(reviveMatch(doc.chunkSentences[c], hit));
      }
      return found;
    }, withRepairs);
  const rungs: Record<RungKind, readonly Match[]> = { human: rungsOf('human'), rule: rungsOf('rule'), null: rungsOf('null') };
  const blockOf = (c: number, i: number) => doc.blocks[doc.chunkFirstBlock[c] + i];
  const named = concatChunks('fallback:headings', chunks, (f, c) => f.headings.map(([b, kind]) => [blockOf(c, b), kind] as const)).map(([block, kind]): [Section, RungKind] => [doc.sections[block.section], kind]);
  const ladder = chunks.findIndex((f) => f.ladder >= 0);
  const section = ladder < 0 ? undefined : doc.sections[blockOf(ladder, chunks[ladder].ladder).section];
  for (const [kind, match] of headingRungs(doc, named)) rungs[kind] = [...rungs[kind], match];
  return { rungs, section, repairs };
});

/** Chunk `c`'s rungs, repair candidates and rung headings (its sentences and blocks alone). */
function ladderIn(doc: DocModel, c: number): ChunkLadder {
  const found: ChunkLadder = { agentIsProduct: false, rungs: [], repairs: [], headings: [], ladder: -1 };
  doc.chunkSentences[c].forEach((sentence, i) => {
    if (!found.agentIsProduct) found.agentIsProduct = namesAiAgent(sentence);
    if (inNegativeTopic(doc, sentence) || isQuestion(sentence.text)) return;
    const repair = memoized(sentence.memo, repairIn, () => repairIn(sentence.text));
    let unless: number | undefined;
    if (repair && !REJECTED.test(sentence.text)) {
      unless = found.repairs.length;
      found.repairs.push(keepMatch(i, toMatch(sentence, repair.index, repair.text)));
    }
    rungsIn(sentence, (kind, m, agent) => found.rungs.push({ ...keepMatch(i, m), kind, agent, unless }));
  });
  blocksOf(doc, c).forEach((block, i) => {
    if (block.type !== 'heading' || block.quoted) return; // what starts a section
    const title = block.text.trim().toLowerCase();
    if (NEGATIVE_TOPIC.test(title)) return;
    const kind = RUNG_KINDS.find((k) => HEADING_LABEL[k].test(title));
    if (kind) found.headings.push([i, kind]);
    if (found.ladder < 0 && LADDER_HEADING.test(title)) found.ladder = i;
  });
  return found;
}

function namesAiAgent(s: Sentence): boolean {
  return memoized(s.memo, AI_AGENT_DOC, () => AI_AGENT_DOC.test(s.text) && !HUMAN_AGENT.test(s.text.match(AI_AGENT_DOC)?.[0] ?? ''));
}

/** The rungs a sentence asserts, in the order they join their ladder lists. */
function rungsIn(sentence: Sentence, emit: (kind: RungKind, match: Match, agent?: boolean) => void): void {
  const labelledHuman: Match[] = [];
  for (const kind of RUNG_KINDS) {
    const label = labelledRung(sentence, kind);
    if (!label) continue;
    emit(kind, label);
    if (kind === 'human') labelledHuman.push(label);
  }
  if (OFF_RUNTIME_SENTENCE.test(sentence.text)) return;
  const topic = sentence.block.topic;
  if (testTopic(OFF_RUNTIME_TOPIC, topic)) {
    if (testTopic(OVERVIEW_TOPIC, topic)) {
      // Collected next to the sentence's own human label, which a masked match must not repeat.
      const held = labelledHuman.slice();
      collect(held, sentence, HELD, true, maskPeople(sentence.text));
      for (const m of held.slice(labelledHuman.length)) emit('human', m);
    }
    return;
  }
  // "We considered a rules-based approach": the approach section weighs options, it describes no fallback.
  if (testTopic(APPROACH_SECTION, topic) && APPROACH_CHOICE.test(sentence.text)) return;
  const human: Match[] = [];
  const masked = memoized(sentence.memo, maskPeople, () => maskPeople(sentence.text));
  collect(human, sentence, HUMAN, false);
  collect(human, sentence, HUMAN_MASKED, false, masked);
  collect(human, sentence, GATE, true);
  collect(human, sentence, GATE_MASKED, true, masked);
  collect(human, sentence, HELD, true, masked);
  human.sort((a, b) => a.index - b.index);
  for (const m of human) emit('human', m, HUMAN_AGENT.test(m.text) || PERSON_BUT_AGENT().test(m.text.replace(/\bagents?\b/gi, '')));
  const rules: Match[] = [];
  collect(rules, sentence, RULE, true);
  for (const m of rules) emit('rule', m);
  // "No draft goes out until the pharmacist signs it": a hold for a person, not an empty answer.
  const nulls: Match[] = [];
  collect(nulls, sentence, NULL, true);
  for (const n of nulls) if (!human.some((h) => n.start < h.end && h.start < n.end)) emit('null', n);
  for (const m of matchesOf(sentence, FALLS_BACK, false)) {
    const target = sentence.text.slice(m.index + m.text.length, m.index + m.text.length + 80);
    emit(STAFF_RE.test(maskPeople(target)) ? 'human' : NULL_ONCE.test(target) ? 'null' : 'rule', m);
  }
}

/** Whether the sentence after sentence `i` of chunk `c`, in the same section, turns a repair down. */
function turnedDown(doc: DocModel, c: number, i: number): boolean {
  const sentence = doc.chunkSentences[c][i];
  let next: Sentence | undefined = doc.chunkSentences[c][i + 1];
  for (let d = c + 1; !next && d < doc.chunkSentences.length; d++) next = doc.chunkSentences[d][0];
  return REJECTED.test(next && next.block.section === sentence.block.section ? next.text : '');
}

/** The sentence with each people phrase replaced by a same-length token: q… for staff, j… for users. */
function maskPeople(text: string): string {
  PEOPLE_SWEEP.lastIndex = 0;
  return text.replace(PEOPLE_SWEEP, (all: string, staff?: string) => (staff ? 'q' : 'j').repeat(all.length));
}

function collect(into: Match[], sentence: Sentence, pattern: Pattern, selfNegating: boolean, searched = sentence.text): void {
  for (const m of matchesOf(sentence, pattern, selfNegating, searched)) {
    if (searched !== sentence.text && into.some((o) => m.start < o.end && o.start < m.end)) continue; // both passes found it
    const after = sentence.text.slice(m.index + m.text.length, m.index + m.text.length + 12);
    if (/^\s*(?:rate|ratio|%)/i.test(after)) continue; // "escalation rate ≤ 20%" is a metric
    into.push(m);
  }
}

/** Asserted matches; a self-negating term ("no answer") is denied only by a negation before it. */
function matchesOf(sentence: Sentence, pattern: Pattern, selfNegating: boolean, searched = sentence.text): Match[] {
  const found: Match[] = [];
  // `searched` is the sentence itself or its people-masked copy (same length, a function of the text).
  for (const m of scan(sentence.memo, pattern, searched, searched === sentence.text ? '' : 'people-masked')) {
    const index = m.index!;
    const text = sentence.text.slice(index, index + m[0].length);
    const asserted = selfNegating && SELF_NEGATING.test(text) ? !deniedBefore(sentence.text, index) : isStatedAt(sentence, index);
    if (asserted && !insidePlaceholder(sentence.text, index)) found.push(toMatch(sentence, index, text));
  }
  return found;
}

/**
 * Whether the concept at `index` is asserted: no negation among the few words before it
 * ("no human handoff", "we don't escalate") or right after it ("agents are not involved"),
 * not deferred, and a table row with a real value. A negation further back belongs to
 * another verb ("if it can't build a basket, it falls back to search").
 */
export function isStatedAt(sentence: Sentence, index: number): boolean {
  const text = sentence.text;
  if (negatedNear(text, index) || isDeferredAt(text, index)) return false;
  const clause = clauseAround(text, index);
  if (/^[\w\s'’-]{0,40}?\b(?:is|are|was|were|will be)\s+not\b|^[^.]*?:\s*(?:none|no|n\/a)\b/i.test(text.slice(index, clause.end))) return false;
  return sentence.block.type !== 'table-row' || tableRowHasValue(sentence.block);
}

/** A person does the repair: "the reviewer fixes …", "… is corrected by an editor". */
function personActs(original: string, clauseStart: number, start: number, end: number): boolean {
  const text = maskPeople(original);
  const before = text.slice(clauseStart, start).split(/\s+/).filter(Boolean).slice(-3).join(' ');
  const after = text.slice(end, end + 40);
  return PERSON_RE.test(before) || /^\s*by\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+)?[qj]+\b/i.test(after);
}

/** A negation among the few words before `index` in its clause ("we do not count … post-processing"). */
export function negatedNear(text: string, index: number, words = 3): boolean {
  const clause = clauseAround(text, index);
  let before = text.slice(clause.start, index);
  // ", the bot abstains": a comma that opens a new clause ends the reach of an earlier negation.
  const comma = /,\s+(?:the|it|we|they|a|an|this|that|our|its|i|you|he|she)\b(?![\s\S]*,\s+(?:the|it|we|they|a|an|this|that|our|its|i|you|he|she)\b)/i.exec(before);
  if (comma) before = before.slice(comma.index + 1);
  const window = before.split(/\s+/).filter(Boolean).slice(-words);
  const last = window.map((w) => SELF_NEGATING.test(w) || /^(?:no|not|never)$/i.test(w)).lastIndexOf(true);
  if (last < 0) return false;
  // "anything the bot can't resolve is escalated": a new verb after the negated one starts another clause.
  return !window.slice(last + 2).some((w) => /^(?:is|are|was|were|gets?|goes|go)$/i.test(w));
}

/**
 * Under a Non-goals / Open questions / Out of scope heading. The document's own title is left
 * out, so "Design question: an AI invoicing assistant" does not put the whole answer in scope.
 */
export function inNegativeTopic(doc: DocModel, sentence: Sentence): boolean {
  const topic = sentence.block.topic;
  // Every sentence of a section has its topic: decided once per topic and version.
  let known = NEGATIVE_TOPICS.get(doc);
  if (!known) NEGATIVE_TOPICS.set(doc, (known = new Map()));
  let negative = known.get(topic);
  if (negative === undefined) {
    const title = titleBlock(doc);
    const path = title?.type === 'heading' && topic.startsWith(title.text.trim().toLowerCase()) ? topic.slice(title.text.trim().length) : topic;
    known.set(topic, (negative = NEGATIVE_TOPIC.test(path)));
  }
  return negative;
}

const NEGATIVE_TOPICS = new WeakMap<DocModel, Map<string, boolean>>();

/** A negation right before a term that carries its own ("it never says it doesn't know"). */
export function deniedBefore(text: string, index: number): boolean {
  const clause = clauseAround(text, index);
  const before = text.slice(clause.start, index).split(',').pop() ?? '';
  return SELF_NEGATING.test(before.split(/\s+/).filter(Boolean).slice(-3).join(' '));
}

/** Whether `index` falls inside a "[fill in: …]" placeholder. */
export function insidePlaceholder(text: string, index: number): boolean {
  if (!/\[fill in/i.test(text)) return false;
  const pattern = new RegExp(PLACEHOLDER.source, 'gi');
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) if (index >= m.index && index < m.index + m[0].length) return true;
  return false;
}

/** Text that says something: words, not a placeholder, "none", "TBD" or "n/a". */
export function hasContent(text: string): boolean {
  const words = text.replace(PLACEHOLDER, ' ').match(/[\p{L}\d]{2,}/gu) ?? [];
  if (words.length < 2 || PLACEHOLDER.test(text)) return false;
  return !/^\W*(?:none|no|n\/a|tbd|tbc|todo|not (?:yet|in v\d|planned|decided))\b/i.test(text) && !isDeferredAt(text, 0);
}

/** An explicit ladder entry: "Human: …", "… (rule-based)", "→ null (no answer)". */
function labelledRung(sentence: Sentence, kind: RungKind): Match | undefined {
  const at = memoized(sentence.memo, LABELLED_KEYS[kind], () => {
    const m = labelledRungIn(sentence, kind);
    return m ? { index: m.index, text: m.text } : null;
  });
  return at ? toMatch(sentence, at.index, at.text) : undefined;
}

const LABELLED_KEYS: Record<RungKind, object> = { human: {}, rule: {}, null: {} };

function labelledRungIn(sentence: Sentence, kind: RungKind): Match | undefined {
  const text = sentence.text;
  const start = LABEL_START[kind].exec(text) ?? LABEL_CHAIN[kind].exec(text);
  // "Escalation (fallback) rate | 30–50%" names a metric, not a rung.
  if (start && !/^[^|:]{0,30}\brate\b/i.test(text.slice(start.index + start[0].length))) {
    const rest = text.slice(start.index + start[0].length);
    const own = rest.split(LABEL_SPLIT)[0];
    const chained = /^\s*(?:→|->)/.test(text.slice(start.index + start[0].length - 2));
    // Under a null label, "no estimate when …" is the rung's content, not a denial of it.
    const emptyAnswer = kind === 'null' && NULL_CONTENT.test(own) && hasContent(own.replace(/^\W*no\b/i, ''));
    if (emptyAnswer || ((hasContent(own) || (chained && !PLACEHOLDER.test(text))) && !isNegatedAt(text, start.index + start[0].length))) {
      return toMatch(sentence, start.index, start[0]);
    }
  }
  const paren = LABEL_PAREN[kind].exec(text);
  if (paren) {
    const clause = clauseAround(text, Math.max(0, paren.index - 1));
    const before = text.slice(clause.start, paren.index);
    if (hasContent(before) && !deniedBefore(text, paren.index)) return toMatch(sentence, paren.index, paren[0]);
  }
  return undefined;
}

/** Sub-headings named after a rung ("### 2. Rule-based") with content under them: their first such sentence. */
function headingRungs(doc: DocModel, named: [Section, RungKind][]): [RungKind, Match][] {
  const found: [RungKind, Match][] = [];
  for (const [section, kind] of named) {
    const first = firstWithContent(doc, section);
    if (first) found.push([kind, toMatch(first, 0, first.text)]);
  }
  return found;
}

/** The first sentence directly under the section (not in a sub-section) that says something. */
function firstWithContent(doc: DocModel, section: Section): Sentence | undefined {
  for (const block of section.blocks) {
    for (const s of doc.chunkSentences[block.chunk]) {
      if (s.block === block && memoized(s.memo, hasContent, () => hasContent(s.text))) return s;
    }
  }
  return undefined;
}

/** The sentence's first repair phrase that is not a guardrail, negated, deferred, quoted or done by a person. */
function repairIn(text: string): { index: number; text: string } | null {
  if (GUARD.test(text)) return null;
  REPAIR.lastIndex = 0;
  for (let m = REPAIR.exec(text); m; m = REPAIR.exec(text)) {
    // Bare "post-processing" is a repair only when the sentence is about errors ("fix", "wrong", …).
    if (POST_PROCESSING.test(m[0]) && !ERROR_CONTEXT.test(text)) continue;
    if (negatedNear(text, m.index, 6) || isDeferredAt(text, m.index) || insideQuotes(text, m.index)) continue;
    const clause = clauseAround(text, m.index);
    if (personActs(text, clause.start, m.index, m.index + m[0].length)) continue; // a person correcting is review
    return { index: m.index, text: m[0] };
  }
  return null;
}

function insideQuotes(text: string, index: number): boolean {
  const before = text.slice(0, index);
  return ((before.match(/["“”]/g) ?? []).length % 2 === 1);
}

/** Where a new section goes after `section`: the start of the next heading, so blank lines stay single. */
export function afterSection(doc: DocModel, section: Section): number {
  return nextContent(doc, sectionEnd(doc, section));
}

/** The start of the next non-blank line after `offset` (or `offset` at the end of the text). */
export function nextContent(doc: DocModel, offset: number): number {
  let at = offset;
  while (at < doc.text.length && /\s/.test(doc.text[at])) at++;
  if (at >= doc.text.length) return offset;
  return doc.lines.starts[doc.lines.lineOf(at)];
}
