// Finds concepts the author asserts: pattern matches in the author's sentences that are not
// negated, deferred, placeholders, questions, or under a non-goals / open-questions heading.
import type { DocModel, Sentence, Block, Section } from './model';
import { sourceOffset } from './model';
import { isNegatedAt, isDeferredAt, isQuestion, NEGATIVE_TOPIC } from './text';
import { titleBlock } from './fixes';

export interface Match {
  sentence: Sentence;
  /** Index of the match inside sentence.text. */
  index: number;
  text: string;
  /** Source offsets of the match. */
  start: number;
  end: number;
}

export interface FindOptions {
  /** Only sentences for which this returns true. */
  where?: (sentence: Sentence) => boolean;
  /** Keep matches under Non-goals / Open questions / Out of scope headings. */
  inNegativeTopics?: boolean;
  /** Keep negated matches (anti-pattern rules that look for the negation themselves). */
  negated?: boolean;
  /** Keep questions. */
  questions?: boolean;
}

interface CachedMatch {
  sentence: number;
  index: number;
  text: string;
  start: number;
  end: number;
}

/**
 * Every asserted match of `pattern` (its `g` flag is added if missing). Without a `where`
 * filter, results are cached per chunk, so after an edit only the changed chunks are searched.
 */
export function findAsserted(doc: DocModel, pattern: RegExp, options: FindOptions = {}): Match[] {
  const global = pattern.global ? pattern : new RegExp(pattern.source, pattern.flags + 'g');
  const title = titleSegment(doc);
  if (options.where) return search(doc.sentences, global, options, title);
  const key = `${pattern.source}/${pattern.flags}/${options.inNegativeTopics ? 1 : 0}${options.negated ? 1 : 0}${options.questions ? 1 : 0}`;
  const matches: Match[] = [];
  doc.chunkModels.forEach((cm, c) => {
    const sentences = doc.chunkSentences[c];
    const base = doc.chunks[c].start;
    // Topics depend on the headings above the chunk, and authorship on the quote mode.
    const validity = `${headingPath(doc, c)}\u0000${doc.quotesAreAuthor}\u0000${title}`;
    if (cm.cacheKey !== validity) {
      cm.cache.clear();
      cm.cacheKey = validity;
    }
    let cached = cm.cache.get(key) as CachedMatch[] | undefined;
    if (!cached) {
      cached = search(sentences, global, options, title).map((m) => ({ sentence: sentences.indexOf(m.sentence), index: m.index, text: m.text, start: m.start - base, end: m.end - base }));
      cm.cache.set(key, cached);
    }
    for (const m of cached) matches.push({ sentence: sentences[m.sentence], index: m.index, text: m.text, start: m.start + base, end: m.end + base });
  });
  return matches;
}

/** Depth and title of every heading enclosing the start of chunk `c`: what its topics inherit. */
function headingPath(doc: DocModel, c: number): string {
  const first = doc.blocks[doc.chunkFirstBlock[c]];
  if (!first || first.chunk !== c) return '';
  const path: string[] = [];
  for (let s = doc.sections[first.section]; s && s.index > 0; s = doc.sections[s.parent]) path.push(`${s.depth}:${s.title}`);
  return path.join('\u0001');
}

/**
 * The document's title as it appears first in topics: a lone H1, or an opening prompt or
 * label line. "Design question: an AI tutor" is a title, not an Open questions section.
 */
export function titleSegment(doc: DocModel): string {
  const title = titleBlock(doc);
  if (!title) return '';
  if (title.type === 'heading' && doc.sections.filter((s) => s.depth === 1).length > 1) return '';
  return title.text.trim().toLowerCase();
}

/** The topic without the document title in front of it. */
export function topicBelowTitle(topic: string, title: string): string {
  if (!title) return topic;
  if (topic === title) return '';
  return topic.startsWith(`${title} > `) ? topic.slice(title.length + 3) : topic;
}

function search(sentences: Sentence[], global: RegExp, options: FindOptions, title: string): Match[] {
  const matches: Match[] = [];
  for (const sentence of sentences) {
    if (options.where && !options.where(sentence)) continue;
    if (!options.inNegativeTopics && NEGATIVE_TOPIC.test(topicBelowTitle(sentence.block.topic, title))) continue;
    if (!options.questions && isQuestion(sentence.text)) continue;
    global.lastIndex = 0;
    for (let m = global.exec(sentence.text); m; m = global.exec(sentence.text)) {
      if (m[0].length === 0) {
        global.lastIndex++;
        continue;
      }
      if (!options.negated && !isAssertedAt(sentence, m.index)) continue;
      matches.push(toMatch(sentence, m.index, m[0]));
    }
  }
  return matches;
}

/** The first asserted match, or undefined. */
export function findFirst(doc: DocModel, pattern: RegExp, options: FindOptions = {}): Match | undefined {
  return findAsserted(doc, pattern, options)[0];
}

/** Whether the concept at `index` in the sentence is asserted: not negated, deferred or empty. */
export function isAssertedAt(sentence: Sentence, index: number): boolean {
  if (isNegatedAt(sentence.text, index) || isDeferredAt(sentence.text, index)) return false;
  if (sentence.block.type === 'table-row') return tableRowHasValue(sentence.block);
  return true;
}

/** A table row says something only when a cell other than its label has real content. */
export function tableRowHasValue(block: Block): boolean {
  const values = block.cells.slice(1);
  if (values.length === 0) return true;
  return values.some((cell) => cell.trim() !== '' && !isDeferredAt(cell, 0) && !/^\s*(?:no|none|not yet|—|-|–|\?+)\s*\.?$/i.test(cell));
}

export function toMatch(sentence: Sentence, index: number, text: string): Match {
  const at = sentence.offsetInBlock + index;
  return {
    sentence,
    index,
    text,
    start: sourceOffset(sentence.block, at),
    end: sourceOffset(sentence.block, at + text.length, true),
  };
}

/** Sections whose heading (or a label paragraph) matches; the first match first. */
export function sectionsTitled(doc: DocModel, pattern: RegExp): Section[] {
  return doc.sections.filter((s) => s.heading && pattern.test(s.title));
}

/** Sentences under a section and all its sub-sections. */
export function sentencesIn(doc: DocModel, section: Section): Sentence[] {
  const inside = new Set<number>();
  for (const s of doc.sections) {
    let p: number = s.index;
    while (p >= 0) {
      if (p === section.index) {
        inside.add(s.index);
        break;
      }
      p = doc.sections[p].parent;
    }
  }
  return doc.sentences.filter((s) => inside.has(s.block.section));
}
