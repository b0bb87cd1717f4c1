// Finds concepts the author asserts: pattern matches in the author's sentences that are not
// negated, deferred, placeholders, questions, or under a non-goals / open-questions heading.
import type { DocModel, Sentence, Block, Section } from './model';
import { InBlock, sourceOffset } from './model';
import { isNegatedAt, isDeferredAt, isQuestion, NEGATIVE_TOPIC, testTopic } from './text';
import { perChunk, titleSegment } from './local';

export { titleSegment };

export interface Match {
  sentence: Sentence;
  /** Index of the match inside sentence.text. */
  index: number;
  text: string;
  /** Source offsets of the match. */
  start: number;
  end: number;
}

/** A match whose source offsets are read through its sentence's block (InBlock): it serves every version while its sentence lives. */
class MatchInChunk extends InBlock implements Match {
  constructor(
    readonly sentence: Sentence,
    readonly index: number,
    readonly text: string,
    /** Source offsets relative to the sentence's block's base. */
    from: number,
    to: number,
  ) {
    super(sentence.block, from, to);
  }
}

/** A match at `from`–`to` (source offsets relative to the chunk's start) in `sentence`, equal to toMatch's. */
export function matchInChunk(sentence: Sentence, index: number, text: string, from: number, to: number): Match {
  return new MatchInChunk(sentence, index, text, from, to);
}

/** toMatch(sentence, index, text), with offsets that follow the chunk when it moves (MatchInChunk). */
export function toMatchInChunk(sentence: Sentence, index: number, text: string): Match {
  const m = toMatch(sentence, index, text);
  const base = sentence.block.base;
  return new MatchInChunk(sentence, index, text, m.start - base, m.end - base);
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
}

/**
 * Every asserted match of `pattern` (its `g` flag is added if missing). Without a `where`
 * filter, results are kept per chunk (local.ts), so after an edit only the changed chunks are searched.
 */
export function findAsserted(doc: DocModel, pattern: RegExp, options: FindOptions = {}): Match[] {
  const global = pattern.global ? pattern : new RegExp(pattern.source, pattern.flags + 'g');
  const title = titleSegment(doc);
  if (options.where) return search(doc.sentences, global, options, title);
  const key = `${pattern.source}/${pattern.flags}/${options.inNegativeTopics ? 1 : 0}${options.negated ? 1 : 0}${options.questions ? 1 : 0}`;
  const matches: Match[] = [];
  perChunk(doc, key, (c): CachedMatch[] => {
    const sentences = doc.chunkSentences[c];
    return search(sentences, global, options, title).map((m) => ({ sentence: sentences.indexOf(m.sentence), index: m.index, text: m.text }));
  }).forEach((cached, c) => {
    const sentences = doc.chunkSentences[c];
    for (const m of cached) matches.push(toMatch(sentences[m.sentence], m.index, m.text));
  });
  return matches;
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
    if (!options.inNegativeTopics && testTopic(NEGATIVE_TOPIC, topicBelowTitle(sentence.block.topic, title))) continue;
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
