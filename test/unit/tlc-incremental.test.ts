// TLC's claim units are kept per parse unit (chunk): an edit in one chunk that changes what
// the next chunk's sentences sit under must still change what TLC finds there.
import * as assert from 'assert';
import { Analyzer, toLintResult } from '../../src/core/engine';
import { buildModel } from '../../src/core/model';
import { scoreAnalysis } from '../../src/core/score';

const FILLER = Array.from({ length: 60 }, (_, i) => `Paragraph ${i} describes how the assistant drafts a reply for the support agent.`).join('\n\n');
const TARGET = 'Replies must appear in under 2 seconds.';

/** An AI PRD whose latency target sits under a bold label that is in an earlier chunk. */
function prd(label: string): string {
  return `# PRD: reply assistant\n\nAn LLM drafts replies for support agents.\n\n## Delivery\n\n**${label}**\n\n${FILLER}\n\n${TARGET}\n`;
}

function lint(analyzer: Analyzer, text: string) {
  const analysis = analyzer.analyze(text, { filename: 'prd.md' });
  return { lint: toLintResult(analysis), score: scoreAnalysis(analysis) };
}

const latencyFindings = (result: ReturnType<typeof lint>) => result.lint.diagnostics.filter((d) => d.ruleId === 'latency-without-percentile');

describe('TLC kept per chunk', () => {
  it('the target sentence lies in a later chunk than the label it sits under', () => {
    const doc = buildModel(prd('Open questions'));
    const label = doc.blocks.find((b) => b.isLabel)!;
    const target = doc.sentences.find((s) => s.text === TARGET)!;
    assert.ok(target.block.chunk > label.chunk, 'the fixture must put the label and the target in different chunks');
    assert.match(target.block.topic, /open questions$/);
  });

  it('renaming a label in an earlier chunk changes what counts in the next chunk, as in a fresh analysis', () => {
    const analyzer = new Analyzer();
    // Under "Open questions" the duration is no claim; under "Speed" it is a target without a percentile.
    assert.deepStrictEqual(latencyFindings(lint(analyzer, prd('Open questions'))), []);
    const edited = prd('Speed');
    const kept = lint(analyzer, edited);
    const fresh = lint(new Analyzer(), edited);
    assert.strictEqual(latencyFindings(fresh).length, 1);
    assert.deepStrictEqual(kept, fresh);
    // And back: the cached units of the unchanged chunk must not keep the target.
    const back = lint(analyzer, prd('Open questions'));
    assert.deepStrictEqual(back, lint(new Analyzer(), prd('Open questions')));
    assert.deepStrictEqual(latencyFindings(back), []);
  });
});
