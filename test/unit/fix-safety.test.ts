// Fix safety on real documents: every quick fix, applied to every corpus document and example,
// keeps the author's lines, leaves its rule pointing only at the placeholders it inserted,
// raises no new error of another rule, and "fix all" twice changes nothing the second time.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint, applyEdits } from '../../src/core/index';
import type { Diagnostic, Kind } from '../../src/core/types';

const CORPUS = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus');
const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples');
/** Fixes that rewrite (latency phrase) or move (red lines above personas) text by design. */
const REWRITES = new Set(['latency-without-percentile', 'personas-before-failure-modes']);

interface Doc {
  name: string;
  text: string;
  kind?: Kind;
}

function documents(): Doc[] {
  const docs: Doc[] = [];
  const labels = fs.existsSync(path.join(CORPUS, 'labels.json')) ? (JSON.parse(fs.readFileSync(path.join(CORPUS, 'labels.json'), 'utf8')) as Record<string, { kind: Kind }>) : {};
  for (const [file, label] of Object.entries(labels)) docs.push({ name: file, text: fs.readFileSync(path.join(CORPUS, file), 'utf8'), kind: label.kind });
  for (const file of fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.md'))) docs.push({ name: file, text: fs.readFileSync(path.join(EXAMPLES, file), 'utf8') });
  return docs;
}

const lines = (text: string) => text.split(/\r?\n/).filter((l) => l.trim());

function isSubsequence(a: string[], b: string[]): boolean {
  let j = 0;
  for (const line of a) {
    while (j < b.length && b[j] !== line) j++;
    if (j === b.length) return false;
    j++;
  }
  return true;
}

/** Applies fixes one at a time, re-linting between them, as `redline check --fix` and "fix all" do. */
function fixAll(text: string, kind?: Kind): string {
  for (let round = 0; round < 40; round++) {
    const next = lint(text, { filename: 'doc.md', kind }).diagnostics.find((d) => d.fix);
    if (!next?.fix) return text;
    text = applyEdits(text, next.fix.edits);
  }
  throw new Error('fixes did not settle after 40 rounds');
}

describe('fix safety on the corpus and examples', function () {
  this.timeout(600000);
  const docs = documents();

  it('has documents to check', () => assert.ok(docs.length >= 6));

  it('every single fix keeps the text, clears or narrows its rule to placeholders, and adds no error', () => {
    const problems: string[] = [];
    let applied = 0;
    for (const doc of docs) {
      const before = lint(doc.text, { filename: 'doc.md', kind: doc.kind });
      const errorsBefore = new Set(before.diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId));
      const seen = new Set<string>();
      for (const d of before.diagnostics) {
        if (!d.fix || seen.has(d.ruleId)) continue;
        seen.add(d.ruleId);
        applied++;
        const where = `${doc.name} / ${d.ruleId}`;
        const fixed = applyEdits(doc.text, d.fix.edits);
        if (!REWRITES.has(d.ruleId) && !isSubsequence(lines(doc.text), lines(fixed))) problems.push(`${where}: an original line is gone or changed`);
        // Moving the red lines above the personas reorders lines but must keep every one.
        if (d.ruleId === 'personas-before-failure-modes' && !lines(doc.text).every((l) => lines(fixed).includes(l))) problems.push(`${where}: the move lost a line`);
        const after = lint(fixed, { filename: 'doc.md', kind: doc.kind });
        const fixedLines = fixed.split(/\r?\n/);
        // The fixed rule may still point at placeholders it inserted, or at other places it
        // already reported (a second unqualified latency target), but nowhere new.
        for (const a of after.diagnostics.filter((x: Diagnostic) => x.ruleId === d.ruleId)) {
          const line = fixedLines[a.line - 1] ?? '';
          const onPlaceholder = line.slice(a.column - 1).startsWith('[fill in');
          const reportedBefore = before.diagnostics.some((b) => b.ruleId === d.ruleId && b.message === a.message);
          if (!onPlaceholder && !reportedBefore) problems.push(`${where}: after the fix the rule points at line ${a.line} “${line.trim().slice(0, 60)}”`);
        }
        for (const e of after.diagnostics.filter((x) => x.severity === 'error' && !errorsBefore.has(x.ruleId))) problems.push(`${where}: the fix raised a new error ${e.ruleId} at line ${e.line}`);
      }
    }
    assert.ok(applied > 20, `only ${applied} fixes were exercised`);
    assert.deepStrictEqual(problems, []);
  });

  it('"fix all" keeps every original line (but rewrites), and a second "fix all" changes nothing', () => {
    const problems: string[] = [];
    for (const doc of docs) {
      const once = fixAll(doc.text, doc.kind);
      const twice = fixAll(once, doc.kind);
      if (once !== twice) problems.push(`${doc.name}: a second fix-all changed the text`);
      // The latency rewrite replaces its phrase by design: those lines may change, no other.
      const rewritten = new Set(lint(doc.text, { filename: 'doc.md', kind: doc.kind }).diagnostics.filter((d) => d.ruleId === 'latency-without-percentile').map((d) => doc.text.split(/\r?\n/)[d.line - 1]));
      const missing = lines(doc.text).filter((l) => !once.includes(l) && !rewritten.has(l));
      if (missing.length) problems.push(`${doc.name}: lost ${missing.length} line(s), e.g. “${missing[0].trim().slice(0, 70)}”`);
    }
    assert.deepStrictEqual(problems, []);
  });
});
