// Per-chunk facts: what a concept decides about one parse unit's sentences and blocks, kept
// in the chunk's model while the chunk's text and its context are unchanged, so after a
// keystroke only the edited chunk is examined and a document-level result is a walk over
// chunks' short lists of hits (not over every sentence).
//
// The context a chunk's facts may depend on: its own text, the headings enclosing its start
// and a bold label carried in from before it (so block topics), whether block quotes are the
// author's words, and the document's title.
// A fact must not depend on other chunks' content; a decision that needs the whole document
// (a section spanning chunks, "the first one", counts) is made afterwards over the hits.
import type { Block, DocModel, Sentence } from './model';
import { titleBlock } from './fixes';

interface LocalCache {
  validity: string;
  facts: Map<string, unknown>;
}

const CACHES = new WeakMap<object, LocalCache>();
const CONTEXTS = new WeakMap<DocModel, string>();
const TITLES = new WeakMap<DocModel, string>();

/**
 * The document's title as it appears first in topics: a lone H1, or an opening prompt or
 * label line. "Design question: an AI tutor" is a title, not an Open questions section.
 */
export function titleSegment(doc: DocModel): string {
  let segment = TITLES.get(doc);
  if (segment === undefined) {
    const title = titleBlock(doc);
    const several = title?.type === 'heading' && doc.sections.filter((s) => s.depth === 1).length > 1;
    TITLES.set(doc, (segment = !title || several ? '' : title.text.trim().toLowerCase()));
  }
  return segment;
}

/** What every chunk's facts depend on beyond its own text: quote mode and the title(s). */
function documentContext(doc: DocModel): string {
  let context = CONTEXTS.get(doc);
  if (context === undefined) {
    const h1 = doc.sections.filter((s) => s.depth === 1).map((s) => s.title);
    context = `${doc.quotesAreAuthor}\u0000${titleSegment(doc)}\u0000${h1.join('\u0001')}`;
    CONTEXTS.set(doc, context);
  }
  return context;
}

/** The facts cache of chunk `c`, emptied when the chunk's context has changed since they were computed. */
export function chunkFacts(doc: DocModel, c: number): Map<string, unknown> {
  let all = FACTS.get(doc);
  if (!all) FACTS.set(doc, (all = []));
  let facts = all[c];
  if (facts) return facts;
  const owner = doc.chunkModels[c];
  const validity = `${doc.chunkContexts[c]}\u0000${documentContext(doc)}`;
  let cache = CACHES.get(owner);
  if (!cache || cache.validity !== validity) CACHES.set(owner, (cache = { validity, facts: new Map() }));
  return (all[c] = cache.facts);
}

/** Per version, each chunk's facts map once its validity was checked (every concept asks). */
const FACTS = new WeakMap<DocModel, Map<string, unknown>[]>();

/**
 * `compute(c)` for every chunk, in document order, each kept while chunk `c` and its context
 * are unchanged. A result must not hold anything that changes with edits elsewhere: no
 * Sentence or Block objects, offsets or indexes of the document — use indexes within the
 * chunk (`chunkSentences[c][i]`, `blocksOf(doc, c)[i]`) and map them back when reading.
 */
export function perChunk<R>(doc: DocModel, key: string, compute: (c: number) => R): R[] {
  const results: R[] = [];
  for (let c = 0; c < doc.chunkModels.length; c++) {
    const facts = chunkFacts(doc, c);
    let result = facts.get(key) as R | undefined;
    if (result === undefined && !facts.has(key)) facts.set(key, (result = compute(c)));
    results.push(result as R);
  }
  return results;
}

/** The blocks of chunk `c` in the current version. */
export function blocksOf(doc: DocModel, c: number): Block[] {
  const end = c + 1 < doc.chunkFirstBlock.length ? doc.chunkFirstBlock[c + 1] : doc.blocks.length;
  return doc.blocks.slice(doc.chunkFirstBlock[c], end);
}

/**
 * The author's sentences for which `test` holds, in document order. `test` may read the
 * sentence's text, its block (type, topic, quoted, cells) and `memo`, nothing outside its
 * chunk; `key` names the test (one key, one test).
 */
export function sentencesWhere(doc: DocModel, key: string, test: (s: Sentence) => boolean): Sentence[] {
  const hits = perChunk(doc, key, (c) => {
    const found: number[] = [];
    doc.chunkSentences[c].forEach((s, i) => {
      if (test(s)) found.push(i);
    });
    return found;
  });
  const out: Sentence[] = [];
  hits.forEach((indexes, c) => {
    const sentences = doc.chunkSentences[c];
    for (const i of indexes) out.push(sentences[i]);
  });
  return out;
}

/** The blocks for which `test` holds, in document order (same contract as sentencesWhere). */
export function blocksWhere(doc: DocModel, key: string, test: (b: Block) => boolean): Block[] {
  const hits = perChunk(doc, key, (c) => {
    const found: number[] = [];
    blocksOf(doc, c).forEach((b, i) => {
      if (test(b)) found.push(i);
    });
    return found;
  });
  const out: Block[] = [];
  hits.forEach((indexes, c) => {
    const first = doc.chunkFirstBlock[c];
    for (const i of indexes) out.push(doc.blocks[first + i]);
  });
  return out;
}

/** Per sentence, a value kept per chunk: `pick` returns undefined for sentences without one. */
export function sentenceFacts<T>(doc: DocModel, key: string, pick: (s: Sentence) => T | undefined): { sentence: Sentence; fact: T }[] {
  const hits = perChunk(doc, key, (c) => {
    const found: [number, T][] = [];
    doc.chunkSentences[c].forEach((s, i) => {
      const fact = pick(s);
      if (fact !== undefined) found.push([i, fact]);
    });
    return found;
  });
  const out: { sentence: Sentence; fact: T }[] = [];
  hits.forEach((pairs, c) => {
    const sentences = doc.chunkSentences[c];
    for (const [i, fact] of pairs) out.push({ sentence: sentences[i], fact });
  });
  return out;
}

// Facts of a chunk's text alone (and the quote mode), not of the headings above it or the
// title: kept with the chunk's model itself, without local.ts's context check.

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
