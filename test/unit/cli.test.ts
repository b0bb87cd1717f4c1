// Runs the built CLI (dist/cli.js) as a user would: formats, exit codes, stdin, bad files, bad
// configuration, positions. Assertions use ship-date-success (a finished rule) or shapes only,
// so they hold while other rules are still being written.
import { strict as assert } from 'assert';
import { spawnSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { RULES } from '../../src/core';

const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

/** Builds dist/ when it is missing or older than the sources (`npm test` builds first anyway). */
function ensureBuilt() {
  const newest = (dir: string): number =>
    fs.readdirSync(dir, { withFileTypes: true }).reduce((t, e) => {
      const full = path.join(dir, e.name);
      return Math.max(t, e.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
    }, 0);
  if (fs.existsSync(CLI) && fs.statSync(CLI).mtimeMs >= newest(path.join(ROOT, 'src'))) return;
  const build = spawnSync(process.execPath, ['esbuild.js'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(build.status, 0, `build failed:\n${build.stdout}${build.stderr}`);
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let tmp: string;

function run(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string | undefined> } = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  Object.assign(env, options.env);
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? tmp,
    input: options.input ?? '',
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Copies the CLI's files (the loader and the bundle it loads) into `dir`, without the language server. */
function copyCli(dir: string): string {
  for (const file of ['cli.js', 'cli-main.js']) fs.copyFileSync(path.join(ROOT, 'dist', file), path.join(dir, file));
  return path.join(dir, 'cli.js');
}

function write(rel: string, text: string | Buffer): string {
  const full = path.join(tmp, rel);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, text);
  return full;
}

function json(r: Run): any[] {
  try {
    return JSON.parse(r.stdout);
  } catch {
    assert.fail(`stdout is not JSON (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
  }
}

/** No stack trace: every stderr line is a `redline:` line or the usage hint. */
function assertCleanStderr(stderr: string) {
  assert.doesNotMatch(stderr, /^\s+at /m, `stack trace on stderr:\n${stderr}`);
  for (const line of stderr.split('\n').filter(Boolean)) assert.match(line, /^(redline: |Run `redline --help`)/, `unexpected stderr line: ${line}`);
}

const NON_AI = '---\nkind: prd\nai: false\n---\n';
const AI = '---\nkind: prd\nai: true\n---\n';
const SHIP_LINE = 'Success for v1 is shipping by June 30 so Sales can announce it.';
const SHIPPY = `${NON_AI}# Billing settings\n\n## Success metrics\n\n${SHIP_LINE}\n`;
const CLEAN = `${NON_AI}# Billing settings\n\n## Success metrics\n\nAdmins change the billing contact in under a minute without filing a ticket.\n`;
const ERROR_CONFIG = JSON.stringify({ rules: { 'ship-date-success': 'error', 'privacy-boundary-missing': 'off' } });
const DIAGNOSTIC_KEYS = ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn'];

describe('redline CLI', function () {
  this.timeout(60000);

  before(function () {
    this.timeout(120000);
    ensureBuilt();
  });

  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'redline-cli-'));
  });

  afterEach(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  describe('usage', () => {
    it('--help prints usage and exits 0; --version prints the package version', () => {
      const help = run(['--help']);
      assert.equal(help.code, 0);
      assert.match(help.stdout, /Usage: redline <command>/);
      assert.match(help.stdout, /--max-warnings/);
      const version = run(['--version']);
      assert.equal(version.code, 0);
      assert.equal(version.stdout.trim(), JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    });

    const mistakes: [string[], RegExp][] = [
      [[], /missing command/],
      [['lint', 'a.md'], /unknown command "lint"/],
      [['check', '--bogus', 'a.md'], /unknown option --bogus/],
      [['check', '--format', 'xml', 'a.md'], /--format must be one of stylish, json, sarif/],
      [['check', '--format'], /--format needs a value/],
      [['check', '--kind', 'memo', 'a.md'], /--kind must be one of prd, design, behavioral/],
      [['check', '--max-warnings', 'many', 'a.md'], /--max-warnings must be a whole number/],
      [['score', '--quiet', 'a.md'], /--quiet does not apply to "score"/],
      [['score', '--format', 'sarif', 'a.md'], /sarif applies to "check" only/],
      [['check', '--fix', '-'], /--fix cannot write back to stdin/],
      [['lsp'], /lsp needs a transport/],
    ];
    for (const [args, message] of mistakes) {
      it(`redline ${args.join(' ') || '(nothing)'} → exit 2 with a one-line reason`, () => {
        write('a.md', CLEAN);
        const r = run(args);
        assert.equal(r.code, 2, r.stderr);
        assert.match(r.stderr, message);
        assert.equal(r.stdout, '');
        assertCleanStderr(r.stderr);
      });
    }
  });

  describe('--format json', () => {
    it('prints exactly the RULES.md shape for check, with 1-based positions', () => {
      write('docs/billing.md', SHIPPY);
      const r = run(['check', '--format', 'json', 'docs/billing.md']);
      assert.equal(r.code, 0, r.stderr);
      const [file, ...rest] = json(r);
      assert.equal(rest.length, 0);
      assert.deepEqual(Object.keys(file), ['file', 'kind', 'kindSource', 'ai', 'diagnostics']);
      assert.equal(file.file, 'docs/billing.md');
      assert.equal(file.kind, 'prd');
      assert.equal(file.kindSource, 'frontmatter');
      assert.equal(file.ai, false);
      const ship = file.diagnostics.filter((d: any) => d.ruleId === 'ship-date-success');
      assert.equal(ship.length, 1);
      for (const d of file.diagnostics) {
        assert.deepEqual(Object.keys(d), d.fix ? [...DIAGNOSTIC_KEYS, 'fix'] : DIAGNOSTIC_KEYS);
        if (d.fix) {
          assert.deepEqual(Object.keys(d.fix), ['title', 'edits']);
          for (const e of d.fix.edits) assert.deepEqual(Object.keys(e), ['line', 'column', 'endLine', 'endColumn', 'text']);
        }
      }
      assert.equal(ship[0].severity, 'warning');
      assert.equal(ship[0].line, 9);
      assert.equal(ship[0].column, SHIP_LINE.indexOf('shipping') + 1);
    });

    it('prints fixes as line/column edits that the core applies to the same text', () => {
      write('answer.md', `${AI}# Reply drafts\n\nThe LLM drafts replies to customer emails for agents.\n`);
      const [file] = json(run(['check', '--format', 'json', 'answer.md']));
      assert.equal(file.ai, true);
      for (const d of file.diagnostics.filter((x: any) => x.fix)) {
        for (const e of d.fix.edits) {
          assert.ok(e.line >= 1 && e.column >= 1 && (e.endLine > e.line || (e.endLine === e.line && e.endColumn >= e.column)));
          assert.equal(typeof e.text, 'string');
        }
      }
    });

    it('prints exactly the RULES.md shape for score; a non-AI PRD has no score', () => {
      write('billing.md', SHIPPY);
      write('drafts.md', `${AI}# Reply drafts\n\nThe LLM drafts replies to customer emails; an agent approves each one.\n`);
      const r = run(['score', '--format', 'json', 'billing.md', 'drafts.md']);
      assert.equal(r.code, 0, r.stderr);
      const [billing, drafts] = json(r);
      for (const file of [billing, drafts]) assert.deepEqual(Object.keys(file), ['file', 'kind', 'ai', 'score', 'band', 'dimensions']);
      assert.equal(billing.score, null);
      assert.equal(billing.band, 'not-ai');
      assert.deepEqual(billing.dimensions, []);
      assert.equal(typeof drafts.score, 'number');
      assert.ok(['AI-native', 'AI-curious', 'Traditional'].includes(drafts.band));
      assert.ok(drafts.dimensions.length > 0);
      for (const d of drafts.dimensions) {
        assert.deepEqual(Object.keys(d), ['id', 'label', 'score', 'max', 'evidence', 'withheldBy']);
        for (const e of d.evidence) assert.deepEqual(Object.keys(e), ['line', 'text']);
        assert.ok(d.score >= 0 && d.score <= d.max);
      }
      assert.equal(drafts.dimensions.reduce((n: number, d: any) => n + d.score, 0), drafts.score);
    });

    it('counts columns in UTF-16 code units, the same with LF and CRLF', () => {
      const line = `🚀 Team note 🎉: ${SHIP_LINE}`;
      const text = `${NON_AI}# Notes 📝\n\n${line}\n`;
      write('lf.md', text);
      write('crlf.md', text.replace(/\n/g, '\r\n'));
      const files = json(run(['check', '--format', 'json', 'lf.md', 'crlf.md']));
      const positions = files.map((f) => f.diagnostics.filter((d: any) => d.ruleId === 'ship-date-success').map((d: any) => [d.line, d.column, d.endLine]));
      assert.deepEqual(positions[0], [[7, line.indexOf('shipping') + 1, 7]]);
      assert.deepEqual(positions[1], positions[0]);
    });
  });

  describe('--format sarif', () => {
    it('is SARIF 2.1.0 with rule metadata, relative locations and one result per diagnostic', () => {
      write('docs/billing.md', SHIPPY);
      write('docs/drafts.md', `${AI}# Reply drafts\n\nThe LLM drafts replies to customer emails.\n`);
      const sarif = JSON.parse(run(['check', '--format', 'sarif', 'docs']).stdout);
      const expected = json(run(['check', '--format', 'json', 'docs']));
      assert.equal(sarif.version, '2.1.0');
      assert.match(sarif.$schema, /sarif-2\.1\.0/);
      const [runEntry] = sarif.runs;
      const driver = runEntry.tool.driver;
      assert.equal(driver.name, 'redline');
      assert.deepEqual(driver.rules.map((r: any) => r.id), RULES.map((r) => r.id));
      for (const rule of driver.rules) {
        assert.equal(typeof rule.shortDescription.text, 'string');
        assert.equal(typeof rule.fullDescription.text, 'string');
        assert.ok(rule.helpUri.endsWith(`#${rule.id}`));
        assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
      }
      const diagnostics = expected.flatMap((f) => f.diagnostics.map((d: any) => ({ file: f.file, ...d })));
      assert.equal(runEntry.results.length, diagnostics.length);
      runEntry.results.forEach((result: any, i: number) => {
        const d = diagnostics[i];
        assert.equal(result.ruleId, d.ruleId);
        assert.equal(driver.rules[result.ruleIndex].id, d.ruleId);
        assert.equal(result.level, d.severity === 'info' ? 'note' : d.severity);
        assert.equal(result.message.text, d.message);
        const location = result.locations[0].physicalLocation;
        assert.equal(location.artifactLocation.uri, d.file);
        assert.equal(location.artifactLocation.uriBaseId, '%SRCROOT%');
        assert.deepEqual(location.region, { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn });
        assert.equal(Boolean(result.fixes), Boolean(d.fix));
        if (d.fix) {
          const [change] = result.fixes[0].artifactChanges;
          assert.equal(result.fixes[0].description.text, d.fix.title);
          assert.equal(change.replacements.length, d.fix.edits.length);
          assert.equal(change.replacements[0].insertedContent.text, d.fix.edits[0].text);
          assert.equal(change.replacements[0].deletedRegion.startLine, d.fix.edits[0].line);
        }
      });
      assert.ok(runEntry.results.some((r: any) => r.ruleId === 'ship-date-success'));
    });
  });

  describe('--format stylish', () => {
    it('groups by file with kind and AI scope, one line per finding, and a summary', () => {
      write('billing.md', SHIPPY);
      write('clean.md', CLEAN);
      const r = run(['check', 'billing.md', 'clean.md']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^billing\.md {2}prd \(from front matter\) · not an AI product \(ai: false in front matter\)$/m);
      const column = SHIP_LINE.indexOf('shipping') + 1;
      assert.match(r.stdout, new RegExp(`^ {2}9:${column} +warning +Success is defined as shipping on time.* {2}ship-date-success$`, 'm'));
      assert.match(r.stdout, /^clean\.md .*✔ no problems$/m);
      assert.match(r.stdout, /^✖ \d+ problems? \(0 errors, \d+ warnings?, \d+ infos?\)$/m);
      assert.doesNotMatch(r.stdout, /\x1b\[/, 'no colour when stdout is not a terminal');
    });

    it('colours only when asked: FORCE_COLOR on, NO_COLOR off', () => {
      write('billing.md', SHIPPY);
      assert.match(run(['check', 'billing.md'], { env: { FORCE_COLOR: '1' } }).stdout, /\x1b\[33mwarning/);
      assert.doesNotMatch(run(['check', 'billing.md'], { env: { NO_COLOR: '1' } }).stdout, /\x1b\[/);
      assert.doesNotMatch(run(['check', 'billing.md'], { env: { FORCE_COLOR: '0' } }).stdout, /\x1b\[/);
    });

    it('score prints the total, one bar per dimension and what to add next', () => {
      write('drafts.md', `${AI}# Reply drafts\n\nThe LLM drafts replies to customer emails.\n`);
      const r = run(['score', 'drafts.md']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^ {2}Score \d+\/100 {2}(AI-native|AI-curious|Traditional)$/m);
      assert.match(r.stdout, /^ {2}Failure-first framing +[█░]{10} +\d+\/20$/m);
      assert.match(r.stdout, /^ {2}Trade-off articulation +[█░]{10} +\d+\/10$/m);
      assert.match(r.stdout, /Next: the (three|two) most valuable things to add|Next: the most valuable thing to add|Nothing left to add/);
    });

    it('score says why a non-AI document has no score and how to override it', () => {
      write('billing.md', CLEAN);
      const r = run(['score', 'billing.md']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /No score\./);
      assert.match(r.stdout, /ai: true/);
      write('drafts.md', `${AI}# Reply drafts\n\nThe LLM drafts replies to customer emails.\n`);
      const both = run(['score', 'billing.md', 'drafts.md']);
      assert.match(both.stdout, /^Scores\n {2}billing\.md +— {2}no score \(not an AI product\)\n {2}drafts\.md +\d+ {2}(AI-native|AI-curious|Traditional)\n$/m);
    });
  });

  describe('exit codes and filters', () => {
    it('exits 0 with warnings only, 1 with an error-severity finding', () => {
      write('billing.md', SHIPPY);
      assert.equal(run(['check', 'billing.md']).code, 0);
      write('.redlinerc.json', ERROR_CONFIG);
      const r = run(['check', '--format', 'json', 'billing.md']);
      assert.equal(r.code, 1);
      assert.equal(json(r)[0].diagnostics.find((d: any) => d.ruleId === 'ship-date-success').severity, 'error');
    });

    it('--max-warnings N exits 1 only when warnings exceed N', () => {
      write('billing.md', SHIPPY);
      const over = run(['check', '--max-warnings', '0', 'billing.md']);
      assert.equal(over.code, 1);
      assert.match(over.stderr, /^redline: \d+ warnings?, more than --max-warnings 0$/m);
      assert.equal(run(['check', '--max-warnings', '50', 'billing.md']).code, 0);
    });

    it('--quiet reports errors only', () => {
      write('billing.md', SHIPPY);
      const [quiet] = json(run(['check', '--quiet', '--format', 'json', 'billing.md']));
      assert.deepEqual(quiet.diagnostics, []);
      write('.redlinerc.json', ERROR_CONFIG);
      const [errors] = json(run(['check', '--quiet', '--format', 'json', 'billing.md']));
      assert.ok(errors.diagnostics.length > 0);
      assert.ok(errors.diagnostics.every((d: any) => d.severity === 'error'));
    });

    it('--kind overrides the detected kind for every file', () => {
      write('notes.prd.md', `# Notes\n\n${SHIP_LINE}\n`);
      const [file] = json(run(['check', '--kind', 'behavioral', '--format', 'json', 'notes.prd.md']));
      assert.equal(file.kind, 'behavioral');
      assert.equal(file.kindSource, 'override');
      const [byName] = json(run(['check', '--format', 'json', 'notes.prd.md']));
      assert.equal(byName.kind, 'prd');
      assert.equal(byName.kindSource, 'filename');
    });
  });

  describe('inputs', () => {
    it('reads stdin for -, with --stdin-filename naming it', () => {
      const r = run(['check', '--format', 'json', '-'], { input: SHIPPY });
      assert.equal(r.code, 0, r.stderr);
      const [file] = json(r);
      assert.equal(file.file, '<stdin>');
      assert.ok(file.diagnostics.some((d: any) => d.ruleId === 'ship-date-success'));
      const [named] = json(run(['check', '--format', 'json', '--stdin-filename', 'story.behavioral.md', '-'], { input: `# A story\n\n${SHIP_LINE}\n` }));
      assert.equal(named.file, 'story.behavioral.md');
      assert.equal(named.kind, 'behavioral');
      assert.equal(named.kindSource, 'filename');
    });

    it('searches directories for Markdown, skipping node_modules and dot-directories; expands globs', () => {
      write('docs/a.md', CLEAN);
      write('docs/deep/b.markdown', CLEAN);
      write('docs/notes.txt', 'not markdown');
      write('docs/node_modules/pkg/readme.md', CLEAN);
      write('docs/.drafts/c.md', CLEAN);
      const files = json(run(['check', '--format', 'json', 'docs'])).map((f) => f.file);
      assert.deepEqual(files, ['docs/a.md', 'docs/deep/b.markdown']);
      const globbed = json(run(['check', '--format', 'json', 'docs/**/*.md'])).map((f) => f.file);
      assert.deepEqual(globbed, ['docs/a.md']);
      const none = run(['check', 'nothing/**/*.md']);
      assert.equal(none.code, 2);
      assert.match(none.stderr, /^redline: nothing\/\*\*\/\*\.md: no files match this pattern$/m);
    });

    it('a missing file: one stderr line naming it, exit 2, the readable files still reported', () => {
      write('good.md', SHIPPY);
      const r = run(['check', '--format', 'json', 'missing.md', 'good.md']);
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'redline: missing.md: no such file or directory\n');
      assert.deepEqual(json(r).map((f) => f.file), ['good.md']);
      const stylish = run(['check', 'missing.md', 'good.md']);
      assert.equal(stylish.code, 2);
      assert.match(stylish.stdout, /^good\.md/m);
    });

    it('a binary or non-UTF-8 file: one stderr line naming it, exit 2, the others still reported', () => {
      write('good.md', SHIPPY);
      write('image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
      write('latin.md', Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 2 ? 0xe9 : 0x41))));
      const r = run(['check', '--format', 'json', 'image.md', 'latin.md', 'good.md']);
      assert.equal(r.code, 2);
      const lines = r.stderr.trim().split('\n');
      assert.equal(lines.length, 2);
      assert.match(lines[0], /^redline: image\.md: binary file/);
      assert.match(lines[1], /^redline: latin\.md: not UTF-8 text/);
      assert.deepEqual(json(r).map((f) => f.file), ['good.md']);
      assert.equal(run(['score', '--format', 'json', 'image.md', 'good.md']).code, 2);
    });

    it('an empty file and a front-matter-only file give a clean result', () => {
      write('empty.md', '');
      write('front.md', '---\nkind: design\n---\n');
      write('bom.md', `\uFEFF${CLEAN}`);
      const r = run(['check', '--format', 'json', 'empty.md', 'front.md', 'bom.md']);
      assert.notEqual(r.code, 2, r.stderr);
      assert.equal(r.stderr, '');
      const files = json(r);
      assert.equal(files.length, 3);
      assert.equal(files[1].kind, 'design');
      assert.equal(files[2].kindSource, 'frontmatter', 'a UTF-8 BOM does not hide the front matter');
      const score = run(['score', 'empty.md', 'front.md']);
      assert.equal(score.code, 0, score.stderr);
    });

    it('a 5 MB document gets a result, not a crash', function () {
      this.timeout(300000);
      const paragraph = 'Admins update the billing contact and the invoice address; changes apply to the next invoice.\n\n';
      let text = `${NON_AI}# Billing settings\n\n`;
      for (let i = 0; text.length < 5 * 1024 * 1024; i++) text += (i % 50 === 0 ? `## Part ${i}\n\n` : '') + paragraph;
      write('huge.md', text);
      const r = run(['check', '--format', 'json', 'huge.md']);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(json(r)[0].file, 'huge.md');
    });
  });

  describe('configuration', () => {
    it('invalid JSON: one line naming the file, line and column, exit 2, no stack trace', () => {
      write('.redlinerc.json', '{\n  "rules": {\n    "ship-date-success": "error",\n  }\n}\n');
      write('billing.md', SHIPPY);
      const r = run(['check', 'billing.md']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^redline: \.redlinerc\.json:4:\d+: invalid JSON/);
      assert.equal(r.stderr.trim().split('\n').length, 1);
      assertCleanStderr(r.stderr);
    });

    it('an unknown rule id names the file and the line of the key', () => {
      write('cfg/strict.json', '{\n  "rules": {\n    "ship-date-sucess": "error"\n  }\n}\n');
      write('billing.md', SHIPPY);
      const r = run(['check', '--config', 'cfg/strict.json', 'billing.md']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^redline: cfg\/strict\.json:3:5: unknown rule "ship-date-sucess" \(did you mean "ship-date-success"\?\)$/m);
      assert.equal(r.stdout, '');
    });

    it('--config applies to every file; a missing --config file is a clear error', () => {
      write('cfg/strict.json', ERROR_CONFIG);
      write('billing.md', SHIPPY);
      assert.equal(run(['check', '--config', 'cfg/strict.json', 'billing.md']).code, 1);
      const missing = run(['check', '--config', 'cfg/nope.json', 'billing.md']);
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /^redline: cfg\/nope\.json:1:1: cannot read the configuration file \(ENOENT\)$/m);
    });

    it('a broken configuration in one folder does not hide the files of another', () => {
      write('team-a/.redlinerc.json', '{ "rules": { "nope": "off" } }');
      write('team-a/doc.md', SHIPPY);
      write('team-b/doc.md', SHIPPY);
      const r = run(['check', '--format', 'json', 'team-a', 'team-b']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^redline: team-a\/\.redlinerc\.json:1:\d+: unknown rule "nope"/);
      assert.deepEqual(json(r).map((f) => f.file), ['team-b/doc.md']);
    });
  });

  describe('--fix', () => {
    it('applies the available fixes in place and keeps every line of the original', () => {
      const original = `${AI}# Reply drafts\n\nThe LLM drafts replies to customer emails for support agents.\n\n## Success metrics\n\nAgents send 30% more replies per hour.\n`;
      const file = write('drafts.md', original);
      const before = json(run(['check', '--format', 'json', 'drafts.md']))[0].diagnostics.filter((d: any) => d.fix);
      const r = run(['check', '--fix', '--format', 'json', 'drafts.md']);
      assert.notEqual(r.code, 2, r.stderr);
      const fixed = fs.readFileSync(file, 'utf8');
      for (const line of original.split('\n')) assert.ok(fixed.includes(line), `lost line: ${line}`);
      if (before.length === 0) return; // no fixable rule is finished yet: nothing to apply
      assert.notEqual(fixed, original);
      const after = json(r)[0].diagnostics;
      assert.deepEqual(after.filter((d: any) => d.fix).map((d: any) => d.ruleId), [], 'every fix was applied');
      assert.ok(after.some((d: any) => /fill in/i.test(d.message)), 'the rules now point at the placeholders to fill in');
    });

    it('writes the file back as it was stored: byte-order mark and CRLF line breaks kept', () => {
      const original = `${AI}# Reply drafts\n\nThe LLM drafts replies to customer emails for support agents.\n`.replace(/\n/g, '\r\n');
      const file = write('crlf.md', Buffer.from(`\uFEFF${original}`, 'utf8'));
      const r = run(['check', '--fix', 'crlf.md']);
      assert.notEqual(r.code, 2, r.stderr);
      const bytes = fs.readFileSync(file);
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      assert.doesNotMatch(bytes.toString('utf8'), /[^\r]\n/, 'every line break is still CRLF');
    });
  });

  describe('lsp', () => {
    it('starts the bundled language server on stdio', function (done) {
      const child = spawn(process.execPath, [CLI, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
      const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
      let out = '';
      const timer = setTimeout(() => finish(new Error(`no initialize response; got: ${out}`)), 20000);
      const finish = (error?: Error) => {
        clearTimeout(timer);
        child.kill();
        done(error);
      };
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        if (/"capabilities"/.test(out)) finish();
      });
      child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    });

    it('says clearly when the language server is not built', () => {
      copyCli(tmp);
      const r = spawnSync(process.execPath, [path.join(tmp, 'cli.js'), 'lsp', '--stdio'], { encoding: 'utf8' });
      assert.equal(r.status, 2);
      assert.match(r.stderr, /^redline: the language server is not available \(.*server\.js is missing\)/);
    });
  });
  describe('start-up', () => {
    const runCopy = (cli: string, args: string[], env: Record<string, string> = {}) =>
      spawnSync(process.execPath, [cli, ...args], { cwd: tmp, encoding: 'utf8', env: { ...process.env, ...env } });

    it('keeps a code cache next to the bundle after check, and gives the same output with it, without it and with a damaged one', () => {
      const dir = fs.mkdtempSync(path.join(tmp, 'dist-'));
      const cli = copyCli(dir);
      const cache = path.join(dir, 'cli-main.js.cache');
      write('prd.md', fs.readFileSync(path.join(ROOT, 'examples', 'weak.prd.md')));
      const args = ['check', '--format', 'json', 'prd.md'];
      const plain = runCopy(cli, args, { REDLINE_NO_CODE_CACHE: '1' });
      assert.ok(!fs.existsSync(cache), 'REDLINE_NO_CODE_CACHE=1 writes no cache');
      runCopy(cli, ['--help']);
      assert.ok(!fs.existsSync(cache), '--help writes no cache (it would hold little of what check needs)');
      const first = runCopy(cli, args);
      const written = fs.statSync(cache);
      assert.ok(written.size > 100000, 'check writes the cache');
      const cached = runCopy(cli, args);
      // Taken, not rejected and written again: V8 rejects a cache made under other V8 flags (v8-flags.ts).
      const after = fs.statSync(cache);
      assert.deepEqual([after.ino, after.mtimeMs], [written.ino, written.mtimeMs], 'the next run used the cache as it was');
      for (const r of [first, cached]) assert.deepEqual([r.status, r.stdout, r.stderr], [plain.status, plain.stdout, plain.stderr]);
      // A cache cut short, or of another bundle, is ignored (and replaced), never run.
      const bytes = fs.readFileSync(cache);
      fs.writeFileSync(cache, bytes.subarray(0, bytes.length >> 1));
      const damaged = runCopy(cli, args);
      assert.deepEqual([damaged.status, damaged.stdout, damaged.stderr], [plain.status, plain.stdout, plain.stderr]);
      assert.ok(fs.statSync(cache).size > bytes.length * 0.9, 'the damaged cache was written again');
      fs.appendFileSync(path.join(dir, 'cli-main.js'), '\n// rebuilt\n');
      const rebuilt = runCopy(cli, args);
      assert.deepEqual([rebuilt.status, rebuilt.stdout, rebuilt.stderr], [plain.status, plain.stdout, plain.stderr]);
    });

    it('exits only after a slow reader has received all of the output', (done) => {
      // Far more than a pipe holds (64 KiB): most of it is still in the process when the analysis ends.
      const weak = fs.readFileSync(path.join(ROOT, 'examples', 'weak.prd.md'));
      const files = Array.from({ length: 30 }, (_, i) => write(`weak-${i}.md`, weak));
      const child = spawn(process.execPath, [CLI, 'check', '--format', 'json', ...files, 'missing.md'], { cwd: tmp });
      child.stdout.pause();
      const chunks: Buffer[] = [];
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      setTimeout(() => {
        child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
        child.stdout.resume();
      }, 500);
      child.on('close', (code) => {
        try {
          assert.equal(code, 2);
          assert.match(stderr, /^redline: missing\.md: no such file or directory$/m);
          const out = Buffer.concat(chunks);
          assert.ok(out.length > 256 * 1024, `${out.length} bytes`);
          assert.equal(JSON.parse(out.toString('utf8')).length, files.length);
          done();
        } catch (error) {
          done(error);
        }
      });
    });
  });
});
