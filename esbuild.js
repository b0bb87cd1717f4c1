// Bundles every entry point of Redline into dist/: the CLI, the core library, the language
// server, the VS Code client and the accuracy harness. `--production` minifies, `--watch` rebuilds.
// The `-web` bundles are the web extension (vscode.dev / github.dev): browser platform, and
// the build fails when anything Node-only gets into them (scripts/browser-guard.js).
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');
const { browserGuard } = require('./scripts/browser-guard');
const { compactEntities } = require('./scripts/compact-entities');
const { sharedTscHelpers } = require('./scripts/shared-tsc-helpers');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** entry file → output name, platform-specific options; entries whose source is absent are skipped. */
const entries = [
  { in: 'src/core/index.ts', out: 'core', options: {} },
  // `redline` is a small loader (cli) that compiles the command line's bundle (cli-main) with V8's code cache.
  { in: 'src/cli/bin.ts', out: 'cli', options: { banner: { js: '#!/usr/bin/env node' } } },
  { in: 'src/cli/main.ts', out: 'cli-main', options: {} },
  { in: 'src/eval/main.ts', out: 'eval', options: {} },
  { in: 'src/bench/main.ts', out: 'bench', options: { external: ['markdownlint', 'markdownlint/*'] } },
  { in: 'src/server/main.ts', out: 'server', options: {} },
  { in: 'src/extension/main.ts', out: 'extension', options: { external: ['vscode'] } },
  // The web extension host loads `browser` as a CommonJS module; the server is a classic worker script.
  { in: 'src/extension/browser.ts', out: 'extension-web', browser: true, options: { external: ['vscode'], format: 'cjs' } },
  { in: 'src/server/browser.ts', out: 'server-web', browser: true, options: { format: 'iife' } },
];

/**
 * Options every browser bundle shares. Both run in web workers (the web extension host is
 * one too), where there is no `document`: the `worker` condition picks packages' worker
 * builds over their DOM ones (decode-named-character-reference, under micromark).
 */
const browserOptions = {
  platform: 'browser',
  target: 'es2022',
  conditions: ['worker'],
  mainFields: ['browser', 'module', 'main'],
  plugins: [browserGuard({ root: __dirname }), compactEntities(), sharedTscHelpers()],
};

/** Reports build problems the way VS Code's esbuild problem matcher expects. */
const problemReporter = {
  name: 'problem-reporter',
  setup(build) {
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
    });
  },
};

async function main() {
  const contexts = [];
  for (const entry of entries) {
    if (!fs.existsSync(path.join(__dirname, entry.in))) continue;
    contexts.push(
      await esbuild.context({
        entryPoints: { [entry.out]: entry.in },
        bundle: true,
        format: 'cjs',
        platform: 'node',
        target: 'node20',
        minify: production,
        sourcemap: !production,
        sourcesContent: false,
        outdir: 'dist',
        logLevel: 'silent',
        legalComments: 'none',
        // Lexicons and entity tables hold typographic characters: UTF-8 keeps them one character, not \uXXXX.
        charset: 'utf8',
        metafile: true,
        plugins: [problemReporter, compactEntities(), sharedTscHelpers()],
        ...(entry.browser ? { ...browserOptions, plugins: [problemReporter, ...browserOptions.plugins] } : {}),
        ...entry.options,
      }),
    );
  }
  if (watch) {
    await Promise.all(contexts.map((ctx) => ctx.watch()));
    return;
  }
  const results = await Promise.allSettled(contexts.map((ctx) => ctx.rebuild()));
  await Promise.all(contexts.map((ctx) => ctx.dispose()));
  if (results.some((r) => r.status === 'rejected')) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
