// The bundles keep one copy of the helpers tsc emits at the top of every CommonJS module of the
// vscode-languageserver / -languageclient / -jsonrpc packages (scripts/shared-tsc-helpers.js):
// every such module must be recognised, and a bundle built with the plugin must export and do
// what the same bundle without it does.
import { strict as assert } from 'assert';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { sharedTscHelpers, splitHelpers, helperDeclarations, compactReexports } = require('../../scripts/shared-tsc-helpers') as {
  sharedTscHelpers(): esbuild.Plugin;
  compactReexports(source: string, helper: string): string;
  splitHelpers(source: string): { before: string; block: string; after: string } | undefined;
  helperDeclarations(block: string): { name: string; deps: string[]; key: string }[];
};

const REPO = path.resolve(__dirname, '../..');
const PACKAGES = ['vscode-jsonrpc', 'vscode-languageserver-protocol', 'vscode-languageserver', 'vscode-languageclient'];

function jsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? jsFiles(p) : e.name.endsWith('.js') ? [p] : [];
  });
}

/** Bundles `contents` (run from the repository) for Node, with or without the plugin; returns the code. */
async function bundle(contents: string, plugin: boolean): Promise<string> {
  const result = await esbuild.build({
    stdin: { contents, resolveDir: REPO, loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    minify: true,
    write: false,
    logLevel: 'silent',
    plugins: plugin ? [sharedTscHelpers()] : [],
  });
  return result.outputFiles[0].text;
}

function load(code: string): Record<string, unknown> {
  const mod = { exports: {} as Record<string, unknown> };
  new Function('module', 'exports', 'require', code)(mod, mod.exports, require);
  return mod.exports;
}

describe('shared tsc helpers', () => {
  it('recognises the helper block of every module of the LSP packages that has one', () => {
    let withHelpers = 0;
    for (const pkg of PACKAGES) {
      for (const file of jsFiles(path.join(REPO, 'node_modules', pkg, 'lib'))) {
        const source = fs.readFileSync(file, 'utf8');
        if (!/^var __\w+ = \(this && this\.__\w+\) \|\| /m.test(source)) continue;
        withHelpers++;
        const parts = splitHelpers(source);
        assert.ok(parts, `${path.relative(REPO, file)}: helper block not recognised`);
        assert.equal(parts.before + parts.block + parts.after, source);
        assert.ok(helperDeclarations(parts.block).length > 0);
      }
    }
    assert.ok(withHelpers > 40, `only ${withHelpers} modules with helpers`);
  });

  it('leaves a module alone when something other than helpers comes first', () => {
    assert.equal(splitHelpers('"use strict";\nconst x = 1;\nvar __importDefault = (this && this.__importDefault) || function (mod) { return mod; };\nObject.defineProperty(exports, "__esModule", { value: true });\n'), undefined);
    assert.equal(splitHelpers('"use strict";\nvar __importDefault = (this && this.__importDefault) || function (mod) { return mod; };\nfoo();\nObject.defineProperty(exports, "__esModule", { value: true });\n'), undefined);
  });

  it('a helper that calls another is keyed by both, so two blocks share it only when both match', () => {
    const [binding, , star] = helperDeclarations(splitHelpers(fs.readFileSync(path.join(REPO, 'node_modules/vscode-languageclient/lib/common/rename.js'), 'utf8'))!.block);
    assert.equal(binding.name, '__createBinding');
    assert.equal(star.name, '__importStar');
    assert.deepEqual(star.deps, ['__createBinding', '__setModuleDefault']);
  });

  it('the language server library bundles with one copy of each helper and exports the same', async () => {
    const entry = `module.exports = require('vscode-languageserver/node');`;
    const [plain, shared] = await Promise.all([bundle(entry, false), bundle(entry, true)]);
    const copies = (code: string) => (code.match(/__importStar\|\|/g) ?? []).length;
    assert.ok(copies(plain) > 5, `plain bundle: ${copies(plain)} copies`);
    assert.equal(copies(shared), 1);
    assert.ok(shared.length < plain.length - 8000, `${plain.length} → ${shared.length}`);
    const [a, b] = [load(plain), load(shared)];
    assert.deepEqual(Object.keys(b).sort(), Object.keys(a).sort());
    // Namespaces built by __importStar / __exportStar work: a request type and a helper namespace.
    const pick = (m: Record<string, unknown>) => {
      const { HoverRequest, Files, DiagnosticSeverity } = m as { HoverRequest: { method: string }; Files: { uriToFilePath(u: string): string | undefined }; DiagnosticSeverity: Record<string, number> };
      return [HoverRequest.method, Files.uriToFilePath('file:///tmp/a.md'), DiagnosticSeverity.Warning];
    };
    assert.deepEqual(pick(b), pick(a));
  });

  it('runs of re-exports become one call per module, renamed ones stay as written', () => {
    const line = (name: string, from: string, prop = name) => `Object.defineProperty(exports, "${name}", { enumerable: true, get: function () { return ${from}.${prop}; } });`;
    const source = ['"use strict";', line('A', 'm_1'), line('B', 'm_1'), line('C', 'n_1'), line('D', 'm_1', 'E'), line('F', 'm_1'), 'exports.G = 1;'].join('\n');
    assert.equal(
      compactReexports(source, 'h'),
      ['"use strict";', 'h(exports, m_1, ["A","B"]);', line('C', 'n_1'), line('D', 'm_1', 'E'), line('F', 'm_1'), 'exports.G = 1;'].join('\n'),
    );
  });

  it('re-exports stay getters that read the module when asked, with the same values', async () => {
    const entry = `module.exports = require('vscode-languageserver/node');`;
    const [plain, shared] = await Promise.all([bundle(entry, false), bundle(entry, true)]);
    assert.ok((shared.match(/enumerable:!0,get:function\(\)\{return/g) ?? []).length < 40, 'the api modules\' re-exports are compacted');
    const [a, b] = [load(plain), load(shared)];
    for (const key of Object.keys(a)) {
      const [da, db] = [Object.getOwnPropertyDescriptor(a, key)!, Object.getOwnPropertyDescriptor(b, key)!];
      assert.equal(typeof db.get, typeof da.get, key);
      assert.equal(db.enumerable, da.enumerable, key);
      assert.equal(typeof b[key], typeof a[key], key);
      if (typeof a[key] !== 'object' && typeof a[key] !== 'function') assert.equal(b[key], a[key], key);
      else assert.deepEqual(Object.keys(b[key] as object).sort(), Object.keys(a[key] as object).sort(), key);
    }
  });
});
