// A practice answer file and its clock: the front matter a drill writes (kind, prompt, time
// limit, start), reading it back so a reopened file resumes its countdown, and the timer
// arithmetic. Plain string work (no YAML library): the extension must stay light.
import { isPracticeKind, type PracticeKind } from './bank';

export interface PracticeMeta {
  kind: PracticeKind;
  prompt: string;
  promptId?: string;
  /** Minutes, as written in the front matter (`timeLimit: 45`); fractions allowed. */
  timeLimitMinutes: number;
  startedAt: string;
  finishedAt?: string;
}

/** The new answer file: front matter, the prompt quoted (the interviewer's words), then room to answer. */
export function practiceFileText(meta: PracticeMeta): string {
  const lines = [
    '---',
    `kind: ${meta.kind}`,
    // Every bank prompt is about an AI product; a design answer is scored as one.
    ...(meta.kind === 'design' ? ['ai: true'] : []),
    `prompt: ${JSON.stringify(meta.prompt)}`,
    ...(meta.promptId ? [`promptId: ${meta.promptId}`] : []),
    `timeLimit: ${formatMinutes(meta.timeLimitMinutes)}`,
    `startedAt: ${meta.startedAt}`,
    '---',
    '',
    ...meta.prompt.split(/\r?\n/).map((l) => `> ${l}`.trimEnd()),
    '',
    '',
  ];
  return lines.join('\n');
}

/** The line (0-based) where the answer starts: just under the quoted prompt. */
export function answerLine(text: string): number {
  const lines = text.split(/\r?\n/);
  let i = lines.findIndex((l, n) => n > 0 && /^---\s*$/.test(l));
  if (i < 0) return 0;
  i++;
  while (i < lines.length && !lines[i].startsWith('>')) i++;
  while (i < lines.length && lines[i].startsWith('>')) i++;
  return Math.min(i + 1, lines.length - 1);
}

function formatMinutes(minutes: number): string {
  return String(Math.round(minutes * 1000) / 1000);
}

/** A scalar from a `key: value` front-matter line: double-quoted (JSON/YAML escapes), single-quoted or plain. */
function scalar(raw: string): string {
  const value = raw.trim();
  if (value.startsWith('"')) {
    try {
      return String(JSON.parse(value));
    } catch {
      return value.slice(1, value.endsWith('"') ? -1 : undefined);
    }
  }
  if (value.startsWith("'")) return value.slice(1, value.endsWith("'") ? -1 : undefined).replace(/''/g, "'");
  // A plain scalar ends at a comment (" #").
  const comment = value.search(/[ \t]#/);
  return (comment < 0 ? value : value.slice(0, comment)).trimEnd();
}

/** The practice keys of a document's front matter, or undefined when it is not a practice answer. */
export function readPracticeMeta(text: string): PracticeMeta | undefined {
  const m = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return undefined;
  const values: Record<string, string> = {};
  for (const line of m[1].split(/\r?\n/)) {
    const colon = line.indexOf(':');
    const key = line.slice(0, colon).trimEnd();
    if (colon > 0 && /^[A-Za-z][\w-]*$/.test(key)) values[key] = scalar(line.slice(colon + 1));
  }
  const kind = values.kind?.toLowerCase();
  const minutes = Number(values.timeLimit);
  if (!isPracticeKind(kind) || !values.prompt || !values.startedAt || Number.isNaN(Date.parse(values.startedAt)) || !(minutes > 0)) return undefined;
  return {
    kind,
    prompt: values.prompt,
    ...(values.promptId ? { promptId: values.promptId } : {}),
    timeLimitMinutes: minutes,
    startedAt: values.startedAt,
    ...(values.finishedAt && !Number.isNaN(Date.parse(values.finishedAt)) ? { finishedAt: values.finishedAt } : {}),
  };
}

/** Seconds left on the clock at `now` (never below 0). */
export function remainingSeconds(meta: Pick<PracticeMeta, 'startedAt' | 'timeLimitMinutes'>, now: number): number {
  return Math.max(0, Date.parse(meta.startedAt) + meta.timeLimitMinutes * 60_000 - now) / 1000;
}

/** Seconds spent, from the start to `end`, at most the time limit. */
export function usedSeconds(meta: Pick<PracticeMeta, 'startedAt' | 'timeLimitMinutes'>, end: number): number {
  return Math.round(Math.min(meta.timeLimitMinutes * 60, Math.max(0, (end - Date.parse(meta.startedAt)) / 1000)));
}

/** When the "time is nearly up" notice comes: five minutes before the end, or halfway through a shorter drill. */
export function noticeLeadSeconds(limitSeconds: number): number {
  return Math.min(300, limitSeconds / 2);
}

/** 44:59, or 1:02:03 past an hour; whole seconds rounded up so 0:00 means time is up. */
export function formatClock(seconds: number): string {
  const total = Math.max(0, Math.ceil(seconds - 1e-9));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** "12 min", "45 s": a duration for people. */
export function formatDuration(seconds: number): string {
  if (seconds < 90) return `${Math.round(seconds)} s`;
  return `${Math.round(seconds / 60)} min`;
}

/** File name for a new answer: date, time and prompt, e.g. 2026-11-26-1002-homework-hints.design.md. */
export function practiceFileName(kind: PracticeKind, promptId: string | undefined, date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
  const slug = promptId ? promptId.replace(/^(?:design|behavioral)-/, '') : 'own-prompt';
  return `${stamp}-${slug}.${kind}.md`;
}
