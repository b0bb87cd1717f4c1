// The getting-started walkthrough, as a new user goes through it: VS Code knows it, its
// buttons run while the walkthrough has focus, the sample answer opens with exactly the
// diagnostics the CLI reports, "Show a quick fix" lands on a fixable one and its fix works,
// and "Score this answer" scores the sample.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EVENT_TIMEOUT, activate, cli, codeActions, extension, key, nextDiagnostics, ruleOf, toRange, waitForDiagnostics, applyAction, type CliCheck, type CliScore } from './helpers';

interface Step {
  id: string;
  media: { markdown?: string };
  completionEvents?: string[];
}
interface Manifest {
  contributes: { walkthroughs: { id: string; steps: Step[] }[] };
}

const SAMPLE = 'untitled:redline-sample.design.md';
const WALKTHROUGH = 'redline-dev.redline#gettingStarted';

const sampleFile = () => path.join(extension().extensionPath, 'media', 'walkthrough', 'sample.design.md');
/**
 * Focuses the walkthrough (opened in the first group; the sample is beside it), as a user
 * clicking a step. (VS Code's extension host may still report the sample as the active text
 * editor then; the UI smoke presses the real buttons.)
 */
async function focusWalkthrough(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.focusFirstEditorGroup');
  const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
  assert.match(tab?.label ?? '', /Walkthrough/, `the walkthrough is not in front in the first group: ${layout()}`);
  assert.ok(vscode.window.visibleTextEditors.some((e) => e.document === sampleDoc()), 'the sample is visible beside the walkthrough');
}

/** Resolves once the extension host sees no active text editor (it learns of focus changes by event). */
function noActiveTextEditor(): Promise<void> {
  if (!vscode.window.activeTextEditor) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const sub = vscode.window.onDidChangeActiveTextEditor((e) => {
      if (e) return;
      done();
      resolve();
    });
    const timer = setTimeout(() => {
      done();
      const tabs = vscode.window.tabGroups.all.map((g) => `group ${g.viewColumn}${g.isActive ? ' (active)' : ''}: ${g.tabs.map((t) => t.label).join(', ')}`);
      reject(new Error(`the walkthrough (not a text editor) never got focus; active: ${vscode.window.activeTextEditor?.document.uri.toString()}; ${tabs.join('; ')}`));
    }, EVENT_TIMEOUT);
    const done = () => {
      sub.dispose();
      clearTimeout(timer);
    };
  });
}

const layout = () => vscode.window.tabGroups.all.map((g) => `group ${g.viewColumn}${g.isActive ? ' (active)' : ''}: ${g.tabs.map((t) => t.label + (t.isActive ? '*' : '')).join(', ')}`).join('; ');
const sampleDoc = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === SAMPLE);

suite('getting-started walkthrough', () => {
  suiteSetup(activate);

  suiteTeardown(async () => {
    // Close the unsaved sample without a save prompt, so later suites start clean.
    const doc = sampleDoc();
    if (!doc) return;
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('is contributed with its five steps, each with markdown that is in the extension', () => {
    const walkthroughs = (extension().packageJSON as Manifest).contributes.walkthroughs;
    assert.deepStrictEqual(walkthroughs.map((w) => w.id), ['gettingStarted']);
    const steps = walkthroughs[0].steps;
    assert.deepStrictEqual(steps.map((s) => s.id), ['openSample', 'diagnostics', 'quickFix', 'score', 'configure']);
    for (const s of steps) {
      assert.ok(s.media.markdown && fs.existsSync(path.join(extension().extensionPath, s.media.markdown)), `${s.id}: ${s.media.markdown} is missing`);
      assert.ok(s.completionEvents?.length, `${s.id} has no completion events`);
    }
  });

  test('from the open walkthrough, "Open a sample answer" opens the weak sample beside it with the CLI\'s diagnostics', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH, false);
    await noActiveTextEditor();

    await vscode.commands.executeCommand('redline.openSample');
    const doc = sampleDoc();
    assert.ok(doc, `no ${SAMPLE} document after redline.openSample; open: ${vscode.workspace.textDocuments.map((d) => d.uri.toString()).join(', ')}`);
    assert.strictEqual(doc.languageId, 'markdown');
    assert.strictEqual(doc.getText(), fs.readFileSync(sampleFile(), 'utf8'));
    assert.ok(vscode.window.visibleTextEditors.some((e) => e.document === doc), 'the sample is not visible');

    const expected = (await cli<CliCheck[]>(['check', '--format', 'json', sampleFile()]))[0].diagnostics.map((d) => key(d.ruleId, toRange(d))).sort();
    assert.ok(expected.some((k) => k.startsWith('red-lines-missing@')), `the CLI finds no red-lines-missing in the sample: ${expected.join(', ')}`);
    const same = (ds: vscode.Diagnostic[]) => JSON.stringify(ds.map((d) => key(ruleOf(d), d.range)).sort()) === JSON.stringify(expected);
    await waitForDiagnostics(doc.uri, same, `the CLI's diagnostics (${expected.join(', ')})`);

    // Running it again shows the same document rather than a second copy.
    await vscode.commands.executeCommand('redline.openSample');
    assert.strictEqual(vscode.workspace.textDocuments.filter((d) => d.uri.toString() === SAMPLE).length, 1);
  });

  test('"Show a quick fix" puts the cursor on a fixable diagnostic, and its fix inserts the section', async () => {
    const doc = sampleDoc();
    assert.ok(doc, 'the previous test opens the sample');
    await focusWalkthrough();
    const rule = await vscode.commands.executeCommand<string | undefined>('redline.showQuickFix');
    assert.ok(rule, 'redline.showQuickFix found nothing to fix in the sample');
    const editor = vscode.window.activeTextEditor;
    assert.strictEqual(editor?.document, doc, 'the sample is the active editor after "Show a quick fix"');
    const diagnostic = vscode.languages.getDiagnostics(doc.uri).find((d) => ruleOf(d) === rule && d.range.contains(editor.selection.active));
    assert.ok(diagnostic, `the cursor (${editor.selection.active.line + 1}:${editor.selection.active.character + 1}) is not on a ${rule} diagnostic`);

    const fix = (await codeActions(doc.uri, diagnostic.range)).find((a) => a.isPreferred);
    assert.ok(fix, `no preferred fix for ${rule}`);
    const before = doc.getText();
    await nextDiagnostics(doc.uri, () => applyAction(fix), `diagnostics after "${fix.title}"`);
    assert.ok(doc.getText().length > before.length && doc.getText().includes('[fill in:'), `"${fix.title}" inserted no section with placeholders`);
  });

  test('"Score this answer" from the walkthrough scores the sample like the CLI does', async () => {
    const doc = sampleDoc();
    assert.ok(doc, 'the first test opens the sample');
    // Back to the sample as shipped, so the CLI's score of the bundled file is the reference.
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), fs.readFileSync(sampleFile(), 'utf8'));
    await nextDiagnostics(doc.uri, () => vscode.workspace.applyEdit(edit), 'diagnostics of the restored sample');
    await focusWalkthrough();

    const result = await vscode.commands.executeCommand<{ kind: string; score: number | null; band: string } | null>('redline.scoreAnswer');
    const expected = (await cli<CliScore[]>(['score', '--format', 'json', sampleFile()]))[0];
    assert.ok(result, 'redline.scoreAnswer scored nothing while the walkthrough had focus');
    assert.deepStrictEqual([result.kind, result.score, result.band], [expected.kind, expected.score, expected.band]);
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs);
    assert.ok(tabs.some((t) => t.input instanceof vscode.TabInputWebview), `no score view tab; tabs: ${tabs.map((t) => t.label).join(', ')}`);
  });
});
