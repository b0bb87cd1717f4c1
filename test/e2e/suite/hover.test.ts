// Hover on a diagnostic explains the rule: why it matters, a weak and a strong example, and a
// link to the rule's doc page (the same texts as the rule registry in dist/core.js).
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { activate, open, ruleOf, waitForDiagnostics, withRule } from './helpers';

interface RuleDocs {
  summary: string;
  why: string;
  weak: string;
  strong: string;
}

const squash = (s: string) => s.replace(/[*_`>\\]/g, '').replace(/\s+/g, ' ').trim();

suite('hover', () => {
  suiteSetup(activate);

  test('hovering a diagnostic shows the rule’s doc', async () => {
    const { document: doc } = await open('answers/tutor-weak.md');
    const ds = await waitForDiagnostics(doc.uri, withRule('ship-date-success'), 'ship-date-success');
    const core = require(path.resolve(__dirname, '../../../dist/core.js')) as { RULES: { id: string; docs: RuleDocs }[] };
    for (const d of ds) {
      const rule = ruleOf(d);
      const docs = core.RULES.find((r) => r.id === rule)?.docs;
      assert.ok(docs, `${rule} is not in the registry`);
      const position = d.range.start.translate(0, Math.min(1, d.range.end.character - d.range.start.character));
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
      const text = squash((hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n'));
      assert.ok(text.includes(rule), `the hover at ${rule} does not name the rule: ${text.slice(0, 200) || '(no hover)'}`);
      assert.ok(text.includes(squash(docs.why)) || text.includes(squash(docs.summary)), `the hover does not say why ${rule} matters`);
      assert.ok(text.includes(squash(docs.weak)) && text.includes(squash(docs.strong)), `the hover lacks the weak/strong examples of ${rule}`);
      const target = (d.code as { target: vscode.Uri }).target.toString();
      assert.ok(text.includes(squash(target)) || text.includes(rule + '.md') || /learn more|docs?/i.test(text), 'the hover does not link the rule doc');
    }
  });
});
