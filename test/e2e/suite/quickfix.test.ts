// Quick fixes through VS Code's own code-action machinery (what the lightbulb shows): each fix
// makes exactly the CLI's edit, in the right place, keeping the author's text; filling its
// placeholders clears the diagnostic; "Fix all" and "Disable … for this line / file" work.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  activate, applyAction, applyCliEdits, cliCheck, codeActions, copyOf, describe, keepsLines, nextDiagnostics, open, replaceAll,
  ruleOf, settled, toRange, waitForDiagnostics, withRule, writeText, type CliDiagnostic,
} from './helpers';

const WEAK = 'answers/tutor-weak.md';
const REPO = path.resolve(__dirname, '../../..');
const RULE_FIXTURES = path.join(REPO, 'test/fixtures/rules');
/** Fixes that rewrite or move the author's words by design (RULES.md). */
const REWRITES = new Set(['latency-without-percentile', 'personas-before-failure-modes']);
const isMeta = (title: string) => /^(Fix all|Disable|Learn more)/i.test(title);

/**
 * The lightbulb entry that fixes `d` (not "Fix all", "Disable" or "Learn more"): the quick fix
 * whose title is the CLI's fix title. Other extensions (VS Code's Markdown support) add their
 * own "Insert …" actions at the same place, so the title decides.
 */
async function fixFor(uri: vscode.Uri, d: vscode.Diagnostic, title: string): Promise<vscode.CodeAction> {
  const actions = await codeActions(uri, d.range);
  const action = actions.find((a) => a.title === title && !isMeta(a.title));
  assert.ok(action, `no quick fix “${title}” for ${ruleOf(d)}; lightbulb: ${actions.map((a) => a.title).join(' | ') || '(empty)'}`);
  assert.ok(action.kind && vscode.CodeActionKind.QuickFix.contains(action.kind), `“${title}” is not a quickfix (${action.kind?.value})`);
  return action;
}

function matching(ds: vscode.Diagnostic[], c: CliDiagnostic): vscode.Diagnostic {
  const d = ds.find((x) => ruleOf(x) === c.ruleId && x.range.isEqual(toRange(c)));
  assert.ok(d, `the editor has no ${c.ruleId} at ${c.line}:${c.column}; it has ${describe(ds)}`);
  return d;
}

/** After a fix, the rule may point only at the placeholders it inserted. */
function assertOnlyAtPlaceholders(doc: vscode.TextDocument, ds: vscode.Diagnostic[], rule: string): void {
  for (const d of ds.filter((x) => ruleOf(x) === rule)) {
    const rest = doc.lineAt(d.range.start.line).text.slice(d.range.start.character);
    assert.ok(rest.startsWith('[fill in') || REWRITES.has(rule), `after its fix ${rule} points at “${doc.lineAt(d.range.start.line).text}”, not at a placeholder`);
  }
}

/** Fixable rules of a file, from the CLI (synchronously: tests are generated when the suite loads). */
function fixableRules(file: string): string[] {
  let stdout = '';
  try {
    stdout = execFileSync(process.execPath, [path.join(REPO, 'dist/cli.js'), 'check', '--format', 'json', file], { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  } catch (error) {
    stdout = (error as { stdout?: string }).stdout ?? ''; // exit 1: the file has errors
  }
  try {
    const [result] = JSON.parse(stdout) as { diagnostics: CliDiagnostic[] }[];
    return [...new Set(result.diagnostics.filter((d) => d.fix).map((d) => d.ruleId))];
  } catch {
    return [];
  }
}

/** The user types the placeholders' content (no save): the rule's diagnostic must go away. */
async function fillIn(doc: vscode.TextDocument, filled: string, rule: string): Promise<void> {
  if (filled === doc.getText()) {
    // Nothing to type (a fix that only moves text): the fixed document must already satisfy the rule.
    const ds = await settled(doc, `${rule} after its fix`);
    assert.ok(!withRule(rule)(ds), `${rule} still fires on the fixed text`);
    return;
  }
  await nextDiagnostics(doc.uri, () => replaceAll(doc, filled), `${rule} gone once filled in`, (d) => !withRule(rule)(d));
}

suite('quick fixes', () => {
  suiteSetup(activate);

  // One test per fixable diagnostic of the weak answer, as the CLI reports them (listed when the
  // suite loads, from the same fixture text and .redlinerc.json the workspace copy has).
  const fixable = fixableRules(path.join(REPO, 'test/e2e/workspace', WEAK));
  test('the weak answer offers fixes for the missing red lines and human fallback', () => {
    for (const rule of ['human-fallback-missing', 'red-lines-missing']) assert.ok(fixable.includes(rule), `the CLI offers no fix for ${rule}: ${fixable.join(', ') || '(none)'}`);
  });
  for (const rule of fixable) {
    test(`${rule}: the quick fix makes the CLI's edit and keeps the text`, async () => {
      const uri = await copyOf(WEAK);
      const { document: doc } = await open(uri);
      const before = doc.getText();
      const c = (await cliCheck(uri)).diagnostics.find((d) => d.ruleId === rule && d.fix)!;
      assert.ok(c, `the CLI no longer offers a fix for ${rule}`);
      const ds = await waitForDiagnostics(uri, withRule(rule), rule);
      const action = await fixFor(uri, matching(ds, c), c.fix!.title);
      await applyAction(action);
      assert.strictEqual(doc.getText(), applyCliEdits(before, c.fix!.edits), `“${action.title}” did not make the CLI's edit`);
      if (!REWRITES.has(rule)) assert.ok(keepsLines(before, doc.getText()), `“${action.title}” dropped or changed the author's text`);
      const after = await settled(doc, `diagnostics after “${action.title}”`);
      assertOnlyAtPlaceholders(doc, after, rule);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    });
  }

  // Filling in placeholders with real content (our own words) satisfies the rule.
  const FILLERS: Record<string, string[]> = {
    'human-fallback-missing': [
      'When the model is less than 70% confident, the student is offered a live session with a district maths tutor, who answers within 10 minutes',
      'If no tutor is free, the question goes to the class teacher, who reviews it the next morning',
      'The tutor shows the matching worked example from the textbook',
      'The tutor says it cannot help with this problem and points to the class notes',
    ],
    'red-lines-missing': [
      'The tutor must never give the final answer to a graded assignment or test question',
      'The tutor must never collect a student’s home address, phone number or photo',
      'The tutor must never tell a student they are bad at maths or compare them with classmates',
    ],
  };

  for (const [rule, fillers] of Object.entries(FILLERS)) {
    test(`${rule}: filling in the inserted placeholders clears the diagnostic`, async () => {
      const uri = await copyOf(WEAK);
      const { document: doc } = await open(uri);
      const ds = await waitForDiagnostics(uri, withRule(rule), rule);
      const c = (await cliCheck(uri)).diagnostics.find((x) => x.ruleId === rule && x.fix);
      assert.ok(c, `the CLI has no fix for ${rule} on the weak answer`);
      const action = await fixFor(uri, matching(ds, c), c.fix!.title);
      await applyAction(action);
      await settled(doc, `${rule} after its fix`);
      let i = 0;
      const filled = doc.getText().replace(/\[fill in:[^\]]*\]/g, () => fillers[i++ % fillers.length]);
      assert.ok(i > 0, `“${action.title}” inserted no [fill in: …] placeholder`);
      await fillIn(doc, filled, rule);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    });
  }

  // Every rule whose unit fixtures show the fix (bad.md → bad.fixed.md → bad.filled.md) also
  // round-trips through the editor.
  const withFixtures = fs.existsSync(RULE_FIXTURES)
    ? fs.readdirSync(RULE_FIXTURES).filter((id) => ['bad.md', 'bad.fixed.md', 'bad.filled.md'].every((f) => fs.existsSync(path.join(RULE_FIXTURES, id, f))))
    : [];
  for (const rule of withFixtures) {
    test(`${rule}: the editor's fix turns bad.md into bad.fixed.md, and bad.filled.md satisfies it`, async () => {
      const read = (f: string) => fs.readFileSync(path.join(RULE_FIXTURES, rule, f), 'utf8');
      const uri = await writeText(`answers/fixture-${rule}.md`, read('bad.md'));
      const { document: doc } = await open(uri);
      const ds = await waitForDiagnostics(uri, withRule(rule), rule);
      const cli = await cliCheck(uri);
      const first = cli.diagnostics.find((d) => d.ruleId === rule && d.fix);
      assert.ok(first, `the CLI has no fix for ${rule} on bad.md`);
      const action = await fixFor(uri, matching(ds, first), first.fix!.title);
      await applyAction(action);
      assert.strictEqual(doc.getText(), read('bad.fixed.md'));
      const after = await settled(doc, `${rule} after its fix`);
      assertOnlyAtPlaceholders(doc, after, rule);
      await fillIn(doc, read('bad.filled.md'), rule);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    });
  }
  if (!withFixtures.length) test('rule fixtures with bad.fixed.md and bad.filled.md round-trip through the editor', function () {
    this.skip(); // none exist yet
  });

  test('"Fix all" fixes every problem of the rule at once, as the CLI would', async () => {
    const uri = await copyOf('answers/latency-notes.md');
    const { document: doc } = await open(uri);
    const before = doc.getText();
    const rule = 'latency-without-percentile';
    const ds = await waitForDiagnostics(uri, (d) => d.filter((x) => ruleOf(x) === rule).length === 2, `two ${rule} diagnostics`);
    const cli = (await cliCheck(uri)).diagnostics.filter((d) => d.ruleId === rule && d.fix);
    assert.strictEqual(cli.length, 2, 'the CLI should offer two fixes');
    const actions = await codeActions(uri, ds.find((d) => ruleOf(d) === rule)!.range);
    const fixAll = actions.find((a) => /^Fix all/i.test(a.title) && a.title.includes(rule));
    assert.ok(fixAll, `no “Fix all ${rule} problems”; lightbulb: ${actions.map((a) => a.title).join(' | ')}`);
    await applyAction(fixAll);
    assert.strictEqual(doc.getText(), applyCliEdits(before, cli.flatMap((d) => d.fix!.edits)));
    await settled(doc, `diagnostics after “${fixAll.title}”`);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('"source.fixAll.redline" is offered for editor.codeActionsOnSave', async () => {
    const uri = await copyOf('answers/latency-notes.md');
    await open(uri);
    await waitForDiagnostics(uri, withRule('latency-without-percentile'), 'latency-without-percentile');
    const all = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.redline');
    assert.ok((all ?? []).some((a) => a.kind?.value.startsWith('source.fixAll')), `no source.fixAll action: ${(all ?? []).map((a) => a.title).join(' | ')}`);
  });

  test('"Disable … for this line" silences that diagnostic only', async () => {
    const uri = await copyOf('answers/latency-notes.md');
    const { document: doc } = await open(uri);
    const before = doc.getText();
    const rule = 'ship-date-success';
    const ds = await waitForDiagnostics(uri, withRule(rule), rule);
    const target = ds.find((d) => ruleOf(d) === rule)!;
    const others = ds.filter((d) => d !== target).map((d) => ruleOf(d)).sort();
    const actions = await codeActions(uri, target.range);
    const disable = actions.find((a) => /^Disable/i.test(a.title) && a.title.includes(rule) && /this line/i.test(a.title));
    assert.ok(disable, `no “Disable ${rule} for this line”; lightbulb: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(actions.some((a) => /^Disable/i.test(a.title) && /this file/i.test(a.title)), 'no “Disable … for this file”');
    const after = await nextDiagnostics(uri, () => applyAction(disable), `${rule} disabled`, (d) => !withRule(rule)(d));
    assert.match(doc.getText(), new RegExp(`<!--\\s*redline-disable(-next-line|-line)?\\s+${rule}\\s*-->`));
    // The author's lines are all still there (the comment is either its own line or appended).
    const lines = doc.getText().split('\n');
    for (const line of before.split('\n').filter((l) => l.trim())) assert.ok(lines.some((l) => l.startsWith(line)), `lost line “${line}”`);
    assert.deepStrictEqual(after.map((d) => ruleOf(d)).sort(), others, 'other diagnostics changed');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('"Disable … for this file" silences the rule in the whole file', async () => {
    const uri = await copyOf('specs/checkout-limits.md');
    const { document: doc } = await open(uri);
    const rule = 'ship-date-success';
    const ds = await waitForDiagnostics(uri, withRule(rule), rule);
    const actions = await codeActions(uri, ds.find((d) => ruleOf(d) === rule)!.range);
    const disable = actions.find((a) => /^Disable/i.test(a.title) && a.title.includes(rule) && /this file/i.test(a.title));
    assert.ok(disable, `no “Disable ${rule} for this file”; lightbulb: ${actions.map((a) => a.title).join(' | ')}`);
    await nextDiagnostics(uri, () => applyAction(disable), `${rule} disabled in the file`, (d) => !withRule(rule)(d));
    assert.match(doc.getText(), new RegExp(`<!--\\s*redline-disable\\s+${rule}\\s*-->`));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('"Learn more" is offered for each diagnostic', async () => {
    const { document: doc } = await open(WEAK);
    const ds = await waitForDiagnostics(doc.uri, withRule('ship-date-success'), 'ship-date-success');
    const d = ds.find((x) => ruleOf(x) === 'ship-date-success')!;
    const actions = await codeActions(doc.uri, d.range);
    assert.ok(actions.some((a) => /^Learn more/i.test(a.title) && a.title.includes('ship-date-success')), `lightbulb: ${actions.map((a) => a.title).join(' | ')}`);
  });
});
