// Practice mode in the real editor: a drill from the bank with a short time limit set by
// configuration runs out of time, is scored (the same score as `redline score`) and stored in
// .redline/history.json; a second attempt, finished by command, is shown in the score view
// compared with the first; "Practice history" opens an attempt's file.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EVENT_TIMEOUT, cliScore, extension, readText } from './helpers';

interface Dimension {
  id: string;
  label: string;
  score: number;
  max: number;
}

interface Attempt {
  id: string;
  promptId?: string;
  prompt: string;
  kind: string;
  startedAt: string;
  finishedAt: string;
  timeLimitSec: number;
  timeUsedSec: number;
  score: number | null;
  band: string;
  dimensions: Dimension[];
  file: string;
  uri: string;
}

interface Trend {
  kind: string;
  dimensions: { id: string; label: string; max: number }[];
  points: { id: string; score: number; dimensions: Record<string, number>; current: boolean; promptId?: string }[];
  comparison?: { from: number; to: number; total: number; dimensions: Record<string, number> };
  focus?: { id: string; label: string; suggestion?: { id: string; text: string } };
}

interface FinishResult {
  attempt: Attempt;
  recorded: boolean;
  reason: 'command' | 'time-up';
  warned: boolean;
  view?: { type: string; file: string; result: { score: number | null } | null; practice?: { kind: string; prompt: string; finished: boolean; trend: Trend } };
}

interface PracticeApi {
  state(): { running: boolean; uri?: string; remainingSeconds?: number; statusText: string; noticeShown: boolean };
  onDidFinish: vscode.Event<FinishResult>;
}

interface Started {
  uri: string;
  meta: { kind: string; prompt: string; promptId?: string; timeLimitMinutes: number; startedAt: string };
}

const WEAK = 'I would build a chatbot with an LLM that explains algebra steps. Success is launching before September.\n';

const STRONG = `## Red lines

- The advisor must never recommend a size for a product with no size chart on file.
- It must never infer body measurements from photos the shopper did not submit for that purpose.
- It must never show a size as certain when the model confidence is below the floor.

## TLC

- Task precision: at least 85% of recommended sizes are kept (not returned for fit) on a frozen set of 2,000 past orders.
- Latency tolerance: p95 ≤ 400 ms for a recommendation.
- Confidence floor: below a confidence of 0.6 the advisor abstains and shows the size chart instead.

## Fallback ladder

- Human: a stylist answers fit questions in chat within 5 minutes when the shopper asks.
- Rule-based: the brand's size chart and the shopper's past kept sizes.
- Null: the advisor says it does not know and shows the chart.

## KPIs and drift

- Wrong-size rate: returns for fit stay at or below 8% of recommended orders.
- Drift: every week we re-run the frozen order set and compare with the launch baseline; a drop of more than 3 points alerts the on-call PM.

## Evaluation plan

- Offline eval set of 2,000 orders; launch gate: kept-size rate ≥ 85% and wrong-size rate ≤ 8%.
- A/B test with the kept-size rate as primary metric and fit returns served to shoppers as the harm metric.

## Monitoring and feedback

- An alert fires when the daily fit-return rate exceeds 10%.
- Shoppers' "wrong size" flags and return reasons go into the eval set every week and retune the prompt.
`;

const HISTORY = '.redline/history.json';

async function history(): Promise<Attempt[]> {
  return (JSON.parse(await readText(HISTORY)) as { attempts: Attempt[] }).attempts;
}

/** Resolves with the next finished drill (the time-up path finishes without a command). */
function nextFinish(api: PracticeApi): Promise<FinishResult> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no practice finished within ${EVENT_TIMEOUT / 1000} s; state: ${JSON.stringify(api.state())}`));
    }, EVENT_TIMEOUT);
    const sub = api.onDidFinish((r) => {
      clearTimeout(timer);
      sub.dispose();
      resolve(r);
    });
  });
}

/** Types the answer where the drill put the cursor, as the user would. */
async function typeAnswer(text: string): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  assert.ok(editor, 'the drill left no active editor');
  assert.ok(await editor.edit((b) => b.insert(editor.selection.active, text)), 'the editor refused the typing');
}

suite('practice mode', () => {
  let api: PracticeApi;
  const config = () => vscode.workspace.getConfiguration('redline');

  suiteSetup(async () => {
    api = ((await extension().activate()) as { practice: PracticeApi }).practice;
    assert.ok(api && typeof api.state === 'function', 'activate() returns the practice API');
    await config().update('practice.historyLocation', 'workspace', vscode.ConfigurationTarget.Workspace);
    // Six seconds: the whole drill, notice included, runs inside the test.
    await config().update('practice.designMinutes', 0.1, vscode.ConfigurationTarget.Workspace);
  });

  suiteTeardown(async () => {
    for (const key of ['practice.designMinutes', 'practice.historyLocation']) await config().update(key, undefined, vscode.ConfigurationTarget.Workspace);
  });

  let first: FinishResult;

  test('a drill from the bank runs against the clock and, when time is up, is scored and stored', async () => {
    const started = await vscode.commands.executeCommand<Started>('redline.newPractice', { promptId: 'design-homework-hints' });
    assert.ok(started && started.uri, `redline.newPractice returned ${JSON.stringify(started)}`);
    const editor = vscode.window.activeTextEditor;
    assert.strictEqual(editor?.document.uri.toString(), started.uri, 'the new answer is the active editor');
    const text = editor.document.getText();
    assert.match(text, /^---\nkind: design\n/);
    assert.match(text, /\nprompt: "Design an AI tutor that gives step-by-step hints on middle-school algebra homework without handing over the answer\."\n/);
    assert.match(text, /\ntimeLimit: 0\.1\n/);
    assert.match(text, /\nstartedAt: \d{4}-\d\d-\d\dT/);
    const cursor = editor.selection.active.line;
    assert.match(editor.document.lineAt(cursor - 2).text, /^> Design an AI tutor/, 'the cursor waits under the quoted prompt');
    const state = api.state();
    assert.ok(state.running && state.uri === started.uri, JSON.stringify(state));
    assert.match(state.statusText, /^\$\(watch\) 0:0\d practice$/, 'the countdown is in the status bar');

    const finished = nextFinish(api);
    await typeAnswer(WEAK);
    first = await finished;
    assert.strictEqual(first.reason, 'time-up');
    assert.ok(first.warned, 'the "time is nearly up" notice came before the end');
    assert.ok(first.recorded);
    assert.ok(!api.state().running, 'the countdown stopped');
    const { attempt } = first;
    assert.ok(attempt.timeUsedSec >= 5 && attempt.timeUsedSec <= 6, `time used ${attempt.timeUsedSec} s of 6 s`);

    // The answer was saved with its finish time, and scored as `redline score` scores the file.
    const uri = vscode.Uri.parse(started.uri);
    const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.ok(saved.includes(WEAK.trim()), 'the typed answer is saved');
    assert.match(saved, /\nfinishedAt: \d{4}-/);
    const cli = await cliScore(uri);
    assert.strictEqual(attempt.score, cli.score);
    assert.deepStrictEqual(attempt.dimensions.map((d) => `${d.id} ${d.score}/${d.max}`), cli.dimensions.map((d) => `${d.id} ${d.score}/${d.max}`));

    const stored = await history();
    assert.strictEqual(stored.length, 1);
    assert.deepStrictEqual(stored[0], attempt);
    assert.strictEqual(stored[0].promptId, 'design-homework-hints');
    assert.strictEqual(stored[0].kind, 'design');
    assert.strictEqual(stored[0].timeLimitSec, 6);
    assert.match(stored[0].file, /^practice\/.+-homework-hints\.design\.md$/);

    // The score view got the drill's progress: one attempt, and what to work on next.
    const practice = first.view?.practice;
    assert.ok(practice, `the score view got no practice data: ${JSON.stringify(first.view)}`);
    assert.strictEqual(first.view?.result?.score, attempt.score);
    assert.ok(practice.finished);
    assert.deepStrictEqual(practice.trend.points.map((p) => p.score), [attempt.score]);
    assert.strictEqual(practice.trend.comparison, undefined);
    assert.ok(practice.trend.focus?.suggestion, 'a weak answer gets a dimension to work on, with a prompt for it');
  });

  test('a second attempt, finished by command, is compared with the first in the score view', async () => {
    await config().update('practice.designMinutes', 5, vscode.ConfigurationTarget.Workspace);
    const started = await vscode.commands.executeCommand<Started>('redline.newPractice', { promptId: 'design-size-advice' });
    assert.strictEqual(started.meta.timeLimitMinutes, 5);
    assert.ok(api.state().running);
    await typeAnswer(STRONG);
    const second = await vscode.commands.executeCommand<FinishResult>('redline.finishPractice');
    assert.ok(second && second.recorded, JSON.stringify(second));
    assert.strictEqual(second.reason, 'command');
    assert.strictEqual(second.attempt.uri, started.uri);
    assert.ok(second.attempt.timeUsedSec < 300);

    const stored = await history();
    assert.deepStrictEqual(stored.map((a) => a.id), [first.attempt.id, second.attempt.id]);
    assert.ok((second.attempt.score ?? 0) > (first.attempt.score ?? 0), `the strong answer (${second.attempt.score}) beats the weak one (${first.attempt.score})`);

    const trend = second.view?.practice?.trend;
    assert.ok(trend, 'the score view got the trend');
    assert.deepStrictEqual(trend.points.map((p) => [p.score, p.current]), [
      [first.attempt.score, false],
      [second.attempt.score, true],
    ]);
    assert.ok(trend.comparison, 'attempt 2 is compared with attempt 1');
    assert.strictEqual(trend.comparison.from, 0);
    assert.strictEqual(trend.comparison.to, 1);
    assert.strictEqual(trend.comparison.total, (second.attempt.score ?? 0) - (first.attempt.score ?? 0));
    for (const d of second.attempt.dimensions) {
      const before = first.attempt.dimensions.find((x) => x.id === d.id)?.score ?? 0;
      assert.strictEqual(trend.comparison.dimensions[d.id], d.score - before, `${d.id} delta`);
    }
    assert.deepStrictEqual(trend.dimensions.map((d) => d.id), second.attempt.dimensions.map((d) => d.id));

    // Finishing again stores nothing new.
    const again = await vscode.commands.executeCommand<FinishResult>('redline.finishPractice', vscode.Uri.parse(started.uri));
    assert.strictEqual(again.recorded, false);
    assert.strictEqual((await history()).length, 2);
  });

  test('"Practice history" lists the attempts newest first and opens the one chosen', async () => {
    const listed = await vscode.commands.executeCommand<Attempt[]>('redline.practiceHistory', first.attempt.id);
    assert.strictEqual(listed.length, 2);
    assert.strictEqual(listed[1].id, first.attempt.id);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), first.attempt.uri);
  });

  test('"Finish practice" on a document that is not a practice answer stores nothing', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Notes\n\nNothing timed here.\n' });
    await vscode.window.showTextDocument(doc);
    const result = await vscode.commands.executeCommand<FinishResult | undefined>('redline.finishPractice');
    assert.strictEqual(result, undefined);
    assert.strictEqual((await history()).length, 2);
  });

  test('a drill opened again while its time runs resumes its countdown from the front matter', async () => {
    // A behavioral drill (default 10 minutes) loses the clock to a second drill, typed by hand.
    const story = await vscode.commands.executeCommand<Started>('redline.newPractice', { promptId: 'behavioral-paused-launch' });
    assert.strictEqual(story.meta.kind, 'behavioral');
    assert.strictEqual(story.meta.timeLimitMinutes, 10);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const own = await vscode.commands.executeCommand<Started>('redline.newPractice', { prompt: 'Design an AI assistant that plans school bus routes.', kind: 'design' });
    assert.match(own.uri, /-own-prompt\.design\.md$/);
    assert.strictEqual(api.state().uri, own.uri, 'the new drill owns the clock');
    const ownResult = await vscode.commands.executeCommand<FinishResult>('redline.finishPractice');
    assert.strictEqual(ownResult.attempt.promptId, undefined);
    assert.strictEqual(ownResult.attempt.prompt, 'Design an AI assistant that plans school bus routes.');
    assert.ok(!api.state().running);

    await vscode.window.showTextDocument(vscode.Uri.parse(story.uri));
    const state = api.state();
    assert.strictEqual(state.uri, story.uri, `reopening the story resumed its clock: ${JSON.stringify(state)}`);
    const elapsed = (Date.now() - Date.parse(story.meta.startedAt)) / 1000;
    assert.ok(state.remainingSeconds !== undefined && Math.abs(state.remainingSeconds - (600 - elapsed)) < 3, `remaining ${state.remainingSeconds} s after ${elapsed} s`);
    // Under a second after the start the clock still reads 10:00 (it counts whole seconds down).
    assert.match(state.statusText, /^\$\(watch\) (?:9:\d\d|10:00) practice$/);
    const result = await vscode.commands.executeCommand<FinishResult>('redline.finishPractice');
    assert.strictEqual(result.attempt.kind, 'behavioral');
    assert.strictEqual(result.attempt.timeLimitSec, 600);
    assert.strictEqual(typeof result.attempt.score, 'number', 'a behavioral story is always scored');
    assert.deepStrictEqual(result.view?.practice?.trend.points.map((p) => p.promptId), ['behavioral-paused-launch'], 'behavioral attempts have their own trend');
    assert.deepStrictEqual((await history()).map((a) => a.kind), ['design', 'design', 'design', 'behavioral']);
  });
});
