// The web extension's bundles stay free of Node: the esbuild guard fails a browser build that
// pulls in a Node built-in, a Node-only package entry or one of our src/node modules, and
// names the import chain; the real browser entries build under it. Also the browser server's
// platform: configuration files found upward among the ones the client sent.
import { strict as assert } from 'assert';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BrowserPlatform } from '../../src/server/browser-platform';
import { ConfigError } from '../../src/core';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { browserGuard } = require('../../scripts/browser-guard') as {
  browserGuard(options: { root: string; nodeOnlyDirs?: string[] }): esbuild.Plugin;
};

const REPO = path.resolve(__dirname, '../..');

/** Bundles `entry` for the browser with the guard; resolves to the error texts (empty: it built). */
async function buildErrors(root: string, entry: string): Promise<string[]> {
  try {
    await esbuild.build({
      entryPoints: [path.join(root, entry)],
      bundle: true,
      platform: 'browser',
      conditions: ['worker'],
      format: 'iife',
      write: false,
      logLevel: 'silent',
      external: ['vscode'],
      plugins: [browserGuard({ root })],
    });
    return [];
  } catch (error) {
    return ((error as esbuild.BuildFailure).errors ?? []).map((e) => e.text);
  }
}

describe('browser bundles: the Node guard', () => {
  let root: string;
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };

  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'redline-guard-'));
    write('entry-fs.ts', "import { helper } from './lib/helper';\nconsole.log(helper());\n");
    write('lib/helper.ts', "import { readFileSync } from 'fs';\nexport const helper = () => readFileSync('x', 'utf8');\n");
    write('entry-node-prefix.ts', "import { join } from 'node:path';\nconsole.log(join('a', 'b'));\n");
    write('entry-lsp-node.ts', "import { createConnection } from 'vscode-languageserver/node';\nconsole.log(createConnection);\n");
    write('entry-ours.ts', "import { disk } from './src/node/disk';\nconsole.log(disk);\n");
    write('src/node/disk.ts', 'export const disk = 1;\n');
    write('entry-clean.ts', "import { shout } from './lib/shout';\nimport mapped from 'maps-fs-away';\nconsole.log(shout('hi'), mapped);\n");
    write('lib/shout.ts', 'export const shout = (s: string) => s.toUpperCase();\n');
    // A package that maps `fs` to nothing for browsers is fine: it never loads it there.
    write('node_modules/maps-fs-away/package.json', JSON.stringify({ name: 'maps-fs-away', main: 'index.js', browser: { fs: false } }));
    write('node_modules/maps-fs-away/index.js', "const fs = require('fs');\nmodule.exports = fs ? 'node' : 'browser';\n");
    fs.symlinkSync(path.join(REPO, 'node_modules/vscode-languageserver'), path.join(root, 'node_modules/vscode-languageserver'), 'dir');
  });

  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('fails a file that imports fs, naming the chain from the entry', async () => {
    const errors = await buildErrors(root, 'entry-fs.ts');
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0], /fs is a Node built-in module and cannot run in the browser/);
    assert.ok(errors[0].includes('entry-fs.ts → lib/helper.ts → fs'), errors[0]);
  });

  it('fails node: imports, Node-only package entries and our src/node modules', async () => {
    assert.match((await buildErrors(root, 'entry-node-prefix.ts')).join('\n'), /node:path is a Node built-in module/);
    assert.match((await buildErrors(root, 'entry-lsp-node.ts')).join('\n'), /vscode-languageserver\/node is a Node-only package/);
    assert.match((await buildErrors(root, 'entry-ours.ts')).join('\n'), /src\/node\/disk\.ts is a Node-only module of ours.*entry-ours\.ts → src\/node\/disk\.ts/);
  });

  it('builds platform-neutral code, and packages that map fs away for browsers', async () => {
    assert.deepEqual(await buildErrors(root, 'entry-clean.ts'), []);
  });

  it('the real browser entries (server worker and web extension) build under the guard', async function () {
    this.timeout(60000);
    assert.deepEqual(await buildErrors(REPO, 'src/server/browser.ts'), []);
    assert.deepEqual(await buildErrors(REPO, 'src/extension/browser.ts'), []);
  });
});

describe('browser server platform', () => {
  const folder = 'vscode-vfs://github/acme/shop';
  const platform = new BrowserPlatform();
  platform.setConfigFiles({
    files: [
      { uri: `${folder}/.redlinerc.json`, text: '{ "rules": { "ship-date-success": "error" } }' },
      { uri: `${folder}/specs/.redlinerc`, text: '{ "rules": { "ship-date-success": "off" } }' },
      { uri: `${folder}/broken/.redlinerc.json`, text: '{ "rules": ' },
    ],
  });

  it('uses the URI as the path and keeps paths inside their workspace folder', () => {
    const doc = `${folder}/prd/My%20Plan.md`;
    assert.equal(platform.toPath(doc), doc);
    assert.equal(platform.toPath('untitled:Untitled-1'), undefined);
    assert.equal(platform.relative(folder, doc), 'prd/My Plan.md');
    assert.equal(platform.relative(`${folder}/`, doc), 'prd/My Plan.md');
    assert.equal(platform.relative(`${folder}-other`, doc), undefined);
    assert.equal(platform.dirname(doc), `${folder}/prd`);
    assert.equal(platform.dirname('vscode-vfs://github'), 'vscode-vfs://github');
  });

  it('finds the nearest configuration file upward, as on disk', () => {
    assert.equal(platform.findConfigFile(`${folder}/prd/deep`), `${folder}/.redlinerc.json`);
    assert.equal(platform.findConfigFile(`${folder}/specs/a`), `${folder}/specs/.redlinerc`);
    assert.equal(platform.findConfigFile('vscode-vfs://github/acme/other'), undefined);
    assert.equal(platform.loadConfigFile(`${folder}/.redlinerc.json`).rules['ship-date-success']?.level, 'error');
    assert.throws(() => platform.loadConfigFile(`${folder}/broken/.redlinerc.json`), ConfigError);
  });

  it('forgets files the client no longer sends', () => {
    const p = new BrowserPlatform();
    p.setConfigFiles({ files: [{ uri: `${folder}/.redlinerc.json`, text: '{}' }] });
    assert.ok(p.findConfigFile(folder));
    assert.deepEqual(p.setConfigFiles({ files: [] }), [`${folder}/.redlinerc.json`], 'reports the file as gone (its error is cleared)');
    assert.equal(p.findConfigFile(folder), undefined);
  });
});
