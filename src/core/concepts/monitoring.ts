// Operating the model after launch, found once per document: drift metrics, live production
// signals, feedback loops, and promises that the model will improve by itself.
import { defineConcept } from '../rule';
import type { Block, DocModel, Sentence } from '../model';
import { isAssertedAt, toMatch, toMatchInChunk, type Match } from '../find';
import { hasQuantity, isDeferredAt, isQuestion, matchesIn, NEGATIVE_TOPIC, testTopic } from '../text';
import { anchorFor, findSection, sectionEnd } from '../fixes';
import { compile } from '../lexicon/schedule';
import * as L from '../lexicon/monitoring';
import { globalOf, memoized, memoizedIn, scan } from '../memo';
import { concatChunks, perChunk } from '../local';

const CADENCE = compile(L.CADENCE);
const TEMPORAL = compile(L.TEMPORAL_BASELINE);
const BASELINE = compile(L.BASELINE);
const COMPARISON = compile(L.COMPARISON);
const CHANGE = compile(L.CHANGE);
const RERUN = compile(L.RERUN);
const DRIFT = compile(L.DRIFT_TERMS);
const ALERT = compile(L.ALERT);
const ANOMALY = compile(L.ANOMALY);
const DASHBOARD = compile(L.DASHBOARD);
const FAILURE_METRIC = compile(L.FAILURE_METRIC);
const USER_REPORT = compile(L.USER_REPORT);
const LIVE_TRIGGER = compile(L.LIVE_TRIGGER);
const SIGNAL = compile(L.FEEDBACK_SIGNAL);
const DESTINATION = compile(L.FEEDBACK_DESTINATION);
const PROMISE_MODAL = compile(L.IMPROVEMENT_MODAL);
const PROMISE_INHERENT = compile(L.IMPROVEMENT_PROMISE);
const OVER_TIME = compile(L.OVER_TIME);
const TRACKING = compile(L.TRACKING);

/** An alert reaches the team: a recipient, or a condition on a failure metric or a number. */
const ALERT_RECIPIENT = /\b(?:on-?call|team|lead|owner|ops|sre|engineers?|channel|slack|pagerduty|pm|product manager|us)\b|#[\w-]/i;
const ALERT_CONDITION = /\b(?:if|when|whenever|above|below|exceeds?|over|under|outside|any|on (?:a|any|every))\b|[<>≤≥]/i;
const WATCH = /\b(?:track|monitor|measur|watch|chart|plot|check|comput|report|review|detect|alert|compar)\w*/i;
const TRIGGER = /\b(?:alert|page[sd]?|paging|ticket|flag|block|trigger|investigat|review|roll ?back|pause|escalat|incident|notif)\w*/i;
const DRIFT_TOPIC = /\bdrift\b/;
const MONITOR_TOPIC = /\b(?:monitor\w*|production signal|observab\w*|alert\w*|on-?call|in production|live signals?|watching)\b/;
const FEEDBACK_TOPIC = /\b(?:feedback|learning|loops?|improvement|flywheel|corrections)\b/;
/** "Drift monitoring: out of scope for v1" — a label whose value is deferred or empty. */
const DEFERRED_LABEL = /^[^:]{1,60}:\s*(?:out of scope|not in scope|tbd|tbc|todo|n\/a|none|not (?:yet|planned|now)|later|-|—)\b/i;
/** A person right before the promise is its subject. */
const HUMAN_SUBJECT = /\b(?:i|we|you|they|he|she|team|teams|engineers?|developers?|users?|people|students?|reps?|staff|customers?|doctors?|nurses?|pms?|analysts?|everyone|hires|recruiters?|agents? and \w+)\s*(?:will|'ll|’ll|should)?\s*$/i;
const PLACEHOLDER_SPAN = /\[fill in[^\][\n]{0,300}\]/gi;

export interface ImprovementPromise {
  match: Match;
  /** The same section tracks the promised improvement with a cadence. */
  excused: boolean;
}

export interface MonitoringFacts {
  drift: readonly Match[];
  signal: readonly Match[];
  loop: readonly Match[];
  promises: ImprovementPromise[];
}

/** The first match of `pattern` the author asserts in the sentence (outside fix placeholders). */
export function assertedMatch(sentence: Sentence, pattern: RegExp): Match | undefined {
  const at = assertedIn(sentence, pattern);
  return at ? toMatch(sentence, at.index, at.text) : undefined;
}

/** assertedMatch's index and text, kept with the sentence across versions (offsets move with edits above). */
function assertedIn(sentence: Sentence, pattern: RegExp): { index: number; text: string } | null {
  return memoized(sentence.memo, assertedKey(pattern), () => {
    const holes = sentence.text.includes('[fill in') ? matchesIn(PLACEHOLDER_SPAN, sentence.text).map((m) => [m.index, m.index + m[0].length]) : [];
    for (const m of scan(sentence.memo, pattern, sentence.text)) {
      if (holes.some(([a, b]) => m.index! >= a && m.index! < b)) continue;
      if (isAssertedAt(sentence, m.index!)) return { index: m.index!, text: m[0] };
    }
    return null;
  });
}

const ASSERTED_KEYS = new WeakMap<RegExp, object>();

function assertedKey(pattern: RegExp): object {
  let key = ASSERTED_KEYS.get(pattern);
  if (!key) ASSERTED_KEYS.set(pattern, (key = {}));
  return key;
}

/** The sentence without fix placeholders. */
export function plain(sentence: Sentence): string {
  // A placeholder opens with "[": without one there is nothing to replace.
  return sentence.text.includes('[') ? sentence.text.replace(PLACEHOLDER_SPAN, ' ') : sentence.text;
}

/** Whether the author asserts `pattern` in the sentence (assertedMatch without its source offsets). */
export function has(sentence: Sentence, pattern: RegExp): boolean {
  return assertedIn(sentence, pattern) !== null;
}

/** Sentences that can carry the author's claims: no questions, open questions or non-goals. */
export function claims(doc: DocModel): Sentence[] {
  const out: Sentence[] = [];
  perChunk(doc, 'monitoring.claims', (c) => doc.chunkSentences[c].flatMap((s, i) => (isClaim(doc, s) ? [i] : []))).forEach((found, c) => {
    for (const i of found) out.push(doc.chunkSentences[c][i]);
  });
  return out;
}

/** Whether the sentence can carry a claim (its text and its topic alone, so it is decided per chunk). */
export function isClaim(doc: DocModel, s: Sentence): boolean {
  // The document title is not a topic: "Design question: …" is not an open question.
  return !testTopic(NEGATIVE_TOPIC, topicOf(doc, s)) && memoized(s.memo, claims, () => !isQuestion(s.text) && !DEFERRED_LABEL.test(s.text) && !isUnfilled(s));
}

/** "Baseline: [fill in: …]" — a label whose only value is a fix placeholder. */
function isUnfilled(sentence: Sentence): boolean {
  return /\[fill in/i.test(sentence.text) && /^[^:]{0,60}:?[\s.,;:]*$/.test(plain(sentence).trim());
}

/** The heading path and labels above a sentence, without the document title (an H1). */
export function topicOf(doc: DocModel, sentence: Sentence): string {
  const block = sentence.block;
  let titles = TITLES.get(doc);
  if (!titles) TITLES.set(doc, (titles = new Set(doc.sections.filter((s) => s.depth === 1).map((s) => s.title))));
  const known = TOPICS.get(block);
  if (known && known.titles === titles && known.from === block.topic) return known.topic;
  const topic = block.topic
    .split(' > ')
    .filter((part) => !titles.has(part))
    .join(' > ');
  TOPICS.set(block, { titles, from: block.topic, topic });
  return topic;
}

const TITLES = new WeakMap<DocModel, Set<string>>();
/**
 * Kept per block with what it was derived from, so it stays right if a block object outlives
 * one version of the document (its heading path or the titles may change).
 */
const TOPICS = new WeakMap<Block, { titles: Set<string>; from: string; topic: string }>();

/** Whole-sentence evidence for a sentence. */
export function whole(sentence: Sentence): Match {
  return toMatch(sentence, 0, sentence.text);
}

/** Groups items (sentences, or hits about them) by a key (section or block), in document order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => number): T[][] {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(item);
  }
  return [...groups.values()];
}

/** A sentence that compares behaviour over time against a baseline (read once per sentence text). */
function isDrift(s: Sentence): boolean {
  return memoized(s.memo, isDrift, () => measuresDrift(s));
}

function measuresDrift(s: Sentence): boolean {
  // Each branch needs drift, a cadence or a temporal baseline: most sentences name none, and
  // are not searched for re-runs, comparisons and changes (`has` is a pure function of the sentence).
  if (has(s, DRIFT)) {
    const overTime = has(s, TEMPORAL) || has(s, RERUN) || has(s, COMPARISON) || has(s, CHANGE);
    // "Retrain quarterly to prevent drift" is a mitigation; "track the intent mix weekly" measures it.
    const measured = has(s, CADENCE) && WATCH.test(plain(s));
    return overTime || measured || has(s, BASELINE) || has(s, ALERT) || /[<>≤≥]\s*\d|\b(?:above|exceeds?|over|beyond) \d/.test(plain(s));
  }
  // With a cadence, "compared with targets" is not enough: re-measure, or compare with a baseline over time.
  // A change counts when it triggers something ("a 2-point drop pages"), not as a goal ("a 20% decrease").
  if (has(s, CADENCE)) return has(s, TEMPORAL) || has(s, RERUN) || /\bbaselines?\b/i.test(plain(s)) || (has(s, CHANGE) && TRIGGER.test(plain(s)));
  return has(s, TEMPORAL) && (has(s, COMPARISON) || has(s, CHANGE) || has(s, ALERT));
}

/**
 * "Drift monitoring: we'll define this later." The author says drift is not covered yet, so a
 * re-run or comparison we only infer to be drift detection is not one; a claim that names drift
 * itself (or stands under a drift heading) still counts.
 */
function withoutDeferred(deferred: boolean, drift: readonly Match[], named: Set<Sentence>): readonly Match[] {
  if (!deferred) return drift;
  return drift.filter((m) => named.has(m.sentence));
}

/** The claim names drift itself, or stands under a drift heading: it counts even when drift is deferred. */
function namesDrift(doc: DocModel, s: Sentence): boolean {
  return DRIFT.test(plain(s)) || testTopic(DRIFT_TOPIC, topicOf(doc, s));
}

/** Any sentence (a question aside) that says drift is not covered yet. */
function defersDriftIn(s: Sentence): boolean {
  return memoizedIn(s.memo, defersDrift, s.block.topic, () => !isQuestion(s.text) && defersDrift(s));
}

function defersDrift(s: Sentence): boolean {
  const text = plain(s);
  const heading = s.block.topic.split(' > ').pop() ?? '';
  // A drift heading whose only content is a deferral: "## Drift" → "TBD, once we have traffic."
  if (DRIFT_TOPIC.test(heading.toLowerCase()) && isDeferredAt(text, 0) && !DRIFT.test(text) && !has(s, CADENCE)) return true;
  // Without placeholders the text is the sentence's own: its drift matches are the ones `has` reads too.
  for (const m of text === s.text ? scan(s.memo, DRIFT, text) : matchesIn(globalOf(DRIFT), text)) {
    const index = m.index!;
    // "Drift alert thresholds: TBD" leaves a detail open, not drift detection itself.
    if (DRIFT_DETAIL.test(text.slice(index + m[0].length))) continue;
    if (isDeferredAt(text, index) || DEFERRED_LABEL.test(text.slice(index))) return true;
  }
  return false;
}

const DRIFT_DETAIL = /^[\s-]*(?:alert(?:ing)?|threshold|limit|window|dashboard|owner|routing|page|paging|notification)s?\b|^\s+alert \w+/i;

/** Under a drift heading or label: whether a claim states a cadence (1) or something to compare against (2). */
function driftPart(s: Sentence): number {
  const cadence = has(s, CADENCE);
  const against = has(s, TEMPORAL) || has(s, RERUN) || has(s, COMPARISON) || has(s, CHANGE) || has(s, BASELINE);
  return (cadence ? 1 : 0) | (against ? 2 : 0);
}

/**
 * Under a drift heading or label, the section as a whole can state cadence and baseline: over
 * the claims under drift topics that state either (a section can span chunks, so grouped here).
 */
function driftSections(parts: readonly { sentence: Sentence; part: number }[]): Match[] {
  const found: Match[] = [];
  for (const group of groupBy(parts, (p) => p.sentence.block.section)) {
    if (group.some((p) => p.part & 1) && group.some((p) => p.part & 2)) found.push(...group.map((p) => whole(p.sentence)));
  }
  return found;
}

/** A sentence that says how a failure is seen live. */
function isSignal(doc: DocModel, s: Sentence): boolean {
  const topic = topicOf(doc, s);
  return memoizedIn(s.memo, signalsFailure, topic, () => signalsFailure(s, topic));
}

function signalsFailure(s: Sentence, topic: string): boolean {
  if (has(s, ALERT)) {
    const text = plain(s);
    const threshold = hasQuantity(text) || has(s, CHANGE) || has(s, FAILURE_METRIC);
    if (ALERT_RECIPIENT.test(text) || testTopic(MONITOR_TOPIC, topic) || (ALERT_CONDITION.test(text) && threshold)) return true;
  }
  if (has(s, ANOMALY) || has(s, USER_REPORT) || has(s, LIVE_TRIGGER)) return true;
  if (has(s, DASHBOARD) && (has(s, FAILURE_METRIC) || hasQuantity(plain(s)))) return true;
  // Under a Monitoring heading: a failure metric watched on a schedule or against a number.
  return testTopic(MONITOR_TOPIC, topic) && has(s, FAILURE_METRIC) && (has(s, CADENCE) || hasQuantity(plain(s)));
}

/** What a claim gives a feedback loop: a destination (1), a signal (2), a signal besides its own destination (4). */
function loopPart(s: Sentence): number {
  const destination = assertedMatch(s, DESTINATION);
  return (destination ? 1 : 0) | (signalOutside(s) ? 2 : 0) | (destination && signalOutside(s, destination) ? 4 : 0);
}

/**
 * In one paragraph or one feedback section (parts in document order), each destination with
 * the signal that closes its loop, as positions in `parts`: the signal comes first or in the
 * same sentence, and is not the destination itself ("rewrite the examples" is not both).
 */
function loopsIn(parts: number[]): [number, number][] {
  const loops: [number, number][] = [];
  parts.forEach((part, i) => {
    if (!(part & 1)) return;
    for (let j = 0; j <= i; j++) {
      if (parts[j] & (j === i ? 4 : 2)) {
        loops.push([j, i]);
        break;
      }
    }
  });
  return loops;
}

/** A feedback signal in the sentence that is not part of `skip` (a destination match). */
function signalOutside(s: Sentence, skip?: Match): boolean {
  const inside = (i: number) => skip !== undefined && i >= skip.index && i < skip.index + skip.text.length;
  const holes = matchesIn(PLACEHOLDER_SPAN, s.text).map((m) => [m.index, m.index + m[0].length]);
  for (const m of scan(s.memo, SIGNAL, s.text)) {
    if (inside(m.index!) || holes.some(([a, b]) => m.index! >= a && m.index! < b)) continue;
    if (isAssertedAt(s, m.index!)) return true;
  }
  return false;
}

/** A sentence that tracks quality on a cadence: what excuses an improvement promise. */
function tracksOverTime(s: Sentence): boolean {
  return has(s, CADENCE) && has(s, TRACKING);
}

/** Sentences that can promise improvement or excuse a promise: not questions, non-goals or open questions. */
function mayPromise(doc: DocModel, s: Sentence): boolean {
  return !/\b(?:non-?goals?|open questions?|out of scope)\b/.test(topicOf(doc, s)) && !memoized(s.memo, isQuestion, () => isQuestion(s.text));
}

/** The sentence's promise that the model improves by itself, if it makes one (about the model, not people). */
function promiseIn(s: Sentence): { index: number; text: string } | null {
  return memoized(s.memo, promiseIn, () => {
    const modal = assertedMatch(s, PROMISE_MODAL);
    const match = modal && has(s, OVER_TIME) ? modal : assertedMatch(s, PROMISE_INHERENT);
    // "New hires will learn the codebase over time" is about people, not the model.
    if (!match || (!/^expect/i.test(match.text) && HUMAN_SUBJECT.test(s.text.slice(0, match.index)))) return null;
    return { index: match.index, text: match.text };
  });
}

/** Matches in document order, each source range once. */
export function unique(matches: readonly Match[]): Match[] {
  const seen = new Map<string, Match>();
  for (const m of matches) seen.set(`${m.start}:${m.end}`, m);
  return [...seen.values()].sort((a, b) => a.start - b.start);
}

/**
 * What one chunk says about operating the model, kept while the chunk and its context are
 * unchanged. Sentences are positions in `doc.chunkSentences[c]`; nothing here depends on
 * other chunks (a paragraph lies in one chunk, a section may not: sections are grouped later).
 */
interface ChunkMonitoring {
  /** Claims that measure drift by themselves. */
  drift: number[];
  /** Drift claims (by themselves or as part of a drift section) that name drift: they survive a deferral. */
  namesDrift: number[];
  /** Claims under a drift topic stating a cadence or a comparison, with driftPart's bits. */
  driftParts: [number, number][];
  /** A sentence says drift is not covered yet. */
  defers: boolean;
  signal: number[];
  /** Loops closed inside one paragraph: [signal, destination]. */
  paragraphLoops: [number, number][];
  /** Claims under a feedback topic holding a signal or destination, with loopPart's bits. */
  feedbackParts: [number, number][];
  /** Improvement promises: sentence, index and text of the match. */
  promises: [number, number, string][];
  /** Sentences whose tracking on a cadence excuses promises in their section. */
  trackers: number[];
}

function monitorChunk(doc: DocModel, c: number): ChunkMonitoring | null {
  const sentences = doc.chunkSentences[c];
  const facts: ChunkMonitoring = { drift: [], namesDrift: [], driftParts: [], defers: sentences.some(defersDriftIn), signal: [], paragraphLoops: [], feedbackParts: [], promises: [], trackers: [] };
  const claimed: number[] = [];
  sentences.forEach((s, i) => {
    if (mayPromise(doc, s)) {
      const promise = promiseIn(s);
      if (promise) facts.promises.push([i, promise.index, promise.text]);
      if (tracksOverTime(s)) facts.trackers.push(i);
    }
    if (!isClaim(doc, s)) return;
    claimed.push(i);
    const topic = topicOf(doc, s);
    const drift = testTopic(DRIFT_TOPIC, topic) ? driftPart(s) : 0;
    if (isDrift(s)) facts.drift.push(i);
    if (drift) facts.driftParts.push([i, drift]);
    if ((drift || isDrift(s)) && namesDrift(doc, s)) facts.namesDrift.push(i);
    if (isSignal(doc, s)) facts.signal.push(i);
    const loop = testTopic(FEEDBACK_TOPIC, topic) ? loopPart(s) : 0;
    if (loop) facts.feedbackParts.push([i, loop]);
  });
  // Only a paragraph holding a destination can close a loop: group just those.
  const blocks = new Set(claimed.filter((i) => assertedMatch(sentences[i], DESTINATION)).map((i) => sentences[i].block));
  for (const paragraph of groupBy(claimed.filter((i) => blocks.has(sentences[i].block)), (i) => sentences[i].block.index)) {
    for (const [signal, destination] of loopsIn(paragraph.map((i) => loopPart(sentences[i])))) facts.paragraphLoops.push([paragraph[signal], paragraph[destination]]);
  }
  // Most chunks say nothing about operating the model: null keeps the document step to a skip.
  const empty = !facts.defers && Object.values(facts).every((v) => !Array.isArray(v) || v.length === 0);
  return empty ? null : facts;
}

export const monitoring = defineConcept<MonitoringFacts>('monitoring', ({ doc }) => {
  const chunks = perChunk(doc, 'monitoring', (c) => monitorChunk(doc, c));
  // Per chunk, its hits as matches and sentences that follow the chunk when it moves (local.ts's concatChunks).
  const wholes = (pick: (f: ChunkMonitoring) => number[]) => (f: ChunkMonitoring, c: number) => pick(f).map((i) => wholeInChunk(doc.chunkSentences[c][i]));
  const parts = (pick: (f: ChunkMonitoring) => [number, number][]) => (f: ChunkMonitoring, c: number) => pick(f).map(([i, part]) => ({ sentence: doc.chunkSentences[c][i], part }));
  const drift = concatChunks('monitoring:drift', chunks, wholes((f) => f.drift));
  const driftParts = concatChunks('monitoring:drift-parts', chunks, parts((f) => f.driftParts));
  const signal = concatChunks('monitoring:signal', chunks, wholes((f) => f.signal));
  const loop = concatChunks('monitoring:loops', chunks, wholes((f) => f.paragraphLoops.flat())).slice();
  const feedbackParts = concatChunks('monitoring:feedback-parts', chunks, parts((f) => f.feedbackParts));
  const promised = concatChunks('monitoring:promises', chunks, (f, c) => f.promises.map(([i, index, text]) => toMatchInChunk(doc.chunkSentences[c][i], index, text)));
  const tracked = new Set(concatChunks('monitoring:trackers', chunks, (f, c) => f.trackers.map((i) => doc.chunkSentences[c][i])).map((s) => s.block.section));
  const deferred = chunks.some((f) => f !== null && f.defers);
  const named = deferred ? new Set(concatChunks('monitoring:names-drift', chunks, (f, c) => f.namesDrift.map((i) => doc.chunkSentences[c][i]))) : new Set<Sentence>();
  // A feedback section can span chunks: its loops are closed over its hits here.
  for (const group of groupBy(feedbackParts, (p) => p.sentence.block.section)) {
    for (const [a, b] of loopsIn(group.map((p) => p.part))) loop.push(whole(group[a].sentence), whole(group[b].sentence));
  }
  return {
    drift: withoutDeferred(deferred, unique([...drift, ...driftSections(driftParts)]), named),
    signal,
    loop: unique(loop),
    promises: promised.map((match) => ({ match, excused: tracked.has(match.sentence.block.section) })),
  };
});

/** whole(sentence), its offsets read through the sentence's block (so the match serves later versions). */
function wholeInChunk(sentence: Sentence): Match {
  return toMatchInChunk(sentence, 0, sentence.text);
}

/** The start of the next line with content after `offset` (or the end): inserting there keeps one blank line each side. */
export function nextLine(doc: DocModel, offset: number): number {
  let i = offset;
  while (i < doc.text.length && /\s/.test(doc.text[i])) i++;
  return i >= doc.text.length ? doc.text.length : doc.lines.starts[doc.lines.lineOf(i)];
}

/** Where a missing-rule points: the first pattern that names a section wins, else the first heading. */
export function anchorAt(doc: DocModel, patterns: RegExp[]): { start: number; end: number } {
  const pattern = patterns.find((p) => findSection(doc, p));
  return anchorFor(doc, pattern);
}

/** Titles of trailing sections a new section goes before (questions, appendix, timeline). */
const TRAILING = /\b(?:open questions?|questions|appendix|references|future(?: work| ideas)?|timeline|changelog|faq)\b/;

/**
 * Where a fix adds its section: inside an existing section for it (an empty heading, say),
 * else after the first section matching one of `after`, else before trailing open
 * questions / appendix, else at the end of the document.
 */
export function slotFor(doc: DocModel, own: RegExp, after: RegExp[]): { offset: number; heading: boolean } {
  const existing = doc.sections.find((s) => s.heading && !s.heading.quoted && own.test(s.title));
  if (existing) return { offset: nextLine(doc, sectionEnd(doc, existing)), heading: false };
  for (const pattern of after) {
    const section = doc.sections.find((s) => s.heading && !s.heading.quoted && s.depth > 1 && pattern.test(s.title));
    if (section) return { offset: nextLine(doc, sectionEnd(doc, section)), heading: true };
  }
  const tops = doc.sections.filter((s) => s.heading && !s.heading.quoted && s.depth > 1);
  const depth = Math.min(...tops.map((s) => s.depth));
  let trailing: number | undefined;
  for (const s of [...tops].reverse()) {
    if (s.depth !== depth) continue;
    if (!TRAILING.test(s.title)) break;
    trailing = s.start;
  }
  return { offset: trailing ?? doc.text.length, heading: true };
}
