// Lets mocha load the TypeScript sources directly: each .ts file is transpiled by esbuild on require.
// Type checking is `npm run typecheck`; ESM-only dependencies load through Node 20's require(esm).
const fs = require('fs');
const { transformSync } = require('esbuild');

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, {
    loader: 'ts',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    sourcefile: filename,
  });
  module._compile(code, filename);
};
