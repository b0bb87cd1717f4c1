// Practice mode's pure parts: the prompt bank is well-formed and covers what the issue promises;
// practice files keep their clock in front matter without upsetting the analyzer; history and
// trend logic compare attempts and pick what to work on next; `redline practice` uses the bank.
import { strict as assert } from 'assert';
import { lint, score } from '../../src/core';
import {
  BEHAVIORAL_DIMENSIONS,
  BEHAVIORAL_DOMAINS,
  DESIGN_DIMENSIONS,
  DESIGN_DOMAINS,
  PRACTICE_PROMPTS,
  pickPrompt,
  promptById,
  promptsOfKind,
} from '../../src/shared/practice/bank';
import { seededRandom } from '../../src/shared/random';
import { buildTrend, emptyHistory, parseHistory, recordAttempt, serializeHistory, suggestPrompt, weakestDimension, HistoryError, type PracticeAttempt } from '../../src/shared/practice/history';
import { answerLine, formatClock, noticeLeadSeconds, practiceFileName, practiceFileText, readPracticeMeta, remainingSeconds, usedSeconds } from '../../src/shared/practice/session';
import { main } from '../../src/cli/main';
import type { RunContext } from '../../src/cli/run';

describe('practice prompt bank', () => {
  it('has at least 30 design and 15 behavioral prompts', () => {
    assert.ok(promptsOfKind('design').length >= 30, `${promptsOfKind('design').length} design prompts`);
    assert.ok(promptsOfKind('behavioral').length >= 15, `${promptsOfKind('behavioral').length} behavioral prompts`);
    assert.equal(promptsOfKind().length, PRACTICE_PROMPTS.length);
  });

  it('covers every promised domain, with at least two prompts each', () => {
    for (const domain of ['tutoring', 'shopping', 'invoicing', 'support-rag', 'health', 'code-generation', 'ads', 'hr', 'search']) {
      assert.ok(promptsOfKind('design').filter((p) => p.domain === domain).length >= 2, domain);
    }
    for (const domain of ['risk', 'misuse', 'privacy', 'stability']) {
      assert.ok(promptsOfKind('behavioral').filter((p) => p.domain === domain).length >= 3, domain);
    }
    for (const p of PRACTICE_PROMPTS) {
      const domains: readonly string[] = p.kind === 'design' ? DESIGN_DOMAINS : BEHAVIORAL_DOMAINS;
      assert.ok(domains.includes(p.domain), `${p.id}: domain ${p.domain}`);
    }
  });

  it('gives every prompt a unique, stable id, real text and dimensions of its own kind', () => {
    const ids = new Set<string>();
    const texts = new Set<string>();
    for (const p of PRACTICE_PROMPTS) {
      assert.match(p.id, new RegExp(`^${p.kind}-[a-z0-9]+(?:-[a-z0-9]+)*$`), p.id);
      assert.ok(!ids.has(p.id), `duplicate id ${p.id}`);
      ids.add(p.id);
      assert.ok(p.text.trim().length >= 40 && p.text === p.text.trim(), `${p.id}: text`);
      assert.ok(!texts.has(p.text.toLowerCase()), `duplicate text ${p.id}`);
      texts.add(p.text.toLowerCase());
      assert.match(p.text, /[.?]$/, `${p.id} ends like a sentence`);
      assert.ok(!/\n/.test(p.text), `${p.id} is one line`);
      if (p.kind === 'design') assert.match(p.text, /^Design /, p.id);
      else assert.match(p.text, /^(?:Tell me about|Describe) /, p.id);
      const dims: readonly string[] = p.kind === 'design' ? DESIGN_DIMENSIONS : BEHAVIORAL_DIMENSIONS;
      assert.ok(p.exercises.length >= 2, `${p.id} exercises ≥ 2 dimensions`);
      for (const d of p.exercises) assert.ok(dims.includes(d), `${p.id}: ${d} is not a ${p.kind} dimension`);
      assert.equal(promptById(p.id), p);
    }
  });

  it('names the dimensions the score actually has, and exercises each one with at least three prompts', () => {
    const designDims = score('---\nkind: design\nai: true\n---\n\n# Design an AI tutor\n\nAn LLM gives hints.\n').dimensions.map((d) => d.id);
    const storyDims = score('---\nkind: behavioral\n---\n\n# Tell me about a time\n\nI led a launch.\n').dimensions.map((d) => d.id);
    assert.deepEqual([...DESIGN_DIMENSIONS], designDims);
    assert.deepEqual([...BEHAVIORAL_DIMENSIONS], storyDims);
    for (const d of [...DESIGN_DIMENSIONS, ...BEHAVIORAL_DIMENSIONS]) {
      assert.ok(PRACTICE_PROMPTS.filter((p) => p.exercises.includes(d)).length >= 3, d);
    }
  });

  it('picks deterministically with a seed, only of the kind asked, and reaches many prompts', () => {
    assert.equal(pickPrompt('design', seededRandom(7)).id, pickPrompt('design', seededRandom(7)).id);
    const seen = new Set<string>();
    for (let seed = 0; seed < 200; seed++) {
      const p = pickPrompt('behavioral', seededRandom(seed));
      assert.equal(p.kind, 'behavioral');
      seen.add(p.id);
    }
    assert.ok(seen.size >= 12, `200 seeds reached only ${seen.size} behavioral prompts`);
    assert.equal(pickPrompt(undefined, () => 0.999999).id, PRACTICE_PROMPTS[PRACTICE_PROMPTS.length - 1].id);
  });
});

describe('practice answer files', () => {
  const meta = {
    kind: 'design' as const,
    prompt: 'Design an "AI" tutor: hints, not answers — for 6–8th grade?',
    promptId: 'design-homework-hints',
    timeLimitMinutes: 0.1,
    startedAt: '2026-11-26T10:00:00.000Z',
  };

  it('writes the clock into front matter and reads it back exactly', () => {
    const text = practiceFileText(meta);
    assert.deepEqual(readPracticeMeta(text), meta);
    const finished = text.replace('startedAt:', 'finishedAt: 2026-11-26T10:05:00.000Z\nstartedAt:');
    assert.equal(readPracticeMeta(finished)?.finishedAt, '2026-11-26T10:05:00.000Z');
    assert.equal(readPracticeMeta('# Notes\n\nkind: design\n'), undefined, 'no front matter, not a practice file');
    assert.equal(readPracticeMeta('---\nkind: design\n---\n'), undefined, 'a design answer without a clock is not a practice file');
    assert.equal(readPracticeMeta('---\nkind: prd\nprompt: x\ntimeLimit: 5\nstartedAt: 2026-11-26T10:00:00Z\n---\n'), undefined, 'a PRD is never a practice answer');
  });

  it('puts the answer line under the quoted prompt', () => {
    const text = practiceFileText(meta);
    const lines = text.split('\n');
    const at = answerLine(text);
    assert.match(lines[at - 2], /^> Design an "AI" tutor/);
    assert.equal(lines[at], '');
  });

  it('keeps the analyzer reading the kind from front matter, with no finding caused by the practice keys', () => {
    const body = '\nI would start with what the tutor must never do.\n';
    const practice = lint(practiceFileText(meta) + body, { filename: 'practice/2026-11-26-100000-homework-hints.design.md' });
    const plain = lint(`---\nkind: design\nai: true\n---\n\n> ${meta.prompt}\n\n${body}`, { filename: 'practice/2026-11-26-100000-homework-hints.design.md' });
    assert.equal(practice.kind, 'design');
    assert.equal(practice.kindSource, 'frontmatter');
    assert.equal(practice.ai, true);
    assert.deepEqual(practice.ruleErrors, []);
    assert.deepEqual(practice.diagnostics.map((d) => d.ruleId).sort(), plain.diagnostics.map((d) => d.ruleId).sort());
    const story = lint(practiceFileText({ ...meta, kind: 'behavioral', prompt: 'Tell me about a time you paused a launch.' }));
    assert.equal(story.kind, 'behavioral');
  });

  it('counts the clock down from startedAt and warns five minutes before the end (halfway in a short drill)', () => {
    const start = Date.parse(meta.startedAt);
    const long = { startedAt: meta.startedAt, timeLimitMinutes: 45 };
    assert.equal(remainingSeconds(long, start), 2700);
    assert.equal(remainingSeconds(long, start + 2700_000 + 5000), 0);
    assert.equal(usedSeconds(long, start + 61_400), 61);
    assert.equal(usedSeconds(long, start + 10 * 3600_000), 2700, 'time used never exceeds the limit');
    assert.equal(noticeLeadSeconds(45 * 60), 300);
    assert.equal(noticeLeadSeconds(10 * 60), 300);
    assert.equal(noticeLeadSeconds(6), 3);
    assert.equal(formatClock(2700), '45:00');
    assert.equal(formatClock(299.2), '5:00');
    assert.equal(formatClock(0), '0:00');
    assert.equal(formatClock(3723), '1:02:03');
  });

  it('names files by time and prompt, with the kind suffix', () => {
    const name = practiceFileName('behavioral', 'behavioral-paused-launch', new Date(2026, 10, 26, 9, 5, 7));
    assert.equal(name, '2026-11-26-090507-paused-launch.behavioral.md');
    assert.match(practiceFileName('design', undefined, new Date(2026, 0, 2, 3, 4, 5)), /^2026-01-02-030405-own-prompt\.design\.md$/);
  });
});

function attempt(n: number, scores: Record<string, number>, overrides: Partial<PracticeAttempt> = {}): PracticeAttempt {
  const max: Record<string, number> = { 'failure-first': 20, tlc: 20, 'kpis-drift': 15, 'escape-valves': 15, evaluation: 10, 'production-signal': 10, 'trade-offs': 10 };
  const dimensions = Object.keys(max).map((id) => ({ id, label: id.toUpperCase(), score: scores[id] ?? 0, max: max[id] }));
  return {
    id: `file:///w/practice/a${n}.design.md#2026-11-2${n}T10:00:00.000Z`,
    promptId: 'design-homework-hints',
    prompt: `prompt ${n}`,
    kind: 'design',
    startedAt: `2026-11-2${n}T10:00:00.000Z`,
    finishedAt: `2026-11-2${n}T10:40:00.000Z`,
    timeLimitSec: 2700,
    timeUsedSec: 2400,
    score: dimensions.reduce((s, d) => s + d.score, 0),
    band: 'Traditional',
    dimensions,
    file: `practice/a${n}.design.md`,
    uri: `file:///w/practice/a${n}.design.md`,
    ...overrides,
  };
}

describe('practice history and trend', () => {
  const first = attempt(1, { 'failure-first': 20, tlc: 0, 'kpis-drift': 6, 'escape-valves': 15, evaluation: 5, 'production-signal': 3, 'trade-offs': 5 });
  const second = attempt(2, { 'failure-first': 20, tlc: 9, 'kpis-drift': 6, 'escape-valves': 8, evaluation: 10, 'production-signal': 3, 'trade-offs': 5 });

  it('stores attempts as JSON in finishing order, replacing an attempt recorded again', () => {
    let history = recordAttempt(recordAttempt(emptyHistory(), second), first);
    assert.deepEqual(history.attempts.map((a) => a.id), [first.id, second.id]);
    history = recordAttempt(history, { ...first, score: 99 });
    assert.equal(history.attempts.length, 2);
    const back = parseHistory(serializeHistory(history));
    assert.deepEqual(back, history);
  });

  it('reads a history tolerantly but never guesses at a broken file', () => {
    assert.deepEqual(parseHistory(''), emptyHistory());
    const mixed = JSON.stringify({ version: 1, attempts: [first, { id: 'x' }, 42, { ...second, kind: 'prd' }] });
    assert.deepEqual(parseHistory(mixed).attempts.map((a) => a.id), [first.id]);
    assert.throws(() => parseHistory('{"attempts": [}'), HistoryError);
    assert.throws(() => parseHistory('[]'), HistoryError);
  });

  it('compares the current attempt with the one before it, in total and per dimension', () => {
    const history = recordAttempt(recordAttempt(emptyHistory(), first), second);
    const trend = buildTrend(history, 'design', second.uri);
    assert.deepEqual(trend.points.map((p) => p.score), [54, 61]);
    assert.deepEqual(trend.points.map((p) => p.current), [false, true]);
    assert.deepEqual(trend.comparison, {
      from: 0,
      to: 1,
      total: 7,
      dimensions: { 'failure-first': 0, tlc: 9, 'kpis-drift': 0, 'escape-valves': -7, evaluation: 5, 'production-signal': 0, 'trade-offs': 0 },
    });
    assert.equal(trend.dimensions.length, 7);
    // Viewing the first attempt: nothing before it to compare with.
    assert.equal(buildTrend(history, 'design', first.uri).comparison, undefined);
    // Behavioral attempts are a separate trend.
    assert.deepEqual(buildTrend(history, 'behavioral').points, []);
  });

  it('leaves unscored attempts out of the trend and keeps only the latest attempts in the chart', () => {
    let history = emptyHistory();
    for (let i = 0; i < 25; i++) history = recordAttempt(history, { ...first, id: `a${i}`, finishedAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(), score: i });
    history = recordAttempt(history, { ...second, score: null });
    const trend = buildTrend(history, 'design');
    assert.equal(trend.points.length, 20);
    assert.equal(trend.points[19].score, 24);
    assert.equal(trend.comparison?.total, 1);
  });

  it('works next on the dimension with the lowest share of its points over recent attempts', () => {
    // TLC: 0/20 then 9/20 (22%); production signal: 3/10 twice (30%); kpis 6/15 (40%).
    assert.equal(weakestDimension([first, second])?.id, 'tlc');
    assert.equal(weakestDimension([second])?.id, 'production-signal');
    const focus = buildTrend(recordAttempt(recordAttempt(emptyHistory(), first), second), 'design').focus;
    assert.equal(focus?.id, 'tlc');
    assert.ok(focus && Math.abs(focus.share - 0.225) < 1e-9 && focus.over === 2);
    const suggestion = focus?.suggestion && promptById(focus.suggestion.id);
    assert.ok(suggestion && suggestion.kind === 'design' && suggestion.exercises.includes('tlc'), JSON.stringify(focus?.suggestion));
    const full = attempt(3, { 'failure-first': 20, tlc: 20, 'kpis-drift': 15, 'escape-valves': 15, evaluation: 10, 'production-signal': 10, 'trade-offs': 10 });
    assert.equal(weakestDimension([full]), undefined, 'a perfect answer has nothing to work on');
  });

  it('suggests a prompt not yet tried, else the one tried longest ago', () => {
    const tlc = promptsOfKind('design').filter((p) => p.exercises.includes('tlc'));
    const tried = tlc.map((p, i) => attempt(1, {}, { promptId: p.id, finishedAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString() }));
    assert.equal(suggestPrompt('design', 'tlc', tried.slice(0, 1))?.id, tlc[1].id);
    assert.equal(suggestPrompt('design', 'tlc', [...tried.slice(1), tried[0]])?.id, tlc[0].id);
    const reversed = tried.map((a, i) => ({ ...a, finishedAt: new Date(Date.UTC(2026, 0, 30 - i)).toISOString() }));
    assert.equal(suggestPrompt('design', 'tlc', reversed)?.id, tlc[tlc.length - 1].id);
    assert.equal(suggestPrompt('design', 'no-such-dimension', []), undefined);
  });
});

describe('redline practice', () => {
  async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const ctx = { cwd: process.cwd(), version: '0.0.0', stdout: { write: (s: string) => ((stdout += s), true) }, stderr: { write: (s: string) => ((stderr += s), true) } } as unknown as RunContext;
    const code = await main(args, ctx);
    return { code, stdout, stderr };
  }

  it('prints a bank prompt of the kind asked, the same one for the same seed', async () => {
    const a = await run(['practice', '--kind', 'behavioral', '--json', '--seed', '42']);
    assert.equal(a.code, 0, a.stderr);
    const prompt = JSON.parse(a.stdout);
    assert.equal(prompt.kind, 'behavioral');
    assert.deepEqual({ ...prompt, timeLimitMinutes: undefined }, { ...promptById(prompt.id), timeLimitMinutes: undefined });
    assert.equal(prompt.timeLimitMinutes, 10);
    const b = await run(['practice', '--kind', 'behavioral', '--format', 'json', '--seed', '42']);
    assert.equal(JSON.parse(b.stdout).id, prompt.id);
  });

  it('prints the prompt for a person, with its time limit and how to score the answer', async () => {
    const r = await run(['practice', '--kind', 'design', '--seed', '3']);
    assert.equal(r.code, 0, r.stderr);
    const id = /\((design-[a-z0-9-]+)\)/.exec(r.stdout)?.[1];
    assert.ok(id && promptById(id), r.stdout);
    assert.ok(r.stdout.includes(promptById(id)!.text));
    assert.match(r.stdout, /45 min/);
    assert.match(r.stdout, /redline score answer\.design\.md/);
  });

  it('rejects what does not apply to practice', async () => {
    for (const [args, message] of [
      [['practice', '--kind', 'prd'], /must be design or behavioral/],
      [['practice', '--seed', 'x'], /--seed must be a whole number/],
      [['practice', 'a.md'], /"practice" takes no paths/],
      [['practice', '--quiet'], /--quiet does not apply to "practice"/],
      [['check', '--seed', '1', 'a.md'], /--seed does not apply to "check"/],
    ] as [string[], RegExp][]) {
      const r = await run(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, message);
    }
    const help = await run(['--help']);
    assert.match(help.stdout, /practice +print a random interview prompt/);
  });
});
