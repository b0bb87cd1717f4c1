// Builds the .vsix exactly as a release does — `npm run package` (vsce package, whose
// vscode:prepublish runs the production build) at the repo root, .vscodeignore deciding what
// ships — and checks what is inside the zip: only files that run in VS Code (no sources,
// tests or node_modules), every file the manifest points at, bundles that need no
// node_modules, and a size under budget. A2 then installs this very file.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { builtinModules } = require('module');
const { log, run, SetupError } = require('./util');

/** The .vsix must stay under this (bytes): today ~350 KB; the budget leaves room for web bundles. */
const SIZE_BUDGET = 1024 * 1024;

/** Every entry the .vsix may hold. Anything else (src/, test/, node_modules/, maps, …) fails. */
const ALLOWED = [
  /^extension\.vsixmanifest$/,
  /^\[Content_Types\]\.xml$/,
  /^extension\/(package\.json|readme\.md|changelog\.md|LICENSE\.txt)$/,
  /^extension\/dist\/(extension|server|[\w-]+-web)\.js$/,
  /^extension\/media\/[\w.-]+\.(png|css|js)$/,
  /^extension\/media\/walkthrough\/[\w.-]+\.md$/,
  /^extension\/(snippets|syntaxes|schemas)\/[\w.-]+\.json$/,
];

/** Reads a zip's central directory: entry name → { method, size, offset } of its local header. */
function readZip(buffer) {
  let eocd = buffer.length - 22;
  while (eocd >= 0 && buffer.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file (no end of central directory)');
  const count = buffer.readUInt16LE(eocd + 10);
  let p = buffer.readUInt32LE(eocd + 16);
  const entries = new Map();
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(p) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`);
    const nameLength = buffer.readUInt16LE(p + 28);
    const skip = nameLength + buffer.readUInt16LE(p + 30) + buffer.readUInt16LE(p + 32);
    const name = buffer.toString('utf8', p + 46, p + 46 + nameLength);
    entries.set(name, { method: buffer.readUInt16LE(p + 10), size: buffer.readUInt32LE(p + 20), offset: buffer.readUInt32LE(p + 42) });
    p += 46 + skip;
  }
  const read = (name) => {
    const e = entries.get(name);
    if (!e) return undefined;
    const start = e.offset + 30 + buffer.readUInt16LE(e.offset + 26) + buffer.readUInt16LE(e.offset + 28);
    const data = buffer.subarray(start, start + e.size);
    return e.method === 8 ? zlib.inflateRawSync(data) : data;
  };
  return { names: [...entries.keys()], read };
}

/** Files the packaged manifest refers to: each must be in the .vsix, or the feature breaks. */
function referencedFiles(manifest) {
  const c = manifest.contributes ?? {};
  const files = [manifest.main, manifest.browser, manifest.icon];
  for (const s of c.snippets ?? []) files.push(s.path);
  for (const g of c.grammars ?? []) files.push(g.path);
  for (const j of c.jsonValidation ?? []) if (!/^https?:/.test(j.url)) files.push(j.url);
  for (const w of c.walkthroughs ?? []) for (const s of w.steps ?? []) files.push(s.media?.markdown, s.media?.image);
  return files.filter((f) => typeof f === 'string').map((f) => `extension/${path.posix.normalize(f)}`);
}

/** What is wrong with the .vsix, as sentences; empty when it is fine. */
function checkVsix(file) {
  const problems = [];
  const size = fs.statSync(file).size;
  const zip = readZip(fs.readFileSync(file));
  const unexpected = zip.names.filter((n) => !ALLOWED.some((re) => re.test(n)));
  if (unexpected.length) problems.push(`ships files that do not run in VS Code (fix .vscodeignore): ${unexpected.slice(0, 15).join(', ')}`);
  if (size > SIZE_BUDGET) problems.push(`is ${(size / 1024).toFixed(0)} KiB, over the ${SIZE_BUDGET / 1024} KiB budget`);
  const manifest = JSON.parse(zip.read('extension/package.json').toString('utf8'));
  const missing = referencedFiles(manifest).filter((f) => !zip.names.includes(f));
  for (const f of ['extension/dist/server.js', 'extension/LICENSE.txt', 'extension/changelog.md']) if (!zip.names.includes(f)) missing.push(f);
  if (missing.length) problems.push(`lacks files the extension needs: ${missing.join(', ')}`);
  // The bundles must run without node_modules: they may only require Node built-ins and vscode.
  const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'vscode']);
  for (const name of zip.names.filter((n) => /^extension\/dist\/.*\.js$/.test(n))) {
    const code = zip.read(name).toString('utf8');
    const external = [...new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]))].filter((m) => !builtins.has(m));
    if (external.length) problems.push(`${name} requires modules that are not in the .vsix: ${external.join(', ')}`);
    if (/\/\/# sourceMappingURL=/.test(code)) problems.push(`${name} is not the production build (it has a source map reference)`);
  }
  return { problems, files: zip.names, size };
}

async function packageVsix({ repo, outFile }) {
  const vsce = path.join(repo, 'node_modules/.bin/vsce');
  if (!fs.existsSync(vsce)) throw new SetupError('@vscode/vsce is not installed in the repo (npm ci)');
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.rmSync(outFile, { force: true });
  // The release command itself; its vscode:prepublish script runs `npm run build:prod`.
  const output = await run('npm', ['run', '-s', 'package', '--', '--out', outFile], { cwd: repo, quiet: true });
  if (!fs.existsSync(outFile)) throw new SetupError(`npm run package wrote no ${outFile}:\n${output}`);
  const { problems, files, size } = checkVsix(outFile);
  log(`${path.basename(outFile)}: ${files.length} entries, ${(size / 1024).toFixed(0)} KiB — ${output.trim().split('\n').pop()}`);
  for (const p of problems) log(`FAIL: the .vsix ${p}`);
  return { outFile, files, size, problems };
}

module.exports = { packageVsix, checkVsix };
