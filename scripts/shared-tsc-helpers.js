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

/** One re-export as tsc writes it: `Object.defineProperty(exports, "X", { enumerable: true, get: function () { return m.X; } });`. */
const REEXPORT_LINE = /^Object\.defineProperty\(exports, "([\w$]+)", \{ enumerable: true, get: function \(\) \{ return ([\w$]+)\.([\w$]+); \} \}\);\r?$/;
const REEXPORT = 'reexport';
/** Defines the same getters as those lines, one per name, in the same order. */
const REEXPORT_MODULE = `module.exports = function (target, from, names) {
  for (const name of names) Object.defineProperty(target, name, { enumerable: true, get: function () { return from[name]; } });
};
`;

/**
 * Rewrites each run of consecutive re-export lines that read the same module under the same name
 * (`export { X } from './m'` compiled by tsc) into one call of a shared function that defines
 * the same getters: the packages' api modules re-export some 130 names, 14 KB of dist/server.js.
 * A line that renames (`get: … return m.Y` for "X") ends the run and stays as written.
 * @param {string} source
 * @param {string} helper an expression for the shared function
 */
function compactReexports(source, helper) {
  const lines = source.split('\n');
  const out = [];
  for (let i = 0; i < lines.length; ) {
    const m = REEXPORT_LINE.exec(lines[i]);
    if (!m || m[1] !== m[3]) {
      out.push(lines[i++]);
      continue;
    }
    const from = m[2];
    const names = [];
    for (let n = m; n && n[1] === n[3] && n[2] === from; n = REEXPORT_LINE.exec(lines[++i] ?? '')) names.push(n[1]);
    out.push(names.length === 1 ? lines[i - 1] : `${helper}(exports, ${from}, ${JSON.stringify(names)});`);
  }
  return out.join('\n');
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
        let contents = source;
        const parts = splitHelpers(source);
        if (parts) {
          const decls = helperDeclarations(parts.block);
          const byName = new Map(decls.map((d) => [d.name, d]));
          for (const d of decls) {
            if (modules.has(d.key)) continue;
            const deps = d.deps.map((n) => `var ${requireOf(byName.get(n))};\n`).join('');
            modules.set(d.key, `${deps}${d.text}module.exports = ${d.name};\n`);
          }
          contents = `${parts.before}var ${decls.map(requireOf).join(', ')};\n${parts.after}`;
        }
        const reexports = compactReexports(contents, `require(${JSON.stringify(`${NAMESPACE}:${REEXPORT}`)})`);
        if (reexports !== contents) {
          modules.set(REEXPORT, REEXPORT_MODULE);
          contents = reexports;
        }
        return contents === source ? undefined : { contents, loader: 'js' };
      });
      build.onResolve({ filter: new RegExp(`^${NAMESPACE}:`) }, (args) => ({ path: args.path, namespace: NAMESPACE }));
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => {
        const contents = modules.get(args.path.slice(NAMESPACE.length + 1));
        return contents === undefined ? { errors: [{ text: `unknown helper ${args.path}` }] } : { contents, loader: 'js' };
      });
    },
  };
}

module.exports = { sharedTscHelpers, splitHelpers, helperDeclarations, compactReexports };
