// An esbuild plugin that keeps one copy of the helpers TypeScript emits at the top of every
// CommonJS module it compiles (`__createBinding`, `__importStar`, `__exportStar`, …). The
// vscode-languageclient / -languageserver / -jsonrpc packages ship each of their modules with
// its own copy, about 1 KB minified apiece: 27 KB of dist/extension.js and 11 KB of
// dist/server.js were the same few functions. The plugin moves each helper declaration, as
// written, into a shared module that every module with the same declaration requires, so the
// code that runs is unchanged. A module whose top does not have exactly the expected shape is
// left alone.
// Used by esbuild.js; test/unit/shared-tsc-helpers.test.ts checks it.
'use strict';
const crypto = require('crypto');
const fs = require('fs');

const NAMESPACE = 'shared-tsc-helpers';

/** One helper declaration as tsc writes it: `var __name = (this && this.__name) || …`. */
const HELPER_START = /^var (__\w+) = \(this && this\.\1\) \|\| /m;
/** tsc's marker after the helpers: the module is an ES module compiled to CommonJS. */
const ES_MODULE_MARK = 'Object.defineProperty(exports, "__esModule", { value: true });';

/**
 * Splits `source` into the helper block and the rest, or returns undefined when the module
 * does not start (after comments and "use strict") with nothing but helper declarations.
 * @param {string} source
 * @returns {{ before: string, block: string, after: string } | undefined}
 */
function splitHelpers(source) {
  const first = HELPER_START.exec(source);
  if (!first) return undefined;
  const end = source.indexOf(ES_MODULE_MARK, first.index);
  if (end < 0) return undefined;
  const before = source.slice(0, first.index);
  // Only the directive, comments and blank lines may come before the helpers.
  if (before.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|["']use strict["'];?|\s+/g, '') !== '') return undefined;
  const block = source.slice(first.index, end);
  // Every statement of the block must be one of those declarations: each line at column 0 is
  // either the start of a helper or continues one (`}) : function(o, v) {`, `}));`, `})();`).
  for (const line of block.split('\n')) {
    if (line === '' || /^[\s})]/.test(line) || /^var __\w+ = \(this && this\.__\w+\) \|\| /.test(line)) continue;
    return undefined;
  }
  return { before, block, after: source.slice(end) };
}

/**
 * Splits a helper block into its declarations, each with the helpers it calls (`__importStar`
 * calls `__createBinding`), and gives each a key that covers its text and its dependencies'.
 * @param {string} block
 * @returns {{ name: string, text: string, deps: string[], key: string }[]}
 */
function helperDeclarations(block) {
  const decls = block.split(/^(?=var __)/m).map((text) => ({ name: /^var (__\w+)/.exec(text)[1], text, deps: [], key: '' }));
  for (const d of decls) d.deps = decls.filter((o) => o !== d && new RegExp(`\\b${o.name}\\b`).test(d.text)).map((o) => o.name);
  const byName = new Map(decls.map((d) => [d.name, d]));
  const keyOf = (d) => (d.key ||= crypto.createHash('sha1').update(d.text + d.deps.map((n) => keyOf(byName.get(n))).join()).digest('hex').slice(0, 12));
  decls.forEach(keyOf);
  return decls;
}

/** @returns {import('esbuild').Plugin} */
function sharedTscHelpers() {
  return {
    name: NAMESPACE,
    setup(build) {
      /** key → the shared module of one helper declaration */
      const modules = new Map();
      const requireOf = (d) => `${d.name} = require(${JSON.stringify(`${NAMESPACE}:${d.key}`)})`;
      build.onLoad({ filter: /[\\/]node_modules[\\/]vscode-[\w-]+[\\/]lib[\\/].*\.js$/ }, async (args) => {
        const source = await fs.promises.readFile(args.path, 'utf8');
        const parts = splitHelpers(source);
        if (!parts) return undefined;
        const decls = helperDeclarations(parts.block);
        const byName = new Map(decls.map((d) => [d.name, d]));
        for (const d of decls) {
          if (modules.has(d.key)) continue;
          const deps = d.deps.map((n) => `var ${requireOf(byName.get(n))};\n`).join('');
          modules.set(d.key, `${deps}${d.text}module.exports = ${d.name};\n`);
        }
        return { contents: `${parts.before}var ${decls.map(requireOf).join(', ')};\n${parts.after}`, loader: 'js' };
      });
      build.onResolve({ filter: new RegExp(`^${NAMESPACE}:`) }, (args) => ({ path: args.path, namespace: NAMESPACE }));
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => {
        const contents = modules.get(args.path.slice(NAMESPACE.length + 1));
        return contents === undefined ? { errors: [{ text: `unknown helper ${args.path}` }] } : { contents, loader: 'js' };
      });
    },
  };
}

module.exports = { sharedTscHelpers, splitHelpers, helperDeclarations };
