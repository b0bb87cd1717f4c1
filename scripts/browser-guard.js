// An esbuild plugin for the browser bundles (vscode.dev / github.dev): the build fails when a
// Node built-in (fs, path, node:*, …), a Node-only package entry or one of our own src/node/
// modules is pulled in, and the message names the import chain that brought it, from the
// entry point down. Used by esbuild.js and by test/unit/browser-guard.test.ts.
'use strict';
const { builtinModules } = require('module');
const path = require('path');

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, m.split('/')[0]]));

/** Package entries that only run on Node (their browser twins end in /browser). */
const NODE_ONLY_PACKAGES = [
  /^vscode-(?:languageserver|languageclient|languageserver-protocol|jsonrpc)\/node(?:\.js)?$/,
  /^(?:tinyglobby|fdir)(?:\/|$)/,
];

/** Why `specifier` may not be in a browser bundle, or undefined when it may. */
function nodeOnlyReason(specifier) {
  if (specifier.startsWith('node:')) return 'a Node built-in module';
  if (BUILTINS.has(specifier) || BUILTINS.has(specifier.split('/')[0])) {
    // "path/" or a bare npm package named like a built-in would be odd; treat them all as built-ins.
    return 'a Node built-in module';
  }
  if (NODE_ONLY_PACKAGES.some((re) => re.test(specifier))) return 'a Node-only package';
  return undefined;
}

/**
 * @param {{ root: string, nodeOnlyDirs?: string[] }} options  `nodeOnlyDirs`: folders (relative
 *   to `root`) whose modules are Node-only by convention (src/node).
 */
function browserGuard({ root, nodeOnlyDirs = ['src/node'] }) {
  const forbiddenDirs = nodeOnlyDirs.map((d) => path.join(root, d) + path.sep);
  return {
    name: 'browser-guard',
    setup(build) {
      /** resolved file → the file that first imported it (for the chain in the message). */
      const importedBy = new Map();
      const chain = (importer, last) => {
        const files = [last];
        for (let file = importer; file; file = importedBy.get(file)) {
          if (files.includes(file)) break;
          files.push(file);
        }
        return files.reverse().map((f) => (path.isAbsolute(f) ? path.relative(root, f) : f)).join(' → ');
      };
      const fail = (args, what, reason) => ({
        errors: [
          {
            text: `${what} is ${reason} and cannot run in the browser (vscode.dev): ${chain(args.importer, what)}`,
            detail: 'Give the browser bundle a platform-neutral module instead (see src/server/platform.ts).',
          },
        ],
      });

      build.onStart(() => importedBy.clear());
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData === browserGuard || args.kind === 'entry-point') return undefined;
        const result = await build.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          namespace: args.namespace,
          pluginData: browserGuard,
        });
        const reason = nodeOnlyReason(args.path);
        // A package may map a built-in to nothing for browsers ("browser": { "fs": false }): allowed.
        // esbuild resolves it to an empty module itself (namespace "", a bare path).
        const disabled = result.errors.length === 0 && result.namespace === '';
        if (disabled) return undefined;
        if (reason) return fail(args, args.path, reason);
        if (result.errors.length > 0) return { errors: result.errors };
        if (forbiddenDirs.some((dir) => result.path.startsWith(dir))) {
          return fail(args, path.relative(root, result.path), 'a Node-only module of ours');
        }
        if (result.path && !importedBy.has(result.path)) importedBy.set(result.path, args.importer);
        const { path: resolved, namespace, external, sideEffects, suffix, pluginData } = result;
        return { path: resolved, namespace, external, sideEffects, suffix, pluginData };
      });
    },
  };
}

module.exports = { browserGuard, nodeOnlyReason };
