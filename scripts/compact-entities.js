// An esbuild plugin that stores micromark's table of HTML character references (the
// `character-entities` package: 2,125 names such as `amp` → `&`) in a compact string that is
// turned back into the same object when the bundle loads. As an object literal the table is
// 28 KB of the minified server; as one front-coded string it is about 16 KB. The table is
// read from the installed package at build time, so it is always that package's table.
// Used by esbuild.js; test/unit/compact-entities.test.ts checks the round trip.
'use strict';

/** Shared prefixes are written as one digit, so they are capped at 9 characters. */
const MAX_PREFIX = 9;

/**
 * Encodes `table` (name → value) as one string: per entry, the length of the prefix shared with
 * the previous name (one digit), the rest of the name (letters and digits), then the value.
 * A value never holds an ASCII letter or digit, so where it ends and the next entry starts is
 * unambiguous; the few values that do (`fjlig` → `fj`) are returned apart, in `rest`.
 * @param {Record<string, string>} table
 * @returns {{ packed: string, rest: Record<string, string> }}
 */
function packEntities(table) {
  let packed = '';
  let previous = '';
  /** @type {Record<string, string>} */
  const rest = {};
  for (const [name, value] of Object.entries(table)) {
    if (!/^[A-Za-z0-9]+$/.test(name)) throw new Error(`character-entities: unexpected name ${JSON.stringify(name)}`);
    if (value === '' || /[A-Za-z0-9]/.test(value)) {
      rest[name] = value;
      continue;
    }
    let shared = 0;
    while (shared < MAX_PREFIX && shared < previous.length && previous[shared] === name[shared]) shared++;
    packed += String(shared) + name.slice(shared) + value;
    previous = name;
  }
  return { packed, rest };
}

/**
 * The inverse of packEntities. Its source is also the module the bundles run, so it is written
 * for any JavaScript engine the bundles target.
 * @param {string} packed
 * @param {Record<string, string>} rest
 * @returns {Record<string, string>}
 */
function unpackEntities(packed, rest) {
  /** @type {Record<string, string>} */
  const table = {};
  const entry = /(\d)([A-Za-z0-9]*)([^A-Za-z0-9]+)/g;
  let previous = '';
  let m;
  while ((m = entry.exec(packed))) {
    previous = previous.slice(0, Number(m[1])) + m[2];
    table[previous] = m[3];
  }
  return Object.assign(table, rest);
}

/** The module that replaces character-entities/index.js in a bundle. */
async function compactModule(file) {
  const { pathToFileURL } = require('url');
  const { characterEntities } = await import(pathToFileURL(file).href);
  const { packed, rest } = packEntities(characterEntities);
  const table = unpackEntities(packed, rest);
  const names = Object.keys(characterEntities);
  if (Object.keys(table).length !== names.length || names.some((n) => table[n] !== characterEntities[n])) {
    throw new Error('character-entities: the compact table does not round-trip');
  }
  return [
    `const unpackEntities = ${unpackEntities.toString()};`,
    `export const characterEntities = lazyTable(() => unpackEntities(${JSON.stringify(packed)}, ${JSON.stringify(rest)}));`,
    `${lazyTable.toString()}`,
  ].join('\n');
}

/**
 * An object that reads as the table `make` returns, made on first use: most documents hold no
 * character reference, and unpacking the table took 2 ms of every start of the CLI and the
 * server (a tenth of loading the CLI's bundle). Its only reader in the bundles,
 * decode-named-character-reference, asks hasOwnProperty then reads the value; a Proxy answers
 * both, and every other question (`in`, keys, descriptors), from the table. Its source is also
 * the module the bundles run.
 * @param {() => Record<string, string>} make
 * @returns {Record<string, string>}
 */
function lazyTable(make) {
  /** @type {Record<string, string> | undefined} */
  let table;
  const made = () => (table === undefined ? (table = make()) : table);
  return new Proxy(
    {},
    {
      get: (_, key) => made()[key],
      has: (_, key) => key in made(),
      ownKeys: () => Reflect.ownKeys(made()),
      getOwnPropertyDescriptor: (_, key) => Object.getOwnPropertyDescriptor(made(), key),
    },
  );
}

/** @returns {import('esbuild').Plugin} */
function compactEntities() {
  return {
    name: 'compact-entities',
    setup(build) {
      build.onLoad({ filter: /[\\/]character-entities[\\/]index\.js$/ }, async (args) => ({
        contents: await compactModule(args.path),
        loader: 'js',
      }));
    },
  };
}

module.exports = { compactEntities, packEntities, unpackEntities, lazyTable };
