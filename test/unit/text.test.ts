// Asserted vs mentioned: negation, deferral, placeholders, questions and quantities.
import * as assert from 'assert';
import { buildModel } from '../../src/core/model';
import { findAsserted } from '../../src/core/find';
import { splitSentences, hasQuantity, isQuestion } from '../../src/core/text';

const asserted = (body: string, re: RegExp) => findAsserted(buildModel(`# Doc\n\n${body}\n`), re).length > 0;

describe('assertion helpers', () => {
  const HUMAN = /\bhuman (?:fallback|review|agent)s?\b/i;

  it('counts a plain statement', () => assert.ok(asserted('Low-confidence answers go to human review.', HUMAN)));
  it('does not count a negated one', () => assert.ok(!asserted('There is no human fallback in v1.', HUMAN)));
  it('negation stays inside its clause', () =>
    assert.ok(asserted('We have no budget for a new team, but every refund goes to human review.', HUMAN)));
  it('does not count a placeholder or TBD value', () => {
    assert.ok(!asserted('Human review: TBD.', HUMAN));
    assert.ok(!asserted('Human review [fill in: who reviews].', HUMAN));
  });
  it('a negation inside a quoted button or label denies nothing; one outside the quotes still does', () => {
    assert.ok(asserted('Answers where the user taps "Not helpful" go to human review.', HUMAN));
    assert.ok(asserted('Every “Don’t agree” vote is sent to human review.', HUMAN));
    assert.ok(!asserted('We do not send "Wrong answer" reports to human review.', HUMAN));
  });
  it('does not count a deferral', () => assert.ok(!asserted('We will add human review later.', HUMAN)));
  it('does not count a question', () => assert.ok(!asserted('Do we need human review?', HUMAN)));
  it('does not count content under Non-goals or Open questions', () => {
    const doc = buildModel('# Doc\n\n## Non-goals\n\n- Human review of every answer.\n\n## Open questions\n\n- Human review for refunds.\n');
    assert.strictEqual(findAsserted(doc, HUMAN).length, 0);
  });
  it('a title that contains "question" is not an Open questions section', () => {
    const doc = buildModel('# Design question: an AI tutor\n\nLow-confidence answers go to human review.\n\n## Open questions\n\nHuman review for refunds.\n');
    assert.deepStrictEqual(findAsserted(doc, HUMAN).map((m) => m.sentence.text), ['Low-confidence answers go to human review.']);
    const prompt = buildModel('**Interview question: design a shopping assistant**\n\nRefunds go to human review.\n');
    assert.strictEqual(findAsserted(prompt, HUMAN).length, 1);
  });

  it('needs a real value in a table row', () => {
    const row = (v: string) => findAsserted(buildModel(`# D\n\n| Metric | Target |\n| - | - |\n| Hallucination rate | ${v} |\n`), /hallucination rate/i).length;
    assert.strictEqual(row('≤ 2%'), 1);
    assert.strictEqual(row('TBD'), 0);
    assert.strictEqual(row(''), 0);
  });

  it('splits sentences but not at abbreviations or decimals', () => {
    assert.deepStrictEqual(splitSentences('We use RAG, e.g. over docs. Threshold 0.62 holds. Done!').map((p) => p.text), [
      'We use RAG, e.g. over docs.',
      'Threshold 0.62 holds.',
      'Done!',
    ]);
  });

  it('recognizes quantities with a unit or rate', () => {
    for (const s of ['≤ 2%', 'p90 800 ms', 'confidence 0.62', '1 in 300', 'under 2 seconds', 'zero wrong-fee answers']) assert.ok(hasQuantity(s), s);
    for (const s of ['improve accuracy', 'fast answers', 'version 2 of the doc']) assert.ok(!hasQuantity(s), s);
  });
});

describe('isQuestion', () => {
  it('skips exactly what /[\\s"\'”’)]/ matches after a question mark, for every UTF-16 unit', () => {
    const closing = /[\s"'”’)]/;
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      if (c === '?') continue;
      if (isQuestion(`Do we keep the audio?${c}`) !== closing.test(c)) wrong.push(code.toString(16));
    }
    assert.deepStrictEqual(wrong, []);
  });
  it('is a question only when a question mark ends it', () => {
    assert.ok(isQuestion('Do we keep the audio?” '));
    assert.ok(!isQuestion('We keep the audio (do we?) for a week.'));
  });
});
