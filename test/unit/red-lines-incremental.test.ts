// The red-lines concept (and personas, which it reads) keeps per-chunk facts (local.ts); these edits change what
// a chunk's facts depend on from outside the chunk, and the incremental result must still
// equal a fresh analysis.
import * as assert from 'assert';
import { Analyzer, toLintResult } from '../../src/core/engine';
import { buildModel } from '../../src/core/model';
import type { LintResult } from '../../src/core/types';

/**
 * A bold label followed by enough list items that they run on into later parse units; only
 * the items far below the label (in later units) state red lines.
 */
function labelled(label: string): string {
  // Labels of one length keep every later parse unit's text, so their chunk caches are reused.
  const plain = Array.from({ length: 40 }, (_, i) => `- Item ${i} covers the weekly report for account ${i} and its owner.`);
  const never = Array.from({ length: 10 }, (_, i) => `- The assistant must never send message ${i} to the wrong customer account.`);
  const items = [...plain, ...never];
  return ['---', 'kind: prd', 'ai: true', '---', '', '# Support assistant', '', `**${label}**`, '', ...items, ''].join('\n');
}

function redLineFindings(result: LintResult): string[] {
  return result.diagnostics.filter((d) => d.ruleId.startsWith('red-lines')).map((d) => `${d.ruleId}@${d.line}:${d.message}`);
}

describe('red-lines after edits outside a chunk', () => {
  it('the label above a long list gives its topic to items in later parse units', () => {
    const doc = buildModel(labelled('Decisions'));
    const label = doc.blocks.find((b) => b.isLabel)!;
    const never = doc.blocks.find((b) => /must never/.test(b.text))!;
    assert.ok(never.chunk > label.chunk, 'the red lines should be in a later parse unit than the label');
    assert.match(never.topic, /decisions$/);
  });

  it('renaming a label to Questions drops the red lines under it in every parse unit, as a fresh analysis does', () => {
    const incremental = new Analyzer();
    const before = toLintResult(incremental.analyze(labelled('Decisions'), { filename: 'doc.md' }));
    const text = labelled('Questions');
    const kept = toLintResult(incremental.analyze(text, { filename: 'doc.md' }));
    const fresh = toLintResult(new Analyzer().analyze(text, { filename: 'doc.md' }));
    assert.deepStrictEqual(redLineFindings(kept), redLineFindings(fresh));
    assert.notDeepStrictEqual(redLineFindings(before), redLineFindings(fresh), 'the label should change what red-lines reports');
    assert.deepStrictEqual(kept, fresh);
  });

  it('and renaming it back restores them', () => {
    const incremental = new Analyzer();
    const before = toLintResult(incremental.analyze(labelled('Questions'), { filename: 'doc.md' }));
    const text = labelled('Decisions');
    const kept = toLintResult(incremental.analyze(text, { filename: 'doc.md' }));
    const fresh = toLintResult(new Analyzer().analyze(text, { filename: 'doc.md' }));
    assert.notDeepStrictEqual(redLineFindings(before), redLineFindings(fresh), 'the label should change what red-lines reports');
    assert.deepStrictEqual(kept, fresh);
  });
});
