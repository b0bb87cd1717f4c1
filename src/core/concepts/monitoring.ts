// Operating the model after launch, found once per document: drift metrics, live production
// signals, feedback loops, and promises that the model will improve by itself.
import { defineConcept } from '../rule';
import type { Block, DocModel, Sentence } from '../model';
import { isAssertedAt, toMatch, type Match } from '../find';
import { hasQuantity, isDeferredAt, isQuestion, NEGATIVE_TOPIC } from '../text';
import { anchorFor, findSection, sectionEnd } from '../fixes';
import { compile } from '../lexicon/schedule';
import * as L from '../lexicon/monitoring';
import { globalOf, memoized, memoizedIn, scan } from '../memo';

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
  drift: Match[];
  signal: Match[];
  loop: Match[];
  promises: ImprovementPromise[];
}

/** The first match of `pattern` the author asserts in the sentence (outside fix placeholders). */
export function assertedMatch(sentence: Sentence, pattern: RegExp): Match | undefined {
  // Kept with the sentence across versions: only its index, since offsets move with edits above.
  const at = memoized(sentence.memo, assertedKey(pattern), () => {
    const holes = sentence.text.includes('[fill in') ? [...sentence.text.matchAll(PLACEHOLDER_SPAN)].map((m) => [m.index, m.index + m[0].length]) : [];
    for (const m of scan(sentence.memo, pattern, sentence.text)) {
      if (holes.some(([a, b]) => m.index! >= a && m.index! < b)) continue;
      if (isAssertedAt(sentence, m.index!)) return { index: m.index!, text: m[0] };
    }
    return null;
  });
  return at ? toMatch(sentence, at.index, at.text) : undefined;
}

const ASSERTED_KEYS = new WeakMap<RegExp, object>();

function assertedKey(pattern: RegExp): object {
  let key = ASSERTED_KEYS.get(pattern);
  if (!key) ASSERTED_KEYS.set(pattern, (key = {}));
  return key;
}

/** The sentence without fix placeholders. */
export function plain(sentence: Sentence): string {
  return sentence.text.replace(PLACEHOLDER_SPAN, ' ');
}

export function has(sentence: Sentence, pattern: RegExp): boolean {
  return assertedMatch(sentence, pattern) !== undefined;
}

/** Sentences that can carry the author's claims: no questions, open questions or non-goals. */
export function claims(doc: DocModel): Sentence[] {
  // The document title is not a topic: "Design question: …" is not an open question.
  return doc.sentences.filter((s) => !NEGATIVE_TOPIC.test(topicOf(doc, s)) && memoized(s.memo, claims, () => !isQuestion(s.text) && !DEFERRED_LABEL.test(s.text) && !isUnfilled(s)));
}

/** "Baseline: [fill in: …]" — a label whose only value is a fix placeholder. */
function isUnfilled(sentence: Sentence): boolean {
  return /\[fill in/i.test(sentence.text) && /^[^:]{0,60}:?[\s.,;:]*$/.test(plain(sentence).trim());
}

/** The heading path and labels above a sentence, without the document title (an H1). */
export function topicOf(doc: DocModel, sentence: Sentence): string {
  const block = sentence.block;
  let topic = TOPICS.get(block);
  if (topic === undefined) {
    let titles = TITLES.get(doc);
    if (!titles) TITLES.set(doc, (titles = new Set(doc.sections.filter((s) => s.depth === 1).map((s) => s.title))));
    topic = block.topic
      .split(' > ')
      .filter((part) => !titles.has(part))
      .join(' > ');
    TOPICS.set(block, topic);
  }
  return topic;
}

const TITLES = new WeakMap<DocModel, Set<string>>();
/** Blocks belong to one version of the document, so their topics can be kept for it. */
const TOPICS = new WeakMap<Block, string>();

/** Whole-sentence evidence for a sentence. */
export function whole(sentence: Sentence): Match {
  return toMatch(sentence, 0, sentence.text);
}

/** Groups sentences by a key (section or block), in document order. */
export function groupBy(sentences: Sentence[], key: (s: Sentence) => number): Sentence[][] {
  const groups = new Map<number, Sentence[]>();
  for (const s of sentences) {
    const k = key(s);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(s);
  }
  return [...groups.values()];
}

/** A sentence that compares behaviour over time against a baseline (read once per sentence text). */
function isDrift(s: Sentence): boolean {
  return memoized(s.memo, isDrift, () => measuresDrift(s));
}

function measuresDrift(s: Sentence): boolean {
  const overTime = has(s, TEMPORAL) || has(s, RERUN) || has(s, COMPARISON) || has(s, CHANGE);
  if (has(s, DRIFT)) {
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
function withoutDeferred(doc: DocModel, drift: Match[]): Match[] {
  const deferred = doc.sentences.some((s) => memoizedIn(s.memo, defersDrift, s.block.topic, () => !isQuestion(s.text) && defersDrift(s)));
  if (!deferred) return drift;
  return drift.filter((m) => DRIFT.test(plain(m.sentence)) || DRIFT_TOPIC.test(topicOf(doc, m.sentence)));
}

function defersDrift(s: Sentence): boolean {
  const text = plain(s);
  const heading = s.block.topic.split(' > ').pop() ?? '';
  // A drift heading whose only content is a deferral: "## Drift" → "TBD, once we have traffic."
  if (DRIFT_TOPIC.test(heading.toLowerCase()) && isDeferredAt(text, 0) && !DRIFT.test(text) && !has(s, CADENCE)) return true;
  for (const m of text.matchAll(globalOf(DRIFT))) {
    // "Drift alert thresholds: TBD" leaves a detail open, not drift detection itself.
    if (DRIFT_DETAIL.test(text.slice(m.index + m[0].length))) continue;
    if (isDeferredAt(text, m.index) || DEFERRED_LABEL.test(text.slice(m.index))) return true;
  }
  return false;
}

const DRIFT_DETAIL = /^[\s-]*(?:alert(?:ing)?|threshold|limit|window|dashboard|owner|routing|page|paging|notification)s?\b|^\s+alert \w+/i;

/** Under a drift heading or label, the section as a whole can state cadence and baseline. */
function driftSections(doc: DocModel, sentences: Sentence[]): Match[] {
  const found: Match[] = [];
  for (const group of groupBy(sentences.filter((s) => DRIFT_TOPIC.test(topicOf(doc, s))), (s) => s.block.section)) {
    const isCadence = (s: Sentence) => has(s, CADENCE);
    const isAgainst = (s: Sentence) => has(s, TEMPORAL) || has(s, RERUN) || has(s, COMPARISON) || has(s, CHANGE) || has(s, BASELINE);
    if (group.some(isCadence) && group.some(isAgainst)) found.push(...group.filter((s) => isCadence(s) || isAgainst(s)).map(whole));
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
    if (ALERT_RECIPIENT.test(text) || MONITOR_TOPIC.test(topic) || (ALERT_CONDITION.test(text) && threshold)) return true;
  }
  if (has(s, ANOMALY) || has(s, USER_REPORT) || has(s, LIVE_TRIGGER)) return true;
  if (has(s, DASHBOARD) && (has(s, FAILURE_METRIC) || hasQuantity(plain(s)))) return true;
  // Under a Monitoring heading: a failure metric watched on a schedule or against a number.
  return MONITOR_TOPIC.test(topic) && has(s, FAILURE_METRIC) && (has(s, CADENCE) || hasQuantity(plain(s)));
}

/** Signal and destination in one sentence, one paragraph, or one feedback section. */
function feedbackLoops(doc: DocModel, sentences: Sentence[]): Match[] {
  const found: Match[] = [];
  // Only a paragraph holding a destination can close a loop: group just those.
  const blocks = new Set(sentences.filter((s) => assertedMatch(s, DESTINATION)).map((s) => s.block.index));
  const byBlock = groupBy(sentences.filter((s) => blocks.has(s.block.index)), (s) => s.block.index);
  const bySection = groupBy(sentences.filter((s) => FEEDBACK_TOPIC.test(topicOf(doc, s))), (s) => s.block.section);
  for (const group of [...byBlock, ...bySection]) {
    for (const [i, s] of group.entries()) {
      const destination = assertedMatch(s, DESTINATION);
      if (!destination) continue;
      // The signal comes first or in the same sentence, and is not the destination itself
      // ("rewrite the examples" is not both).
      const signal = group.slice(0, i + 1).find((t) => signalOutside(t, t === s ? destination : undefined));
      if (signal) found.push(whole(signal), whole(s));
    }
  }
  return found;
}

/** A feedback signal in the sentence that is not part of `skip` (a destination match). */
function signalOutside(s: Sentence, skip?: Match): boolean {
  const inside = (i: number) => skip !== undefined && i >= skip.index && i < skip.index + skip.text.length;
  const holes = [...s.text.matchAll(PLACEHOLDER_SPAN)].map((m) => [m.index, m.index + m[0].length]);
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

function improvementPromises(doc: DocModel): ImprovementPromise[] {
  const sentences = doc.sentences.filter((s) => !/\b(?:non-?goals?|open questions?|out of scope)\b/.test(topicOf(doc, s)) && !memoized(s.memo, isQuestion, () => isQuestion(s.text)));
  const promises: ImprovementPromise[] = [];
  for (const s of sentences) {
    const match = promiseIn(s);
    if (!match) continue;
    const excused = sentences.some((t) => t.block.section === s.block.section && tracksOverTime(t));
    promises.push({ match, excused });
  }
  return promises;
}

/** The sentence's promise that the model improves by itself, if it makes one (about the model, not people). */
function promiseIn(s: Sentence): Match | undefined {
  const at = memoized(s.memo, promiseIn, () => {
    const modal = assertedMatch(s, PROMISE_MODAL);
    const match = modal && has(s, OVER_TIME) ? modal : assertedMatch(s, PROMISE_INHERENT);
    // "New hires will learn the codebase over time" is about people, not the model.
    if (!match || (!/^expect/i.test(match.text) && HUMAN_SUBJECT.test(s.text.slice(0, match.index)))) return null;
    return { index: match.index, text: match.text };
  });
  return at ? toMatch(s, at.index, at.text) : undefined;
}

/** Matches in document order, each source range once. */
export function unique(matches: Match[]): Match[] {
  const seen = new Map<string, Match>();
  for (const m of matches) seen.set(`${m.start}:${m.end}`, m);
  return [...seen.values()].sort((a, b) => a.start - b.start);
}

export const monitoring = defineConcept<MonitoringFacts>('monitoring', ({ doc }) => {
  const sentences = claims(doc);
  return {
    drift: withoutDeferred(doc, unique([...sentences.filter(isDrift).map(whole), ...driftSections(doc, sentences)])),
    signal: sentences.filter((s) => isSignal(doc, s)).map(whole),
    loop: unique(feedbackLoops(doc, sentences)),
    promises: improvementPromises(doc),
  };
});

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
