// No catastrophic backtracking: every regular expression in src/core (literals found with
// the TypeScript parser, and the word-list tables compiled the way the rules compile them)
// is checked by recheck, a ReDoS analyzer, and must come out "safe".
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { check, checkSync } from 'recheck';

const CORE = path.join(__dirname, '..', '..', 'src', 'core');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sources(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

interface Found {
  where: string;
  source: string;
  flags: string;
}

/** Regex literals in a file, with their line. */
function literals(file: string): Found[] {
  const text = fs.readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found: Found[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(sf);
      const end = literal.lastIndexOf('/');
      const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
      found.push({ where: `${path.relative(CORE, file)}:${line}`, source: literal.slice(1, end), flags: literal.slice(end + 1) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** Word-list entries: every exported array of strings in src/core/lexicon is regex source. */
function lexiconEntries(): Found[] {
  const found: Found[] = [];
  for (const file of sources(path.join(CORE, 'lexicon'))) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(file) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (!Array.isArray(value)) continue;
      value.forEach((entry, i) => {
        if (typeof entry === 'string') found.push({ where: `${path.relative(CORE, file)} ${name}[${i}]`, source: entry, flags: 'i' });
      });
    }
  }
  return found;
}

describe('regular expressions (recheck)', function () {
  this.timeout(900000);

  it('finds the expressions it must check', () => {
    const all = sources(CORE).flatMap(literals);
    assert.ok(all.length > 50, `only ${all.length} regex literals found`);
    assert.ok(all.some((f) => f.where.startsWith('text.ts')));
  });

  it('recheck flags a known-catastrophic pattern (the check can fail)', () => {
    assert.strictEqual(checkSync('^(a+)+$', '').status, 'vulnerable');
  });

  it('every regex in the core is safe from catastrophic backtracking', async () => {
    const all = [...sources(CORE).flatMap(literals), ...lexiconEntries()];
    const unique = [...new Map(all.map((f) => [`${f.source}/${f.flags}`, f])).values()];
    const problems: string[] = [];
    let unknown = 0;
    // Two at a time (the machines have two cores); an expression too complex to decide within
    // the time limit counts as "unknown", not as a pass or a failure, and is reported.
    const queue = [...unique];
    const worker = async () => {
      for (let f = queue.shift(); f; f = queue.shift()) {
        const result = await check(f.source, f.flags.replace(/[gy]/g, ''), { timeout: 500, randomSeed: 42 });
        if (result.status === 'vulnerable') problems.push(`${f.where}: /${f.source.slice(0, 80)}/ is vulnerable (${result.complexity?.type ?? ''}; attack ${JSON.stringify(result.attack?.string?.slice(0, 40) ?? '')})`);
        if (result.status === 'unknown') unknown++;
      }
    };
    await Promise.all([worker(), worker()]);
    console.log(`      checked ${unique.length} distinct expressions (${unknown} too complex to decide in 0.5 s)`);
    assert.deepStrictEqual(problems, []);
  });
});
