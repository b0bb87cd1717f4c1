// The document model: positions a user sees in the editor (UTF-16, CRLF, emoji), the author's
// words only (code, comments, quotes excluded), sections and labels.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { buildModel } from '../../src/core/model';
import { findAsserted } from '../../src/core/find';
import { generatePrd } from '../../src/bench/generate';

function rangeOf(text: string, needle: string) {
  const doc = buildModel(text);
  const [m] = findAsserted(doc, new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), { negated: true, inNegativeTopics: true });
  assert.ok(m, `"${needle}" not found in the author's text`);
  return doc.lines.range(m.start, m.end);
}

describe('document model', () => {
  it('reports UTF-16 columns after emoji, as VS Code counts them', () => {
    const r = rangeOf('# T\n\n🚀🚀 launch gate: p90 under 2 s\n', 'under 2 s');
    // each rocket is two UTF-16 code units: "🚀🚀 launch gate: p90 " is 22 units long
    assert.deepStrictEqual(r, { line: 3, column: 23, endLine: 3, endColumn: 32 });
  });

  it('keeps lines and columns right with CRLF line endings', () => {
    const r = rangeOf('# T\r\n\r\nIntro line.\r\n\r\n## Metrics\r\n\r\nLatency under 2 s.\r\n', 'under 2 s');
    assert.deepStrictEqual(r, { line: 7, column: 9, endLine: 7, endColumn: 18 });
  });

  it('maps positions through list indentation and escapes', () => {
    const r = rangeOf('# T\n\n- first item\n  continued \\*here\\* with target\n', 'with target');
    assert.deepStrictEqual(r, { line: 4, column: 22, endLine: 4, endColumn: 33 });
  });

  it('excludes fenced code, indented code, HTML comments and quotes from the author text', () => {
    const doc = buildModel('# T\n\nMine, and longer than the quote.\n\n```\nnot mine\n```\n\n    indented not mine\n\n<!-- not mine -->\n\n> quoted not mine\n');
    assert.deepStrictEqual(doc.sentences.map((s) => s.text), ['Mine, and longer than the quote.']);
  });

  it('counts block quotes as the author text when they hold most of the prose', () => {
    const doc = buildModel('# T\n\n> I would never show another tenant data. The answer is quoted at length here.\n\nOk.\n');
    assert.ok(doc.quotesAreAuthor);
    assert.ok(doc.sentences.some((s) => s.text.startsWith('I would never')));
  });

  it('does not count struck-out text', () => {
    const doc = buildModel('# T\n\nKeep ~~drop this~~ that.\n');
    assert.strictEqual(doc.sentences[0].text, 'Keep  that.');
  });

  it('builds sections from headings and topics from bold labels', () => {
    const doc = buildModel('# Tutor\n\n**Metrics**\n\n- Hallucination rate ≤ 2%\n\n## Risks\n\n**Drift:** weekly re-run.\n');
    assert.deepStrictEqual(doc.sections.map((s) => s.title), ['', 'tutor', 'risks']);
    const item = doc.sentences.find((s) => s.text.startsWith('Hallucination'))!;
    assert.strictEqual(item.block.topic, 'tutor > metrics');
    const drift = doc.sentences.find((s) => s.text.includes('weekly'))!;
    assert.strictEqual(drift.block.topic, 'tutor > risks > drift');
  });

  it('reads front matter only at the very top, and a # comment in YAML is not a heading', () => {
    const doc = buildModel('---\nkind: design\n# a comment\n---\n# Title\n');
    assert.strictEqual(doc.frontMatter?.data.kind, 'design');
    assert.deepStrictEqual(doc.sections.map((s) => s.title), ['', 'title']);
    assert.strictEqual(buildModel('\n---\nkind: design\n---\n').frontMatter, undefined);
  });

  it('keeps a heading-like line inside a fenced block out of the section list', () => {
    const doc = buildModel('# A\n\n```md\n# not a heading\n```\n\n## B\n');
    assert.deepStrictEqual(doc.sections.map((s) => s.title), ['', 'a', 'b']);
  });

  it('parses unit by unit (alone or with neighbours) into exactly the blocks of a whole-document parse', () => {
    const labelled = ['../../../shared/corpus', '../corpus', '../corpus-fresh', '../../examples'].flatMap((d) => {
      const dir = path.resolve(__dirname, d);
      return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')) : [];
    });
    const tricky = Array.from({ length: 40 }, (_, i) => `## S${i}\r\n\r\nSetext ${i}\r\n---\r\n\r\n<!-- note ${i} -->\r\n\r\n- a \\*not em\\* &amp; [link](x)\r\n  - nested ${i}\r\n\r\n      indented code\r\n\r\n> quoted ${i}\r\n\r\n<div>\r\nhtml ${i}\r\n</div>\r\n\r\nAfter. Two sentences here!\r\n`).join('\r\n');
    const docs = [...labelled, tricky, generatePrd(3000), '# A\n\nText *one*.\n\n## B\n\n| x | y |\n| - | - |\n| 1 | 2 |\n\n### C\n\n- item\n', Array.from({ length: 3000 }, (_, i) => `- item ${i}`).join('\n'), '# T\n\n| metric | target |\n| :- | -: |\n' + Array.from({ length: 700 }, (_, i) => `| rate ${i} | ≤ ${i}% |`).join('\n') + '\n\nAfter the table.\n'];
    for (const text of docs) {
      const split = buildModel(text, { ungrouped: true });
      const grouped = buildModel(text);
      const whole = buildModel(text, { whole: true });
      const shape = (d: typeof split) => d.blocks.map((b) => `${b.type}:${b.start}-${b.end}:${b.topic}:${b.text}:${b.chunk}`);
      const sentences = (d: typeof split) => d.sentences.map((s) => [s.start, s.end, s.text]);
      if (text.length > 20000) assert.ok(split.chunks.length > 3, 'a long document is parsed in several units');
      // Units parsed with their neighbours are split back into the same units and blocks.
      assert.deepStrictEqual(shape(grouped), shape(split));
      assert.deepStrictEqual(sentences(grouped), sentences(split));
      assert.deepStrictEqual(grouped.comments, split.comments);
      const withoutChunk = (d: typeof split) => shape(d).map((x) => x.replace(/:\d+$/, ''));
      assert.deepStrictEqual(withoutChunk(split), withoutChunk(whole));
      assert.deepStrictEqual(sentences(split), sentences(whole));
    }
  });

  it('keeps what it learned about unchanged text across an edit, and forgets it for the edited text', () => {
    const text = generatePrd(400);
    const before = buildModel(text);
    const at = text.lastIndexOf('. ');
    const after = buildModel(text.slice(0, at) + ' today' + text.slice(at), { reuse: new Map(before.chunks.map((c) => [c.text, c])) });
    const changed = after.sentences.find((s) => s.start <= at && at <= s.end + 6)!;
    assert.ok(changed, 'the edited sentence is in the model');
    assert.ok(!before.sentences.some((s) => s.memo === changed.memo), 'the edited sentence starts with an empty memo');
    // Every sentence of the first section is the same text: its memo (regex scans) is carried over.
    const first = before.sentences.filter((s) => s.end < before.chunks[1].start);
    assert.ok(first.length > 0);
    for (const s of first) assert.strictEqual(after.sentences.find((t) => t.start === s.start)?.memo, s.memo);
  });

  it('survives an empty file, front matter only, and binary junk', () => {
    assert.strictEqual(buildModel('').sentences.length, 0);
    assert.strictEqual(buildModel('---\nkind: prd\n---\n').sentences.length, 0);
    assert.doesNotThrow(() => buildModel('\u0000\u0001\uFFFD\uD800 junk ### \n```'));
  });
});
