// The generated files (docs/rules.md, the README rules table, package.json settings, the
// .redlinerc.json schema) must match the registry: this test fails when they are stale.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { RULES } from '../../src/core';
import { generatedFiles } from '../../src/cli/docs';
import { README_END, README_START, SETTING_PREFIX, configSchema, rulesMarkdown, withReadmeTable, withRuleSettings } from '../../src/cli/docs-content';

const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

describe('generated rule reference', () => {
  it('the committed generated files are up to date (run `npm run docs` if this fails)', () => {
    const stale = generatedFiles(ROOT).filter((f) => f.stale).map((f) => f.file);
    assert.deepEqual(stale, [], `stale: ${stale.join(', ')}; run \`npm run docs\` and commit the result`);
  });

  it('docs/rules.md has one section per rule, anchored by its id, with real docs', () => {
    const md = rulesMarkdown();
    for (const rule of RULES) {
      assert.match(md, new RegExp(`^## ${rule.id}$`, 'm'));
      const section = md.slice(md.indexOf(`## ${rule.id}\n`)).split(/\n## /)[0];
      assert.ok(section.includes(rule.docs.summary) && section.includes(rule.docs.why), rule.id);
      assert.match(section, /\*\*Weak\*\*[\s\S]*\*\*Strong\*\*/);
      for (const option of Object.keys(rule.options ?? {})) assert.ok(section.includes(`\`${option}\``), `${rule.id} option ${option}`);
    }
  });

  it('the README table is replaced between the markers only', () => {
    const readme = `# Redline\n\nIntro by the lead.\n\n${README_START}\nold table\n${README_END}\n\n## Configuration\n\nMore.\n`;
    const updated = withReadmeTable(readme);
    assert.ok(updated.startsWith('# Redline\n\nIntro by the lead.\n\n<!-- rules:start -->'));
    assert.ok(updated.endsWith(`${README_END}\n\n## Configuration\n\nMore.\n`));
    assert.doesNotMatch(updated, /old table/);
    for (const rule of RULES) assert.ok(updated.includes(`(docs/rules.md#${rule.id})`));
    assert.equal(withReadmeTable(updated), updated);
    assert.match(withReadmeTable(undefined), /^# Redline\n[\s\S]*<!-- rules:start -->[\s\S]*<!-- rules:end -->\n$/);
  });

  it('package.json gets one setting per rule and keeps every other setting', () => {
    const other = { type: 'string', enum: ['off', 'verbose'], default: 'off' };
    const pkg = { name: 'redline', contributes: { commands: [{ command: 'redline.score' }], configuration: { title: 'Redline', properties: { 'redline.trace.server': other, 'redline.rule.retired-rule': {} } } } };
    const updated = withRuleSettings(pkg) as any;
    const properties = updated.contributes.configuration.properties;
    assert.deepEqual(properties['redline.trace.server'], other);
    assert.deepEqual(updated.contributes.commands, pkg.contributes.commands);
    assert.equal(properties['redline.rule.retired-rule'], undefined, 'settings of removed rules are dropped');
    const ruleKeys = Object.keys(properties).filter((k) => k.startsWith(SETTING_PREFIX));
    assert.deepEqual(ruleKeys, RULES.map((r) => `${SETTING_PREFIX}${r.id}`));
    for (const key of ruleKeys) assert.deepEqual(properties[key].enum, ['default', 'error', 'warning', 'info', 'off']);
    // An array configuration: the rules go into their own section, others untouched.
    const sections = (withRuleSettings({ contributes: { configuration: [{ title: 'General', properties: { 'redline.enable': {} } }] } }) as any).contributes.configuration;
    assert.equal(sections.length, 2);
    assert.deepEqual(sections[0], { title: 'General', properties: { 'redline.enable': {} } });
    assert.equal(Object.keys(sections[1].properties).length, RULES.length);
  });

  it('the schema lists every rule with its options and rejects unknown rules', () => {
    const schema = configSchema() as any;
    const rules = schema.properties.rules;
    assert.equal(rules.additionalProperties, false);
    assert.deepEqual(Object.keys(rules.properties), RULES.map((r) => r.id));
    for (const rule of RULES) {
      const objectForm = rules.properties[rule.id].anyOf.find((s: any) => s.type === 'object');
      assert.deepEqual(Object.keys(objectForm.properties), ['severity', ...Object.keys(rule.options ?? {})]);
    }
  });

  it('`redline docs --check` exits 1 when stale, and `redline docs` makes it current', function () {
    this.timeout(60000);
    if (!fs.existsSync(CLI)) this.skip(); // npm test builds first; cli.test.ts builds on demand
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'redline-docs-'));
    try {
      const settings = { 'redline.trace.server': { type: 'string', default: 'off' } };
      fs.writeFileSync(path.join(repo, 'package.json'), `${JSON.stringify({ name: 'redline', contributes: { configuration: { title: 'Redline', properties: settings } } }, null, 2)}\n`);
      const docs = (args: string[]) => spawnSync(process.execPath, [CLI, 'docs', ...args], { cwd: repo, encoding: 'utf8' });
      const stale = docs(['--check']);
      assert.equal(stale.status, 1);
      assert.match(stale.stderr, /^redline: docs\/rules\.md is stale; run `npm run docs`$/m);
      assert.equal(docs([]).status, 0);
      assert.equal(docs(['--check']).status, 0);
      const pkg = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
      assert.deepEqual(pkg.contributes.configuration.properties['redline.trace.server'], settings['redline.trace.server']);
      assert.match(fs.readFileSync(path.join(repo, 'README.md'), 'utf8'), /<!-- rules:start -->/);
      assert.ok(fs.existsSync(path.join(repo, 'schemas', 'redlinerc.schema.json')));
    } finally {
      fs.rmSync(repo, { recursive: true, force: true });
    }
  });
});
