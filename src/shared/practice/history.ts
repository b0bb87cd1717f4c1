// Practice history as plain data: reading and validating the stored attempts, recording a new
// one, and the progress the score view shows (trend of the total and of each dimension, the
// comparison with the previous attempt, and the dimension to work on next with a prompt for it).
import { promptsOfKind, isPracticeKind, type PracticeKind, type PracticePrompt } from './bank';

export interface AttemptDimension {
  id: string;
  label: string;
  score: number;
  max: number;
}

export interface PracticeAttempt {
  /** Unique per attempt: the file and when it was started. */
  id: string;
  promptId?: string;
  prompt: string;
  kind: PracticeKind;
  startedAt: string;
  finishedAt: string;
  timeLimitSec: number;
  timeUsedSec: number;
  /** null when the answer could not be scored (e.g. judged not to be about an AI product). */
  score: number | null;
  band: string;
  dimensions: AttemptDimension[];
  /** The answer file as shown to the user (workspace-relative when possible), and its URI. */
  file: string;
  uri: string;
}

export interface PracticeHistory {
  version: 1;
  attempts: PracticeAttempt[];
}

export class HistoryError extends Error {}

export function emptyHistory(): PracticeHistory {
  return { version: 1, attempts: [] };
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function toDimension(value: unknown): AttemptDimension | undefined {
  const d = value as Partial<AttemptDimension> | null;
  if (!d || !isString(d.id) || !isNumber(d.score) || !isNumber(d.max)) return undefined;
  return { id: d.id, label: isString(d.label) ? d.label : d.id, score: d.score, max: d.max };
}

/** One stored attempt, or undefined when the entry is not an attempt (it is then dropped). */
export function toAttempt(value: unknown): PracticeAttempt | undefined {
  const a = value as Partial<PracticeAttempt> | null;
  if (!a || typeof a !== 'object') return undefined;
  if (!isString(a.id) || !isString(a.prompt) || !isPracticeKind(a.kind) || !isString(a.finishedAt) || Number.isNaN(Date.parse(a.finishedAt))) return undefined;
  if (!(a.score === null || isNumber(a.score)) || !Array.isArray(a.dimensions)) return undefined;
  return {
    id: a.id,
    ...(isString(a.promptId) ? { promptId: a.promptId } : {}),
    prompt: a.prompt,
    kind: a.kind,
    startedAt: isString(a.startedAt) ? a.startedAt : a.finishedAt,
    finishedAt: a.finishedAt,
    timeLimitSec: isNumber(a.timeLimitSec) ? a.timeLimitSec : 0,
    timeUsedSec: isNumber(a.timeUsedSec) ? a.timeUsedSec : 0,
    score: a.score,
    band: isString(a.band) ? a.band : '',
    dimensions: a.dimensions.map(toDimension).filter((d): d is AttemptDimension => Boolean(d)),
    file: isString(a.file) ? a.file : '',
    uri: isString(a.uri) ? a.uri : '',
  };
}

/** The history file's text; throws HistoryError when it is not a history (never guesses). */
export function parseHistory(text: string): PracticeHistory {
  if (!text.trim()) return emptyHistory();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new HistoryError(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const attempts = (data as { attempts?: unknown } | null)?.attempts;
  if (!data || typeof data !== 'object' || !Array.isArray(attempts)) throw new HistoryError('expected an object with an "attempts" array');
  return { version: 1, attempts: sortAttempts(attempts.map(toAttempt).filter((a): a is PracticeAttempt => Boolean(a))) };
}

export function serializeHistory(history: PracticeHistory): string {
  return `${JSON.stringify(history, null, 2)}\n`;
}

function sortAttempts(attempts: PracticeAttempt[]): PracticeAttempt[] {
  return [...attempts].sort((a, b) => Date.parse(a.finishedAt) - Date.parse(b.finishedAt));
}

/** The history with `attempt` added (or replacing the stored attempt with the same id). */
export function recordAttempt(history: PracticeHistory, attempt: PracticeAttempt): PracticeHistory {
  return { version: 1, attempts: sortAttempts([...history.attempts.filter((a) => a.id !== attempt.id), attempt]) };
}

export interface TrendPoint {
  id: string;
  date: string;
  prompt: string;
  promptId?: string;
  file: string;
  uri: string;
  score: number;
  /** Dimension id → points. */
  dimensions: Record<string, number>;
  /** This point is the attempt of the document the view shows. */
  current: boolean;
}

export interface Comparison {
  /** Indexes into `points`: the earlier and the later attempt compared. */
  from: number;
  to: number;
  total: number;
  dimensions: Record<string, number>;
}

export interface Focus {
  id: string;
  label: string;
  max: number;
  /** Share of the dimension's points earned, averaged over the recent attempts (0–1). */
  share: number;
  /** How many recent attempts the share is averaged over. */
  over: number;
  suggestion?: Pick<PracticePrompt, 'id' | 'text' | 'domain'>;
}

export interface Trend {
  kind: PracticeKind;
  dimensions: { id: string; label: string; max: number }[];
  points: TrendPoint[];
  comparison?: Comparison;
  focus?: Focus;
}

/** How many attempts the chart shows, and how many recent ones pick the focus. */
export const TREND_LENGTH = 20;
export const FOCUS_WINDOW = 3;

/**
 * The progress of one kind of answer: its scored attempts in order (the latest TREND_LENGTH),
 * the current attempt (or the latest) compared with the one before it, and what to work on next.
 */
export function buildTrend(history: PracticeHistory, kind: PracticeKind, currentUri?: string): Trend {
  const scored = sortAttempts(history.attempts.filter((a) => a.kind === kind && a.score !== null));
  const latest = scored[scored.length - 1];
  const dimensions = (latest?.dimensions ?? []).map(({ id, label, max }) => ({ id, label, max }));
  const points: TrendPoint[] = scored.slice(-TREND_LENGTH).map((a) => ({
    id: a.id,
    date: a.finishedAt,
    prompt: a.prompt,
    ...(a.promptId ? { promptId: a.promptId } : {}),
    file: a.file,
    uri: a.uri,
    score: a.score as number,
    dimensions: Object.fromEntries(a.dimensions.map((d) => [d.id, d.score])),
    current: Boolean(currentUri) && a.uri === currentUri,
  }));
  const trend: Trend = { kind, dimensions, points };
  const currentIndex = points.map((p) => p.current).lastIndexOf(true);
  const to = currentIndex >= 0 ? currentIndex : points.length - 1;
  if (to >= 1) {
    const [a, b] = [points[to - 1], points[to]];
    trend.comparison = {
      from: to - 1,
      to,
      total: b.score - a.score,
      dimensions: Object.fromEntries(dimensions.filter((d) => d.id in a.dimensions && d.id in b.dimensions).map((d) => [d.id, b.dimensions[d.id] - a.dimensions[d.id]])),
    };
  }
  const focus = weakestDimension(scored.slice(-FOCUS_WINDOW));
  if (focus) {
    const suggestion = suggestPrompt(kind, focus.id, history.attempts);
    trend.focus = suggestion ? { ...focus, suggestion: { id: suggestion.id, text: suggestion.text, domain: suggestion.domain } } : focus;
  }
  return trend;
}

/**
 * The dimension that most needs work: the lowest share of its points over the given attempts;
 * on a tie, the one with more points at stake, then the earlier in the score's order.
 */
export function weakestDimension(attempts: readonly PracticeAttempt[]): Omit<Focus, 'suggestion'> | undefined {
  const latest = attempts[attempts.length - 1];
  if (!latest) return undefined;
  let best: Omit<Focus, 'suggestion'> | undefined;
  for (const d of latest.dimensions) {
    if (d.max <= 0) continue;
    const shares = attempts.map((a) => a.dimensions.find((x) => x.id === d.id)).filter((x): x is AttemptDimension => Boolean(x)).map((x) => x.score / x.max);
    const share = shares.reduce((s, x) => s + x, 0) / shares.length;
    if (share >= 1) continue;
    if (!best || share < best.share - 1e-9 || (Math.abs(share - best.share) <= 1e-9 && d.max > best.max)) {
      best = { id: d.id, label: d.label, max: d.max, share, over: shares.length };
    }
  }
  return best;
}

/**
 * A bank prompt of this kind that exercises the dimension: one never attempted if any (in bank
 * order), otherwise the one attempted longest ago.
 */
export function suggestPrompt(kind: PracticeKind, dimension: string, attempts: readonly PracticeAttempt[]): PracticePrompt | undefined {
  const candidates = promptsOfKind(kind).filter((p) => p.exercises.includes(dimension));
  if (!candidates.length) return undefined;
  const lastTried = new Map<string, number>();
  for (const a of attempts) if (a.promptId) lastTried.set(a.promptId, Math.max(lastTried.get(a.promptId) ?? 0, Date.parse(a.finishedAt)));
  const fresh = candidates.find((p) => !lastTried.has(p.id));
  if (fresh) return fresh;
  return [...candidates].sort((a, b) => (lastTried.get(a.id) ?? 0) - (lastTried.get(b.id) ?? 0))[0];
}
