// Property-based tests: whatever Markdown a person types (or pastes), the analyzer never
// throws, every range lies inside the document, results are deterministic, and the
// incremental analysis of an edited document equals a fresh one.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { Analyzer, toLintResult } from '../../src/core/engine';
import { scoreAnalysis } from '../../src/core/score';
import { LineIndex } from '../../src/core/lines';
import type { LintResult } from '../../src/core/types';
import { generatePrd } from '../../src/bench/generate';

const RUNS = Number(process.env.REDLINE_PROPERTY_RUNS ?? 150);
const CORPUS = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus');
const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples');

const word = fc.constantFrom('never', 'p90', '≤ 2%', 'human', 'review', 'drift', 'weekly', 'TBD', 'the', 'model', '🚀', 'é', '**bold**', '`code`', '<!-- c -->', '0.62', 'ms', 'not', 'fallback');
const line = fc.array(word, { maxLength: 12 }).map((ws) => ws.join(' '));
const block = fc.oneof(
  line,
  line.map((l) => `# ${l}`),
  line.map((l) => `## ${l}`),
  line.map((l) => `- ${l}`),
  line.map((l) => `1. ${l}`),
  line.map((l) => `> ${l}`),
  line.map((l) => `| ${l} | x |\n| - | - |\n| a | ${l} |`),
  line.map((l) => '```\n' + l + '\n```'),
  line.map((l) => `<div>${l}</div>`),
  fc.constant('---\nkind: design\n---'),
  fc.constant('<!-- redline-disable -->'),
  fc.string({ maxLength: 40 }),
);
const markdown = fc
  .tuple(fc.array(block, { maxLength: 25 }), fc.boolean())
  .map(([blocks, crlf]) => {
    const text = blocks.join('\n\n') + '\n';
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

function analyze(text: string): LintResult {
  const analysis = new Analyzer().analyze(text, { filename: 'doc.md' });
  scoreAnalysis(analysis);
  return toLintResult(analysis);
}

function assertRangesInside(text: string, result: LintResult): void {
  const lines = new LineIndex(text);
  const check = (r: { line: number; column: number; endLine: number; endColumn: number }, what: string) => {
    assert.ok(r.line >= 1 && r.line <= lines.lineCount, `${what}: line ${r.line} outside 1..${lines.lineCount}`);
    assert.ok(r.endLine >= r.line && (r.endLine > r.line || r.endColumn >= r.column), `${what}: end before start`);
    assert.ok(r.column >= 1 && r.column - 1 <= lines.lineText(r.line - 1).length, `${what}: column ${r.column} outside line ${r.line}`);
    assert.ok(r.endColumn - 1 <= lines.lineText(r.endLine - 1).length, `${what}: end column ${r.endColumn} outside line ${r.endLine}`);
  };
  for (const d of result.diagnostics) {
    check(d, d.ruleId);
    for (const e of d.fix?.edits ?? []) check(e, `${d.ruleId} fix`);
  }
}

/** Edits that change words, structure (headings, a title, quotes, labels, fences) and line endings. */
const EDITS = ['', 'x', '\n', '\n## New heading\n', ' never ', '```\n', 'p90 ≤ 800 ms. ', '> ', '\n# Another title\n', '\n**Fallback:** ', '\n\n> Quoted drift review weekly against the baseline.\n\n', '\r\n', ' TBD ', '\n- human review queue\n', '\n\n**Drift monitoring**\n\n', '\n\n**Non-goals**\n\n'];

function documents(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md' && f !== 'CHANGES.md').map((f) => fs.readFileSync(path.join(dir, f), 'utf8')) : [];
}

describe('analyzer properties', function () {
  this.timeout(120000);
  it(`never throws, keeps ranges inside the document, and is deterministic (${RUNS} random documents)`, () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const a = analyze(text);
        assertRangesInside(text, a);
        assert.deepStrictEqual(analyze(text), a);
        assert.deepStrictEqual(a.ruleErrors, []);
      }),
      { numRuns: RUNS },
    );
  });

  it(`never throws on random text and bytes (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 })), (text) => {
        assertRangesInside(text, analyze(text));
      }),
      { numRuns: RUNS },
    );
  });

  it('incremental analysis after random edits equals a fresh analysis (corpus and examples)', () => {
    const docs = [...documents(CORPUS), ...documents(EXAMPLES)];
    assert.ok(docs.length > 0, 'no documents to edit');
    fc.assert(
      fc.property(
        fc.constantFrom(...docs),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 30 }), fc.constantFrom(...EDITS)), { minLength: 1, maxLength: 8 }),
        (original, edits) => {
          const incremental = new Analyzer();
          incremental.analyze(original, { filename: 'doc.md' });
          let text = original;
          for (const [at, del, insert] of edits) {
            const start = at % (text.length + 1);
            text = text.slice(0, start) + insert + text.slice(Math.min(text.length, start + del));
            const kept = incremental.analyze(text, { filename: 'doc.md' });
            const fresh = new Analyzer().analyze(text, { filename: 'doc.md' });
            assert.deepStrictEqual(toLintResult(kept), toLintResult(fresh));
            assert.deepStrictEqual(scoreAnalysis(kept), scoreAnalysis(fresh));
          }
        },
      ),
      { numRuns: Math.max(20, Math.floor(RUNS / 3)) },
    );
  });

  it('incremental analysis of a long generated PRD (dozens of parse units) equals a fresh one after random edits', () => {
    const original = generatePrd(1500);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat({ max: 30 }), fc.constantFrom(...EDITS)), { minLength: 1, maxLength: 6 }), (edits) => {
        const incremental = new Analyzer();
        incremental.analyze(original);
        let text = original;
        for (const [at, del, insert] of edits) {
          const start = at % (text.length + 1);
          text = text.slice(0, start) + insert + text.slice(Math.min(text.length, start + del));
          const kept = incremental.analyze(text);
          const fresh = new Analyzer().analyze(text);
          assert.deepStrictEqual(toLintResult(kept), toLintResult(fresh));
          assert.deepStrictEqual(scoreAnalysis(kept), scoreAnalysis(fresh));
        }
      }),
      { numRuns: 8 },
    );
  });
});
