// Trade-offs and safety a document asserts: the model approach it picks and whether it says
// why over the alternatives, its misuse mitigations, the user data it handles and the limits
// it puts on that data.
import { defineConcept } from '../rule';
import { scan } from '../memo';
import type { Block, DocModel, Sentence } from '../model';
import { toMatch, type Match } from '../find';
import { titleBlock } from '../fixes';
import { concatChunks, perChunk, perChunkText } from '../local';
import { PLACEHOLDER, isQuestion } from '../text';
import { anyOf, keepMatch, reviveMatch, deniedBefore, hasContent, inNegativeTopic, insidePlaceholder, isStatedAt, negatedNear, type ChunkMatch, type Pattern } from './fallback';
import {
  ALTERNATIVES, ALTERNATIVE_CLAIM, APPROACHES, CAUSAL, COMPARISON_RESULT, CONTRAST, DECIDING_PROPERTIES, MISUSE_TERMS, PRIVACY_TERMS, RATIONALE_TERMS, USER_DATA_TERMS,
} from '../lexicon/safety';

export type ApproachFamily = keyof typeof APPROACHES;

export interface ApproachStatement {
  match: Match;
  families: ApproachFamily[];
}

export interface SafetyFacts {
  /** Sentences that name the approach (RAG, fine-tuning, prompting, a model). */
  approaches: ApproachStatement[];
  /** Sentences that say why the approach wins over the alternatives. */
  rationale: Sentence[];
  misuse: readonly Match[];
  /** Mentions of user data the product handles (questions included: they still reveal the data). */
  userData: readonly Match[];
  privacy: readonly Match[];
}

/** Sections where the approach is described. */
export const APPROACH_TOPIC = /\b(?:approach|model(?: choice)?|tech\w*|architecture|solution|how it works|implementation|proposal|system|stack|build)\b/;

const FAMILY: Record<ApproachFamily, RegExp> = {
  rag: new RegExp(APPROACHES.rag, 'gi'),
  finetune: new RegExp(APPROACHES.finetune, 'gi'),
  prompting: new RegExp(APPROACHES.prompting, 'gi'),
  model: new RegExp(APPROACHES.model, 'gi'),
};
const ALT = [...Object.values(APPROACHES), ALTERNATIVES].join('|');
const COMPARISON = anyOf([...RATIONALE_TERMS, ...COMPARISON_RESULT, ALTERNATIVE_CLAIM]);
/**
 * ALT is not inlined into CONTRAST (after a lazy "{0,3}?" V8 compiles it once per repetition, ~150 ms):
 * one sweep masks each alternative's name with k…, and CONTRAST matches that token.
 */
const ALT_SWEEP = new RegExp(ALT, 'gi');
const CONTRAST_MASKED = anyOf(CONTRAST.split(/(?<=\(\?:ALT\))\|/).map((t) => t.replace(/\(\?:ALT\)/g, '(?:k+\\b)')));
const maskAlternatives = (text: string): string => text.replace(ALT_SWEEP, (all: string) => 'k'.repeat(all.length));
const REASON = new RegExp(CAUSAL, 'i');
const DECIDING = anyOf([...Object.values(APPROACHES), ALTERNATIVES, DECIDING_PROPERTIES]);

/** Says why the approach wins: a comparison, or a reason that names an approach or a deciding property. */
function isRationale(text: string): boolean {
  if (PLACEHOLDER.test(text) || isQuestion(text)) return false;
  if (COMPARISON.test(text) || CONTRAST_MASKED.test(maskAlternatives(text))) return true;
  const reason = REASON.exec(text);
  return reason !== null && DECIDING.test(text.slice(reason.index));
}
const USAGE = /\b(?:we(?:'ll|'d| will| would| plan to| propose to)?|I(?:'d| would)|uses?|using|built (?:on|with)|based on|powered by|leverag\w*|rel(?:y|ies) on|approach|go with|cho(?:o)?se|pick|via)\b/i;
const MISUSE = anyOf(MISUSE_TERMS);
const USER_DATA = anyOf(USER_DATA_TERMS);
const PRIVACY = anyOf(PRIVACY_TERMS);
const SELF_NEGATING = /^(?:no|not|never|doesn'?t|does not|won'?t)\b|\b(?:never|not)\s+(?:stored|logged|retained|kept|shared|sent|persisted|used)/i;

/** What one chunk's sentences say about trade-offs and safety, kept with the chunk (local.ts). */
interface ChunkSafety {
  userData: ChunkMatch[];
  misuse: ChunkMatch[];
  privacy: ChunkMatch[];
  approaches: (ChunkMatch & { families: ApproachFamily[] })[];
}

export const safetyConcept = defineConcept<SafetyFacts>('safety', ({ doc }) => {
  // inNegativeTopic and ownTopic read the title heading, which sits in another chunk: it is part of the key.
  const title = titleBlock(doc);
  const key = `safety\u0000${title?.type === 'heading' ? title.text.trim() : ''}`;
  const chunks = perChunk(doc, key, (c) => safetyIn(doc, c));
  const revive = (pick: (f: ChunkSafety) => ChunkMatch[]) => (f: ChunkSafety, c: number) => pick(f).map((k) => reviveMatch(doc.chunkSentences[c], k));
  const facts: SafetyFacts = {
    approaches: concatChunks(`${key}\u0000approaches`, chunks, (f, c) => f.approaches.map((a) => ({ match: reviveMatch(doc.chunkSentences[c], a), families: a.families }))).map((a) => ({ match: a.match, families: a.families.slice() })),
    rationale: [],
    misuse: concatChunks(`${key}\u0000misuse`, chunks, revive((f) => f.misuse)),
    userData: concatChunks(`${key}\u0000user-data`, chunks, revive((f) => f.userData)),
    privacy: concatChunks(`${key}\u0000privacy`, chunks, revive((f) => f.privacy)),
  };
  // Rationale counts only near an approach statement: without one there is nothing to group,
  // and no sentence is read for it.
  const bySection = new Map<number, Sentence[]>();
  if (facts.approaches.length > 0) {
    perChunkText(doc, 'safety:rationale', (c) => rationaleIn(doc, c)).forEach((rationale, c) => {
      for (const i of rationale) {
        const s = doc.chunkSentences[c][i];
        const list = bySection.get(s.block.section) ?? [];
        list.push(s);
        bySection.set(s.block.section, list);
      }
    });
  }
  facts.rationale = [...new Set(facts.approaches.flatMap((a) => rationaleNear(doc, a.match.sentence, bySection.get(a.match.sentence.block.section) ?? [])))];
  return facts;
});

/** Chunk `c`'s user data, misuse and privacy mentions and approach statements. */
function safetyIn(doc: DocModel, c: number): ChunkSafety {
  const found: ChunkSafety = { userData: [], misuse: [], privacy: [], approaches: [] };
  const keep = (i: number) => (m: Match) => keepMatch(i, m);
  doc.chunkSentences[c].forEach((sentence, i) => {
    // "Articles contain no personal data" handles none; a question ("Do we keep the audio?") still reveals some.
    found.userData.push(...allMatches(sentence, USER_DATA).filter((m) => !insidePlaceholder(sentence.text, m.index) && !negatedNear(sentence.text, m.index)).map(keep(i)));
    if (inNegativeTopic(doc, sentence) || isQuestion(sentence.text)) return;
    found.misuse.push(...stated(sentence, MISUSE).map(keep(i)));
    found.privacy.push(...stated(sentence, PRIVACY).map(keep(i)));
    const approach = approachIn(doc, sentence);
    if (approach) found.approaches.push({ ...keepMatch(i, approach.match), families: approach.families });
  });
  return found;
}

/** The sentences of chunk `c` (indexes in the chunk) that say why an approach wins; the document step keeps those near an approach. */
function rationaleIn(doc: DocModel, c: number): number[] {
  const found: number[] = [];
  doc.chunkSentences[c].forEach((sentence, i) => {
    if (isRationale(sentence.text)) found.push(i);
  });
  return found;
}

function allMatches(sentence: Sentence, pattern: Pattern): Match[] {
  return scan(sentence.memo, pattern, sentence.text).map((m) => toMatch(sentence, m.index!, m[0]));
}

/** Asserted matches with real content; a term that carries its own negation ("never logged") counts as stated. */
function stated(sentence: Sentence, pattern: Pattern): Match[] {
  const matches = allMatches(sentence, pattern);
  if (matches.length === 0 || !hasContent(labelValue(sentence.text))) return [];
  return matches.filter((m) => {
    if (insidePlaceholder(sentence.text, m.index)) return false;
    return SELF_NEGATING.test(m.text) ? !deniedBefore(sentence.text, m.index) : isStatedAt(sentence, m.index);
  });
}

/** The value of a "Label: value" line ("Misuse: TBD" says nothing), else the whole sentence. */
function labelValue(text: string): string {
  // The value starts at its first non-blank character: `\s*(.*)` would give blanks to either side, quadratic on a long blank run.
  const m = /^[^:]{1,40}:\s*(\S.*)?$/.exec(text);
  return m && !/\d:\d/.test(text.slice(0, m.index + 45)) ? (m[1] ?? '') : text;
}

/** A sentence that names the approach: in an approach section, with a usage verb, or opening with it. */
function approachIn(doc: DocModel, sentence: Sentence): ApproachStatement | undefined {
  const families: ApproachFamily[] = [];
  let first: Match | undefined;
  for (const family of Object.keys(FAMILY) as ApproachFamily[]) {
    for (const m of stated(sentence, FAMILY[family])) {
      if (!families.includes(family)) families.push(family);
      if (!first || m.start < first.start) first = m;
    }
  }
  if (!first) return undefined;
  const label = /^([^:]{1,30}):\s*/.exec(sentence.text);
  const framed =
    APPROACH_TOPIC.test(ownTopic(doc, sentence.block)) || USAGE.test(sentence.text) || sentence.text.slice(0, first.index).split(/\s+/).filter((w) => /\w/.test(w)).length <= 2 ||
    (label !== null && (APPROACH_TOPIC.test(label[1].toLowerCase()) || first.index <= label[0].length + 3));
  return framed ? { match: first, families } : undefined;
}

/** The block's topic without the document title ("design an ai tutor > approach" → "approach"). */
export function ownTopic(doc: DocModel, block: Block): string {
  const title = titleBlock(doc);
  const name = title?.type === 'heading' ? title.text.trim().toLowerCase() : '';
  return name && block.topic.startsWith(name) ? block.topic.slice(name.length) : block.topic;
}

/**
 * Sentences near an approach statement that say why it wins: the whole section when it is
 * about the approach (its heading included), else the statement's paragraph and the two after it.
 * `rationale` holds the section's sentences that say why, in document order.
 */
function rationaleNear(doc: DocModel, statement: Sentence, rationale: Sentence[]): Sentence[] {
  const block = statement.block;
  const section = doc.sections[block.section];
  const found: Sentence[] = [];
  const inApproachSection = section.heading && APPROACH_TOPIC.test(section.title);
  if (inApproachSection && isRationale(section.title)) found.push(statement);
  for (const s of rationale) if (inApproachSection || (s.block.index >= block.index && s.block.index <= block.index + 2)) found.push(s);
  return found;
}
