// The analyzer stays pure: nothing under src/core imports the editor, the LSP or Node I/O.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const CORE = path.join(__dirname, '..', '..', 'src', 'core');
const FORBIDDEN = /^(?:vscode|vscode-languageserver.*|vscode-languageclient.*|fs|path|child_process|net|http|https|os|node:.*)$/;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sources(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

describe('core boundary', () => {
  it('src/core imports no editor, LSP or file-system module', () => {
    const offenders: string[] = [];
    for (const file of sources(CORE)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:from\s+|require\(\s*|import\(\s*)['"]([^'"]+)['"]/g)) {
        if (FORBIDDEN.test(m[1])) offenders.push(`${path.relative(CORE, file)} imports ${m[1]}`);
      }
    }
    assert.deepStrictEqual(offenders, []);
  });

  it('the check catches a forbidden import', () => {
    assert.ok(FORBIDDEN.test('vscode') && FORBIDDEN.test('fs') && FORBIDDEN.test('vscode-languageserver/node'));
    assert.ok(!FORBIDDEN.test('unified') && !FORBIDDEN.test('./model'));
  });
});
