// docs/ci.md and docs/examples stay true: every `redline` command they show parses with the
// real CLI arguments, the workflows and hook definitions are valid YAML with the steps the docs
// promise, the exit codes are the CLI's, and the git hook script really stops a bad commit.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { load } from 'js-yaml';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test data read from YAML
const parseYaml = (text: string): any => load(text);
import { parseInvocation } from '../../src/cli/args';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from '../../src/cli/run';
import { CLI, CLEAN, ROOT, SHIPPY, Scratch, ensureBuilt } from '../support/cli';

const read = (rel: string) => fs.readFileSync(path.join(ROOT, rel), 'utf8');
const DOCUMENTED = ['docs/ci.md', 'docs/api.md', 'docs/examples/redline.yml', 'docs/examples/redline-annotations.yml', 'docs/examples/pre-commit', 'README.md'];

/**
 * Every `redline <args>` invocation in a text, cut at the end of the shell command (pipe,
 * redirection, `||`, `;`, end of line); shell words are unquoted and variables stand for a file.
 */
function redlineCommands(text: string): string[][] {
  const commands: string[][] = [];
  for (const match of text.matchAll(/(?:npx (?:--no )?|\$REDLINE |^\s*entry: )redline( [^\n|;>`]*)?|(?:^|\s)\$REDLINE( [^\n|;>`]*)/gm)) {
    const tail = (match[1] ?? match[2] ?? '').split(/\s(?:\|\||&&|2>|#)/)[0];
    const words = tail.trim().split(/\s+/).filter(Boolean);
    commands.push(words.map((w) => (/\$/.test(w) ? 'file.md' : w.replace(/^["']|["']$/g, ''))));
  }
  return commands;
}

describe('docs/ci.md and the pipeline examples', function () {
  this.timeout(60000);

  it('every documented redline command parses with the CLI, and each CI format is shown', () => {
    const formats = new Set<string>();
    let count = 0;
    for (const file of DOCUMENTED) {
      for (const words of redlineCommands(read(file))) {
        count++;
        if (words.length === 0 || words[0] === 'docs') continue;
        let inv;
        try {
          inv = parseInvocation(words);
        } catch (error) {
          assert.fail(`${file}: \`redline ${words.join(' ')}\` is not a valid command: ${(error as Error).message}`);
        }
        formats.add(inv.format);
      }
    }
    assert.ok(count >= 15, `found only ${count} commands: the extractor is broken`);
    for (const format of ['sarif', 'github', 'junit', 'json']) assert.ok(formats.has(format), `no documented command uses --format ${format}`);
  });

  it('the extractor catches a command that does not exist', () => {
    const [bad] = redlineCommands('npx --no redline check --format xml docs > out.xml\n');
    assert.deepEqual(bad, ['check', '--format', 'xml', 'docs']);
    assert.throws(() => parseInvocation(bad), /--format must be one of/);
  });

  it('the exit-code table is the CLI\'s', () => {
    const ci = read('docs/ci.md');
    const table = ci.slice(ci.indexOf('## Exit codes'));
    const rows = [...table.matchAll(/^\| `(\d)` \| (.*) \|$/gm)].map((m) => [Number(m[1]), m[2]] as const);
    assert.deepEqual(rows.map(([code]) => code), [EXIT_OK, EXIT_FINDINGS, EXIT_USAGE]);
    assert.match(rows[1][1], /--max-warnings/);
  });

  it('the code-scanning workflow checks out, sets up Node 20, runs redline --format sarif and uploads that file', () => {
    const workflow = parseYaml(read('docs/examples/redline.yml'));
    assert.equal(workflow.permissions['security-events'], 'write');
    assert.ok(workflow.on.pull_request);
    const steps: any[] = workflow.jobs.redline.steps;
    const uses = steps.map((s) => s.uses).filter(Boolean);
    assert.ok(uses.some((u: string) => u.startsWith('actions/checkout@')));
    const node = steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    assert.equal(String(node.with['node-version']), '20');
    const lint = steps.find((s) => /redline check --format sarif/.test(s.run ?? ''));
    const redirect = /> (\S+\.sarif)/.exec(lint.run)?.[1];
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    assert.equal(upload.with.sarif_file, redirect, 'the upload step uploads the file the lint step wrote');
    assert.ok(steps.indexOf(lint) < steps.indexOf(upload));
    assert.ok(!/(^|[^-])npx redline/m.test(read('docs/examples/redline.yml')), 'npx must not be able to download the unrelated npm "redline"');
    const docs = read('docs/ci.md');
    for (const line of read('docs/examples/redline.yml').split('\n').filter((l) => /redline check|upload-sarif|git diff --name-only/.test(l))) {
      assert.ok(docs.includes(line.trim()), `docs/ci.md does not show the example's line: ${line.trim()}`);
    }
  });

  it('the annotation workflow runs redline --format github on the pull request', () => {
    const workflow = parseYaml(read('docs/examples/redline-annotations.yml'));
    const steps: any[] = workflow.jobs.redline.steps;
    assert.ok(steps.some((s) => /npx --no redline check --format github/.test(s.run ?? '')));
    assert.ok(workflow.on.pull_request);
  });

  it('.pre-commit-hooks.yaml defines a node hook running `redline check` on PRD and answer files only', () => {
    const hooks = parseYaml(read('.pre-commit-hooks.yaml'));
    const hook = hooks.find((h: any) => h.id === 'redline');
    assert.equal(hook.language, 'node');
    assert.equal(hook.entry, 'redline check');
    const manifest = JSON.parse(read('package.json'));
    assert.ok(manifest.bin.redline, 'pre-commit runs the package bin named in entry');
    assert.ok(manifest.scripts.prepare, 'a git install (pre-commit, npm install github:…) builds dist/');
    const files = new RegExp(hook.files);
    for (const yes of ['docs/prds/billing.md', 'prd/a.md', 'team/specs/x.md', 'answers/q1.md', 'notes/tutor.design.md', 'a.prd.md']) assert.match(yes, files);
    for (const no of ['README.md', 'docs/guide.md', 'CHANGELOG.md', 'prds/image.png']) assert.doesNotMatch(no, files);
    const config = parseYaml(read('docs/examples/pre-commit-config.yaml'));
    assert.deepEqual(config.repos[0].hooks.map((h: any) => h.id), ['redline']);
  });

  describe('docs/examples/pre-commit as a real git hook', () => {
    let s: Scratch;
    const git = (...args: string[]) => spawnSync('git', args, { cwd: s.dir, encoding: 'utf8' });

    before(function () {
      this.timeout(120000);
      ensureBuilt();
    });
    beforeEach(() => {
      s = new Scratch();
      git('init', '-q');
      git('config', 'user.email', 'test@example.com');
      git('config', 'user.name', 'Test');
      git('config', 'commit.gpgsign', 'false');
      fs.copyFileSync(path.join(ROOT, 'docs/examples/pre-commit'), path.join(s.dir, '.git/hooks/pre-commit'));
      fs.chmodSync(path.join(s.dir, '.git/hooks/pre-commit'), 0o755);
    });
    afterEach(() => s.remove());

    function commit() {
      const env = { ...process.env, REDLINE: `${process.execPath} ${CLI}` };
      return spawnSync('git', ['commit', '-q', '-m', 'change'], { cwd: s.dir, encoding: 'utf8', env });
    }

    it('stops a commit whose staged PRD has an error-severity finding, and lets a fixed one through', () => {
      s.write('.redlinerc.json', JSON.stringify({ rules: { 'ship-date-success': 'error' } }));
      s.write('docs/prds/billing.md', SHIPPY);
      s.write('README.md', SHIPPY); // not a PRD path: never linted
      git('add', '.');
      const blocked = commit();
      assert.equal(blocked.status, 1, blocked.stderr);
      // git hands a hook's stdout to stderr.
      assert.match(blocked.stderr, /docs\/prds\/billing\.md/);
      assert.match(blocked.stderr, /ship-date-success/);
      assert.doesNotMatch(blocked.stderr, /README\.md/);
      assert.match(blocked.stderr, /commit stopped/);
      assert.equal(git('rev-parse', '--verify', '-q', 'HEAD').status, 1, 'nothing was committed');
      s.write('docs/prds/billing.md', CLEAN);
      git('add', '.');
      const ok = commit();
      assert.equal(ok.status, 0, `${ok.stdout}${ok.stderr}`);
    });

    it('lints the staged version, not the working copy', () => {
      s.write('.redlinerc.json', JSON.stringify({ rules: { 'ship-date-success': 'error' } }));
      s.write('docs/prds/billing.md', SHIPPY);
      git('add', '.');
      s.write('docs/prds/billing.md', CLEAN); // fixed on disk but not staged
      assert.equal(commit().status, 1);
    });
  });
});
