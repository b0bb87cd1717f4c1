// What rules read from the whole document after every keystroke, kept per chunk so a
// keystroke re-examines only the edited chunk: the fill-in placeholders a fix left behind.
// Results equal fixes.ts's whole-document versions, in the same order.
//
// These facts depend on a chunk's text and the quote mode only (not on the headings above it
// or the title), so they are kept with the chunk's model itself: a look-up per chunk costs a
// WeakMap get, where local.ts's perChunk first rebuilds the chunk's context to validate it.
// A fact that reads topics, sections or the title must go through local.ts instead.
import type { DocModel } from './model';
import type { RuleContext } from './rule';
import { blocksOf } from './local';
import { PLACEHOLDER } from './text';
import type { MissingReport, Placeholder } from './fixes';

const TEXT_FACTS = new WeakMap<object, Map<string, unknown>>();

/**
 * `compute(c)` for every chunk, in document order, kept while chunk `c`'s text is unchanged
 * (per quote mode). `compute` may read the chunk's blocks' text, type, depth, author, quoted,
 * cells and its sentences, nothing that depends on other chunks: no topic, section, title or
 * offset in the document. Its result must not hold Sentence or Block objects (see local.ts).
 */
export function perChunkText<R>(doc: DocModel, key: string, compute: (c: number) => R): R[] {
  const fullKey = doc.quotesAreAuthor ? `q:${key}` : key;
  const results: R[] = [];
  for (let c = 0; c < doc.chunkModels.length; c++) results.push(chunkTextFact(doc, c, fullKey, compute));
  return results;
}

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
  perChunkFound.forEach((local, c) => {
    const first = doc.chunkFirstBlock[c];
    for (const [i, at, label, length] of local) {
      const start = doc.blocks[first + i].start + at;
      found!.push({ label, start, end: start + length });
    }
  });
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
