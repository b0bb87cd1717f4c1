// Quick fixes through VS Code's own code-action machinery (what the lightbulb shows): each fix
// makes exactly the CLI's edit, in the right place, keeping the author's text; filling its
// placeholders clears the diagnostic; "Fix all" and "Disable … for this line / file" work.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  activate, applyAction, applyCliEdits, cliCheck, codeActions, copyOf, describe, keepsLines, nextDiagnostics, open, replaceAll,
  ruleOf, toRange, waitForDiagnostics, withRule, writeText, type CliDiagnostic,
} from './helpers';

const WEAK = 'answers/tutor-weak.md';
const REPO = path.resolve(__dirname, '../../..');
const RULE_FIXTURES = path.join(REPO, 'test/fixtures/rules');
/** Fixes that rewrite or move the author's words by design (RULES.md). */
const REWRITES = new Set(['latency-without-percentile', 'personas-before-failure-modes']);
const isMeta = (title: string) => /^(Fix all|Disable|Learn more)/i.test(title);

/** The lightbulb entry that fixes `d` (not "Fix all", "Disable" or "Learn more"). */
async function fixFor(uri: vscode.Uri, d: vscode.Diagnostic, title?: string): Promise<vscode.CodeAction> {
  const actions = await codeActions(uri, d.range);
  const mine = actions.filter((a) => !isMeta(a.title) && (a.diagnostics ?? []).some((x) => ruleOf(x) === ruleOf(d)));
  const action = mine.find((a) => a.title === title) ?? mine.find((a) => a.isPreferred) ?? mine[0];
  assert.ok(action, `no quick fix for ${ruleOf(d)}; lightbulb: ${actions.map((a) => a.title).join(' | ') || '(empty)'}`);
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

suite('quick fixes', () => {
  suiteSetup(activate);

  test('each quick fix on the weak answer makes the CLI’s edit and keeps the text', async () => {
    const cli = await cliCheck((await open(WEAK)).document.uri);
    const fixable = new Map<string, CliDiagnostic>();
    for (const d of cli.diagnostics) if (d.fix && !fixable.has(d.ruleId)) fixable.set(d.ruleId, d);
    for (const rule of ['human-fallback-missing', 'red-lines-missing']) assert.ok(fixable.has(rule), `the CLI offers no fix for ${rule} on the weak answer`);

    for (const c of fixable.values()) {
      const uri = await copyOf(WEAK);
      const { document: doc } = await open(uri);
      const before = doc.getText();
      const ds = await waitForDiagnostics(uri, withRule(c.ruleId), c.ruleId);
      const action = await fixFor(uri, matching(ds, c), c.fix!.title);
      const after = await nextDiagnostics(uri, () => applyAction(action), `diagnostics after “${action.title}”`);
      assert.strictEqual(doc.getText(), applyCliEdits(before, c.fix!.edits), `“${action.title}” did not make the CLI's edit`);
      if (!REWRITES.has(c.ruleId)) assert.ok(keepsLines(before, doc.getText()), `“${action.title}” dropped or changed the author's text`);
      else assert.ok(doc.getText().includes('[fill in'), `“${action.title}” left no placeholder`);
      assertOnlyAtPlaceholders(doc, after, c.ruleId);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

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
      const action = await fixFor(uri, ds.find((d) => ruleOf(d) === rule)!);
      await nextDiagnostics(uri, () => applyAction(action), `${rule} after its fix`);
      let i = 0;
      const filled = doc.getText().replace(/\[fill in:[^\]]*\]/g, () => fillers[i++ % fillers.length]);
      assert.ok(i > 0, `“${action.title}” inserted no [fill in: …] placeholder`);
      await nextDiagnostics(uri, () => replaceAll(doc, filled), `${rule} gone once filled in`, (d) => !withRule(rule)(d));
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
      const after = await nextDiagnostics(uri, () => applyAction(action), `${rule} after its fix`);
      assert.strictEqual(doc.getText(), read('bad.fixed.md'));
      assertOnlyAtPlaceholders(doc, after, rule);
      await nextDiagnostics(uri, () => replaceAll(doc, read('bad.filled.md')), `${rule} gone in bad.filled.md`, (d) => !withRule(rule)(d));
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
    await nextDiagnostics(uri, () => applyAction(fixAll), `${rule} after Fix all`);
    assert.strictEqual(doc.getText(), applyCliEdits(before, cli.flatMap((d) => d.fix!.edits)));
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
