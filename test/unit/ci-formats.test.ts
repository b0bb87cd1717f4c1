// The CLI's pipeline formats as CI systems read them: SARIF checked against the official SARIF
// 2.1.0 schema (and by Microsoft's SARIF validator where it runs), GitHub workflow commands
// parsed back, JUnit XML parsed by a real XML parser.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { pathToFileURL } from 'url';
import { AI, CLEAN, CLI, DRAFTS, NON_AI, SHIP_LINE, SHIPPY, Scratch, ensureBuilt } from '../support/cli';

/** The schema file @microsoft/sarif-multitool (Microsoft's sarif-sdk) ships for this platform. */
function sarifSchemaPath(): string {
  return require.resolve(`@microsoft/sarif-multitool-${process.platform}/sarif-2.1.0.json`);
}

function sarifValidator() {
  const schema = JSON.parse(fs.readFileSync(sarifSchemaPath(), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('CI formats', function () {
  this.timeout(60000);
  let s: Scratch;

  before(function () {
    this.timeout(120000);
    ensureBuilt();
  });
  beforeEach(() => (s = new Scratch()));
  afterEach(() => s.remove());

  describe('--format sarif', () => {
    const validate = sarifValidator();

    function sarifOf(args: string[], input = ''): any {
      const r = s.run(['check', '--format', 'sarif', ...args], input);
      assert.notEqual(r.code, 2, r.stderr);
      const log = JSON.parse(r.stdout);
      assert.ok(validate(log), `not valid SARIF 2.1.0:\n${JSON.stringify(validate.errors, null, 2)}`);
      return log;
    }

    it('the schema used is the SARIF 2.1.0 schema and it rejects a broken log', () => {
      const schema = JSON.parse(fs.readFileSync(sarifSchemaPath(), 'utf8'));
      assert.match(schema.title, /SARIF\) Version 2\.1\.0 JSON Schema/);
      assert.deepEqual(schema.properties.version.enum, ['2.1.0']);
      s.write('docs/drafts.md', DRAFTS);
      const log = sarifOf(['docs']);
      log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
      assert.equal(validate(log), false, 'a 0 line number must fail the schema: the check is real');
    });

    it('is valid for findings with fixes, a clean file, several files, odd names and stdin', () => {
      s.write('docs/drafts.md', DRAFTS);
      s.write('docs/billing.md', SHIPPY);
      s.write('docs/clean.md', CLEAN);
      s.write('docs/with space #1.md', `${NON_AI}# Notes 📝\n\n🚀 ${SHIP_LINE}\n`);
      const log = sarifOf(['docs']);
      const results = log.runs[0].results;
      assert.ok(results.some((r: any) => r.fixes), 'some findings carry fixes');
      assert.ok(results.some((r: any) => r.ruleId === 'ship-date-success'));
      const uris = new Set(results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri));
      assert.ok(uris.has('docs/drafts.md') && uris.has('docs/billing.md'));
      assert.ok(uris.has('docs/with%20space%20%231.md'), [...uris].join(', '));
      assert.ok(!uris.has('docs/clean.md'), 'the clean file has no results');
      const clean = sarifOf(['docs/clean.md']);
      assert.deepEqual(clean.runs[0].results, []);
      sarifOf(['-'], SHIPPY);
    });

    it('is ready for GitHub code scanning: rule help, levels, columnKind, SRCROOT-relative URIs, fingerprints', () => {
      s.write('prds/billing.md', SHIPPY);
      const log = sarifOf(['prds/billing.md']);
      const [run] = log.runs;
      assert.equal(run.columnKind, 'utf16CodeUnits');
      assert.match(run.originalUriBaseIds['%SRCROOT%'].uri, /^file:\/\/.*\/$/);
      for (const rule of run.tool.driver.rules) {
        assert.match(rule.helpUri, /^https:\/\//);
        assert.ok(rule.shortDescription.text.length > 0);
        assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
      }
      const ship = run.results.find((r: any) => r.ruleId === 'ship-date-success');
      assert.equal(ship.locations[0].physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
      assert.equal(ship.locations[0].physicalLocation.region.startLine, 9);
      assert.equal(ship.locations[0].physicalLocation.region.startColumn, SHIP_LINE.indexOf('shipping') + 1);
      for (const r of run.results) assert.match(r.partialFingerprints['redlineFindingHash/v1'], /^[0-9a-f]{32}:\d+$/);
    });

    it('locations are relative to the git repository root, whatever the working directory', () => {
      fs.mkdirSync(path.join(s.dir, '.git'));
      s.write('docs/prds/billing.md', SHIPPY);
      s.write('other/notes.md', SHIPPY);
      const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'sarif', 'billing.md', '../../other/notes.md'], {
        cwd: path.join(s.dir, 'docs', 'prds'),
        encoding: 'utf8',
      });
      const log = JSON.parse(r.stdout);
      assert.equal(validate(log), true, JSON.stringify(validate.errors));
      const [run] = log.runs;
      assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, `${pathToFileURL(s.dir).href}/`);
      const uris = new Set(run.results.map((x: any) => `${x.locations[0].physicalLocation.artifactLocation.uriBaseId} ${x.locations[0].physicalLocation.artifactLocation.uri}`));
      assert.deepEqual([...uris].sort(), ['%SRCROOT% docs/prds/billing.md', '%SRCROOT% other/notes.md']);
    });

    it('columns are UTF-16 code units: an emoji before a finding counts as two', () => {
      s.write('a.md', `${NON_AI}# Notes\n\n🚀 ${SHIP_LINE}\n`);
      const ship = sarifOf(['a.md']).runs[0].results.find((r: any) => r.ruleId === 'ship-date-success');
      assert.equal(ship.locations[0].physicalLocation.region.startColumn, '🚀 '.length + SHIP_LINE.indexOf('shipping') + 1);
      assert.equal('🚀 '.length, 3);
    });

    it('a fingerprint survives lines added above the finding and differs between findings', () => {
      s.write('a.md', SHIPPY);
      const before = sarifOf(['a.md']).runs[0].results;
      s.write('a.md', SHIPPY.replace('# Billing settings\n', '# Billing settings\n\nA new intro paragraph.\n\nAnother one.\n'));
      const after = sarifOf(['a.md']).runs[0].results;
      const ship = (results: any[]) => results.find((r) => r.ruleId === 'ship-date-success');
      assert.equal(ship(after).locations[0].physicalLocation.region.startLine, ship(before).locations[0].physicalLocation.region.startLine + 4);
      assert.deepEqual(ship(after).partialFingerprints, ship(before).partialFingerprints);
      const prints = before.map((r: any) => r.partialFingerprints['redlineFindingHash/v1']);
      assert.equal(new Set(prints).size, prints.length);
    });

    it("Microsoft's SARIF validator (sarif-multitool) reports no error or warning, GitHub rules included", function () {
      let tool: string;
      try {
        tool = require('@microsoft/sarif-multitool') as string;
      } catch {
        this.skip(); // no sarif-multitool build for this platform; the schema tests above still ran
      }
      s.write('docs/drafts.md', DRAFTS);
      s.write('docs/billing.md', SHIPPY);
      s.write('docs/story.behavioral.md', `# The launch\n\nI led the launch and we shipped on time.\n`);
      fs.writeFileSync(path.join(s.dir, 'redline.sarif'), s.run(['check', '--format', 'sarif', 'docs']).stdout);
      const r = spawnSync(tool, ['validate', 'redline.sarif', '-o', 'validation.sarif', '--level', 'Error;Warning', '--rule-kind', 'Sarif;Gh'], {
        cwd: s.dir,
        encoding: 'utf8',
        env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
        timeout: 120000,
      });
      assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
      const validation = JSON.parse(fs.readFileSync(path.join(s.dir, 'validation.sarif'), 'utf8'));
      const problems = validation.runs[0].results.map((x: any) => `${x.ruleId} ${x.level}: ${JSON.stringify(x.message)}`);
      assert.deepEqual(problems, []);
    });
  });

  describe('--format github', () => {
    /** Parses `::command key=value,…::message` back, undoing GitHub's escapes. */
    function parseCommands(stdout: string) {
      const unescape = (t: string) => t.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
      return stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const m = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line);
          assert.ok(m, `not a workflow command: ${line}`);
          const props = Object.fromEntries(
            m[2].split(',').map((p) => {
              const eq = p.indexOf('=');
              return [p.slice(0, eq), unescape(p.slice(eq + 1))];
            }),
          );
          return { command: m[1], props, message: unescape(m[3]) };
        });
    }

    it('prints one annotation per finding with file, line, columns, title and the mapped level', () => {
      s.write('docs/billing.md', SHIPPY);
      s.write('docs/drafts.md', DRAFTS);
      const expected = JSON.parse(s.run(['check', '--format', 'json', 'docs']).stdout).flatMap((f: any) =>
        f.diagnostics.map((d: any) => ({ file: f.file, ...d })),
      );
      const r = s.run(['check', '--format', 'github', 'docs']);
      const commands = parseCommands(r.stdout);
      assert.equal(commands.length, expected.length);
      commands.forEach((c, i) => {
        const d = expected[i];
        assert.equal(c.command, { error: 'error', warning: 'warning', info: 'notice' }[d.severity as string]);
        assert.equal(c.props.file, d.file);
        assert.equal(c.props.line, String(d.line));
        assert.equal(c.props.endLine, String(d.endLine));
        assert.equal(c.props.title, `Redline ${d.ruleId}`);
        assert.equal(c.message, `${d.message} (${d.ruleId})`);
        if (d.line === d.endLine) {
          assert.equal(c.props.col, String(d.column));
          assert.equal(c.props.endColumn, String(Math.max(d.column, d.endColumn - 1)));
        } else assert.equal(c.props.col, undefined, 'columns only for one-line ranges');
      });
      const ship = commands.find((c) => c.props.title === 'Redline ship-date-success');
      assert.ok(ship);
      assert.equal(ship.command, 'warning');
      assert.ok(commands.some((c) => c.command === 'error'), 'red-lines-missing is an error in the AI PRD');
      assert.equal(r.code, 1, 'exit codes are those of check');
    });

    it('escapes %, CR, LF, "," and ":" so a strange file name cannot break or inject a command', () => {
      const name = 'a,b:c%d.md';
      s.write(name, SHIPPY);
      const r = s.run(['check', '--format', 'github', name]);
      assert.ok(r.stdout.length > 0);
      for (const line of r.stdout.split('\n').filter(Boolean)) {
        assert.match(line, /^::(error|warning|notice) file=a%2Cb%3Ac%25d\.md,line=\d+,/);
        assert.equal(line.split('::').length, 3, `one message separator only: ${line}`);
      }
      assert.equal(parseCommands(r.stdout)[0].props.file, name);
      const stdin = s.run(['check', '--format', 'github', '--stdin-filename', 'x\ny.md', '-'], SHIPPY);
      assert.ok(stdin.stdout.includes('file=x%0Ay.md,'), stdin.stdout);
      assert.equal(stdin.stdout.trim().split('\n').length, parseCommands(stdin.stdout).length);
    });

    it('prints nothing for clean files and is check-only', () => {
      s.write('clean.md', CLEAN);
      const r = s.run(['check', '--format', 'github', 'clean.md']);
      assert.equal(r.code, 0);
      assert.equal(r.stdout, '');
      const score = s.run(['score', '--format', 'github', 'clean.md']);
      assert.equal(score.code, 2);
      assert.match(score.stderr, /--format github applies to "check" only/);
    });
  });

  describe('--format junit', () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) });

    /** Well-formed by fast-xml-parser's validator and free of the characters XML 1.0 forbids. */
    function junitOf(args: string[], input = ''): any {
      const r = s.run(['check', '--format', 'junit', ...args], input);
      assert.notEqual(r.code, 2, r.stderr);
      const valid = XMLValidator.validate(r.stdout);
      assert.equal(valid, true, `not well-formed: ${JSON.stringify(valid)}\n${r.stdout}`);
      // eslint-disable-next-line no-control-regex
      assert.doesNotMatch(r.stdout, /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/, 'XML 1.0 forbids these characters');
      assert.doesNotMatch(r.stdout, /&#(?:x0*(?:[0-8bcef]|1[0-9a-f])|0*(?:[0-8]|1[1-2]|1[4-9]|2[0-9]|3[01]));/i, 'nor as references');
      return parser.parse(r.stdout).testsuites;
    }

    it('one testsuite per file, one failed testcase per finding, a passing testcase for a clean file', () => {
      s.write('docs/billing.md', SHIPPY);
      s.write('docs/clean.md', CLEAN);
      s.write('docs/drafts.md', DRAFTS);
      const expected = JSON.parse(s.run(['check', '--format', 'json', 'docs']).stdout);
      const suites = junitOf(['docs']);
      assert.equal(suites.name, 'redline');
      const total = expected.reduce((n: number, f: any) => n + f.diagnostics.length, 0);
      assert.equal(Number(suites.failures), total);
      assert.deepEqual(suites.testsuite.map((t: any) => t.name), expected.map((f: any) => f.file));
      suites.testsuite.forEach((suite: any, i: number) => {
        const diagnostics = expected[i].diagnostics;
        assert.equal(Number(suite.failures), diagnostics.length);
        if (diagnostics.length === 0) {
          assert.equal(suite.testcase.length, 1);
          assert.equal(suite.testcase[0].failure, undefined);
          return;
        }
        assert.equal(suite.testcase.length, diagnostics.length);
        suite.testcase.forEach((tc: any, j: number) => {
          const d = diagnostics[j];
          assert.equal(tc.classname, expected[i].file);
          assert.equal(tc.name, `${d.ruleId} at ${d.line}:${d.column}`);
          assert.equal(tc.failure.type, d.severity);
          assert.equal(tc.failure.message, d.message);
          assert.ok(tc.failure['#text'].includes(`${expected[i].file}:${d.line}:${d.column}`));
          assert.ok(tc.failure['#text'].includes(`docs/rules.md#${d.ruleId}`));
        });
      });
    });

    it('escapes markup and replaces control characters XML 1.0 cannot carry', () => {
      const name = 'a<b>&"c\u0001\u001b.md';
      s.write('safe.md', SHIPPY);
      const suites = junitOf(['--stdin-filename', name, '-'], `${NON_AI}# T\u0007itle <x> & "y"\n\n${SHIP_LINE}\n`);
      assert.equal(suites.testsuite[0].name, 'a<b>&"c\\u0001\\u001B.md');
      const tc = suites.testsuite[0].testcase.find((t: any) => t.name.startsWith('ship-date-success'));
      assert.ok(tc, 'the finding is reported');
    });

    it('an AI document with an error and an empty run still give well-formed reports', () => {
      s.write('drafts.md', `${AI}# Drafts\n\nThe LLM drafts replies.\n`);
      const suites = junitOf(['drafts.md']);
      assert.ok(suites.testsuite[0].testcase.some((t: any) => t.failure?.type === 'error'));
      s.write('empty.md', '');
      junitOf(['empty.md']);
    });
  });
});
