// The bundles store the HTML character-reference table (character-entities) in a compact
// string (scripts/compact-entities.js): it must come back as exactly the package's table, and a
// bundled Markdown parser must decode references as the unbundled one does.
import { strict as assert } from 'assert';
import * as esbuild from 'esbuild';
import * as path from 'path';
import { characterEntities } from 'character-entities';
import { fromMarkdown } from 'mdast-util-from-markdown';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compactEntities, packEntities, unpackEntities, lazyTable } = require('../../scripts/compact-entities') as {
  compactEntities(): esbuild.Plugin;
  packEntities(table: Record<string, string>): { packed: string; rest: Record<string, string> };
  unpackEntities(packed: string, rest: Record<string, string>): Record<string, string>;
  lazyTable(make: () => Record<string, string>): Record<string, string>;
};

const REPO = path.resolve(__dirname, '../..');

describe('compact character-entities table', () => {
  it('unpacks to every name of the package with the same value, and nothing else', () => {
    const { packed, rest } = packEntities(characterEntities);
    const table = unpackEntities(packed, rest);
    assert.deepEqual(Object.keys(table).sort(), Object.keys(characterEntities).sort());
    for (const [name, value] of Object.entries(characterEntities)) assert.equal(table[name], value, name);
    assert.ok(Object.keys(characterEntities).length > 2000);
  });

  it('is unpacked on first use, then answers every question as the table does', () => {
    let made = 0;
    const table = lazyTable(() => {
      made++;
      const { packed, rest } = packEntities(characterEntities);
      return unpackEntities(packed, rest);
    });
    assert.equal(made, 0, 'nothing is unpacked before the table is read');
    const own = Object.prototype.hasOwnProperty;
    assert.ok(own.call(table, 'amp') && own.call(table, 'fjlig') && !own.call(table, 'nosuchthing') && !own.call(table, 'toString'));
    assert.equal(table.amp, '&');
    assert.equal(table.nosuchthing, undefined);
    assert.ok('notin' in table && !('nosuchthing' in table));
    assert.deepEqual(Object.keys(table).sort(), Object.keys(characterEntities).sort());
    assert.deepEqual({ ...table }, { ...characterEntities });
    assert.equal(made, 1, 'unpacked once');
  });

  it('is smaller than the object literal it replaces', () => {
    const { packed } = packEntities(characterEntities);
    assert.ok(Buffer.byteLength(packed) < 0.7 * Buffer.byteLength(JSON.stringify(characterEntities)));
  });

  it('a bundled parser decodes character references as the package does', async () => {
    const text = 'A &amp; B &notin; C &fjlig; D &ThickSpace; E &NewLine; F &frac12; G &nosuchthing; H &AMP &Aacute;';
    const result = await esbuild.build({
      stdin: {
        contents: `import { fromMarkdown } from 'mdast-util-from-markdown'; module.exports = JSON.stringify(fromMarkdown(${JSON.stringify(text)}));`,
        resolveDir: REPO,
        loader: 'js',
      },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      write: false,
      logLevel: 'silent',
      plugins: [compactEntities()],
    });
    const code = result.outputFiles[0].text;
    assert.match(code, /unpackEntities/, 'the compact table is in the bundle');
    assert.match(code, /lazyTable/, 'and is unpacked on first use');
    const mod = { exports: '' as unknown };
    new Function('module', 'exports', 'require', code)(mod, mod.exports, require);
    assert.equal(mod.exports, JSON.stringify(fromMarkdown(text)));
  });
});
