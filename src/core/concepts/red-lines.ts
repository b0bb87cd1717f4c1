// Red lines: explicit statements that an outcome of the product's behaviour must never happen,
// is unacceptable or is blocked — listed under a red-line heading or lead-in, in a blocked-
// outputs table, or stated anywhere in prose. Also: their distinct outcomes, where the red-line
// section is, and the skeleton a fix inserts.
import { defineConcept, type OffsetEdit } from '../rule';
import type { Block, DocModel, Section, Sentence } from '../model';
import { InBlock, sourceOffset } from '../model';
import { memoizedIn } from '../memo';
import { afterTitle, heading, insertBlock, placeholder, sectionEnd, type Placeholder } from '../fixes';
import { blocksOf, chunkFacts, concatChunks, perChunk } from '../local';
import { clauseAround, isDeferredAt, isQuestion, matchesIn, NEGATIVE_TOPIC, PLACEHOLDER, splitSentences } from '../text';
import {
  compile,
  ESCAPE_VALVES,
  RED_LINE_FILLER,
  RED_LINE_HEADINGS,
  RED_LINE_LEAD_INS,
  RED_LINE_ITEM_OPENERS,
  RED_LINE_LIMITS,
  RED_LINE_MARKERS,
  RED_LINE_SCOPE,
  RED_LINE_SOFT_HEADINGS,
  RED_LINE_SOFT_MARKERS,
  RED_LINE_TARGET,
} from '../lexicon/red-lines';
import { cleanTitle, loneTitle, personasConcept, PROMPT, topicBelowTitle } from './personas';

const HEADING = compile(RED_LINE_HEADINGS);
const LEAD_IN = compile(RED_LINE_LEAD_INS);
const MARKER = compile(RED_LINE_MARKERS, 'gi');
const SOFT = compile(RED_LINE_SOFT_MARKERS, 'gi');
const ESCAPE = compile(ESCAPE_VALVES);
const FILLER = compile(RED_LINE_FILLER, 'gi');
const SOFT_HEADING = compile(RED_LINE_SOFT_HEADINGS);
const ITEM_OPENER = compile(RED_LINE_ITEM_OPENERS);
const SCOPE = compile(RED_LINE_SCOPE);
const TARGET = compile(RED_LINE_TARGET);
const LIMITS = compile(RED_LINE_LIMITS);
/** A sentence that talks about the red lines instead of stating one ("Those three are my red lines."). */
const META = /^\s*(?:these|those|this|that|the (?:following|above|below|rest)|everything (?:else|below|above)|(?:all|both|each|any) (?:of )?(?:these|those|the|four|three|two)|(?:two|three|four|five|six|\d+) (?:things|failures|failure modes|red lines|outcomes|rules))\b/i;
/** Sub-sections of a red-line section that say how the red lines are enforced, not what they are. */
const ENFORCEMENT = /\b(?:mitigations?|fallbacks?|escape|monitoring|detection|how we (?:detect|enforce|measure)|enforcement|response|runbook|rollback)\b/i;
/** Words that announce a list: "three things", "the following", "these". */
const COUNTED = /\b(?:things|following|below|these|list|two|three|four|five|six|\d+)\b/i;
/** Who a plain "never" describes when it is not the product: "the auditor never logs in". */
const PERSON_SUBJECT =
  /\b(?:i|he|she|they|you|someone|people|users?|customers?|clients?|students?|teachers?|parents?|admins?|agents?|nurses?|doctors?|patients?|staff|kids?|team|everyone|nobody|most|many|(?!(?:answers|orders|filters|layers|headers|servers|parameters|markers|numbers|letters|papers|containers|trackers|workers)\b)[a-z]{3,}(?:ers|ors|ists|ians|ants|ees|eers|ives))\s+(?:\w+\s+){0,2}(?:(?:in|at|on|from|of|across|with)\s+(?:[\w'-]+\s+){1,3})?$/i;
/** A negation right before a marker denies it ("there is no hard stop"); one further back describes the subject. */
const NEGATED_BEFORE = /\b(?:no|not|never|without|isn'?t|aren'?t|don'?t|doesn'?t|didn'?t|wasn'?t|nothing|nobody|neither|nor)\s+(?:[\w'-]+\s+){0,2}$/i;
/** The label the fixes give their placeholders. */
export const RED_LINE_PLACEHOLDER = 'red line';

export type RedLineSource = 'section' | 'lead-in' | 'table' | 'statement';

export interface RedLine {
  /** The statement (a list item, table row or clause). */
  text: string;
  start: number;
  end: number;
  block: Block;
  source: RedLineSource;
  /** Content words of the outcome, used to tell distinct outcomes apart. */
  key: string[];
}

export interface RedLines {
  /** Every red-line statement, in document order. */
  lines: RedLine[];
  /** One representative red line per distinct outcome. */
  outcomes: RedLine[];
  /** The first section whose heading announces red lines, even if it is empty. */
  section?: Section;
  /** Where the red lines live: the red-line section, the lead-in and its list, or the first red line's block. */
  home?: { start: number; end: number };
  /** Unfilled "[fill in: red line …]" placeholders. */
  placeholders: Placeholder[];
}

export const redLinesConcept = defineConcept<RedLines>('red-lines', (ctx) => {
  const { doc } = ctx;
  const personas = ctx.concept(personasConcept).regions;
  const inPersonas = (offset: number) => personas.some((r) => offset >= r.start && offset < r.end);
  const facts = redLineFacts(doc);
  // The chunks' hits with their blocks, kept per chunk across versions (local.ts's concatChunks): block indexes are read now.
  const blockOf = (c: number, i: number) => doc.blocks[doc.chunkFirstBlock[c] + i];
  const openers = concatChunks('red-lines:openers', facts, (f, c) => f.openers.map(([i, opener]) => [blockOf(c, i), opener] as const)).map(([b, opener]): [number, Opener] => [b.index, opener]);
  const hits = concatChunks('red-lines:hits', facts, (f, c) => f.lines.map(([i, specs, own]) => [blockOf(c, i), specs, own] as const));
  const open: Placeholder[] = concatChunks('red-lines:placeholders', facts, (f, c) => f.placeholders.map(([i, at, length, label]) => [blockOf(c, i), at, length, label] as const)).map(([b, at, length, label]) => ({ label, start: b.start + at, end: b.start + at + length }));
  const titled = facts.findIndex((f) => f.titled.length > 0);
  const section = titled < 0 ? undefined : doc.sections[doc.blocks[doc.chunkFirstBlock[titled] + facts[titled].titled[0]].section];
  const contexts = findContexts(doc, openers);
  // Blocks in the contexts of openers, and (per chunk) run-in openers' own red lines and
  // statements made anywhere else, merged in document order. A run-in opener is always its
  // own context (findContexts), whatever run it also falls in.
  const inContext = [...contexts.keys()].filter((index) => !isRunIn(doc, facts, index)).sort((a, b) => a - b);
  const lines: RedLine[] = [];
  const add = (block: Block, specs: LineSpec[]) => {
    for (const l of specs) lines.push(toRedLine(block, l));
  };
  let next = 0;
  for (const [block, specs, own] of hits) {
    const index = block.index;
    for (; next < inContext.length && inContext[next] < index; next++) addFromContext(doc, doc.blocks[inContext[next]], contexts, add);
    if (own) add(block, specs);
    else if (!contexts.has(index) && !inPersonas(block.start)) add(block, specs);
  }
  for (; next < inContext.length; next++) addFromContext(doc, doc.blocks[inContext[next]], contexts, add);
  return { lines, outcomes: distinct(lines), section, home: findHome(doc, facts, lines, section, contexts), placeholders: open };
});

/** What one chunk says about red lines; indexes are positions in the chunk's blocks. */
interface RedLineFacts {
  /** Headings (outside block quotes) with a red-line title. */
  titled: number[];
  /** Blocks that may open a red-line context for other blocks, and how. */
  openers: [number, Opener][];
  /** Run-in openers ("**Red lines:** never diagnose."), each its own context. */
  runIns: number[];
  /**
   * Red lines of run-in openers (own: true), and those a block would state outside any context
   * (prose with a marker, a product that "never" does something), in order.
   */
  lines: [number, LineSpec[], boolean][];
  /** Red-line placeholders: [block, offset in the block's source, length, label]. */
  placeholders: [number, number, number, string][];
}

/** The branches of findContexts, decided from the block alone ('announces' still needs the next block to be a deeper list item). */
type Opener = 'heading' | 'soft-heading' | 'label' | 'run-in' | 'lead-in' | 'announces' | 'table';

/** Per-chunk red-line facts (see local.ts): after a keystroke only the edited chunk is read again. */
function redLineFacts(doc: DocModel): readonly RedLineFacts[] {
  return perChunk(doc, 'red-lines', (c): RedLineFacts => {
    const facts: RedLineFacts = { titled: [], openers: [], runIns: [], lines: [], placeholders: [] };
    const pattern = new RegExp(PLACEHOLDER.source, 'gi');
    blocksOf(doc, c).forEach((block, i) => {
      if (block.type === 'heading' && !block.quoted && isRedLineTitle(block.text)) facts.titled.push(i);
      const opener = openerOf(doc, block);
      // A run-in without a colon introduces nothing after it: it is only its own context.
      if (opener && (opener !== 'run-in' || /:\s*$/.test(block.text))) facts.openers.push([i, opener]);
      if (opener === 'run-in') {
        facts.runIns.push(i);
        const specs = isLineBlock(doc, block) ? fromContext(doc, block, ownContext(block)) : [];
        if (specs.length > 0) facts.lines.push([i, specs, true]);
      } else if (isStatementBlock(doc, block)) {
        const specs = statementSpecsOf(doc, block, false);
        if (specs.length > 0) facts.lines.push([i, specs, false]);
      }
      if (!block.author) return;
      const raw = doc.text.slice(block.start, block.end);
      pattern.lastIndex = 0;
      for (let m = pattern.exec(raw); m; m = pattern.exec(raw)) {
        const label = m[0].replace(/^\[fill in:?\s*/i, '').replace(/\]$/, '');
        if (label.toLowerCase().startsWith(RED_LINE_PLACEHOLDER)) facts.placeholders.push([i, m.index, m[0].length, label]);
      }
    });
    return facts;
  });
}

/** A block whose red lines count: the author's prose or table row, not a heading, label or lead-in, not under a negative topic. */
function isLineBlock(doc: DocModel, block: Block): boolean {
  if (!block.author || block.type === 'heading' || block.isLabel || isLeadIn(block)) return false;
  return !NEGATIVE_TOPIC.test(topicBelowTitle(doc, block.topic));
}

/** Outside a context: a sentence with a normative marker, or a product (not a person) that "never" does something. */
function isStatementBlock(doc: DocModel, block: Block): boolean {
  return (block.type === 'paragraph' || block.type === 'table-row') && isLineBlock(doc, block);
}

/** How a block opens a red-line context, if it does (the block-local part of findContexts). */
function openerOf(doc: DocModel, b: Block): Opener | undefined {
  if (b.type !== 'heading' && b.type !== 'paragraph' && b.type !== 'table-header') return undefined;
  if (!b.author || NEGATIVE_TOPIC.test(topicBelowTitle(doc, b.topic).replace(/ > [^>]*$/, ''))) return undefined;
  if (b.type === 'heading' && isRedLineTitle(b.text)) return 'heading';
  if (b.type === 'heading' && isSoftTitle(b.text)) return 'soft-heading';
  if (b.type === 'paragraph' && b.isLabel && (isRedLineTitle(b.text) || isSoftTitle(b.text))) return 'label';
  if (b.type === 'paragraph' && b.runIn && isRedLineTitle(b.runIn)) return 'run-in';
  if (isLeadIn(b)) return 'lead-in';
  if (announcesCount(doc, b)) return 'announces';
  if (b.type === 'table-header' && b.cells.some((c) => isRedLineTitle(c))) return 'table';
  return undefined;
}

export function isRedLineTitle(text: string): boolean {
  const title = cleanTitle(text);
  return HEADING.test(title) && !NEGATIVE_TOPIC.test(title);
}

/** "The product must never:", "Red lines (what must not happen):" — announces the list after it. */
function isLeadIn(block: Block): boolean {
  return block.type === 'paragraph' && /:\s*$/.test(block.text) && (LEAD_IN.test(block.text) || isRedLineTitle(block.text)) && !SCOPE.test(block.text);
}

/** "Three things it must never do." right above a list announces that list, even without a colon. */
function announcesList(block: Block, next: Block | undefined): boolean {
  return !!next && next.listDepth > block.listDepth && next.type === 'paragraph';
}

/** The block's own part of announcesList: a paragraph whose last sentence counts red lines. */
function announcesCount(doc: DocModel, block: Block): boolean {
  if (block.type !== 'paragraph') return false;
  // The model already split the author's prose (labels aside) into these sentences.
  const sentences = block.author && !block.isLabel ? sentencesOf(doc, block) : splitSentences(block.text);
  const last = sentences.length > 0 ? sentences[sentences.length - 1].text : '';
  return isRedLineTitle(last) && COUNTED.test(last) && !SCOPE.test(last);
}

function isSoftTitle(text: string): boolean {
  const title = cleanTitle(text);
  return SOFT_HEADING.test(title) && !NEGATIVE_TOPIC.test(title);
}

interface Context {
  source: RedLineSource;
  /** The heading, label or lead-in that opened the context. */
  opener: Block;
  /** List depth of the items that count (deeper items are details of an item). */
  depth: number;
  /** Guardrails-style section: only items phrased as red lines count. */
  soft?: boolean;
}

/**
 * Blocks that stand under a red-line heading, label or lead-in, or in a blocked-outputs table:
 * the openers found per chunk, replayed in document order over the blocks they open.
 */
function findContexts(doc: DocModel, openers: [number, Opener][]): Map<number, Context> {
  const contexts = new Map<number, Context>();
  const blocks = doc.blocks;
  const enforcement = new Map<number, boolean>();
  const enforces = (section: number) => {
    let known = enforcement.get(section);
    if (known === undefined) enforcement.set(section, (known = ENFORCEMENT.test(doc.sections[section].title)));
    return known;
  };
  for (const [i, opener] of openers) {
    const b = blocks[i];
    if (opener === 'heading') {
      const end = sectionEnd(doc, doc.sections[b.section]);
      // Sub-sections on how the red lines are enforced or detected are not more red lines.
      markRun(blocks, i + 1, (x) => x.start < end, { source: 'section', opener: b, depth: 0 }, contexts);
      for (let j = i + 1; j < blocks.length && blocks[j].start < end; j++) if (enforces(blocks[j].section)) contexts.delete(blocks[j].index);
    } else if (opener === 'soft-heading') {
      const end = sectionEnd(doc, doc.sections[b.section]);
      markRun(blocks, i + 1, (x) => x.start < end, { source: 'section', opener: b, depth: 0, soft: true }, contexts);
    } else if (opener === 'label') {
      const soft = !isRedLineTitle(b.text);
      markRun(blocks, i + 1, (x) => x.type !== 'heading' && !x.isLabel && !(x.runIn && x.listDepth === 0), { source: 'section', opener: b, depth: 0, soft }, contexts);
    } else if (opener === 'run-in') {
      // "**Red lines:** never diagnose; never prescribe." — the paragraph itself, and a list it introduces.
      contexts.set(b.index, ownContext(b));
      if (/:\s*$/.test(b.text)) markRun(blocks, i + 1, (x) => x.listDepth > b.listDepth, { source: 'lead-in', opener: b, depth: b.listDepth + 1 }, contexts);
    } else if (opener === 'lead-in' || (opener === 'announces' && announcesList(b, blocks[i + 1]))) {
      markRun(blocks, i + 1, (x) => x.listDepth > b.listDepth, { source: 'lead-in', opener: b, depth: b.listDepth + 1 }, contexts);
    } else if (opener === 'table') {
      markRun(blocks, i + 1, (x) => x.type === 'table-row', { source: 'table', opener: b, depth: 0 }, contexts);
    }
  }
  return contexts;
}

/** The context of a run-in opener: itself, with the items of a list it introduces. */
function ownContext(b: Block): Context {
  return { source: 'section', opener: b, depth: b.listDepth + 1 };
}

/** Whether the block at `index` is a run-in opener (found per chunk; their lists are sorted). */
function isRunIn(doc: DocModel, facts: readonly RedLineFacts[], index: number): boolean {
  const c = doc.blocks[index].chunk;
  const runIns = facts[c].runIns;
  const local = index - doc.chunkFirstBlock[c];
  let lo = 0;
  let hi = runIns.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runIns[mid] < local) lo = mid + 1;
    else hi = mid;
  }
  return runIns[lo] === local;
}

function markRun(blocks: Block[], from: number, inside: (b: Block) => boolean, context: Context, into: Map<number, Context>): void {
  let end = from;
  let depth = Infinity;
  for (; end < blocks.length && inside(blocks[end]); end++) if (blocks[end].listDepth > 0) depth = Math.min(depth, blocks[end].listDepth);
  // One context object for the run: findHome tells runs apart by their opener.
  const run = { ...context, depth: context.depth || (Number.isFinite(depth) ? depth : 1) };
  for (let i = from; i < end; i++) if (!into.has(blocks[i].index)) into.set(blocks[i].index, run);
}

/** A block's red lines in a context, and everything besides its text that they depend on. */
interface ContextLines {
  /**
   * The facts map of the block's chunk (local.ts) when they were found: the same map means the
   * same headings above the chunk and title, so the same topic (a topic string is built anew
   * per version, and comparing it for every block in a context cost more than the rest).
   */
  facts: Map<string, unknown>;
  title: string | null;
  author: boolean;
  soft: boolean;
  source: RedLineSource;
  depth: number;
  specs: LineSpec[];
}

const FROM_CONTEXT = {};

/**
 * The red lines of a block in a context, kept in the block's memo (see memo.ts) while its
 * heading, the title and its context are the same: compared field by field, as this runs
 * for every block in a context on every keystroke.
 */
function addFromContext(doc: DocModel, block: Block, contexts: Map<number, Context>, add: (block: Block, specs: LineSpec[]) => void): void {
  // Never a red line in any context (fromContext reads only prose and table rows of the author's).
  if (!block.author || block.isLabel || (block.type !== 'paragraph' && block.type !== 'table-row')) return;
  const context = contexts.get(block.index)!;
  const title = loneTitle(doc);
  const soft = context.soft === true;
  const facts = chunkFacts(doc, block.chunk);
  let known = block.memo.get(FROM_CONTEXT) as ContextLines | undefined;
  if (!known || known.facts !== facts || known.title !== title || known.author !== block.author || known.soft !== soft || known.source !== context.source || known.depth !== context.depth) {
    const specs = isLineBlock(doc, block) ? fromContext(doc, block, context) : [];
    block.memo.set(FROM_CONTEXT, (known = { facts, title, author: block.author, soft, source: context.source, depth: context.depth, specs }));
  }
  add(block, known.specs);
}

/** Under a red-line heading or lead-in: each item or row is one red line; prose needs a marker. */
function fromContext(doc: DocModel, block: Block, context: Context): LineSpec[] {
  if (block.type === 'table-row') {
    const first = block.cells.find((c) => c.trim()) ?? '';
    return isOutcome(first, 0) ? [spec(0, block.text.length, first, 'table')] : [];
  }
  if (block.type !== 'paragraph') return [];
  if (block.listDepth > 0) {
    if (block.listDepth !== context.depth) return context.soft ? statementSpecsOf(doc, block, false) : [];
    const first = splitSentences(block.text)[0];
    if (!first || !isOutcome(first.text, 0) || (isEscapeValve(first.text) && !hasMarker(first.text))) return [];
    if (context.soft && (!(ITEM_OPENER.test(first.text) || hasMarker(first.text)) || SCOPE.test(first.text))) return statementSpecsOf(doc, block, false);
    // "Never send X, and never change Y": one item, two outcomes.
    const limit = sourceOffset(block, first.end, true);
    const split = statementSpecsOf(doc, block, false).filter((l) => sourceOffset(block, l.to, true) <= limit);
    if (split.length >= 2) return split.map((l) => ({ ...l, source: context.source }));
    return [spec(first.start, first.end, first.text, context.source)];
  }
  return statementSpecsOf(doc, block, !context.soft);
}

/** A red line found in a block's text, by offsets in block.text: what is kept across versions. */
interface LineSpec {
  from: number;
  to: number;
  text: string;
  source: RedLineSource;
  key: string[];
}

function spec(from: number, to: number, text: string, source: RedLineSource): LineSpec {
  return { from, to, text, source, key: outcomeKey(text) };
}

const STATEMENTS = { soft: {}, strict: {} };

/** The block's red-line statements, read once per block text and heading (see memo.ts). */
function statementSpecsOf(doc: DocModel, block: Block, soft: boolean): LineSpec[] {
  return memoizedIn(block.memo, soft ? STATEMENTS.soft : STATEMENTS.strict, block.topic, () => statementSpecs(doc, block, soft));
}

/**
 * The red line a spec of `block` stands for. Specs are kept in the block's memo, and the red
 * line reads its offsets through the block (its chunk's start), so one object serves every
 * version while the block lives.
 */
function toRedLine(block: Block, l: LineSpec): RedLine {
  let line = RED_LINES.get(l);
  if (!line || line.block !== block) RED_LINES.set(l, (line = new RedLineInBlock(block, l, sourceOffset(block, l.from) - block.base, sourceOffset(block, l.to, true) - block.base)));
  return line;
}

const RED_LINES = new WeakMap<LineSpec, RedLineInBlock>();

class RedLineInBlock extends InBlock implements RedLine {
  readonly text: string;
  readonly source: RedLineSource;
  readonly key: string[];

  constructor(block: Block, spec: LineSpec, from: number, to: number) {
    super(block, from, to);
    this.text = spec.text;
    this.source = spec.source;
    this.key = spec.key;
  }
}

function statementSpecs(doc: DocModel, block: Block, soft: boolean): LineSpec[] {
  const found: LineSpec[] = [];
  // A sentence that announces red lines ("my red lines are: …") makes the rest of its paragraph a red-line list.
  let announcedAt = soft ? 0 : Infinity;
  const dataHandling = describesDataHandling(block);
  for (const sentence of sentencesOf(doc, block)) {
    if (isQuestion(sentence.text)) continue;
    const announce = announcedAt === Infinity ? announcement(sentence.text) : null;
    const from = announce ? announce.index + announce[0].length : announcedAt === Infinity ? Infinity : 0;
    if (announce) announcedAt = 0;
    const starts = new Set<number>();
    for (const pattern of [MARKER, SOFT]) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(sentence.text); m; m = pattern.exec(sentence.text)) if (pattern === MARKER || m.index >= from) starts.add(m.index);
    }
    if (!dataHandling) for (const at of plainNevers(sentence.text)) starts.add(at);
    // "It must never: reveal balances; give tax advice; promise refunds." — one outcome per item.
    const inline = INLINE_LIST.exec(sentence.text);
    if (inline) {
      found.push(...inlineItems(sentence, inline.index + inline[0].length));
      for (const at of [...starts]) if (at >= inline.index) starts.delete(at);
    }
    let lastClause = -1;
    for (const at of [...starts].sort((a, b) => a - b)) {
      const clause = outcomeClause(sentence.text, at);
      if (clause.start <= lastClause || META.test(clause.text)) continue;
      if (!isStatedAt(sentence.text, at, clause.start) || !isOutcome(clause.text, at - clause.start) || isEscapeValve(clause.text)) continue;
      // "<outcome> — not acceptable": the marker judges the whole phrase before the dash, not a person in it.
      if ((!/^[—–:]/.test(sentence.text.slice(at)) && peopleAct(sentence.text, at)) || TARGET.test(clause.text) || LIMITS.test(clause.text) || SCOPE.test(clause.text.replace(/\byet\b|\b(?:in|for) (?:v1|now|launch)\b/gi, ''))) continue;
      lastClause = clause.start;
      found.push(spec(sentence.offsetInBlock + clause.start, sentence.offsetInBlock + clause.end, clause.text, 'statement'));
    }
  }
  return found;
}

/**
 * "For me the red lines are: …", "I'd open with what it can't get wrong." — a red-line phrase that
 * ends the sentence or precedes a colon, and is not itself denied ("we have no red lines yet").
 */
function announcement(text: string): RegExpExecArray | null {
  const m = HEADING.exec(text);
  if (!m) return null;
  const after = text.slice(m.index + m[0].length);
  if (!/^[^.;:]{0,40}:|^[\s)*_"”']*(?:[.!]\s*)?$/.test(after)) return null;
  const clause = clauseAround(text, m.index);
  if (NEGATED_BEFORE.test(text.slice(clause.start, m.index)) || isDeferredAt(text, m.index)) return null;
  return m;
}

const INLINE_LIST = /\b(?:must|shall|should|will|can|may)\s+(?:never|not)(?:\s+ever)?\s*:\s*/i;

function inlineItems(sentence: Sentence, from: number): LineSpec[] {
  const rest = sentence.text.slice(from);
  const separator = rest.includes(';') ? /(?<!\s)\s*;\s*(?:and\s+|or\s+)?/g : /(?<!\s)\s*,\s*(?:and\s+|or\s+)?|(?<!\s)\s+(?:and|or)\s+(?=\w+\s)/g;
  const items: LineSpec[] = [];
  let start = 0;
  for (const m of [...matchesIn(separator, rest), { index: rest.length, 0: '' } as RegExpMatchArray]) {
    const text = rest.slice(start, m.index).replace(/[.!]\s*$/, '').trim();
    const at = from + start + (rest.slice(start).length - rest.slice(start).trimStart().length);
    if (text.split(/\s+/).length >= 2 && isOutcome(text, 0) && !isEscapeValve(text)) {
      items.push(spec(sentence.offsetInBlock + at, sentence.offsetInBlock + at + text.length, text, 'statement'));
    }
    start = (m.index ?? rest.length) + m[0].length;
  }
  return items;
}

const SENTENCES = new WeakMap<Sentence[], Map<Block, Sentence[]>>();

/** The sentences of one block (its chunk's sentences indexed once per version). */
function sentencesOf(doc: DocModel, block: Block): Sentence[] {
  const inChunk = doc.chunkSentences[block.chunk];
  let byBlock = SENTENCES.get(inChunk);
  if (!byBlock) {
    byBlock = new Map();
    for (const s of inChunk) {
      const list = byBlock.get(s.block);
      if (list) list.push(s);
      else byBlock.set(s.block, [s]);
    }
    SENTENCES.set(inChunk, byBlock);
  }
  return byBlock.get(block) ?? [];
}

/** A privacy or data-handling section: there a plain "we never log X" describes a practice (a privacy boundary), not an outcome rule. */
const DATA_HANDLING = /\b(?:privacy|data(?: handling| retention| protection| boundar\w+| storage)?|retention|logging|logs|storage|security|pii|gdpr|hipaa)\b/i;

function describesDataHandling(block: Block): boolean {
  return DATA_HANDLING.test(block.topic.split(' > ').pop() ?? '');
}

const NEVER_VERB = /\bnever\s+([a-z][\w-]*)/gi;

/** "Never" without a modal: the product never does it ("It never sends"), or an imperative ("Never invent a reading"). */
function plainNevers(text: string): number[] {
  const found: number[] = [];
  for (const m of matchesIn(NEVER_VERB, text)) {
    const at = m.index ?? 0;
    const before = text.slice(0, at);
    const verb = m[1].toLowerCase();
    if (/\b(?:must|shall|should|may|can|will|is to|are to)\s+$/i.test(before)) continue; // a marker already
    if (/(?:ed|en)$/.test(verb) && !/^(?:happen|open|listen|threaten|weaken|shorten|soften|loosen)$/.test(verb)) continue; // past: a story, not a rule
    if (/^(?:been|had|got|seen|did|was|were|thought|knew|heard|told|met|made)$/.test(verb)) continue;
    const imperative = /^\s*$/.test(before) && !/[^s]s$/.test(verb);
    if (imperative) {
      found.push(at);
      continue;
    }
    const clause = clauseAround(text, at);
    // An empty subject continues a list of rules ("…; never shame a student").
    const subject = text.slice(clause.start, at);
    if (PERSON_SUBJECT.test(subject)) continue;
    found.push(at);
  }
  return found;
}

/**
 * "Recruiters must not rely on the score alone" tells people what to do; "users must never see
 * another tenant's data" is an outcome. A person subject counts only with what happens to them.
 */
function peopleAct(text: string, at: number): boolean {
  const clause = clauseAround(text, at);
  if (!PERSON_SUBJECT.test(text.slice(clause.start, at))) return false;
  const verb = /^\S+\s+(?:\S+\s+)?(?:ever\s+)?([a-z']+)/i.exec(text.slice(at))?.[1]?.toLowerCase() ?? '';
  return !/^(?:be|see|receive|get|lose|hear|find|wait|pay|end|face|learn|read)$/.test(verb);
}

const CLAUSE_OPENER = /[;:—–]|,\s*(?:and|or|but)\s+(?=(?:it|they|we|the\s+\w+)\s|never\b)|,\s*(?=never\b)/g;

/** The clause an outcome marker governs: up to the next ";" or ", and <another marker>". */
function outcomeClause(text: string, at: number): { text: string; start: number; end: number } {
  let start = 0;
  for (const m of matchesIn(CLAUSE_OPENER, text)) {
    if ((m.index ?? 0) + m[0].length > at) break;
    start = (m.index ?? 0) + m[0].length;
  }
  const rest = text.slice(at);
  const stop = /;|\s[—–]\s|,\s*(?:(?:and|or|but)\s+)?(?=never\b)|,\s*(?:and|or|but)\s+(?=(?:it|they|we|the\s+\w+)\s+(?:\w+\s+)?(?:must|should|can|will|never|cannot|can't|won't)\b)/.exec(rest);
  const end = stop ? at + stop.index : text.length;
  return { text: text.slice(start, end).trim(), start: start + (text.slice(start).length - text.slice(start).trimStart().length), end };
}

function isStatedAt(text: string, at: number, clauseStart: number): boolean {
  if (isDeferredAt(text, at) || insideQuotes(text, at)) return false;
  // The marker carries its own "never"/"not"; only a negation earlier in its clause denies it.
  const start = Math.max(clauseStart, clauseAround(text, at).start);
  return !NEGATED_BEFORE.test(text.slice(start, at));
}

function insideQuotes(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const straight = (before.match(/(?:^|[\s(])"|"(?=[\s.,;:)]|$)/g) ?? []).length;
  const curly = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  return straight % 2 === 1 || curly > 0;
}

/** Real content: not empty, not a placeholder or deferral, not a bare "none". */
function isOutcome(text: string, at: number): boolean {
  if (!/[a-z]{3,}/i.test(text) || isDeferredAt(text, Math.max(0, at)) || /\[fill in/i.test(text)) return false;
  if (/^\s*(?:none|nothing|n\/a|tbd|todo|\.\.\.|…)\b/i.test(text) || META.test(text)) return false;
  return outcomeKey(text).length > 0;
}

function hasMarker(text: string): boolean {
  MARKER.lastIndex = 0;
  return MARKER.test(text) || /\bnever\b/i.test(text);
}

/** Behaviour below a threshold, routing to a person, holding until resolved: a valve, not a red line. */
export function isEscapeValve(text: string): boolean {
  return ESCAPE.test(text);
}

/** Content words of an outcome, lightly stemmed: "Never sends invoices" → ["send", "invoice"]. */
export function outcomeKey(text: string): string[] {
  const words = text.toLowerCase().replace(/[’']s\b/g, '').replace(FILLER, ' ').match(/[\p{L}][\p{L}-]{2,}/gu) ?? [];
  return [...new Set(words.map(stem))];
}

function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('es') && !word.endsWith('ses')) return word.slice(0, -1).replace(/e$/, '');
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word.replace(/e$/, '');
}

/**
 * Two statements name the same outcome when most content words of the shorter one recur.
 * Items the author listed side by side are distinct unless they are near copies.
 */
export function sameOutcome(a: string[], b: string[], sideBySide = false): boolean {
  let shared = 0;
  for (const w of a) if (b.includes(w)) shared++;
  const smaller = Math.min(a.length, b.length);
  return smaller > 0 && shared >= Math.min(2, smaller) && shared / smaller >= (sideBySide ? 0.9 : 0.6);
}

const MAX_OUTCOMES = 100;

function distinct(lines: RedLine[]): RedLine[] {
  const kept: RedLine[] = [];
  // Side by side: statements in one block, or list items and rows of one section and source.
  const samePlace = (k: RedLine, l: RedLine) =>
    k.source === 'statement' ? l.source === 'statement' && k.block.index === l.block.index : k.source === l.source && k.block.section === l.block.section;
  for (const line of lines) {
    if (!kept.some((k) => sameOutcome(k.key, line.key, samePlace(k, line)))) kept.push(line);
    if (kept.length >= MAX_OUTCOMES) break; // enough for any minimum; keeps huge documents linear
  }
  return kept;
}

/** Where the red lines live, for a move: their section, their label or lead-in run, or the first one's block. */
function findHome(doc: DocModel, facts: readonly RedLineFacts[], lines: RedLine[], section: Section | undefined, contexts: Map<number, Context>): RedLines['home'] {
  // A run-in opener is its own context, whatever run it also falls in.
  const contextOf = (index: number) => (isRunIn(doc, facts, index) ? ownContext(doc.blocks[index]) : contexts.get(index));
  const first = lines[0];
  if (section?.heading && (!first || section.heading.start <= first.start || contextOf(first.block.index)?.opener === section.heading)) {
    return { start: section.heading.start, end: sectionEnd(doc, section) };
  }
  if (!first) return undefined;
  const context = contextOf(first.block.index);
  if (context?.opener.type === 'heading') {
    const s = doc.sections[context.opener.section];
    return { start: context.opener.start, end: sectionEnd(doc, s) };
  }
  if (context) {
    let end = context.opener.end;
    for (const [index, c] of contexts) if (c.opener === context.opener && !isRunIn(doc, facts, index)) end = Math.max(end, doc.blocks[index].end);
    return { start: context.opener.start, end };
  }
  // A red line stated in passing: its paragraph, or its list item (with the item's nested lines).
  let end = first.block.end;
  for (let i = first.block.index + 1; i < doc.blocks.length && doc.blocks[i].listDepth > first.block.listDepth; i++) end = doc.blocks[i].end;
  const start = first.block.listDepth > 0 ? doc.lines.starts[doc.lines.lineOf(first.block.start)] : first.block.start;
  return { start, end };
}

/**
 * Where a new red-line section goes: right after the title, or after the prompt line that opens
 * an interview answer ("Design prompt: …"), so the red lines come before everything else.
 */
export function redLinePlace(doc: DocModel): number {
  const at = afterTitle(doc);
  if (at !== doc.bodyStart) return at;
  const first = doc.blocks.find((b) => b.type !== 'html');
  if (!first || first.type !== 'paragraph' || first.listDepth > 0 || !(PROMPT.test(first.text) || first.quoted)) return at;
  // The prompt and the block quote that carries or follows it.
  let end = first.end;
  for (const b of doc.blocks.slice(first.index + 1)) {
    if (!b.quoted || (!first.quoted && b.index > first.index + 1)) break;
    end = b.end;
  }
  return end;
}

/** The red-line skeleton a fix inserts: heading, lead-in and numbered placeholders. */
export function redLineSkeleton(doc: DocModel, count: number, withHeading = true): string[] {
  const items = Array.from({ length: count }, (_, i) => `${i + 1}. ${placeholder(`${RED_LINE_PLACEHOLDER} ${i + 1}`)}`);
  const body = ['The product must never:', '', ...items];
  return withHeading ? [heading(doc, 'Red-line failures'), '', ...body] : body;
}

/**
 * Placeholders appended after the last red line, numbered `from`..`to`: list items in the
 * red lines' own list style, a table row, or a lead-in and list after a prose red line.
 */
export function appendRedLines(doc: DocModel, last: RedLine, from: number, to: number): OffsetEdit {
  const eol = doc.lines.eol;
  const labels = Array.from({ length: to - from + 1 }, (_, i) => placeholder(`${RED_LINE_PLACEHOLDER} ${from + i}`));
  const block = last.block;
  const lineStart = doc.lines.starts[doc.lines.lineOf(block.start)];
  const prefix = doc.text.slice(lineStart, block.start);
  if (block.type === 'table-row') {
    const at = doc.lines.lineEnd(doc.lines.lineOf(block.start));
    const pad = ' |'.repeat(Math.max(0, block.cells.length - 1));
    return { start: at, end: at, text: labels.map((l) => `${eol}| ${l} |${pad}`).join('') };
  }
  const item = /^(\s*(?:>\s*)*)(?:(\d+)([.)])|([-*+]))(\s+)$/.exec(prefix);
  if (block.listDepth > 0 && item) {
    let end = block;
    for (const b of doc.blocks.slice(block.index + 1)) {
      if (b.listDepth <= block.listDepth) break;
      end = b;
    }
    const at = doc.lines.lineEnd(doc.lines.lineOf(Math.max(end.start, end.end - 1)));
    const loose = /\r?\n[ \t>]*\r?\n[ \t>]*$/.test(doc.text.slice(0, lineStart)) && doc.blocks[block.index - 1]?.listDepth === block.listDepth;
    const [, indent, num, delim, bullet, gap] = item;
    const never = last.source === 'statement' ? 'Never ' : '';
    const lines = labels.map((l, i) => `${indent}${num ? `${Number(num) + i + 1}${delim}` : bullet}${gap}${never}${l}`);
    const sep = loose ? eol + eol : eol;
    return { start: at, end: at, text: lines.map((l) => sep + l).join('') };
  }
  return insertAfter(doc, block.end, ['It must also never:', '', ...labels.map((l) => `- ${l}`)]);
}

/**
 * Inserts a block after the text ending at `offset`: at the start of the next line with content,
 * so the blank lines already there separate the new block from what follows.
 */
export function insertAfter(doc: DocModel, offset: number, lines: string[]): OffsetEdit {
  const next = /\S/.exec(doc.text.slice(offset));
  if (!next || doc.lines.lineOf(offset + next.index) === doc.lines.lineOf(offset)) return insertBlock(doc, offset, lines);
  return insertBlock(doc, doc.lines.starts[doc.lines.lineOf(offset + next.index)], lines);
}

/** Moves a region of text, unchanged, to just before `to` (a line start); the gap it leaves is closed. */
export function moveBefore(doc: DocModel, region: { start: number; end: number }, to: number): OffsetEdit[] {
  const text = doc.text;
  const eol = doc.lines.eol;
  let start = region.start;
  let end = region.end;
  const trailing = /^\s*/.exec(text.slice(end))?.[0].length ?? 0;
  if (end + trailing < text.length) end += trailing;
  else while (start > 0 && /\s/.test(text[start - 1])) start--;
  return [
    { start: to, end: to, text: text.slice(region.start, region.end) + eol + eol },
    { start, end, text: '' },
  ];
}
