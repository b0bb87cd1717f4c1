// The acceptable rate of wrong outputs: a numeric ceiling on hallucinations, factual errors or
// (for a non-generative model) errors and false positives. Also the claim units (sentences
// and table rows, placeholders blanked) that the TLC concept reads the same way.
import { defineConcept } from '../rule';
import type { DocModel, Block } from '../model';
import { InBlock, sourceOffset } from '../model';
import { isNegatedAt, isDeferredAt, isQuestion, matchesIn, NEGATIVE_TOPIC, PLACEHOLDER } from '../text';
import { compile, ERROR_TERMS, SERVICE_FAULT_TERMS } from '../lexicon/tlc';
import { memoizedIn, type Memo } from '../memo';
import { concatChunks, perChunk, reuseAround } from '../local';

/** A sentence of prose, or a whole table row, that may state a target. */
export interface Unit {
  block: Block;
  /** The text with "[fill in: …]" placeholders blanked (same length). */
  text: string;
  /** Offset of text[0] inside block.text. */
  offset: number;
  /** Lower-cased label that frames the unit: heading path, bold label, run-in; for rows the first cell. */
  frame: string;
  /** For table rows: each cell's span inside text, and the header cells. */
  cells: { start: number; end: number }[];
  header: string[];
  /** The sentence's (or row's) memo: what is found in the unit's text survives edits elsewhere. */
  memo: Memo;
}

/** A fact about the unit, kept across versions while its text and frame are unchanged. */
export function unitFact<T>(unit: Unit, name: string, compute: () => T): T {
  return memoizedIn(unit.memo, name, unit.frame, compute);
}

export interface Span {
  start: number;
  end: number;
}

/** Blanks placeholders so their example text never counts as the author's content. */
export function blankPlaceholders(text: string): string {
  return text.replace(PLACEHOLDERS, (m) => ' '.repeat(m.length));
}

const PLACEHOLDERS = new RegExp(PLACEHOLDER.source, 'gi');

/**
 * A claim unit of one chunk, by position: what is kept with the chunk while its text and
 * context are unchanged. No Sentence or Block: the current ones are looked up when reading.
 */
interface UnitTemplate {
  /** Index in doc.chunkSentences[c] of the unit's sentence (a row: its first sentence). */
  sentence: number;
  row: boolean;
  text: string;
  offset: number;
  frame: string;
  cells: Span[];
  header: string[];
}

/**
 * What is kept for one chunk: its units and the facts about them, by name, under local.ts's
 * validity (headings and a label carried in, quote mode, titles) and, in the key, whether the
 * document is titled (topics are then read without the title).
 */
interface KeptUnits {
  templates: UnitTemplate[];
  facts: Map<string, unknown>;
  /**
   * The units, each made on first use: their sentence and block are the chunk's own objects,
   * which live (repositioned) as long as this does, so a unit serves every version.
   */
  units: Unit[];
}

/** The author's claim units, per chunk: facts about them are kept per chunk (chunkUnitFact). */
export interface ClaimUnits {
  doc: DocModel;
  /** Per chunk, what is kept for it. */
  chunks: readonly KeptUnits[];
}

/**
 * The claim units of every chunk, in document order: sentences and table rows outside
 * non-goals / open questions, no questions. A unit never crosses a chunk: it is a sentence
 * or one row, and a block lies in one chunk.
 */
export function claimUnits(doc: DocModel): ClaimUnits {
  const titled = doc.sections[1]?.depth === 1 && doc.sections.filter((s) => s.depth === 1).length === 1;
  const chunks = perChunk(doc, `${UNITS_KEY}:${titled}`, (c): KeptUnits => ({ templates: unitTemplates(doc, c, titled), facts: new Map(), units: [] }));
  return { doc, chunks };
}

const UNITS_KEY = 'claim-units';

function unitTemplates(doc: DocModel, c: number, titled: boolean): UnitTemplate[] {
  const templates: UnitTemplate[] = [];
  // The document title is not a topic: "Design question: …" is no Open-questions section.
  const negative = (block: Block) => NEGATIVE_TOPIC.test(titled ? block.topic.split(' > ').slice(1).join(' > ') : block.topic);
  let lastRow: Block | undefined;
  doc.chunkSentences[c].forEach((sentence, i) => {
    const block = sentence.block;
    if (block.type === 'table-header') return;
    if (block.type === 'table-row') {
      if (!block.author || negative(block) || block === lastRow) return;
      lastRow = block;
      templates.push({ sentence: i, row: true, text: blankPlaceholders(block.text), offset: 0, frame: `${block.topic} > ${block.cells[0] ?? ''}`.toLowerCase(), cells: cellSpans(block.text), header: block.header.map((h) => h.toLowerCase()) });
      return;
    }
    if (negative(block) || isQuestion(sentence.text)) return;
    templates.push({ sentence: i, row: false, text: blankPlaceholders(sentence.text), offset: sentence.offsetInBlock, frame: block.topic, cells: [], header: [] });
  });
  return templates;
}

/** Unit `i` of chunk `c` (made once, kept with the chunk). */
export function unitAt(units: ClaimUnits, c: number, i: number): Unit {
  const made = units.chunks[c].units;
  let unit = made[i];
  if (!unit) {
    const t = units.chunks[c].templates[i];
    const sentence = units.doc.chunkSentences[c][t.sentence];
    const block = sentence.block;
    made[i] = unit = { block, text: t.text, offset: t.offset, frame: t.frame, cells: t.cells, header: t.header, memo: t.row ? block.memo : sentence.memo };
  }
  return unit;
}

/** The units of chunk `c` in this version. */
export function unitsOf(units: ClaimUnits, c: number): Unit[] {
  return units.chunks[c].templates.map((_, i) => unitAt(units, c, i));
}

/**
 * `compute(units of chunk c, c)`, kept with the chunk while its units are unchanged (it may
 * also read the chunk's blocks, local.ts's blocksOf). The result must hold no Unit, Block or
 * offset in the document: indexes into the chunk's units or blocks instead.
 */
export function chunkUnitFact<R>(units: ClaimUnits, c: number, name: string, compute: (chunkUnits: Unit[], c: number, doc: DocModel) => R): R {
  const facts = units.chunks[c].facts;
  let value = facts.get(name) as R | undefined;
  if (value === undefined && !facts.has(name)) facts.set(name, (value = compute(unitsOf(units, c), c, units.doc)));
  return value as R;
}

/** The units for which `pick` gives a value, with it, in document order; decided per chunk. */
export function unitFacts<T>(units: ClaimUnits, name: string, pick: (unit: Unit) => T | undefined): readonly { unit: Unit; fact: T }[] {
  const hits = chunkUnitFacts(units, name, (chunkUnits) => {
    const found: [number, T][] = [];
    chunkUnits.forEach((unit, i) => {
      const fact = pick(unit);
      if (fact !== undefined) found.push([i, fact]);
    });
    return found;
  });
  return concatChunks(`unit-facts:${name}`, hits, (found, c) => found.map(([i, fact]) => ({ unit: unitAt(units, c, i), fact })));
}

/** chunkUnitFact for every chunk, in document order (the unchanged chunks' results taken over from the last call, local.ts). */
export function chunkUnitFacts<R>(units: ClaimUnits, name: string, compute: (chunkUnits: Unit[], c: number, doc: DocModel) => R): readonly R[] {
  return reuseAround(`unit-fact\u0000${name}`, units.chunks, (c) => chunkUnitFact(units, c, name, compute));
}

function cellSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = text.indexOf(' | '); i >= 0; i = text.indexOf(' | ', i + 3)) {
    spans.push({ start, end: i });
    start = i + 3;
  }
  spans.push({ start, end: text.length });
  return spans;
}

/** Index of the cell holding `index` (rows), or -1. */
export function cellAt(unit: Unit, index: number): number {
  return unit.cells.findIndex((c) => index >= c.start && index <= c.end);
}

/** The part of the unit a claim at `index` is read in: its cell, or its ';'-separated piece. */
export function pieceAround(unit: Unit, index: number): Span {
  if (unit.cells.length) return unit.cells[Math.max(0, cellAt(unit, index))];
  let start = 0;
  let end = unit.text.length;
  for (let at = unit.text.indexOf(';'); at >= 0; at = unit.text.indexOf(';', at + 1)) {
    if (at < index) start = at + 1;
    else {
      end = at;
      break;
    }
  }
  return { start, end };
}

/** Comparators that start with a negation word but state a bound ("no more than"). */
const BOUND_PHRASES = /\b(?:no|not)\s+(?:more|longer|slower|later|greater|higher|worse|less|fewer|lower)\s+than\b|\bnot\s+(?:to\s+)?exceed\b|\bno\s+(?:higher|worse)\b|\bnever\s+(?:wait|waits|take|takes|exceed|exceeds)\b|\b(?:not|n't|never|cannot)\s+(?:tolerate|accept|allow)\w*\s+(?:more|higher|worse)\s+than\b/gi;

/**
 * A bracketed aside of five or more words that explains rather than defers ("(the clerk reads it
 * later, so this is loose)"): its "later" is no deferral of the target before it. A short "(TBD)"
 * or an aside that says "to be confirmed" still defers.
 */
const ASIDE = /\((?![^()]{0,200}?\b(?:tbd|tbc|todo|to be (?:decided|defined|determined|confirmed|agreed)|not (?:yet )?(?:decided|defined)|out of scope)\b)(?=(?:[^()\s]+\s+){4})[^()]{1,200}\)/gi;

let lastBounds = { text: '', masked: '' };

/** `text` with its bound phrases masked: the same for every claim in a unit, so kept for the last unit's text. */
function boundsMasked(text: string): string {
  if (lastBounds.text !== text) lastBounds = { text, masked: text.replace(BOUND_PHRASES, (m) => '~'.repeat(m.length)) };
  return lastBounds.masked;
}

/** Whether the unit asserts what stands at `index`: not negated, deferred, or an empty cell. */
export function assertedAt(unit: Unit, index: number, options: { negation?: boolean } = {}): boolean {
  const bounded = boundsMasked(unit.text);
  // An aside opens with "(": without one the second pass would change nothing.
  const masked = bounded.includes('(') ? bounded.replace(ASIDE, (m, open: number) => (index > open && index < open + m.length ? m : ' '.repeat(m.length))) : bounded;
  if (unit.cells.length) {
    const cell = unit.cells[Math.max(0, cellAt(unit, index))];
    const text = masked.slice(cell.start, cell.end);
    if (!text.trim() || isDeferredAt(text, Math.max(0, index - cell.start))) return false;
    return options.negation === false || !isNegatedAt(text, Math.max(0, index - cell.start));
  }
  if (isDeferredAt(masked, index)) return false;
  return options.negation === false || !isNegatedAt(masked, index);
}

/** Source offsets of text[start, end) of a unit. */
export function spanOf(unit: Unit, start: number, end: number): Span {
  return { start: sourceOffset(unit.block, unit.offset + start), end: sourceOffset(unit.block, unit.offset + end, true) };
}

/** The whole unit's source span (score evidence). */
export function unitSpan(unit: Unit): Span {
  return spanOf(unit, 0, unit.text.trimEnd().length);
}

/**
 * spanOf's span, with offsets read through the unit's block (its chunk's start): it stays right
 * in later versions while the unit lives, so walks over kept facts can hand it out again.
 */
export function spanInChunk(unit: Unit, start: number, end: number): Span {
  const span = spanOf(unit, start, end);
  return new InBlock(unit.block, span.start - unit.block.base, span.end - unit.block.base);
}

/** unitSpan as a spanInChunk. */
export function unitSpanInChunk(unit: Unit): Span {
  return spanInChunk(unit, 0, unit.text.trimEnd().length);
}

/** A rate or count of outputs: "2%", "0.5", "1 in 300", "≤ 1 per 50", "zero", "0". */
export const PROPORTION =
  /\b\d+(?:[.,]\d+)?\s*(?:%|‰|percent\b)|\b\d[\d,]*\s+(?:[\w-]+\s+){1,3}(?:in|per|out of)\s+(?:every\s+)?\d[\d,]*k?\b|\b\d[\d,]*\s+(?:in|per|out of)\s+(?:every\s+)?\d[\d,]*k?\b|\b\d+(?:\.\d+)?\s*\/\s*\d+\b|(?<![\d.])0?\.\d+\b|\b(?:zero|none)\b|(?<![\w.,])0(?![\w,%]|\.\d)/gi;

/** A ceiling just before a number ("≤", "under", "at most", "must be"). */
const CEILING_BEFORE = /(?:[≤<]|=<|\b(?:under|below|at most|no more than|not more than|less than|fewer than|lower than|max(?:imum)?|up to|ceiling(?: of)?|cap(?:ped)? at|budget(?: of)?|must (?:stay |be |remain )?(?:at|below|under)?|should (?:stay |be |remain )?(?:at|below|under)?|must be|should be|target(?:ed)?|tolerat\w*|allow\w*)\b)[^\d]{0,12}$/i;
/** A lower bound that still sets a ceiling when it triggers an alert or rollback. */
const ALERT_BEFORE = /(?:[>≥]|\b(?:above|over|more than|exceeds?|greater than|higher than)\b)[^\d]{0,12}$/i;
const ALERT_CONTEXT = /\b(?:alert|page[sd]?|pager|paging|roll(?:s|ed)?[- ]?back|block|stop|halt|pause|fail)\w*/i;
/** "label: value" between a metric and its number, or a target word. */
const LABEL_JOIN = /^[^.;]{0,40}?(?::|=|—|–|\btarget\b|\bgoal\b|\bbudget\b|\bceiling\b|\bgate\b)[^.;]{0,40}$/i;
const BASELINE_HEADER = /\b(?:today|current|baseline|actual|measured|now|before|last)\b/i;

export interface RateClaim {
  unit: Unit;
  /** Offsets in unit.text of the metric term and its number. */
  term: Span;
  value: Span;
}

/** Finds numeric ceilings on `terms` in the units: a metric and a number that bounds it. */
export function findCeilings(units: ClaimUnits, terms: RegExp, exclude?: RegExp): RateClaim[] {
  const global = new RegExp(terms.source, 'gi');
  const name = `ceiling:${searchId(terms)}:${exclude ? searchId(exclude) : ''}`;
  const hits = unitFacts(units, name, (unit) => unitFact(unit, name, () => ceilingIn(unit, global, exclude)) ?? undefined);
  return hits.map(({ unit, fact }) => ({ unit, term: fact.term, value: fact.value }));
}

/** The first asserted metric term of the unit with a ceiling near it. */
function ceilingIn(unit: Unit, global: RegExp, exclude?: RegExp): { term: Span; value: Span } | null {
  if (!/\d|\bzero\b|\bnone\b/i.test(unit.text)) return null; // a ceiling needs a number
  for (const m of matchesIn(global, unit.text)) {
    const term = { start: m.index!, end: m.index! + m[0].length };
    if (!assertedAt(unit, term.start)) continue;
    const value = ceilingNear(unit, term, exclude);
    if (value) return { term, value };
  }
  return null;
}

const SEARCH_IDS = new WeakMap<RegExp, number>();

/** A short, stable name for a pattern in memo keys (its source can be kilobytes long). */
function searchId(pattern: RegExp): number {
  let id = SEARCH_IDS.get(pattern);
  if (id === undefined) SEARCH_IDS.set(pattern, (id = nextSearchId++));
  return id;
}

let nextSearchId = 0;

function ceilingNear(unit: Unit, term: Span, exclude?: RegExp): Span | undefined {
  const rows = unit.cells.length > 0;
  // In a row the metric names the row (any cell); in prose the number sits in the same piece, close by.
  const scope = rows ? { start: 0, end: unit.text.length } : pieceAround(unit, term.start);
  const text = unit.text;
  if (exclude && exclude.test(text.slice(scope.start, scope.end))) return undefined;
  const values = matchesIn(PROPORTION, text.slice(scope.start, scope.end));
  // Prose: the number closest to the metric first (one after it counts a little nearer).
  const distance = (q: RegExpMatchArray) => {
    const start = scope.start + q.index!;
    return start >= term.end ? start - term.end : (term.start - start - q[0].length) * 3;
  };
  if (!rows) values.sort((a, b) => distance(a) - distance(b));
  for (const q of values) {
    const start = scope.start + q.index!;
    const value = { start, end: start + q[0].length };
    if (!rows && Math.min(Math.abs(value.start - term.end), Math.abs(term.start - value.end)) > 90) continue;
    if (!assertedAt(unit, value.start, { negation: false })) continue;
    if (/^\d+\s*\/\s*\d+$/.test(q[0]) && /\d{4}/.test(q[0])) continue; // a date, not a fraction
    if (isCeiling(unit, term, value)) return value;
  }
  return undefined;
}

function isCeiling(unit: Unit, term: Span, value: Span): boolean {
  const text = unit.text;
  const before = text.slice(Math.max(0, value.start - 30), value.start);
  // "zero wrong-fee answers in the set" is a measurable ceiling; "zero tolerance" is a red line.
  if (/^(?:zero|none|0)$/i.test(text.slice(value.start, value.end))) return !/^[- ]tolerance\b/i.test(text.slice(value.end, value.end + 12));
  if (CEILING_BEFORE.test(before) || /(?:not|n't|never|cannot)\s+(?:tolerate|accept|allow)\w*\s+(?:more|higher|worse)\s+than\s*$/i.test(before)) return true;
  const piece = unit.cells.length ? text : text.slice(pieceAround(unit, value.start).start, pieceAround(unit, value.start).end);
  if (ALERT_BEFORE.test(before) && ALERT_CONTEXT.test(piece)) return true;
  if (unit.cells.length) {
    const cell = cellAt(unit, value.start);
    return cell > 0 && cell !== cellAt(unit, term.start) ? !BASELINE_HEADER.test(unit.header[cell] ?? '') : /[:≤<]/.test(before);
  }
  // "recall ≥ 85% at 1% FPR": an operating point names the error rate it allows.
  if (value.end <= term.start && /^\s*$/.test(text.slice(value.end, term.start)) && /\b(?:at|with)\s*$/i.test(before)) return true;
  // "Hallucination rate: 2%" — a label and its value; "was 9%" is a report, not a target.
  return value.start > term.end && LABEL_JOIN.test(text.slice(term.end, value.start));
}

const ERRORS = compile(ERROR_TERMS);
const SERVICE_FAULTS = compile(SERVICE_FAULT_TERMS);

export interface ErrorRate {
  /** Statements that set an acceptable rate of wrong outputs. */
  ceilings: RateClaim[];
}

/** The claim units of the document, computed once per analysis. */
export const CLAIM_UNITS = defineConcept<ClaimUnits>('claim-units', ({ doc }) => claimUnits(doc));

export const ERROR_RATE = defineConcept<ErrorRate>('error-rate', (ctx) => ({
  ceilings: findCeilings(ctx.concept(CLAIM_UNITS), ERRORS, SERVICE_FAULTS),
}));
