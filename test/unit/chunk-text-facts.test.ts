// The per-chunk facts rules and AI-scope detection keep between keystrokes: after an edit they
// must say exactly what a whole-document pass over the edited text says.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { buildModel, type DocModel } from '../../src/core/model';
import type { Chunk } from '../../src/core/parse';
import { anchorFor, findSection, placeholders as openPlaceholders, sectionDepth, sectionEnd, titleBlock, type Placeholder } from '../../src/core/fixes';
import { perChunkText } from '../../src/core/local';
import { PLACEHOLDER } from '../../src/core/text';
import type { Section } from '../../src/core/model';

/** The whole-document definitions the per-chunk versions must agree with (a walk over every block or section). */
const whole = {
  placeholders(doc: DocModel): Placeholder[] {
    const found: Placeholder[] = [];
    const pattern = new RegExp(PLACEHOLDER.source, 'gi');
    for (const block of doc.blocks) {
      if (!block.author) continue;
      const raw = doc.text.slice(block.start, block.end);
      for (const m of raw.matchAll(pattern)) {
        found.push({ label: m[0].replace(/^\[fill in:?\s*/i, '').replace(/\]$/, ''), start: block.start + m.index, end: block.start + m.index + m[0].length });
      }
    }
    return found;
  },
  sectionDepth(doc: DocModel): number {
    const depths = doc.sections.filter((s) => s.heading && !s.heading.quoted).map((s) => s.depth);
    if (depths.length === 0) return 2;
    const title = titleBlock(doc);
    const rest = depths.filter((d, i) => !(i === 0 && title && title.type === 'heading' && d === 1 && depths.filter((x) => x === 1).length === 1));
    return rest.length ? Math.min(...rest) : 2;
  },
  findSection(doc: DocModel, pattern: RegExp): Section | undefined {
    return doc.sections.find((s) => s.heading && pattern.test(s.title));
  },
  sectionEnd(doc: DocModel, section: Section): number {
    const inside = (s: Section) => {
      for (let p = s.parent; p >= 0; p = doc.sections[p].parent) if (p === section.index) return true;
      return false;
    };
    let end = section.end;
    for (const s of doc.sections) if (s.index > section.index && inside(s)) end = s.end;
    while (end > 0 && /\s/.test(doc.text[end - 1])) end--;
    return end;
  },
  anchorFor(doc: DocModel, pattern?: RegExp): { start: number; end: number } {
    const section = pattern ? whole.findSection(doc, pattern) : undefined;
    const target = section?.heading ?? doc.blocks.find((b) => b.type === 'heading') ?? titleBlock(doc);
    if (target) return { start: target.start, end: Math.min(target.end, doc.lines.lineEnd(doc.lines.lineOf(target.start))) };
    const line = doc.lines.lineOf(doc.bodyStart);
    for (let l = line; l < doc.lines.lineCount; l++) if (doc.lines.lineText(l).trim()) return { start: doc.lines.starts[l], end: doc.lines.lineEnd(l) };
    return { start: doc.bodyStart, end: doc.bodyStart };
  },
};
const placeholders = whole.placeholders;
import { aiScore, contentIsAi, kindScores, kindScoresWhole } from '../../src/core/kind';
import { generatePrd } from '../../src/bench/generate';

/** Builds each text in turn, reusing the previous version's chunks as the editor does. */
function versions(texts: string[]): DocModel[] {
  let reuse = new Map<string, Chunk>();
  return texts.map((text) => {
    const doc = buildModel(text, { reuse });
    reuse = new Map(doc.chunks.map((c) => [c.text, c]));
    return doc;
  });
}

const LONG = generatePrd(600);

describe('per-chunk rule facts (fixes.ts, local.ts)', () => {
  it('finds the same open placeholders as a whole-document scan, after edits in other chunks', () => {
    const first = LONG.replace('## Goals 1', '## Goals 1\n\n- Drift: [fill in: drift metric]\n');
    const texts = [first, first.replace('## Privacy 1', '## Privacy 1\n\n- Retention: [Fill in: data boundary — retention]\n'), first.replace('[fill in: drift metric]', 'weekly precision')];
    for (const doc of versions(texts)) assert.deepStrictEqual(openPlaceholders(doc), placeholders(doc));
    const [a, b, c] = versions(texts);
    assert.strictEqual(openPlaceholders(a).length, 1);
    assert.strictEqual(openPlaceholders(b).length, 2);
    assert.strictEqual(openPlaceholders(c).length, 0);
  });

  it('computes a fact again only for chunks whose text changed', () => {
    const [before, after] = versions([LONG, LONG.replace('## Problem 1', '## Problem 1\n\nA new sentence.')]);
    const seen: number[] = [];
    perChunkText(before, 'test:count', (c: number) => seen.push(c));
    assert.strictEqual(seen.length, before.chunks.length);
    seen.length = 0;
    perChunkText(after, 'test:count', (c: number) => seen.push(c));
    const old = new Set(before.chunks.map((c) => c.text));
    const changed = after.chunks.flatMap((c, i) => (old.has(c.text) ? [] : [i]));
    assert.ok(changed.length > 0 && changed.length < after.chunks.length / 4);
    assert.deepStrictEqual(seen, changed);
  });

  it('keeps facts apart per quote mode (quoted text is the author\'s only when quotes hold most prose)', () => {
    const quoted = '> The assistant drafts replies. [fill in: misuse]\n\nShort.\n';
    const plain = '> [fill in: misuse]\n\nA much longer paragraph of the author\'s own prose that outweighs the quote.\n';
    for (const doc of versions([quoted, plain, quoted])) assert.deepStrictEqual(openPlaceholders(doc), placeholders(doc));
    assert.strictEqual(openPlaceholders(buildModel(plain)).length, 0);
  });
});

describe('AI scope from per-chunk terms', () => {
  it('decides as the full score does, and stops no earlier than the decision is certain', () => {
    const docs = [
      '# Invoices\n\nWe send invoices monthly.\n',
      '# Helper\n\nThe assistant answers. A bot replies.\n',
      '# Reply drafter\n\nAn LLM drafts replies from embeddings.\n',
      '> We use an LLM and embeddings.\n\nShort.\n',
      '<!-- x -->\n\nA support agent and a data model.\n\n# Title with GPT\n\nText.\n',
      LONG,
    ];
    for (const text of docs) {
      const doc = buildModel(text);
      const { strong, weak } = aiScore(doc);
      assert.strictEqual(contentIsAi(doc), strong >= 2 || (strong >= 1 && weak >= 0.4) || weak >= 3, text.slice(0, 40));
    }
    assert.strictEqual(contentIsAi(buildModel(docs[0])), false);
    assert.strictEqual(contentIsAi(buildModel(docs[2])), true);
  });

  it('counts a term at most three times across chunks, as a fresh analysis does', () => {
    const section = (i: number) => `## Part ${i}\n\n${'The assistant replies. '.repeat(40)}\n`;
    const text = Array.from({ length: 30 }, (_, i) => section(i)).join('\n');
    const edited = text.replace('## Part 3', '## Part 3\n\nA chatbot.');
    const [, incremental] = versions([text, edited]);
    assert.deepStrictEqual(aiScore(incremental), aiScore(buildModel(edited)));
    assert.deepStrictEqual(aiScore(buildModel(text)), { strong: 0, weak: 1.2000000000000002 });
  });
});

/** Every Markdown file under a directory of this repository. */
function markdownUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    return e.isDirectory() ? markdownUnder(file) : e.name.endsWith('.md') ? [fs.readFileSync(file, 'utf8')] : [];
  });
}

describe('section helpers from per-chunk facts', () => {
  const ROOT = path.resolve(__dirname, '..', '..');
  const texts = [...markdownUnder(path.join(ROOT, 'examples')), ...markdownUnder(path.join(ROOT, 'test', 'fixtures', 'rules')), LONG];
  const patterns = [/\b(?:misuse|abuse|security)\b/, /\bmetrics?\b/, /^goals 3$/, /\b(?:approach|architecture)\b/, /zzz-none/];

  it('find the same sections, depth, ends and anchors as fixes.ts on every example and fixture', () => {
    assert.ok(texts.length > 40);
    for (const text of texts) {
      const doc = buildModel(text);
      assert.strictEqual(sectionDepth(doc), whole.sectionDepth(doc));
      for (const p of patterns) {
        assert.strictEqual(findSection(doc, p), whole.findSection(doc, p), `${p} in ${text.slice(0, 40)}`);
        assert.deepStrictEqual(anchorFor(doc, p), whole.anchorFor(doc, p));
      }
      for (const s of doc.sections) assert.strictEqual(sectionEnd(doc, s), whole.sectionEnd(doc, s));
    }
  });

  it('follow edits that add, rename and remove headings in other chunks', () => {
    const edits = [
      LONG,
      LONG.replace('## Misuse 1', '# Misuse 1'),
      LONG.replace('## Misuse 1', '### Abuse handling'),
      LONG.replace(/^## Misuse \d+$/gm, '## Other'),
      '# Only a title\n\nText.\n',
      '# Title\n\n# Second H1\n\n### Deep\n',
    ];
    for (const doc of versions(edits)) {
      assert.strictEqual(sectionDepth(doc), whole.sectionDepth(doc));
      for (const p of patterns) assert.strictEqual(findSection(doc, p), whole.findSection(doc, p));
    }
  });
});

describe('kind evidence from per-chunk facts', () => {
  const ROOT = path.resolve(__dirname, '..', '..');
  const dirs = ['examples', 'test/fixtures', 'test/corpus', 'test/corpus-fresh'].map((d) => path.join(ROOT, d)).filter((d) => fs.existsSync(d));

  it('scores every example, fixture and labelled document exactly as the whole-document pass', () => {
    const texts = dirs.flatMap(markdownUnder);
    assert.ok(texts.length > 100);
    for (const text of texts) {
      const doc = buildModel(text);
      assert.deepStrictEqual(kindScores(doc), kindScoresWhole(doc), text.slice(0, 60));
    }
  });

  it('stays exact across edits, and when a past-tense phrase runs from one chunk into the next', () => {
    const story = (i: number) => `## Part ${i}\n\n${'The queue grows in spring and the team reviews it weekly. '.repeat(60)}\n`;
    const base = Array.from({ length: 12 }, (_, i) => story(i)).join('\n');
    const runOn = base.replace('## Part 5', 'And then we\n\n## Part 5\n\nshipped it on Friday.\n');
    for (const doc of versions([LONG, LONG.replace('## Goals 1', '## Goals 1\n\nI would start with the top intents.'), base, runOn, base])) {
      assert.deepStrictEqual(kindScores(doc), kindScoresWhole(doc));
    }
    const doc = buildModel(runOn);
    assert.ok(doc.chunks.length > 3);
    assert.deepStrictEqual(kindScores(doc), kindScoresWhole(doc));
  });
});
