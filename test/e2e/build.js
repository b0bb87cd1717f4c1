// Bundles the extension-host suites (test/e2e/suite/*.ts) into out/e2e/suite/ for the real
// VS Code runs (A1 harness and @vscode/test-electron). `vscode` and `mocha` stay external:
// the extension host provides `vscode`, and mocha comes from the repo's node_modules.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '../..');
const suiteDir = path.join(__dirname, 'suite');
const outdir = path.join(root, 'out/e2e/suite');

async function main() {
  const specs = fs.readdirSync(suiteDir).filter((f) => /\.(test|control)\.ts$/.test(f));
  fs.rmSync(outdir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [path.join(suiteDir, 'index.ts'), ...specs.map((f) => path.join(suiteDir, f))],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: 'inline',
    sourcesContent: false,
    outdir,
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  console.log(`built ${specs.length} suites into ${path.relative(root, outdir)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
