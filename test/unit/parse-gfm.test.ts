// Units that cannot hold a GFM table, strikethrough or task list check are parsed without the
// GFM extensions: the tree must be the very one the GFM parse gives, positions included, and
// a text with any of the three must still get its GFM nodes.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import type { Root } from 'mdast';
import { defuse, mayHoldGfm, parseChunks, parseMarkdown, readFrontMatter } from '../../src/core/parse';
import { buildModel } from '../../src/core/model';
import { generatePrd } from '../../src/bench/generate';

const ROOT = path.resolve(__dirname, '..', '..');
const DIRS = [path.join(ROOT, '..', 'shared', 'corpus'), path.join(ROOT, 'examples'), path.join(ROOT, 'test', 'fixtures')];
const RUNS = Number(process.env.REDLINE_PROPERTY_RUNS ?? 150) * 20;

function markdownFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    return e.isDirectory() ? markdownFiles(file) : e.name.endsWith('.md') ? [file] : [];
  });
}

/** Every text the model parses for a document: its units one by one, its groups, and the whole. */
function parsedTexts(text: string): { text: string; first: boolean }[] {
  const bodyStart = readFrontMatter(text)?.end ?? 0;
  const out = [{ text: defuse(text), first: true }];
  const { chunks } = parseChunks(text, bodyStart);
  for (const chunk of chunks) {
    out.push({ text: defuse(chunk.text), first: chunk.start === 0 }, { text: defuse(chunk.text), first: false });
    if (chunk.group && chunk.group.members[0] === chunk) out.push({ text: chunk.group.members.map((m) => defuse(m.text)).join(''), first: false });
  }
  return out;
}

/** Both parses, and whether they had to agree (the check said no GFM is needed). */
function assertSameWhenPlain(text: string, first: boolean): boolean {
  if (mayHoldGfm(text)) return false;
  assert.deepStrictEqual(parseMarkdown(text, first, false), parseMarkdown(text, first, true), JSON.stringify(text));
  return true;
}

function nodes(tree: Root): { type: string; checked?: boolean | null }[] {
  const out: { type: string; checked?: boolean | null }[] = [];
  const walk = (node: { type: string; checked?: boolean | null; children?: unknown[] }) => {
    out.push(node);
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(tree);
  return out;
}

/**
 * Pieces of the constructs that matter: container prefixes (lists, quotes, indented code),
 * line endings (LF, CRLF, a lone CR), tabs, fences, setext and thematic lines, brackets, `x`,
 * colons and dashes that could make a delimiter row. Each text also draws on some of the
 * pieces that may start a GFM construct, so texts with one kind of trigger alone occur.
 */
const PLAIN_PIECES = ['a', 'b c', 'x', 'X', ' ', '  ', '    ', '\t', '\n', '\n', '\n\n', '\r\n', '\r', '-', '- ', '\n- ', '--', '---', '* ', '+ ', '1. ', '2) ', '> ', '>', ':', ': ', '[', ']', '[a]', '[]', '(u)', '```', '`', '*', '**', '_', '#', '# ', '=', '===', '\\', '<!--', '-->', '<div>', '&#124;', '&#126;', 'www.a.com', '[^1]'];
const TRIGGER_PIECES = ['|', '| ', ' | ', '~', '~~', '~~~', ' ~', ' ~~', '\n~', '(~', '.~', '~)', '“~', '~5', '~*', '_~', '\\~', '[ ]', '[x]', '[X]', '[\t]', '- [', '[\n', ':-', '-:', ':-:'];
const randomMarkdown = fc
  .subarray(TRIGGER_PIECES)
  .chain((triggers) => fc.array(fc.constantFrom(...PLAIN_PIECES, ...triggers), { maxLength: 60 }))
  .map((ps) => ps.join(''));

describe('GFM only where it can matter', function () {
  this.timeout(120000);

  it('gives the GFM tree for every corpus, example and fixture document, unit and group that needs no GFM', () => {
    const docs = DIRS.flatMap(markdownFiles).map((f) => fs.readFileSync(f, 'utf8'));
    docs.push(generatePrd(200), generatePrd(2000));
    assert.ok(docs.length > 50, `only ${docs.length} documents found`);
    let plain = 0;
    let gfm = 0;
    for (const doc of docs) for (const { text, first } of parsedTexts(doc)) assertSameWhenPlain(text, first) ? plain++ : gfm++;
    // Both kinds occur, so both parsers were exercised.
    assert.ok(plain > 500 && gfm > 50, `${plain} plain, ${gfm} GFM texts`);
  });

  it(`gives the GFM tree for random Markdown the check passes (${RUNS} texts)`, () => {
    let plain = 0;
    fc.assert(
      fc.property(randomMarkdown, fc.boolean(), (text, first) => {
        if (assertSameWhenPlain(text, first)) plain++;
      }),
      { numRuns: RUNS },
    );
    assert.ok(plain > RUNS / 10, `only ${plain} of ${RUNS} texts needed no GFM`);
  });

  it('still parses tables, strikethrough, task list checks and emphasis next to a tilde as GFM', () => {
    const cases: [string, (n: { type: string; checked?: boolean | null }) => boolean][] = [
      ['| a | b |\n| - | - |\n| 1 | 2 |\n', (n) => n.type === 'table'],
      ['a\n:-\n', (n) => n.type === 'table'],
      ['a\n-:\n', (n) => n.type === 'table'],
      ['Keep ~~this~~ out.\n', (n) => n.type === 'delete'],
      ['Keep ~this~ out.\n', (n) => n.type === 'delete'],
      ['Keep ~(this)~, out.\n', (n) => n.type === 'delete'],
      ['Keep \\~~this~ out.\n', (n) => n.type === 'delete'],
      ['~a (~ b\n', (n) => n.type === 'delete'],
      // A `~` touching `*` lets it open or close where it otherwise could not.
      ['a*~b*\n', (n) => n.type === 'emphasis'],
      ['*a ~*b\n', (n) => n.type === 'emphasis'],
      ['- [ ] open\n', (n) => n.type === 'listItem' && n.checked === false],
      ['- [x] done\n', (n) => n.type === 'listItem' && n.checked === true],
      ['* [X] done\n', (n) => n.type === 'listItem' && n.checked === true],
      ['- [\t] open\n', (n) => n.type === 'listItem' && n.checked === false],
      ['- [\n  ] open\n', (n) => n.type === 'listItem' && n.checked === false],
      ['> - [\r\n>   ] open\r\n', (n) => n.type === 'listItem' && n.checked === false],
      ['-\n  [x] done\n', (n) => n.type === 'listItem' && n.checked === true],
    ];
    for (const [text, isGfm] of cases) {
      for (const first of [true, false]) {
        assert.ok(nodes(parseMarkdown(text, first)).some(isGfm), `${JSON.stringify(text)} lost its GFM node`);
        // The check is what keeps it: the plain parse has no such node.
        assert.ok(!nodes(parseMarkdown(text, first, false)).some(isGfm), JSON.stringify(text));
      }
    }
  });

  it('parses a tilde for "about" without GFM, and one that may close or touches emphasis with it', () => {
    assert.strictEqual(mayHoldGfm('About ~300 people, ~4,000 a day (~80 teams).\n~2 hours\n'), false);
    for (const text of ['a~', 'a ~~b~~', '(~80~)', '(~)', '(~~ ', '*~a*', '~_a_', 'é~', '\\~ x']) assert.ok(mayHoldGfm(text), text);
  });

  it('keeps GFM nodes in a document whose other units parse without GFM', () => {
    const section = (i: number) => `## Part ${i}\n\n${'Plain prose with no table in it at all. '.repeat(30)}\n\n`;
    const text = `---\nkind: prd\n---\n# T\n\n${section(1)}${section(2)}| a | b |\n| - | - |\n| never | 2 |\n\n${section(3)}- [x] ~~shipped~~ done\n\n${section(4)}`;
    const doc = buildModel(text);
    assert.ok(doc.chunks.length > 3, 'expected several units');
    const types = new Set(doc.blocks.map((b) => b.type));
    assert.ok(types.has('table-row'), `block types: ${[...types].join(', ')}`);
    const item = doc.sentences.find((s) => s.text.includes('done'));
    assert.ok(item && !item.text.includes('shipped'), `struck-out text counted: ${item?.text}`);
  });
});
