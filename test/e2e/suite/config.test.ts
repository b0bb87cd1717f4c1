// .redlinerc.json: changes apply without a reload, and a broken file is reported (a diagnostic
// on the config file) instead of being swallowed.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, copyOf, open, redline, ruleOf, uriOf, waitForDiagnostics, withRule, writeText } from './helpers';

const CONFIG = '.redlinerc.json';
const RULE = 'ship-date-success';

suite('.redlinerc.json', () => {
  let original = '';
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    await activate();
    original = new TextDecoder().decode(await vscode.workspace.fs.readFile(uriOf(CONFIG)));
    doc = (await open(await copyOf('specs/checkout-limits.md'))).document;
    await waitForDiagnostics(doc.uri, withRule(RULE), RULE);
  });

  suiteTeardown(async () => {
    await writeText(CONFIG, original);
  });

  const severityOf = (ds: vscode.Diagnostic[]) => ds.filter((d) => ruleOf(d) === RULE).map((d) => d.severity);

  test('raising a rule to "error" applies without a reload', async () => {
    await writeText(CONFIG, JSON.stringify({ rules: { [RULE]: 'error' } }, null, 2));
    await waitForDiagnostics(doc.uri, (ds) => severityOf(ds).length > 0 && severityOf(ds).every((s) => s === vscode.DiagnosticSeverity.Error), `${RULE} as an error`);
  });

  test('turning a rule "off" removes its diagnostics', async () => {
    await writeText(CONFIG, JSON.stringify({ rules: { [RULE]: 'off' } }, null, 2));
    await waitForDiagnostics(doc.uri, (ds) => !withRule(RULE)(ds), `${RULE} switched off`);
  });

  test('invalid JSON is reported on the config file', async () => {
    const uri = await writeText(CONFIG, '{\n  "rules": {\n    "ship-date-success": "off",\n  \n');
    const [d] = await waitForDiagnostics(uri, (ds) => ds.length > 0, 'a diagnostic on the broken .redlinerc.json');
    assert.match(d.message, /json|parse|expected|unexpected/i);
  });

  test('an unknown rule is reported on the line that names it', async () => {
    const uri = await writeText(CONFIG, '{\n  "rules": {\n    "ship-date-succes": "off"\n  }\n}\n');
    const [d] = await waitForDiagnostics(uri, (ds) => ds.some((x) => /ship-date-succes/.test(x.message)), 'the unknown rule reported');
    assert.strictEqual(d.range.start.line, 2, `reported at line ${d.range.start.line + 1}, not at the rule's line 3`);
  });

  test('fixing the file clears the report and the defaults apply again', async () => {
    const uri = await writeText(CONFIG, original);
    await waitForDiagnostics(uri, (ds) => ds.length === 0, 'no diagnostics on the fixed config');
    await waitForDiagnostics(doc.uri, (ds) => severityOf(ds).length > 0 && severityOf(ds).every((s) => s === vscode.DiagnosticSeverity.Warning), `${RULE} back as a warning`);
    assert.deepStrictEqual(redline(uri), []);
  });
});
