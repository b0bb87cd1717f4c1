// "Redline: Score this answer" opens the score view beside the editor and returns the same
// result as `redline score --format json` for that file.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EVENT_TIMEOUT, activate, cliScore, copyOf, nextDiagnostics, open, replaceAll, waitForDiagnostics, withRule } from './helpers';

interface ScoreResult {
  kind: string;
  ai: boolean;
  score: number | null;
  band: string;
  dimensions: { id: string; score: number; max: number }[];
}

const webviewTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview);

/** Resolves once a webview tab is open (now or on a later onDidChangeTabs event). */
function webviewOpened(): Promise<vscode.Tab> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const tab = webviewTabs()[0];
      if (!tab) return;
      done();
      resolve(tab);
    };
    const sub = vscode.window.tabGroups.onDidChangeTabs(check);
    const timer = setTimeout(() => {
      done();
      const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => `${t.label} (${t.input?.constructor.name})`);
      reject(new Error(`no score view (webview tab) opened within ${EVENT_TIMEOUT / 1000} s; tabs: ${tabs.join(', ')}`));
    }, EVENT_TIMEOUT);
    const done = () => {
      sub.dispose();
      clearTimeout(timer);
    };
    check();
  });
}

function assertSameScore(editor: ScoreResult | undefined, cli: ScoreResult, what: string): void {
  assert.ok(editor && typeof editor === 'object', `redline.scoreAnswer returned ${JSON.stringify(editor)}`);
  assert.strictEqual(editor.score, cli.score, `${what}: score`);
  assert.strictEqual(editor.band, cli.band, `${what}: band`);
  assert.strictEqual(editor.kind, cli.kind, `${what}: kind`);
  assert.deepStrictEqual(
    editor.dimensions.map((d) => `${d.id} ${d.score}/${d.max}`),
    cli.dimensions.map((d) => `${d.id} ${d.score}/${d.max}`),
    `${what}: dimensions`,
  );
}

suite('score', () => {
  suiteSetup(activate);

  test('"Score this answer" opens the view and agrees with the CLI', async () => {
    const { document: doc } = await open('answers/tutor-weak.md');
    const result = await vscode.commands.executeCommand<ScoreResult>('redline.scoreAnswer');
    assertSameScore(result, await cliScore(doc.uri), 'weak answer');
    const tab = await webviewOpened();
    assert.match(tab.label, /score|redline/i);
    if (result.ai) {
      assert.ok(typeof result.score === 'number' && result.score < 50, `a weak answer should score below 50, got ${result.score}`);
      assert.strictEqual(result.band, 'Traditional');
    }
  });

  test('the score follows the document as it changes, and still agrees with the CLI once saved', async () => {
    const uri = await copyOf('answers/tutor-weak.md');
    const { document: doc } = await open(uri);
    await waitForDiagnostics(uri, withRule('ship-date-success'), 'ship-date-success');
    const text = doc.getText().replace(
      'Success for v1 is launching by August 25, before the new school year.',
      'The tutor must never give the final answer to a graded assignment. When the model is less than 70% confident, the student is handed to a live district tutor within 10 minutes.',
    );
    await nextDiagnostics(uri, () => replaceAll(doc, text), 'ship-date-success gone', (ds) => !withRule('ship-date-success')(ds));
    await doc.save();
    await vscode.window.showTextDocument(doc);
    const result = await vscode.commands.executeCommand<ScoreResult>('redline.scoreAnswer');
    assertSameScore(result, await cliScore(uri), 'edited answer');
  });
});
