// TLC, the operating envelope: task precision (a quantified quality target), latency targets
// (and whether each states a percentile, a share of requests or an all-requests bound), and
// the confidence floor (a threshold and the behaviour below it). Plus where TLC lines go.
import { defineConcept } from '../rule';
import type { DocModel, Block, Section } from '../model';
import { InBlock } from '../model';
import type { OffsetEdit } from '../rule';
import { afterTitle, anchorFor, heading, insertBlock, placeholder } from '../fixes';
import { ERROR_RATE, CLAIM_UNITS, assertedAt, pieceAround, cellAt, spanOf, unitSpan, unitSpanInChunk, unitFact, chunkUnitFacts, unitAt, PROPORTION, type ClaimUnits, type Unit, type Span } from './error-rate';
import { blocksOf, blocksWhere, concatChunks } from '../local';
import * as L from '../lexicon/tlc';
import { matchesIn, testTopic } from '../text';

const QUALITY = L.compile(L.QUALITY_TERMS);
const LATENCY_CONTEXT = L.compile(L.LATENCY_CONTEXT);
const SYSTEM_JOB = L.compile(L.SYSTEM_JOB_CONTEXT);
const PEOPLE_TIME = L.compile(L.PEOPLE_TIME);
const PERSON = L.compile(L.PERSON_NOUNS);
const CONDITION_BEFORE = L.compile(L.CONDITION_BEFORE_DURATION);
const PERCENTILE = L.compile(L.PERCENTILE);
const CONFIDENCE = L.compile(L.CONFIDENCE_TERMS);
const BEHAVIOUR = L.compile(L.BELOW_FLOOR_BEHAVIOUR);
const LOW_CONFIDENCE = L.compile(L.LOW_CONFIDENCE);
export const TLC_TITLE = L.compile(L.TLC_TITLES);
const MARKERS: [RegExp, LatencyMarker][] = [
  [L.compile(L.PERCENTILE, 'gi'), 'percentile'],
  [L.compile(L.SHARE_OF_REQUESTS, 'gi'), 'share'],
  [L.compile(L.ALL_REQUESTS_BOUND, 'gi'), 'bound'],
  [L.compile(L.AVERAGE, 'gi'), 'average'],
];

export type TlcPart = 'precision' | 'latency' | 'confidence';
type LatencyMarker = 'percentile' | 'share' | 'bound' | 'average';

export interface LatencyTarget extends Span {
  unit: Unit;
  /** The duration phrase inside unit.text ("under 2 seconds"). */
  phrase: Span;
  number: string;
  timeUnit: 's' | 'ms' | 'min';
  ms: number;
  qualified: boolean;
  /** An average ("average 1 s"): where the average word starts in unit.text. */
  average?: Span;
  /** An unqualified re-mention of a target that is qualified elsewhere (same value). */
  sameAsQualified: boolean;
}

export interface ConfidenceFloor {
  /** Threshold and behaviour both stated. */
  complete: Span[];
  /** A threshold with no behaviour, or behaviour with no threshold. */
  thresholdOnly: Span[];
  behaviourOnly: readonly Span[];
}

export interface Tlc {
  precision: readonly Span[];
  latency: readonly LatencyTarget[];
  confidence: ConfidenceFloor;
  /** The TLC / operating-envelope section, if the document has one. */
  section?: Section;
}

export const TLC = defineConcept<Tlc>('tlc', (ctx) => {
  const units = ctx.concept(CLAIM_UNITS);
  const errors = ctx.concept(ERROR_RATE).ceilings.map((c) => unitSpan(c.unit));
  // One walk over the chunks' kept facts; the rest is over their hits.
  const facts = chunkUnitFacts(units, 'tlc', tlcIn);
  return {
    precision: [...findPrecision(units, facts), ...errors],
    latency: findLatency(units, facts),
    confidence: findConfidence(units, facts),
    section: tlcSection(units.doc, facts),
  };
});

/** What one chunk says about TLC, by index of its units (or blocks, for the title). */
interface ChunkTlc {
  precision: number[];
  latency: [number, UnitLatency[]][];
  confidence: ChunkConfidence;
  /** The chunk's first block that is a TLC heading, or -1. */
  title: number;
}

function tlcIn(chunkUnits: Unit[], c: number, doc: DocModel): ChunkTlc {
  const fact: ChunkTlc = { precision: [], latency: [], confidence: confidenceIn(chunkUnits), title: blocksOf(doc, c).findIndex(isTlcHeading) };
  chunkUnits.forEach((unit, i) => {
    if (unitFact(unit, 'precision', () => statesPrecision(unit))) fact.precision.push(i);
    const latency = unitFact(unit, 'latency', () => latencyIn(unit));
    if (latency.length) fact.latency.push([i, latency]);
  });
  return fact;
}

/** A heading that opens a section (not quoted) titled as the TLC; a section's title is its text, trimmed and lower-cased. */
function isTlcHeading(b: Block): boolean {
  return b.type === 'heading' && !b.quoted && TLC_TITLE.test(b.text.trim().toLowerCase());
}

/**
 * The first section titled as the TLC: a heading outside quotes opens a section titled with
 * its text, trimmed and lower-cased. Looked for per chunk, with the units' facts.
 */
function tlcSection(doc: DocModel, facts: readonly ChunkTlc[]): Section | undefined {
  const c = facts.findIndex((f) => f.title >= 0);
  return c < 0 ? undefined : doc.sections[doc.blocks[doc.chunkFirstBlock[c] + facts[c].title].section];
}

/** Which parts the document defines. */
export function partsDefined(tlc: Tlc): Record<TlcPart, boolean> {
  return { precision: tlc.precision.length > 0, latency: tlc.latency.length > 0, confidence: tlc.confidence.complete.length > 0 };
}

// ---------------------------------------------------------------- task precision

const COMPARATOR_BEFORE = /(?:[≤≥<>]=?|=[<>]|\b(?:at least|at most|above|over|under|below|more than|less than|fewer than|no less than|no more than|not less than|minimum(?: of)?|min\.?|up to|exceeds?|reach(?:es)?)\b)[^\d]{0,12}$/i;
const TARGET_WORDS = /\b(?:targets?|goals?|gates?|must|should|needs? to|aim(?:s|ing)? (?:for|at)|bar|thresholds?|budget|expect(?:ed)?|go if|launch if|ship if|requires?|required|criteri(?:on|a)|slo)\b/i;
const RANGE_BEFORE = /\d\s*[–-]\s*$/;
const CONFIDENCE_BEFORE = /\b(?:confiden\w+|probabilit\w+|log-?probs?|threshold|floor|cut-?off|score)\b[^.;]{0,20}$/i;
const LABEL_JOIN = /^[^.;]{0,40}?(?::|=|—|–)[^.;]{0,40}$/;
const QUALITY_ALL = new RegExp(QUALITY.source, 'gi');
const TOLERANCE_ALL = L.compile(L.TOLERANCE_BAND, 'gi');
const SHARE_OF_ITEMS = L.compile(L.SHARE_OF_ITEMS);

function findPrecision(units: ClaimUnits, facts: readonly ChunkTlc[]): readonly Span[] {
  return concatChunks('tlc:precision', facts, (fact, c) => fact.precision.map((i) => unitSpanInChunk(unitAt(units, c, i))));
}

function statesPrecision(unit: Unit): boolean {
  if (!/\d/.test(unit.text)) return false; // a target needs a number
  const terms: Span[] = [];
  for (const m of matchesIn(QUALITY_ALL, unit.text)) {
    if (assertedAt(unit, m.index!)) terms.push({ start: m.index!, end: m.index! + m[0].length });
  }
  // "**Task precision**: ≥ 95% …", a row labelled "Accuracy": the frame names the metric.
  const tail = frameTail(unit);
  if (testTopic(QUALITY, tail) && !/confiden/i.test(tail)) terms.push({ start: 0, end: 0 });
  return terms.some((t) => quantifiedTarget(unit, t)) || toleranceTarget(unit) || regressionTarget(unit);
}

function quantifiedTarget(unit: Unit, term: Span): boolean {
  const scope = unit.cells.length ? { start: 0, end: unit.text.length } : pieceAround(unit, term.start);
  const piece = unit.text.slice(scope.start, scope.end);
  for (const q of matchesIn(PROPORTION, piece)) {
    const start = scope.start + q.index!;
    if (/^(?:zero|none|0)$/i.test(q[0])) continue;
    if (!unit.cells.length && term.end > 0 && Math.min(Math.abs(start - term.end), Math.abs(term.start - start - q[0].length)) > 90) continue;
    const before = unit.text.slice(Math.max(0, start - 30), start);
    if (CONFIDENCE_BEFORE.test(before)) continue;
    if (COMPARATOR_BEFORE.test(before) || RANGE_BEFORE.test(before) || TARGET_WORDS.test(piece)) return true;
    if (unit.cells.length && cellAt(unit, start) > 0) return true;
    if (term.end === 0 || (start > term.end && LABEL_JOIN.test(unit.text.slice(term.end, start)))) return true;
  }
  return false;
}

/** "within ±10 g of the reference for 95% of items": a tolerance band held for a share of items. */
function toleranceTarget(unit: Unit): boolean {
  for (const m of matchesIn(TOLERANCE_ALL, unit.text)) {
    if (!assertedAt(unit, m.index!)) continue;
    const piece = pieceAround(unit, m.index!);
    if (SHARE_OF_ITEMS.test(unit.text.slice(piece.start, piece.end))) return true;
  }
  return false;
}

const REGRESSION_ALL = new RegExp(L.REGRESSION_ERROR, 'gi');
const BOUND_NUMBER = /^[^.;\d]{0,20}?(?:[≤<]|=<|\b(?:under|below|at most|no more than|not more than|less than|within|max(?:imum)?|target|goal|budget|ceiling)\b)[^.;\d]{0,8}\d/i;

/** "MAE ≤ 45 min", "RMSE under 3 °C": a bound on a regression error, whatever its unit. */
function regressionTarget(unit: Unit): boolean {
  for (const m of matchesIn(REGRESSION_ALL, unit.text)) {
    if (assertedAt(unit, m.index!) && BOUND_NUMBER.test(unit.text.slice(m.index! + m[0].length))) return true;
  }
  return false;
}

/** The innermost label over a unit: run-in, bold label or heading; for rows, the first cell. */
function frameTail(unit: Unit): string {
  // Units in a row share their frame: the last one's tail is kept.
  if (unit.frame !== lastFrame) {
    const parts = unit.frame.split(' > ');
    lastTail = parts[parts.length - 1] ?? '';
    lastFrame = unit.frame;
  }
  return lastTail;
}

let lastFrame = '';
let lastTail = '';

// ---------------------------------------------------------------- latency

const DURATION =
  /(?:(?:[<>≤≥]=?|~|≈)\s*|\b(?:under|below|within|less than|more than|longer than|over|above|no more than|not more than|no longer than|at most|up to|max(?:imum)?(?: of)?|in|around|about|roughly|approx(?:imately|\.)?)\s+)?(?:(?<![\w.,-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*[–-]\s*(\d+(?:\.\d+)?))?\s*-?\s*(ms|msec|milliseconds?|s|secs?|seconds?|mins?|minutes?)\b|\b(a|one|half a|two|three|four|five|ten)\s+(milliseconds?|seconds?|minutes?)\b|\bsub-?(second))/gi;
const WORD_NUMBERS: Record<string, number> = { a: 1, one: 1, 'half a': 0.5, two: 2, three: 3, four: 4, five: 5, ten: 10 };

function findLatency(units: ClaimUnits, facts: readonly ChunkTlc[]): readonly LatencyTarget[] {
  // What a unit's text says is kept across versions, and a target reads its offsets through its block.
  const targets = concatChunks('tlc:latency', facts, (fact, c) =>
    fact.latency.flatMap(([i, latency]) => {
      const unit = unitAt(units, c, i);
      return latency.map((t) => {
        const { start, end } = spanOf(unit, t.phrase.start, t.phrase.end);
        return new TargetInChunk(unit, t, start - unit.block.base, end - unit.block.base);
      });
    }),
  );
  const qualified = new Set(targets.filter((t) => t.qualified).map((t) => t.ms));
  for (const t of targets) t.sameAsQualified = !t.qualified && qualified.has(t.ms);
  return targets;
}

/** A unit's latency target, its offsets read through the unit's block (so the object serves later versions). */
class TargetInChunk extends InBlock implements LatencyTarget {
  phrase: Span;
  number: string;
  timeUnit: 's' | 'ms' | 'min';
  ms: number;
  qualified: boolean;
  declare average?: Span;
  sameAsQualified = false;

  constructor(
    readonly unit: Unit,
    own: UnitLatency,
    from: number,
    to: number,
  ) {
    super(unit.block, from, to);
    this.phrase = own.phrase;
    this.number = own.number;
    this.timeUnit = own.timeUnit;
    this.ms = own.ms;
    this.qualified = own.qualified;
    if (own.average) this.average = own.average;
  }
}

type UnitLatency = Omit<LatencyTarget, 'unit' | 'start' | 'end' | 'sameAsQualified'>;

function latencyIn(unit: Unit): UnitLatency[] {
  if (!/\d|second|minute|sub-?sec/i.test(unit.text)) return [];
  const found: UnitLatency[] = [];
  const durations = matchesIn(DURATION, unit.text);
  durations.forEach((m, i) => {
    const target = toTarget(unit, m);
    if (!target || !isLatency(unit, target)) return;
    const prevEnd = i > 0 ? durations[i - 1].index! + durations[i - 1][0].length : 0;
    const nextStart = i + 1 < durations.length ? durations[i + 1].index! : unit.text.length;
    qualify(unit, target, prevEnd, nextStart);
    const { unit: _unit, start: _start, end: _end, sameAsQualified: _same, ...own } = target;
    found.push(own);
  });
  return found;
}

function toTarget(unit: Unit, m: RegExpMatchArray): LatencyTarget | undefined {
  const [, digits, upper, abbrev, word, wordUnit, sub] = m;
  const unitName = (abbrev ?? wordUnit ?? sub ?? '').toLowerCase();
  const timeUnit = /^m(?:s|sec|illi)/.test(unitName) ? 'ms' : /^min/.test(unitName) ? 'min' : 's';
  const number = sub ? '1' : word ? String(WORD_NUMBERS[word.toLowerCase()]) : (upper ?? digits).replace(/,/g, '');
  const value = Number(number);
  if (!Number.isFinite(value) || (unitName === 's' && value >= 1000)) return undefined;
  // "a second person" is an ordinal; "under a second" is a duration.
  if (word && m[0].trim().split(/\s+/).length <= 2) return undefined;
  const start = m.index!;
  const phrase = { start, end: start + m[0].length };
  const ms = value * (timeUnit === 'ms' ? 1 : timeUnit === 's' ? 1000 : 60000);
  return { unit, phrase, number, timeUnit, ms, qualified: false, sameAsQualified: false, ...spanOf(unit, phrase.start, phrase.end) };
}

/** A duration is a latency target when the system's response is timed, not a person's task. */
function isLatency(unit: Unit, target: LatencyTarget): boolean {
  const text = unit.text;
  const { phrase } = target;
  if (CONDITION_BEFORE.test(text.slice(Math.max(0, phrase.start - 20), phrase.start))) return false;
  // "a 30-minute meeting", "a 15-minute SLA": a compound adjective describes something else.
  if (/\d\s*-\s*(?:ms|msec|millisecond|s|sec|second|min|minute)$/i.test(text.slice(phrase.start, phrase.end))) return false;
  if (/^\s*(?:window|period|rolling|cooldown|of (?:silence|inactivity|idle))/i.test(text.slice(phrase.end, phrase.end + 20))) return false;
  if (!assertedAt(unit, phrase.start)) return false;
  const scope = unit.cells.length ? { start: 0, end: text.length } : pieceAround(unit, phrase.start);
  const near = text.slice(Math.max(scope.start, phrase.start - 80), Math.min(scope.end, phrase.end + 60));
  const frame = `${frameTail(unit)} ${unit.cells.length ? unit.header[cellAt(unit, phrase.start)] ?? '' : ''}`;
  const context = `${near} ${frame}`;
  if (PEOPLE_TIME.test(near) && !/\blatenc/i.test(context)) return false;
  if (!LATENCY_CONTEXT.test(context) && !PERCENTILE.test(context)) return false;
  if (!isTarget(unit, target, text.slice(scope.start, scope.end))) return false;
  if (target.timeUnit !== 'min') return true;
  // Minutes are usually a person's task: a system job needs stronger context and no person doing it.
  // The system must be the subject: a person before the duration, or "by an agent" right after it.
  const subject = text.slice(Math.max(scope.start, phrase.start - 80), phrase.start);
  const agent = /^\s*(?:\w+\s+){0,3}(?:by|from)\s+(?:a|an|the|our)?\s*\w+/i.exec(text.slice(phrase.end, phrase.end + 40))?.[0] ?? '';
  if ((PERSON.test(subject) || PERSON.test(agent)) && !/\blatenc/i.test(context)) return false;
  return SYSTEM_JOB.test(context) || PERCENTILE.test(context);
}

const BOUND_PREFIX = /^(?:[<>≤≥]|under|below|within|less|more|longer|over|above|no |not |at most|up to|max|in\b)/i;
const TARGET_CUE = /\b(?:should|must|needs? to|has to|have to|targets?|goals?|budget|slos?|slas?|aims?|expect\w*|requires?|required|keep|stays?|ensure|guarantee\w*|want|acceptable|tolerance|limit|ceiling|alert|page[sd]?)\b/i;
const DESCRIPTION = /\b(?:was|were|is currently|currently|today|measured|observed|saw|we see|got|went|tested|benchmark\w*|typical(?:ly)?|usually|takes? (?:about|around|roughly)|in (?:the|our|a) (?:spike|prototype|trial|test|pilot|experiment))\b|~|≈/i;

/** A target, not a description: "p95 went to 900 ms" or "a typical run takes about 40 s" report a measurement. */
function isTarget(unit: Unit, target: LatencyTarget, piece: string): boolean {
  if (BOUND_PREFIX.test(unit.text.slice(target.phrase.start, target.phrase.end).trim())) return true;
  return TARGET_CUE.test(piece) || !DESCRIPTION.test(piece);
}

/** Marks a target qualified when the nearest marker around it is a percentile, share or bound. */
function qualify(unit: Unit, target: LatencyTarget, prevEnd: number, nextStart: number): void {
  const piece = pieceAround(unit, target.phrase.start);
  const from = Math.max(prevEnd, piece.start);
  const to = Math.min(nextStart, piece.end);
  const scope = unit.text.slice(from, to);
  let best: { kind: LatencyMarker; distance: number; start: number; end: number } | undefined;
  for (const [pattern, kind] of MARKERS) {
    for (const m of matchesIn(pattern, scope)) {
      const start = from + m.index!;
      const end = start + m[0].length;
      const distance = end <= target.phrase.start ? target.phrase.start - end : start >= target.phrase.end ? (start - target.phrase.end) * 1.5 : 0;
      if (!best || distance < best.distance) best = { kind, distance, start, end };
    }
  }
  if (best?.kind === 'average') {
    target.average = { start: best.start, end: best.end };
    return;
  }
  if (best) {
    target.qualified = true;
    return;
  }
  const cell = unit.cells.length ? `${unit.header[cellAt(unit, target.phrase.start)] ?? ''} ${unit.text.slice(unit.cells[0].start, unit.cells[0].end)}` : '';
  target.qualified = PERCENTILE.test(`${frameTail(unit)} ${cell}`);
}

// ---------------------------------------------------------------- confidence floor

const CONF_NUMBER =
  /(?:[<>≤≥]=?\s*|\b(?:below|under|above|over|less than|lower than|greater than|more than|at least|at or above|at or below|exceeds?|fewer than|within|drops? below|falls? below)\s+(?:(?:a|an|the)\s+)?)(?:[−-]\s?)?(?:\d*\.\d+|\d{1,3}\s*%|\d+\s+(?:of|in|out of)\s+\d+)(?!\s*(?:ms|s|sec\w*|min\w*|pts?|points?|x)\b)|\b(?:threshold|floor|cut-?off)\s*(?:of|at|=|:|is)?\s*(?:\d*\.\d+|\d{1,3}\s*%)|\bbetween\s+\d*\.\d+\s+and\s+\d*\.\d+/gi;
const QUALITY_NAME = new RegExp(`\\b(?:precision|recall|accura\\w+|f1|correct\\w*|agree\\w* with|pass rate|acceptance|bleu|rouge|ndcg|mrr|auc|wer|csat|nps)\\b|${L.ERROR_TERMS.join('|')}`, 'i');
/** Statistics of an experiment, not the model's confidence ("p < 0.05", "95% confidence interval"). */
const STATISTICS = /\bp\s*[<=≤]|\bp-?values?\b|\bsignifican\w+|\bconfidence intervals?\b|\bstatistical\w*|\bpower\b|\bci\b/i;
const NO_FLOOR = /\b(?:no|without|don'?t (?:have|use|set)|do not (?:have|use|set))\s+(?:a\s+)?(?:confidence\s+)?(?:threshold|floor|cut-?off)\b/i;

/** What one chunk's units say about the confidence floor, by index in the chunk. */
interface ChunkConfidence {
  count: number;
  /** Thresholds, and whether the unit or a neighbour inside the chunk states the behaviour. */
  thresholds: [number, boolean][];
  behaviourOnly: number[];
  /** Whether the first / last unit is prose stating the behaviour (a neighbour in the next / previous chunk). */
  firstBehaves: boolean;
  lastBehaves: boolean;
  /** A threshold without its behaviour at either end of the chunk: a neighbouring chunk may complete it. */
  atEdge: boolean;
}

/**
 * A threshold is complete with the behaviour below it in the same unit or in the prose unit
 * next to it in the same section. Decided per chunk; a neighbour in another chunk is looked
 * at afterwards, only for thresholds at a chunk's edge.
 */
function findConfidence(units: ClaimUnits, tlcFacts: readonly ChunkTlc[]): ConfidenceFloor {
  const result: ConfidenceFloor = { complete: [], thresholdOnly: [], behaviourOnly: [] };
  const facts = tlcFacts.map((f) => f.confidence);
  /** The nearest unit before (step -1) or after (+1) chunk c's units, and whether it is prose stating the behaviour. */
  const across = (c: number, step: number): { unit: Unit; behaves: boolean } | undefined => {
    for (let d = c + step; d >= 0 && d < facts.length; d += step) {
      if (facts[d].count === 0) continue;
      return step < 0 ? { unit: unitAt(units, d, facts[d].count - 1), behaves: facts[d].lastBehaves } : { unit: unitAt(units, d, 0), behaves: facts[d].firstBehaves };
    }
    return undefined;
  };
  // A threshold at either end of its chunk may find its behaviour in a neighbouring chunk: such chunks are read again each time.
  const atEdge = (fact: ChunkConfidence) => fact.atEdge;
  const thresholds = concatChunks('tlc:thresholds', facts, (fact, c) =>
    fact.thresholds.map(([i, complete]) => {
      const unit = unitAt(units, c, i);
      const neighbours = [i === 0 ? across(c, -1) : undefined, i === fact.count - 1 ? across(c, 1) : undefined];
      const behaves = complete || neighbours.some((n) => n && n.behaves && n.unit.block.section === unit.block.section);
      return { span: unitSpanInChunk(unit), behaves };
    }),
    atEdge,
  );
  for (const t of thresholds) (t.behaves ? result.complete : result.thresholdOnly).push(t.span);
  result.behaviourOnly = concatChunks('tlc:behaviour-only', facts, (fact, c) => fact.behaviourOnly.map((i) => unitSpanInChunk(unitAt(units, c, i))));
  return result;
}

function confidenceIn(chunkUnits: Unit[]): ChunkConfidence {
  const hasBehaviour = (u: Unit) => unitFact(u, 'behaviour', () => BEHAVIOUR.test(u.text));
  const prose = (u: Unit | undefined) => !!u && u.cells.length === 0 && hasBehaviour(u);
  const fact: ChunkConfidence = { count: chunkUnits.length, thresholds: [], behaviourOnly: [], firstBehaves: prose(chunkUnits[0]), lastBehaves: prose(chunkUnits[chunkUnits.length - 1]), atEdge: false };
  chunkUnits.forEach((unit, i) => {
    if (unitFact(unit, 'no-floor', () => NO_FLOOR.test(unit.text))) return;
    if (unitFact(unit, 'threshold', () => hasThreshold(unit))) {
      // Two blocks of one chunk share a section whatever the other chunks hold: no heading lies between them.
      const near = [chunkUnits[i - 1], chunkUnits[i + 1]].filter((u) => u && u.block.section === unit.block.section);
      fact.thresholds.push([i, hasBehaviour(unit) || near.some(prose)]);
    } else if ((LOW_CONFIDENCE.test(unit.text) || /confiden/i.test(frameTail(unit))) && hasBehaviour(unit)) {
      fact.behaviourOnly.push(i);
    }
  });
  fact.atEdge = fact.thresholds.some(([i, complete]) => !complete && (i === 0 || i === fact.count - 1));
  return fact;
}

const INTERVAL_WIDTH = new RegExp(L.INTERVAL_WIDTH, 'gi');
/** An interval of an experiment's result, not of the model's prediction. */
const EXPERIMENT = /\bp\s*[<=≤]|\bp-?values?\b|\bsignifican\w+|\bstatistical\w*|\bA\/B\b|\bexperiments?\b|\btest arm\b/i;

function hasThreshold(unit: Unit): boolean {
  if (!/\d/.test(unit.text)) return false;
  // A regression model's floor: "when the 80% interval is wider than 4 hours …".
  for (const m of matchesIn(INTERVAL_WIDTH, unit.text)) if (assertedAt(unit, m.index!) && !EXPERIMENT.test(unit.text)) return true;
  const context = unit.cells.length ? `${unit.text} ${unit.header.join(' ')}` : unit.text;
  const frame = frameTail(unit);
  for (const m of matchesIn(CONF_NUMBER, unit.text)) {
    if (!assertedAt(unit, m.index!, { negation: false })) continue;
    // "precision of at least 0.9 at the threshold" is a quality target, not the floor.
    if (QUALITY_NAME.test(unit.text.slice(Math.max(0, m.index! - 25), m.index!))) continue;
    const end = m.index! + m[0].length;
    const near = unit.cells.length ? context : `${unit.text.slice(Math.max(0, m.index! - 45), m.index!)} ${unit.text.slice(end, end + 20)}`;
    if (STATISTICS.test(unit.text.slice(Math.max(0, m.index! - 45), end + 20))) continue;
    if (CONFIDENCE.test(near) || CONFIDENCE.test(frame)) return true;
  }
  // A row labelled "Confidence threshold | 0.8 per field …": the label carries the comparator.
  const label = unit.cells.length > 1 ? unit.text.slice(unit.cells[0].start, unit.cells[0].end) : '';
  if (/\b(?:confiden\w+|threshold|floor|cut-?off)\b/i.test(label) && !/\b(?:rate|share|ratio|count)\b/i.test(label)) {
    const values = unit.text.slice(unit.cells[1].start);
    return /(?<![\d.])0?\.\d+\b|\b\d{1,3}\s*%/.test(values) && !STATISTICS.test(values);
  }
  return false;
}

// ---------------------------------------------------------------- placement of fixes

/** The last block of a label group: the label and the blocks under it until the next label or heading. */
export function labelGroupEnd(doc: DocModel, label: Block): number {
  let end = label.end;
  for (let i = label.index + 1; i < doc.blocks.length; i++) {
    const b = doc.blocks[i];
    if (b.type === 'heading' || b.isLabel || b.section !== label.section) break;
    if (label.runIn && b.listDepth === 0 && b.type === 'paragraph') break;
    end = b.end;
  }
  return end;
}

/** Where a block-level section goes after the section (or bold label) whose title matches. */
export function afterTitled(doc: DocModel, pattern: RegExp): number | undefined {
  const section = doc.sections.find((s) => s.heading && pattern.test(s.title));
  if (section) {
    let end = section.end;
    for (const s of doc.sections) if (s.index > section.index && isUnder(doc, s, section)) end = s.end;
    return trimEnd(doc.text, end);
  }
  const label = doc.blocks.find((b) => b.author && (b.isLabel || b.runIn) && pattern.test((b.isLabel ? b.text : b.runIn).toLowerCase()));
  return label ? labelGroupEnd(doc, label) : undefined;
}

function isUnder(doc: DocModel, s: Section, ancestor: Section): boolean {
  for (let p = s.parent; p >= 0; p = doc.sections[p].parent) if (p === ancestor.index) return true;
  return false;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

/** True when the document structures its content with bold labels rather than headings. */
export function usesLabels(doc: DocModel): boolean {
  const headings = doc.blocks.filter((b) => b.type === 'heading' && b.author);
  return headings.length <= 1 && doc.blocks.some((b) => b.isLabel && b.author);
}

export interface Line {
  label: string;
  value: string;
  /** Extra cells when the line becomes a table row of a wider table. */
  more?: string[];
}

/**
 * Edits that add `lines` right after `block`, in its format: table rows after a table row,
 * list items after a list item, bold run-in paragraphs after a paragraph.
 */
export function appendAfter(doc: DocModel, block: Block, lines: Line[]): OffsetEdit[] {
  const eol = doc.lines.eol;
  const lastLine = doc.lines.lineOf(Math.max(block.start, block.end - 1));
  const at = doc.lines.lineEnd(lastLine);
  if (block.type === 'table-row' || block.type === 'table-header') {
    const width = Math.max(2, block.cells.length);
    const rows = lines.map((l) => `| ${[l.label, l.value, ...(l.more ?? [])].concat(Array(width).fill('')).slice(0, width).join(' | ')} |`.replace(/ {2}\|/g, ' |'));
    return [{ start: at, end: at, text: rows.map((r) => eol + r).join('') }];
  }
  if (block.listDepth > 0) {
    const first = doc.lines.lineText(doc.lines.lineOf(block.start));
    const m = /^(\s*(?:>\s*)*)([-*+]|(\d+)([.)]))\s+/.exec(first);
    if (m) {
      let n = m[3] ? Number(m[3]) : 0;
      const items = lines.map((l) => `${m[1]}${m[3] ? `${++n}${m[4]}` : m[2]} **${l.label}**: ${l.value}`);
      return [{ start: at, end: at, text: items.map((r) => eol + r).join('') }];
    }
  }
  return [insertBlock(doc, nextLine(doc, block.end), lines.map((l) => `**${l.label}**: ${l.value}`))];
}

/** Start of the line after the one holding `offset`: insertBlock then adds exactly one blank line each side. */
export function nextLine(doc: DocModel, offset: number): number {
  const line = doc.lines.lineOf(Math.max(0, offset - 1));
  return line + 1 < doc.lines.lineCount ? doc.lines.starts[line + 1] : doc.text.length;
}

/** A new block: a heading (or a bold label in a heading-less document) and a two-column table. */
export function newTable(doc: DocModel, title: string, header: string[], lines: Line[], depth?: number): string[] {
  const top = usesLabels(doc) ? `**${title}**` : depth ? `${'#'.repeat(depth)} ${title}` : heading(doc, title);
  const rows = lines.map((l) => `| ${[l.label, l.value, ...(l.more ?? [])].join(' | ')} |`);
  return [top, '', `| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows];
}

export const PART_LABEL: Record<TlcPart, string> = {
  precision: 'Task precision',
  latency: 'Latency tolerance',
  confidence: 'Confidence floor',
};

/** Placeholder labels start with the part's name, so each rule finds its own. */
export const PART_PLACEHOLDER: Record<TlcPart, string> = {
  precision: placeholder('task precision, e.g. ≥ 95% of answers correct on the eval set'),
  latency: placeholder('latency tolerance, e.g. p90 ≤ 800 ms to the first token'),
  confidence: placeholder('confidence floor, e.g. confidence < 0.7 → no answer, hand off to a person'),
};

const PART_NAME = /^(?:task precision|precision|accuracy|latency(?: tolerance)?|speed|confidence(?: floor)?)\b/i;

/** Whether a block is a TLC line: a row, run-in or "Name:" item naming a part. */
function namesPart(b: Block): boolean {
  if (b.type === 'table-row') return PART_NAME.test((b.cells[0] ?? '').trim());
  if (b.runIn) return PART_NAME.test(b.runIn);
  return PART_LINE.test(b.text.trim());
}

const PART_LINE = new RegExp(`${PART_NAME.source}\\s*(?:\\([^)]*\\))?\\s*[:—–]`, 'i');

/** The last block that names a TLC part (a run-in, a row, a list item), outside any TLC section; looked for per chunk. */
function lastPartBlock(doc: DocModel): Block | undefined {
  const found = blocksWhere(doc, 'tlc:part-line', (b) => b.author && b.type !== 'heading' && b.type !== 'code' && b.type !== 'html' && namesPart(b));
  return found[found.length - 1];
}

/**
 * Edits that add the missing TLC lines where TLC belongs: into the TLC section, else next to
 * the parts the document already states, else a new TLC section after the red lines or title.
 */
export function tlcEdits(doc: DocModel, tlc: Tlc, parts: TlcPart[], own?: TlcPart): OffsetEdit[] {
  const lines = parts.map((p) => ({ label: PART_LABEL[p], value: PART_PLACEHOLDER[p] }));
  const section = tlc.section ?? (own ? partSection(doc, own) : undefined);
  if (section) {
    const blocks = [...section.blocks].reverse().filter((b) => b.author && b.type !== 'html' && b.type !== 'code');
    const last = blocks.find(namesPart) ?? blocks[0];
    // A section named after this part ("## Quality") takes only this part's line.
    const add = section === tlc.section ? lines : lines.filter((l) => l.label === PART_LABEL[own!]);
    if (last) return appendAfter(doc, last, add);
    return [insertBlock(doc, nextLine(doc, section.heading!.end), newTable(doc, '', ['Part', 'Target'], add).slice(2))];
  }
  const near = lastPartBlock(doc);
  if (near) return appendAfter(doc, near, lines);
  const redLines = L.compile(L.RED_LINE_TITLES);
  const at = afterTitled(doc, redLines) ?? afterLead(doc);
  // A sibling of the red-line section keeps its heading depth.
  const depth = doc.sections.find((sec) => sec.heading && redLines.test(sec.title))?.depth;
  const title = 'TLC: task precision, latency tolerance, confidence floor';
  return [insertBlock(doc, at > doc.bodyStart ? nextLine(doc, at) : at, newTable(doc, title, ['Part', 'Target'], lines, depth))];
}

/** After the title, or after a one-line lead paragraph that stands in for one ("Design prompt: …"). */
export function afterLead(doc: DocModel): number {
  const at = afterTitle(doc);
  if (at > doc.bodyStart) return at;
  const first = doc.blocks.find((b) => b.type !== 'html');
  const oneLine = first && first.type === 'paragraph' && doc.lines.lineOf(first.start) === doc.lines.lineOf(Math.max(first.start, first.end - 1));
  return oneLine && first.text.length <= 160 ? first.end : at;
}

const PART_SECTION: Record<TlcPart, RegExp> = {
  precision: /\b(?:quality|accuracy|precision)\b/,
  latency: /\b(?:latency|speed|performance|response times?)\b/,
  confidence: /\bconfidence\b/,
};

/** A section titled after one part ("## Speed", "## Quality"), outside non-goals and questions. */
function partSection(doc: DocModel, part: TlcPart): Section | undefined {
  return doc.sections.find((s) => s.heading && s.depth > 1 && PART_SECTION[part].test(s.title) && !/\b(?:non-?goals?|questions?|out of scope)\b/.test(s.title));
}

/**
 * Where a TLC diagnostic points: the TLC section's heading, else a section named after the
 * part, else the heading over the TLC lines the document does state, else the first heading.
 */
export function tlcAnchor(doc: DocModel, part?: TlcPart): Span {
  // sections.find stops at the first match, mostly early: cheaper than a walk over every chunk.
  const section = doc.sections.find((s) => s.heading && TLC_TITLE.test(s.title)) ?? (part ? partSection(doc, part) : undefined);
  const near = section ? undefined : lastPartBlock(doc);
  const heading = section?.heading ?? (near ? doc.sections[near.section]?.heading : undefined);
  if (heading) return { start: heading.start, end: doc.lines.lineEnd(doc.lines.lineOf(heading.start)) };
  return anchorFor(doc);
}
