// Diagnostics in the editor: the weak answer gets the expected rules at the expected places,
// the same as the CLI; each diagnostic carries its code and doc link; files are linted only
// when they opt in (front matter, file name, folder, or "Redline: Lint this file").
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, cliCheck, copyOf, describe, key, nextDiagnostics, open, redline, ruleOf, toRange, waitForDiagnostics, withRule } from './helpers';

const WEAK = 'answers/tutor-weak.md';

suite('diagnostics', () => {
  suiteSetup(activate);

  test('a weak design answer shows the missing red lines, fallback and success framing', async () => {
    const { document: doc } = await open(WEAK);
    const ds = await waitForDiagnostics(doc.uri, (ds) => ['ship-date-success', 'human-fallback-missing', 'red-lines-missing'].every((r) => withRule(r)(ds)), 'ship-date-success, human-fallback-missing and red-lines-missing');
    const byRule = (rule: string) => ds.filter((d) => ruleOf(d) === rule);

    // Anti-pattern rules point at the offending phrase.
    const [ship] = byRule('ship-date-success');
    assert.strictEqual(doc.lineAt(ship.range.start.line).text, 'Success for v1 is launching by August 25, before the new school year.');
    assert.match(doc.getText(ship.range), /launching by Aug/);
    assert.strictEqual(ship.severity, vscode.DiagnosticSeverity.Warning);

    // Missing rules are errors and point at a heading (where the section belongs, or the first heading).
    for (const rule of ['human-fallback-missing', 'red-lines-missing']) {
      const [d] = byRule(rule);
      assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error, `${rule} severity`);
      assert.match(doc.lineAt(d.range.start.line).text, /^#{1,6} /, `${rule} should point at a heading, not at “${doc.lineAt(d.range.start.line).text}”`);
    }

    // The latency target has no percentile: flagged on the phrase.
    const latency = byRule('latency-without-percentile');
    assert.strictEqual(latency.length, 1, `latency-without-percentile: ${describe(ds)}`);
    assert.match(doc.getText(latency[0].range), /2 seconds/);
  });

  test('every diagnostic has source, rule code, doc link and a one-line message', async () => {
    const { document: doc } = await open(WEAK);
    const ds = await waitForDiagnostics(doc.uri, withRule('ship-date-success'), 'ship-date-success');
    for (const d of ds) {
      assert.strictEqual(d.source, 'redline');
      assert.ok(typeof d.code === 'object' && d.code !== null, `${d.message}: code should be {value, target}`);
      const code = d.code as { value: string | number; target: vscode.Uri };
      assert.match(String(code.value), /^[a-z]+(?:-[a-z]+)+$/);
      assert.ok(code.target instanceof vscode.Uri, 'code.target is not a Uri');
      assert.ok(code.target.toString().includes(String(code.value)), `doc link ${code.target} does not name ${code.value}`);
      assert.ok(d.message.length > 10 && !d.message.includes('\n'), `message: ${d.message}`);
    }
  });

  test('the editor shows the same diagnostics as `redline check`', async () => {
    for (const rel of [WEAK, 'answers/latency-notes.md', 'specs/checkout-limits.md', 'drafts/search-ranking.prd.md']) {
      const { document: doc } = await open(rel);
      const cli = await cliCheck(doc.uri);
      const expected = cli.diagnostics.map((d) => key(d.ruleId, toRange(d))).sort();
      assert.ok(expected.length > 0, `the CLI finds nothing in ${rel}`);
      const severity = { error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning, info: vscode.DiagnosticSeverity.Information };
      const ds = await waitForDiagnostics(doc.uri, (ds) => ds.length === expected.length, `${expected.length} diagnostics like the CLI`);
      assert.deepStrictEqual(ds.map((d) => key(ruleOf(d), d.range)).sort(), expected, rel);
      for (const c of cli.diagnostics) {
        const d = ds.find((x) => key(ruleOf(x), x.range) === key(c.ruleId, toRange(c)))!;
        assert.strictEqual(d.severity, severity[c.severity], `${c.ruleId} severity in ${rel}`);
        assert.strictEqual(d.message, c.message);
      }
    }
  });

  test('files opt in by folder, file name or front matter', async () => {
    for (const rel of ['specs/checkout-limits.md', 'drafts/search-ranking.prd.md', 'notes/pricing-experiment.md']) {
      const { document: doc } = await open(rel);
      await waitForDiagnostics(doc.uri, withRule('ship-date-success'), `ship-date-success (${rel} is opted in)`);
    }
  });

  test('a README.md and a note that did not opt in get no diagnostics', async () => {
    const readme = (await open('README.md')).document;
    const note = (await open('notes/standup-notes.md')).document;
    // Both contain text that would fire if they were linted. Edit them, then edit an opted-in
    // file: once that file's new diagnostics arrive, the server has handled the earlier edits.
    for (const doc of [readme, note]) {
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, new vscode.Position(doc.lineCount, 0), '\nOur main goal is launching by October 1.\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
    }
    const probe = (await open(await copyOf('specs/checkout-limits.md'))).document;
    await waitForDiagnostics(probe.uri, withRule('ship-date-success'), 'diagnostics of the opted-in probe');
    await nextDiagnostics(probe.uri, async () => {
      const edit = new vscode.WorkspaceEdit();
      edit.insert(probe.uri, new vscode.Position(probe.lineCount, 0), '\nThe key milestone is shipping by November 2.\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
    }, 'the probe re-linted after its edit', (ds) => ds.filter((d) => ruleOf(d) === 'ship-date-success').length >= 2);
    assert.deepStrictEqual(redline(readme.uri).map((d) => ruleOf(d)), [], 'README.md got Redline diagnostics');
    assert.deepStrictEqual(redline(note.uri).map((d) => ruleOf(d)), [], 'a note that did not opt in got Redline diagnostics');
    for (const doc of [readme, note]) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  test('"Redline: Lint this file" opts a note in', async () => {
    const uri = await copyOf('notes/standup-notes.md');
    await open(uri);
    await vscode.commands.executeCommand('redline.lintFile');
    await waitForDiagnostics(uri, withRule('ship-date-success'), 'diagnostics after opting the note in');
  });

  test('typing updates the diagnostics without saving', async () => {
    const uri = await copyOf(WEAK);
    const { document: doc } = await open(uri);
    const ds = await waitForDiagnostics(uri, withRule('ship-date-success'), 'ship-date-success');
    const line = doc.lineAt(ds.find((d) => ruleOf(d) === 'ship-date-success')!.range.start.line);
    await nextDiagnostics(uri, async () => {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, line.range, 'Success for v1: 30% of stuck students finish the problem without a teacher.');
      assert.ok(await vscode.workspace.applyEdit(edit));
    }, 'ship-date-success gone after the edit', (ds) => !withRule('ship-date-success')(ds));
    assert.ok(doc.isDirty, 'the document was saved; diagnostics should follow the unsaved text');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
