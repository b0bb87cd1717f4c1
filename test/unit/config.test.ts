// Configuration a user writes: severities, options, and clear errors for mistakes.
import * as assert from 'assert';
import { parseConfig, ConfigError, ruleSetting } from '../../src/core/config';
import { RULES, findRule, lint } from '../../src/core/index';

const parse = (text: string) => parseConfig(text, '.redlinerc.json', RULES);

function error(text: string): ConfigError {
  try {
    parse(text);
  } catch (e) {
    assert.ok(e instanceof ConfigError, String(e));
    return e;
  }
  assert.fail('expected a ConfigError');
}

describe('configuration', () => {
  it('reads severities, off, and options', () => {
    const config = parse('{"rules": {"ship-date-success": "error", "feedback-loop-missing": "off"}}');
    assert.strictEqual(ruleSetting(findRule('ship-date-success')!, config).level, 'error');
    assert.strictEqual(ruleSetting(findRule('feedback-loop-missing')!, config).level, 'off');
    assert.strictEqual(ruleSetting(findRule('human-fallback-missing')!, config).level, 'error');
  });

  it('names the file, line and column of invalid JSON', () => {
    const e = error('{\n  "rules": {\n    "ship-date-success": "error",\n  }\n}');
    assert.strictEqual(e.file, '.redlinerc.json');
    assert.strictEqual(e.line, 4);
    assert.match(e.message, /^\.redlinerc\.json:4:\d+: invalid JSON/);
  });

  it('names an unknown rule id, its line, and suggests the right one', () => {
    const e = error('{\n  "rules": {\n    "ship-date-sucess": "off"\n  }\n}');
    assert.strictEqual(e.line, 3);
    assert.match(e.problem, /unknown rule "ship-date-sucess".*did you mean "ship-date-success"/);
  });

  it('rejects a bad severity and an unknown option', () => {
    assert.match(error('{"rules": {"ship-date-success": "loud"}}').problem, /"loud" is not one of error, warning, info, off/);
    assert.match(error('{"rules": {"ship-date-success": {"min": 2}}}').problem, /unknown option "min"/);
    assert.match(error('{"rulez": {}}').problem, /unknown setting "rulez"/);
  });

  it('changes what lint reports', () => {
    const text = '---\nkind: prd\n---\n# P\n\n## Success\n\nSuccess is shipping by June 30.\n';
    const on = lint(text).diagnostics.filter((d) => d.ruleId === 'ship-date-success');
    assert.strictEqual(on[0]?.severity, 'warning');
    const asError = lint(text, { config: parse('{"rules": {"ship-date-success": "error"}}') }).diagnostics.find((d) => d.ruleId === 'ship-date-success');
    assert.strictEqual(asError?.severity, 'error');
    const off = lint(text, { config: parse('{"rules": {"ship-date-success": "off"}}') }).diagnostics.filter((d) => d.ruleId === 'ship-date-success');
    assert.strictEqual(off.length, 0);
  });
});

describe('inline directives', () => {
  const doc = (body: string) => `---\nkind: prd\n---\n# P\n\n${body}\n`;
  const fired = (text: string) => lint(text).diagnostics.filter((d) => d.ruleId === 'ship-date-success').map((d) => d.line).filter((l, i, a) => a.indexOf(l) === i);

  it('redline-disable-next-line silences only the next line', () => {
    const text = doc('<!-- redline-disable-next-line ship-date-success -->\nSuccess is shipping by June 30.\n\nSuccess is launching in Q3 as planned.');
    assert.deepStrictEqual(fired(text), [9]);
  });

  it('redline-disable … redline-enable silences a range; no id means every rule', () => {
    const text = doc('<!-- redline-disable -->\nSuccess is shipping by June 30.\n<!-- redline-enable -->\n\nSuccess is launching in Q3 as planned.');
    assert.deepStrictEqual(fired(text), [10]);
  });

  it('a directive for another rule does not silence this one', () => {
    const text = doc('<!-- redline-disable red-lines-missing -->\nSuccess is shipping by June 30.');
    assert.deepStrictEqual(fired(text), [7]);
  });

  it('a directive inside a code block does nothing', () => {
    const text = doc('```\n<!-- redline-disable -->\n```\n\nSuccess is shipping by June 30.');
    assert.deepStrictEqual(fired(text), [10]);
  });
});
