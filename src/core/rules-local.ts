// What rules read from the whole document after every keystroke, kept per chunk so a
// keystroke re-examines only the edited chunk: the fill-in placeholders a fix left behind, the
// sections a fix or anchor looks for, their ends and the document's heading depth. Results
// equal fixes.ts's whole-document versions (test/unit/rules-local.test.ts compares them).
//
// These facts depend on a chunk's text and the quote mode only (not on the headings above it
// or the title), so they are kept with the chunk's model itself: a look-up per chunk costs a
// WeakMap get, where local.ts's perChunk first rebuilds the chunk's context to validate it.
// A fact that reads topics, sections or the title must go through local.ts instead.
import type { DocModel, Section } from './model';
import type { RuleContext } from './rule';
import { blocksOf } from './local';
import { PLACEHOLDER } from './text';
import { nextContent } from './concepts/fallback';
import { anchorFor as anchorForWhole, titleBlock, type MissingReport, type Placeholder } from './fixes';

const TEXT_FACTS = new WeakMap<object, Map<string, unknown>>();

/**
 * `compute(c)` for every chunk, in document order, kept while chunk `c`'s text is unchanged
 * (per quote mode). `compute` may read the chunk's blocks' text, type, depth, author, quoted,
 * cells and its sentences, nothing that depends on other chunks: no topic, section, title or
 * offset in the document. Its result must not hold Sentence or Block objects (see local.ts).
 */
export function perChunkText<R>(doc: DocModel, key: string, compute: (c: number) => R): R[] {
  const fullKey = doc.quotesAreAuthor ? `q:${key}` : key;
  // The previous call's chunks: after a keystroke all but the edited one are the same objects
  // at the same places, and comparing them is cheaper than a look-up per chunk.
  const last = LAST.get(fullKey);
  const results: R[] = [];
  for (let c = 0; c < doc.chunkModels.length; c++) {
    results.push(last && last.models[c] === doc.chunkModels[c] ? (last.results[c] as R) : chunkTextFact(doc, c, fullKey, compute));
  }
  if (LAST.size >= 200) LAST.clear();
  LAST.set(fullKey, { models: doc.chunkModels, results });
  return results;
}

/** Per key, the chunk models and results of the last perChunkText call (any document). */
const LAST = new Map<string, { models: readonly object[]; results: readonly unknown[] }>();

/** One chunk's fact from perChunkText's cache (`key` already qualified by the quote mode). */
function chunkTextFact<R>(doc: DocModel, c: number, key: string, compute: (c: number) => R): R {
  const owner = doc.chunkModels[c];
  let facts = TEXT_FACTS.get(owner);
  if (!facts) TEXT_FACTS.set(owner, (facts = new Map()));
  let result = facts.get(key) as R | undefined;
  if (result === undefined && !facts.has(key)) facts.set(key, (result = compute(c)));
  return result as R;
}

/** Like perChunkText for one chunk at a time, so a walk can stop early. */
export function chunkText<R>(doc: DocModel, c: number, key: string, compute: (c: number) => R): R {
  return chunkTextFact(doc, c, doc.quotesAreAuthor ? `q:${key}` : key, compute);
}

const BY_TEXT = new Map<string, Map<string, unknown>>();
/** Texts kept per key; past it the key's cache starts over (a long session edits many sentences). */
const BY_TEXT_LIMIT = 50_000;
const BY_TEXT_KEYS = 500;

/**
 * `compute(text)` kept per text: for a fact of a sentence's or block's text alone, so that
 * when a keystroke changes one sentence, the edited chunk's other sentences are not examined again.
 */
export function byText<R>(key: string, text: string, compute: (text: string) => R): R {
  let cache = BY_TEXT.get(key) as Map<string, R> | undefined;
  if (!cache) {
    // Keys made from a heading's title (an anchor's pattern) come and go as the author types.
    if (BY_TEXT.size >= BY_TEXT_KEYS) BY_TEXT.clear();
    BY_TEXT.set(key, (cache = new Map()));
  }
  let result = cache.get(text);
  if (result === undefined && !cache.has(text)) {
    if (cache.size >= BY_TEXT_LIMIT) cache.clear();
    cache.set(text, (result = compute(text)));
  }
  return result as R;
}

const PLACEHOLDERS = new WeakMap<DocModel, Placeholder[]>();
const PLACEHOLDER_G = new RegExp(PLACEHOLDER.source, 'gi');

/** A placeholder inside chunk: its block (index in the chunk), offset in the block's source, label and length. */
type LocalPlaceholder = [block: number, at: number, label: string, length: number];

/**
 * Placeholders a fix inserted and the author has not filled in yet (as fixes.ts's
 * `placeholders`), found once per chunk text and shared by every rule of one analysis.
 */
export function openPlaceholders(doc: DocModel): Placeholder[] {
  let found = PLACEHOLDERS.get(doc);
  if (found) return found;
  found = [];
  const perChunkFound = perChunkText(doc, 'placeholders', (c) => {
    const local: LocalPlaceholder[] = [];
    blocksOf(doc, c).forEach((block, i) => {
      if (!block.author) return;
      const raw = doc.text.slice(block.start, block.end);
      if (!raw.includes('[')) return;
      PLACEHOLDER_G.lastIndex = 0;
      for (let m = PLACEHOLDER_G.exec(raw); m; m = PLACEHOLDER_G.exec(raw)) {
        local.push([i, m.index, m[0].replace(/^\[fill in:?\s*/i, '').replace(/\]$/, ''), m[0].length]);
      }
    });
    return local;
  });
  for (let c = 0; c < perChunkFound.length; c++) {
    const local = perChunkFound[c];
    for (let k = 0; k < local.length; k++) {
      const p = local[k];
      const start = doc.blocks[doc.chunkFirstBlock[c] + p[0]].start + p[1];
      found.push({ label: p[2], start, end: start + p[3] });
    }
  }
  PLACEHOLDERS.set(doc, found);
  return found;
}

/**
 * fixes.ts's `reportMissing` over the per-chunk placeholders: at the placeholders the fix
 * left when there are any ("fill in the …"), else at the anchor with the fix that inserts the skeleton.
 */
export function reportMissing(ctx: RuleContext, report: MissingReport): void {
  const labels = report.placeholderLabels.map((l) => l.toLowerCase());
  const open = openPlaceholders(ctx.doc).filter((p) => labels.some((l) => p.label.toLowerCase().startsWith(l)));
  if (open.length > 0) {
    for (const p of open) ctx.report({ message: report.fillMessage, start: p.start, end: p.end });
    return;
  }
  ctx.report({
    message: report.message,
    start: report.anchor.start,
    end: report.anchor.end,
    fix: { title: report.fixTitle, edits: report.edits() },
  });
}

/** Per chunk: where its first section heading matching a pattern is (block index in the chunk), or -1. */
function firstHeadingIn(doc: DocModel, c: number, pattern: RegExp, key: string): number {
  return blocksOf(doc, c).findIndex((b) => b.type === 'heading' && !b.quoted && byText(key, b.text.trim().toLowerCase(), (title) => pattern.test(title)));
}

/**
 * The first section whose title matches (as fixes.ts's `findSection`): a section is a heading
 * outside block quotes, its title the heading's text lower-cased. Each chunk's headings are
 * tested once per chunk text and pattern.
 */
export function findSection(doc: DocModel, pattern: RegExp): Section | undefined {
  const key = `section:${pattern.source}/${pattern.flags}`;
  const firsts = perChunkText(doc, key, (c) => firstHeadingIn(doc, c, pattern, key));
  for (let c = 0; c < firsts.length; c++) {
    if (firsts[c] >= 0) return doc.sections[doc.blocks[doc.chunkFirstBlock[c] + firsts[c]].section];
  }
  return undefined;
}

/**
 * End of a section including its sub-sections (as fixes.ts's `sectionEnd`): its last
 * sub-section ends where the next section at its depth or above begins.
 */
export function sectionEnd(doc: DocModel, section: Section): number {
  let end = section.end;
  for (let i = section.index + 1; i < doc.sections.length && doc.sections[i].depth > section.depth; i++) end = doc.sections[i].end;
  while (end > 0 && /\s/.test(doc.text[end - 1])) end--;
  return end;
}

const DEPTHS = new WeakMap<DocModel, number>();

/** Depths of a chunk's section headings: how many, the first, how many H1s, the least, and the least after the first. */
type ChunkDepths = [count: number, first: number, ones: number, min: number, minAfterFirst: number];

/**
 * The heading depth the document uses for its sections (as fixes.ts's `sectionDepth`): the
 * least depth of its section headings, not counting a lone H1 title; 2 when it has none.
 */
export function sectionDepth(doc: DocModel): number {
  let depth = DEPTHS.get(doc);
  if (depth !== undefined) return depth;
  let count = 0;
  let first = 0;
  let ones = 0;
  let minAfterFirst = Infinity;
  // Indexes, not destructuring: this runs once per keystroke, rarely long enough to be optimised.
  const perChunkDepths = perChunkText(doc, 'section-depths', chunkDepths);
  for (let c = 0; c < perChunkDepths.length; c++) {
    const d = perChunkDepths[c];
    if (d[0] === 0) continue;
    if (count === 0) {
      first = d[1];
      minAfterFirst = d[4];
    } else minAfterFirst = Math.min(minAfterFirst, d[3]);
    count += d[0];
    ones += d[2];
  }
  const title = titleBlock(doc);
  const titleOnly = title?.type === 'heading' && first === 1 && ones === 1;
  if (count === 0) depth = 2;
  else if (titleOnly) depth = count > 1 ? minAfterFirst : 2;
  else depth = Math.min(first, minAfterFirst);
  DEPTHS.set(doc, depth);
  return depth;

  function chunkDepths(c: number): ChunkDepths {
    const depths = blocksOf(doc, c).filter((b) => b.type === 'heading' && !b.quoted).map((b) => b.depth);
    const ones = depths.filter((d) => d === 1).length;
    return [depths.length, depths[0] ?? 0, ones, Math.min(...depths), Math.min(...depths.slice(1))];
  }
}

/** A heading line at the document's section depth (as fixes.ts's `heading`). */
export function heading(doc: DocModel, title: string): string {
  return `${'#'.repeat(sectionDepth(doc))} ${title}`;
}

/**
 * Where a "missing" diagnostic points (as fixes.ts's `anchorFor`): the heading of the first
 * section matching `pattern`, else the document's first heading, else its first line of content.
 */
export function anchorFor(doc: DocModel, pattern?: RegExp): { start: number; end: number } {
  const section = pattern ? findSection(doc, pattern) : undefined;
  const target = section?.heading;
  if (target) return { start: target.start, end: Math.min(target.end, doc.lines.lineEnd(doc.lines.lineOf(target.start))) };
  return anchorForWhole(doc);
}

/** The start of the first line of content after a section and its sub-sections (as the fallback concept's `afterSection`). */
export function afterSection(doc: DocModel, section: Section): number {
  return nextContent(doc, sectionEnd(doc, section));
}
