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
import { sharedEnds } from './model';
import { titleBlock } from './fixes';

interface LocalCache {
  /** The chunk's context (doc.chunkContexts[c]) and the document's (documentContext) the facts were computed in. */
  context: string;
  document: string;
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
    // The previous version's string when equal: the chunks' checks then compare one pointer.
    if (context === lastContext) context = lastContext;
    CONTEXTS.set(doc, (lastContext = context));
  }
  return context;
}

let lastContext = '';

/** The facts cache of chunk `c`, emptied when the chunk's context has changed since they were computed. */
export function chunkFacts(doc: DocModel, c: number): Map<string, unknown> {
  return factsOf(doc)[c];
}

/** Per version, each chunk's facts map once its validity was checked (every concept asks). */
const FACTS = new WeakMap<DocModel, Map<string, unknown>[]>();

/** The version whose chunks' validity was checked last, and its facts maps. */
let lastChecked: { doc: DocModel; document: string; all: Map<string, unknown>[] } | undefined;

/**
 * Every chunk's facts map in this version. After an edit, the chunks before the edited ones
 * are the previous version's objects in the same context (a context is built from the blocks
 * before the chunk), and so are those after it once the first of them has the same context
 * (contexts are built in order over the same blocks from there on): their maps are taken over
 * without comparing each chunk's context (the model builds those strings anew per version).
 */
function factsOf(doc: DocModel): Map<string, unknown>[] {
  let all = FACTS.get(doc);
  if (all) return all;
  const document = documentContext(doc);
  const models = doc.chunkModels;
  const n = models.length;
  all = new Array<Map<string, unknown>>(n);
  let p = 0;
  let s = 0;
  if (lastChecked && lastChecked.document === document) {
    const m = lastChecked.doc.chunkModels.length;
    [p, s] = sharedEnds(models, lastChecked.doc.chunkModels);
    if (s > 0 && doc.chunkContexts[n - s] !== lastChecked.doc.chunkContexts[m - s]) s = 0;
    for (let c = 0; c < p; c++) all[c] = lastChecked.all[c];
    for (let k = 1; k <= s; k++) all[n - k] = lastChecked.all[m - k];
  }
  for (let c = p; c < n - s; c++) all[c] = checkedFacts(doc, c, document);
  FACTS.set(doc, all);
  lastChecked = { doc, document, all };
  return all;
}

/** Chunk `c`'s facts map, a new one if its context has changed since they were computed. */
function checkedFacts(doc: DocModel, c: number, document: string): Map<string, unknown> {
  const owner = doc.chunkModels[c];
  const context = doc.chunkContexts[c];
  let cache = CACHES.get(owner);
  if (!cache || cache.context !== context || cache.document !== document) CACHES.set(owner, (cache = { context, document, facts: new Map() }));
  return cache.facts;
}

/**
 * `compute(c)` for every chunk, in document order, each kept while chunk `c` and its context
 * are unchanged. A result must not hold anything that changes with edits elsewhere: no
 * Sentence or Block objects, offsets or indexes of the document — use indexes within the
 * chunk (`chunkSentences[c][i]`, `blocksOf(doc, c)[i]`) and map them back when reading.
 */
export function perChunk<R>(doc: DocModel, key: string, compute: (c: number) => R): readonly R[] {
  const all = factsOf(doc);
  return reuseAround(`facts\u0000${key}`, all, (c) => {
    const facts = all[c];
    let result = facts.get(key) as R | undefined;
    if (result === undefined && !facts.has(key)) facts.set(key, (result = compute(c)));
    return result as R;
  });
}

/**
 * `compute(c)` for every one of `owners` (one per chunk), except that the results of the
 * previous call with this `key` are taken over for the owners it shared with this one at the
 * start and at the end (the same objects at the same distance from either end): after an
 * edit, all but the edited chunks. `compute(c)` must be a function of `owners[c]` while that
 * object lives. The comparisons and a copy cost less than a look-up per chunk. The array is
 * kept for the next call: read it, never change it.
 */
export function reuseAround<O, R>(key: string, owners: readonly O[], compute: (c: number) => R): readonly R[] {
  const last = AROUND.get(key) as { owners: readonly O[]; results: readonly R[] } | undefined;
  const n = owners.length;
  const m = last ? last.owners.length : 0;
  const [p, s] = last ? sharedEnds(owners, last.owners) : [0, 0];
  const results = new Array<R>(n);
  for (let c = 0; c < p; c++) results[c] = last!.results[c];
  for (let c = p; c < n - s; c++) results[c] = compute(c);
  for (let k = 1; k <= s; k++) results[n - k] = last!.results[m - k];
  if (AROUND.size >= 400) AROUND.clear();
  AROUND.set(key, { owners, results });
  return results;
}

/** Per key, the owners and results of the last reuseAround call (any document). */
const AROUND = new Map<string, { owners: readonly unknown[]; results: unknown[] }>();

/**
 * `items(results[c], c)` for every chunk, concatenated in document order; `results` are the
 * chunks' facts from perChunk (null or undefined: no items). A chunk whose result is the object
 * the previous call with this `key` saw (at the same place, or at the same distance from the
 * end) gets that call's items again, so after a keystroke only the edited chunk's are made,
 * and the runs of unchanged chunks before and after it are copied in one piece. Items must
 * stay right while their chunk's result lives: they may hold the chunk's Sentence and Block
 * objects and offsets read through them (find.ts's matchInChunk), nothing that changes with
 * edits elsewhere (a Section, an index in the document, an offset stored as a number). `key`
 * names `items` and whatever else it reads. Items that also depend on other chunks are made
 * again on every call for the results `volatile` returns true for. The array is kept for the
 * next call: read it, never change it.
 */
export function concatChunks<R, T>(key: string, results: readonly R[], items: (result: NonNullable<R>, c: number) => readonly T[], volatile?: (result: NonNullable<R>) => boolean): readonly T[] {
  const last = CONCATENATED.get(key) as Concatenated<R, T> | undefined;
  const n = results.length;
  const m = last ? last.results.length : 0;
  const kept = volatile && ((result: R) => result === null || result === undefined || !volatile(result as NonNullable<R>));
  const [p, s] = last ? sharedEnds(results, last.results, kept) : [0, 0];
  // lists[c]: chunk c's items; starts[c]: where they begin in `out` (one more entry: the end).
  const lists = new Array<readonly T[]>(n);
  const starts = new Array<number>(n + 1);
  for (let c = 0; c < p; c++) {
    lists[c] = last!.lists[c];
    starts[c] = last!.starts[c];
  }
  const shift = m - n;
  let total = p > 0 ? last!.starts[p] : 0;
  for (let c = p; c < n - s; c++) {
    const result = results[c] as NonNullable<R> | null | undefined;
    let list: readonly T[];
    if (result === null || result === undefined) list = NO_ITEMS;
    else if (volatile && volatile(result)) list = items(result, c);
    else if (last && last.results[c] === result) list = last.lists[c];
    else if (last && shift !== 0 && last.results[c + shift] === result) list = last.lists[c + shift];
    else list = items(result, c);
    lists[c] = list;
    starts[c] = total;
    total += list.length;
  }
  const from = m - s;
  const offset = s > 0 ? total - last!.starts[from] : 0;
  for (let c = n - s; c < n; c++) {
    lists[c] = last!.lists[c + shift];
    starts[c] = last!.starts[c + shift] + offset;
  }
  starts[n] = s > 0 ? last!.starts[m] + offset : total;
  const out = new Array<T>(starts[n]);
  const head = p > 0 ? last!.starts[p] : 0;
  for (let i = 0; i < head; i++) out[i] = last!.out[i];
  for (let c = p; c < n - s; c++) {
    const list = lists[c];
    for (let i = 0, at = starts[c]; i < list.length; i++) out[at + i] = list[i];
  }
  if (s > 0) for (let i = last!.starts[from], at = starts[n - s]; i < last!.out.length; i++) out[at++] = last!.out[i];
  if (CONCATENATED.size >= 200) CONCATENATED.clear();
  CONCATENATED.set(key, { results, lists, starts, out });
  return out;
}

interface Concatenated<R, T> {
  results: readonly R[];
  lists: (readonly T[])[];
  starts: number[];
  out: readonly T[];
}

const CONCATENATED = new Map<string, Concatenated<unknown, unknown>>();
const NO_ITEMS: readonly never[] = [];

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
export function perChunkText<R>(doc: DocModel, key: string, compute: (c: number) => R): readonly R[] {
  const fullKey = doc.quotesAreAuthor ? `q:${key}` : key;
  // After a keystroke all but the edited chunk are the same objects at the same places.
  return reuseAround(`text\u0000${fullKey}`, doc.chunkModels, (c) => chunkTextFact(doc, c, fullKey, compute));
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
