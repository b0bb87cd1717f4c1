// Builds the .vsix the way a release would: the production bundle (`npm run build:prod`),
// then `vsce package` with .vscodeignore deciding what ships (no tests, sources or
// node_modules: the bundle already contains the runtime dependencies).
//
// vsce refuses a .vscodeignore next to a package.json "files" list (which the npm package of
// the CLI uses), so vsce runs in a staging copy whose package.json has no "files".
'use strict';
const fs = require('fs');
const path = require('path');
const { log, run, makeTempDir, SetupError } = require('./util');

const SKIP = new Set(['node_modules', '.git', 'out', 'artifacts']);

async function packageVsix({ repo, outFile, build = true }) {
  const vsce = path.join(repo, 'node_modules/.bin/vsce');
  if (!fs.existsSync(vsce)) throw new SetupError('@vscode/vsce is not installed in the repo (npm ci)');
  if (!fs.existsSync(path.join(repo, '.vscodeignore'))) throw new SetupError('.vscodeignore is missing');
  if (build) await run('npm', ['run', '-s', 'build:prod'], { cwd: repo });
  if (!fs.existsSync(path.join(repo, 'dist/extension.js'))) throw new SetupError('dist/extension.js is missing after the build');
  const stage = path.join(makeTempDir('vsix'), 'redline');
  let output;
  let listing;
  try {
    fs.cpSync(repo, stage, { recursive: true, filter: (src) => !SKIP.has(path.basename(src)) || src === repo });
    const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
    delete manifest.files;
    fs.writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    fs.mkdirSync(path.dirname(outFile), { recursive: true });
    const args = ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', outFile];
    // Relative README links can only be rewritten to absolute ones when the repository is known.
    if (!manifest.repository) args.push('--no-rewrite-relative-links');
    output = await run(vsce, args, { cwd: stage, quiet: true });
    listing = await run(vsce, ['ls', '--no-dependencies'], { cwd: stage, quiet: true });
  } finally {
    fs.rmSync(path.dirname(stage), { recursive: true, force: true });
  }
  const files = listing.trim().split('\n').filter(Boolean);
  const bad = files.filter((f) => /^(src|test|node_modules|out)\//.test(f) || /\.(ts|map)$/.test(f));
  if (bad.length) throw new SetupError(`the .vsix would ship files .vscodeignore should keep out: ${bad.slice(0, 10).join(', ')}`);
  const size = fs.statSync(outFile).size;
  log(`${path.basename(outFile)}: ${files.length} files, ${(size / 1024).toFixed(0)} KiB — ${output.trim().split('\n').pop()}`);
  return { outFile, files, size };
}

module.exports = { packageVsix };
