// The library entry other tools use (docs/api.md): the built dist/core.js through the package's
// "exports" (require and import), and the emitted declarations checked by tsc on a consumer file.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT, ensureBuilt, newest } from '../support/cli';

const TYPES = path.join(ROOT, 'dist', 'types', 'index.d.ts');
const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const DRAFTS = '---\nkind: prd\nai: true\n---\n# Reply drafts\n\nThe LLM drafts replies to customer emails for support agents.\n';

/** `npm run build` emits the declarations; emit them here too when they are missing or stale. */
function ensureTypes() {
  if (fs.existsSync(TYPES) && fs.statSync(TYPES).mtimeMs >= newest(path.join(ROOT, 'src', 'core'))) return;
  const r = spawnSync(process.execPath, [TSC, '-p', 'tsconfig.types.json'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, `declaration build failed:\n${r.stdout}${r.stderr}`);
}

/** Runs a script as a separate Node process inside the repository, where `redline` resolves to itself. */
function node(args: string[]) {
  return spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
}

describe('library entry (dist/core.js)', function () {
  this.timeout(120000);

  before(() => {
    ensureBuilt();
    ensureTypes();
  });

  it('package.json keeps the extension as "main", the CLI as "bin", and exports the core with its types', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.equal(manifest.main, './dist/extension.js', 'VS Code loads the extension from "main"');
    assert.equal(manifest.bin.redline, './dist/cli.js');
    for (const entry of ['.', './core']) assert.deepEqual(manifest.exports[entry], { types: './dist/types/index.d.ts', default: './dist/core.js' });
    assert.equal(manifest.types, './dist/types/index.d.ts');
    for (const file of ['dist/core.js', 'dist/types/index.d.ts', 'dist/extension.js', 'dist/cli.js']) assert.ok(fs.existsSync(path.join(ROOT, file)), file);
  });

  it('require("redline") lints and scores text, and the Analyzer re-lints an edited document', () => {
    const script = `
      const redline = require('redline');
      const same = require('redline/core') === redline;
      const text = ${JSON.stringify(DRAFTS)};
      const lint = redline.lint(text, { filename: 'drafts.md' });
      const score = redline.score(text);
      const analyzer = new redline.Analyzer();
      const first = analyzer.lint(text).diagnostics.length;
      const edited = analyzer.lint(text + '\\n## Red lines\\n\\n- Never send a reply without an agent approving it.\\n');
      const fixable = lint.diagnostics.find((d) => d.fix);
      const fixed = fixable ? redline.applyEdits(text, fixable.fix.edits) : text;
      console.log(JSON.stringify({ same, kind: lint.kind, ai: lint.ai, rules: lint.diagnostics.map((d) => d.ruleId),
        score: score.score, band: score.band, dims: score.dimensions.length, first, edited: edited.diagnostics.map((d) => d.ruleId),
        grew: fixed.length > text.length, ruleCount: redline.RULES.length }));`;
    const r = node(['-e', script]);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.same, true);
    assert.equal(out.kind, 'prd');
    assert.equal(out.ai, true);
    assert.ok(out.rules.includes('red-lines-missing'), out.rules.join(', '));
    assert.equal(typeof out.score, 'number');
    assert.ok(out.score >= 0 && out.score <= 100);
    assert.ok(['AI-native', 'AI-curious', 'Traditional'].includes(out.band));
    assert.ok(out.dims > 0);
    assert.ok(!out.edited.includes('red-lines-missing'), 'the edit added red lines');
    assert.equal(out.grew, true, 'a fix inserts text');
    assert.ok(out.ruleCount > 10);
  });

  it('an ES module can import the named functions', () => {
    const r = node(['--input-type=module', '-e', `import { lint, score } from 'redline'; console.log(lint('# x\\n').kind, score('# x\\n').band);`]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^(prd|design|behavioral) (not-ai|AI-native|AI-curious|Traditional)\n$/);
  });

  it('the extension and CLI files are not reachable as library paths', () => {
    const r = node(['-e', `require('redline/dist/extension.js')`]);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /ERR_PACKAGE_PATH_NOT_EXPORTED/);
  });

  it('docs/api.md names only what the entry exports', () => {
    const api = fs.readFileSync(path.join(ROOT, 'docs', 'api.md'), 'utf8');
    const core = require('../../src/core');
    const stable = /## Stability\n\n([\s\S]*?)are the public/.exec(api)?.[1] ?? '';
    const values = [...stable.matchAll(/`(\w+)`/g)].map((m) => m[1]);
    assert.ok(values.length >= 10, 'the Stability section lists the public functions');
    for (const name of values) assert.ok(name in core, `docs/api.md lists ${name}, which the core does not export`);
    const declarations = fs.readdirSync(path.dirname(TYPES)).filter((f) => f.endsWith('.d.ts')).map((f) => fs.readFileSync(path.join(path.dirname(TYPES), f), 'utf8')).join('\n');
    const index = fs.readFileSync(TYPES, 'utf8');
    const [, typeList = '', constants = ''] = /exported type names are ([\s\S]*?), plus the constants ([\s\S]*?)\./.exec(api) ?? [];
    for (const [, name] of constants.matchAll(/`(\w+)`/g)) assert.ok(name in core, `${name} is not exported`);
    const types = [...typeList.matchAll(/`(\w+)`/g)].map((m) => m[1]);
    assert.ok(types.length >= 15);
    for (const name of types) {
      assert.match(declarations, new RegExp(`export (?:declare )?(?:interface|type|class) ${name}\\b`), `${name} is not declared`);
      assert.ok(index.includes('export * from \'./types\'') || index.includes(name), `${name} is not exported from the entry`);
    }
  });

  it('a TypeScript consumer type-checks against the emitted declarations (and a wrong use does not)', () => {
    const fixture = path.join('test', 'fixtures', 'library');
    const ok = node([TSC, '-p', fixture]);
    assert.equal(ok.status, 0, `${ok.stdout}${ok.stderr}`);
    const broken = path.join(ROOT, fixture, 'broken.ts');
    const config = path.join(ROOT, fixture, 'tsconfig.broken.json');
    try {
      fs.writeFileSync(broken, `import { score } from 'redline';\nconst n: string = score('# x').score;\nexport { n };\n`);
      fs.writeFileSync(config, JSON.stringify({ extends: './tsconfig.json', files: ['broken.ts'] }));
      const bad = node([TSC, '-p', config]);
      assert.notEqual(bad.status, 0);
      assert.match(bad.stdout, /broken\.ts.*Type 'number \| null' is not assignable to type 'string'/);
    } finally {
      fs.rmSync(broken, { force: true });
      fs.rmSync(config, { force: true });
    }
  });
});
