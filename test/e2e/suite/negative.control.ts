// Negative control, selected with E2E_INCLUDE_FAILING=1 and never part of CI: it expects the
// weak answer to be clean, which is wrong, so the run must end with exit code 1. It proves
// that a failing assertion inside the extension host fails the whole run.
import * as assert from 'assert';
import { activate, open, ruleOf, waitForDiagnostics, withRule } from './helpers';

suite('negative control (must fail)', () => {
  test('the weak answer has no diagnostics (deliberately wrong)', async () => {
    await activate();
    const { document: doc } = await open('answers/tutor-weak.md');
    const ds = await waitForDiagnostics(doc.uri, withRule('ship-date-success'), 'ship-date-success');
    assert.deepStrictEqual(ds.map((d) => ruleOf(d)), []);
  });
});
