// The score a person sees: it adds up, follows the bands, explains itself with lines that
// exist, refuses to score non-AI product documents, and stays stable on the examples.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { score } from '../../src/core/index';
import { bandOf } from '../../src/core/score';

const EXAMPLES = path.join(__dirname, '..', '..', 'examples');
const SNAPSHOT = path.join(__dirname, '..', 'snapshots', 'example-scores.json');

function examples(): [string, string][] {
  return fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.md')).sort().map((f) => [f, fs.readFileSync(path.join(EXAMPLES, f), 'utf8')]);
}

describe('score', () => {
  it('adds up: the total is the sum of the dimensions, each within 0..max, maxima summing to 100', () => {
    for (const [file, text] of examples()) {
      const s = score(text, { filename: file });
      assert.notStrictEqual(s.score, null, file);
      assert.strictEqual(s.dimensions.reduce((n, d) => n + d.max, 0), 100, file);
      assert.strictEqual(s.dimensions.reduce((n, d) => n + d.score, 0), s.score, file);
      for (const d of s.dimensions) assert.ok(d.score >= 0 && d.score <= d.max, `${file} ${d.id}`);
      assert.strictEqual(s.band, bandOf(s.score!));
    }
  });

  it('backs every point with evidence lines that exist, and names the rule behind every withheld point', () => {
    for (const [file, text] of examples()) {
      const lines = text.split(/\r?\n/);
      for (const d of score(text, { filename: file }).dimensions) {
        for (const e of d.evidence) assert.strictEqual(lines[e.line - 1].trim().slice(0, 160), e.text, `${file} ${d.id} line ${e.line}`);
        if (d.score < d.max) assert.ok(d.withheldBy.length > 0, `${file} ${d.id} lost points without a rule`);
        if (d.score > 0) assert.ok(d.evidence.length > 0, `${file} ${d.id} gave points without evidence`);
      }
    }
  });

  it('bands: AI-native ≥ 80, AI-curious 50–79, Traditional < 50', () => {
    assert.deepStrictEqual([100, 80, 79, 50, 49, 0].map(bandOf), ['AI-native', 'AI-native', 'AI-curious', 'AI-curious', 'Traditional', 'Traditional']);
  });

  it('ranks each strong example above its weak counterpart', () => {
    for (const kind of ['prd', 'design', 'behavioral']) {
      const get = (q: string) => score(fs.readFileSync(path.join(EXAMPLES, `${q}.${kind}.md`), 'utf8'), { filename: `${q}.${kind}.md` }).score!;
      assert.ok(get('strong') >= 80, `strong ${kind} is AI-native`);
      assert.ok(get('weak') < 50, `weak ${kind} is Traditional`);
    }
  });

  it('gives a non-AI PRD no score and says how to override; ai: true in front matter scores it', () => {
    const body = '# PRD: Billing settings\n\n## Problem\n\nCustomers cannot change their plan without a ticket.\n\n## Goals\n\n- Self-serve plan changes.\n';
    const none = score(`---\nkind: prd\n---\n${body}`);
    assert.strictEqual(none.score, null);
    assert.strictEqual(none.band, 'not-ai');
    assert.ok(none.notes.some((n) => n.includes('ai: true')));
    const forced = score(`---\nkind: prd\nai: true\n---\n${body}`);
    assert.strictEqual(typeof forced.score, 'number');
    assert.ok(forced.score! < 50);
  });

  it('always scores a behavioral story, AI or not', () => {
    const s = score('---\nkind: behavioral\n---\n# Story\n\nI led the checkout redesign and we shipped it on time.\n');
    assert.strictEqual(typeof s.score, 'number');
  });

  it('matches the committed snapshot of the examples (REDLINE_UPDATE_SNAPSHOTS=1 to accept a change)', () => {
    const now = Object.fromEntries(
      examples().map(([file, text]) => {
        const s = score(text, { filename: file });
        return [file, { score: s.score, band: s.band, dimensions: Object.fromEntries(s.dimensions.map((d) => [d.id, `${d.score}/${d.max}`])) }];
      }),
    );
    if (process.env.REDLINE_UPDATE_SNAPSHOTS || !fs.existsSync(SNAPSHOT)) fs.writeFileSync(SNAPSHOT, JSON.stringify(now, null, 2) + '\n');
    assert.deepStrictEqual(now, JSON.parse(fs.readFileSync(SNAPSHOT, 'utf8')));
  });
});
